"""The rule stage measured on every labelled message, in under a minute.

    python -m classifiers.rulecheck [--split train --split dev ...] [--errors FILE]

The rules are not trained, so all labelled mail (train and dev, ~35,000 messages) can
measure a rule change, not only the dev split:

* **intents**: the rules' own intents (`findings(doc).intents`, before the model) against
  the gold intents of every human message, per intent precision / recall;
* **channels**: the channels the rules give each (un)subscribe message when handed its
  gold intents (`intents.channels_for`), so a channel rule is measured apart from
  whether the intent was found.

Keep a rule change when it finds more and breaks nothing here (`--errors` writes the
misses as JSONL for a before/after diff), then run the suite and a blind split.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from classifiers.corpus import load_split, mail_inputs
from classifiers.findings import findings
from classifiers.hybrid import HybridClassifier
from classifiers.intents import channels_for

CHUNK = 512


def check(clf: HybridClassifier, rows: Sequence[dict]) -> tuple[dict, list[dict]]:
    """Per-intent rule figures, channel exact match on (un)subscribe mail, and the
    messages the rules get wrong (intents or channels)."""
    humans = [r for r in rows if r.get("kind", "human") == "human"]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    channel_ok = channel_n = 0
    errors: list[dict] = []
    for start in range(0, len(humans), CHUNK):
        chunk = humans[start:start + CHUNK]
        for row, doc in zip(chunk, clf.rules.docs(mail_inputs(chunk)), strict=True):
            gold = set(row.get("intents", [])) - {"other"}
            got = set(findings(doc).intents or ()) - {"other"}
            for intent in gold | got:
                c = counts[intent]
                c[0] += intent in gold and intent in got
                c[1] += intent in got and intent not in gold
                c[2] += intent in gold and intent not in got
            wrong: dict = {}
            if gold != got:
                wrong["intents"] = sorted(got)
            if gold & {"unsubscribe", "subscribe"}:
                channels = sorted(channels_for(doc, sorted(gold)))
                channel_n += 1
                if channels == sorted(row.get("channels", [])):
                    channel_ok += 1
                else:
                    wrong["channels"] = channels
            if wrong:
                errors.append({"subject": row.get("subject", ""), "text": row.get("text", ""),
                               "gold": {"intents": sorted(gold),
                                        "channels": sorted(row.get("channels", []))},
                               "rules": wrong})
    intents = {
        i: {"precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
            "recall": round(tp / (tp + fn), 4) if tp + fn else 0.0, "tp": tp, "fp": fp, "fn": fn}
        for i, (tp, fp, fn) in sorted(counts.items())
    }
    figures = {"humans": len(humans), "intents": intents,
               "channel_exact": round(channel_ok / channel_n, 4) if channel_n else 0.0,
               "channel_messages": channel_n}
    return figures, errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", action="append", help="data split(s) to read (train, dev)")
    ap.add_argument("--errors", type=Path, help="write the rules' misses here (JSONL)")
    args = ap.parse_args(argv)
    import classifiers

    rows = [r for split in (args.split or ["train", "dev"]) for r in load_split(split)]
    figures, errors = check(classifiers.load(), rows)
    for intent, f in figures["intents"].items():
        print(f"{intent:<14} P {f['precision']:.4f}  R {f['recall']:.4f}  "
              f"(tp {f['tp']}, fp {f['fp']}, fn {f['fn']})")
    print(f"channels, gold intents: {figures['channel_exact']:.4f} exact "
          f"on {figures['channel_messages']} (un)subscribe messages; "
          f"{figures['humans']} human messages")
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
