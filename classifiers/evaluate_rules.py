"""Measure the rule classifier on a labelled JSONL file.

    python -m classifiers.evaluate_rules classifiers/data/rules_dev.jsonl [-v]

Each line: {"subject", "text" (or "body"), "kind", "intents", "channels", "language",
optional "headers" (name -> value), "sender"}. Prints per-intent precision / recall /
F1, kind accuracy, channel exact match, language accuracy, and the same figures per
language; `-v` lists every message that is not an exact match.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from classifiers import INTENTS, Classification, MailInput, load

_WROTE = re.compile(r"^\s*(On|Le|Am|El|Il|Op|Em|W dniu|Dnia)\b.*:\s*$")


def own_text(text: str) -> str:
    """Crude stand-in for the parse stage: drop quoted lines and everything from an
    "On ... wrote:" line on."""
    lines = []
    for line in text.splitlines():
        if _WROTE.match(line) and len(line) < 200:
            break
        if not line.lstrip().startswith(">"):
            lines.append(line)
    return "\n".join(lines).strip()


def to_mail(row: dict) -> MailInput:
    headers = {str(k).lower(): str(v) for k, v in (row.get("headers") or {}).items()}
    full = row.get("text", row.get("body", "")) or ""
    return MailInput(
        subject=row.get("subject", "") or "",
        body=own_text(full),
        sender=row.get("sender", "") or headers.get("from", "") or "someone@example.com",
        headers=headers,
        full_text=row.get("full_text", full) or full,
        report_type=row.get("report_type", "") or "",
    )


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(rows: list[dict], preds: list[Classification], verbose: bool = False) -> dict:
    counts = {i: [0, 0, 0] for i in INTENTS}
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    totals = [0, 0, 0, 0, 0]
    for row, pred in zip(rows, preds, strict=True):
        gold_kind = row.get("kind", "human")
        gold = set(row.get("intents", [])) if gold_kind == "human" else set()
        got = set(pred.intents)
        for intent in INTENTS:
            counts[intent][0] += intent in gold and intent in got
            counts[intent][1] += intent in got and intent not in gold
            counts[intent][2] += intent in gold and intent not in got
        checks = [
            pred.kind == gold_kind,
            got == gold,
            set(pred.channels) == set(row.get("channels", [])),
            pred.language == row.get("language", "en"),
        ]
        exact = all(checks)
        lang = row.get("language", "?")
        per_lang[lang][0] += 1
        for k, ok in enumerate([*checks, exact]):
            per_lang[lang][k + 1] += ok
            totals[k] += ok
        if verbose and not exact:
            print(f"MISS [{lang}] {row.get('subject', '')!r}: gold=({gold_kind}, {sorted(gold)}, "
                  f"{sorted(row.get('channels', []))}, {row.get('language')}) got=({pred.kind}, "
                  f"{sorted(got)}, {sorted(pred.channels)}, {pred.language})")
            print("      ", "; ".join(pred.evidence[:10]))
    n = len(rows)
    print(f"{'intent':<14}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}")
    for intent, (tp, fp, fn) in counts.items():
        p, r, f = _prf(tp, fp, fn)
        print(f"{intent:<14}{p:>7.2f}{r:>7.2f}{f:>7.2f}{tp + fn:>9}")
    print(f"\nmessages {n}: kind acc {totals[0] / n:.3f}, intents exact {totals[1] / n:.3f}, "
          f"channels exact {totals[2] / n:.3f}, language acc {totals[3] / n:.3f}, "
          f"all exact {totals[4] / n:.3f}")
    print(f"\n{'lang':<6}{'n':>4}{'kind':>7}{'intents':>9}{'channels':>10}{'lang':>7}{'exact':>7}")
    for lang, (m, *ok) in sorted(per_lang.items()):
        print(f"{lang:<6}{m:>4}" + "".join(f"{v / m:>{w}.2f}" for v, w in zip(ok, (7, 9, 10, 7, 7),
                                                                            strict=True)))
    return {"n": n, "exact": totals[4] / n if n else 0.0}


def read_jsonl(paths: Iterable[str]) -> list[dict]:
    rows = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    rows = read_jsonl(args.files)
    clf = load()
    clf.warm_up()
    start = time.perf_counter()
    preds = clf.classify_many(to_mail(r) for r in rows)
    took = time.perf_counter() - start
    report(rows, preds, args.verbose)
    print(f"\n{len(rows)} messages in {took:.2f} s ({len(rows) / max(took, 1e-9):.0f}/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
