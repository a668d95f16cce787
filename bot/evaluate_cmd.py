"""`python -m bot evaluate DIR`: measure the classifier on labelled mail.

DIR holds `.eml` files and a `labels.jsonl` in the format of shared/examples (one line
per file: `file`, `kind`, `intents`, `channels`, `language`). Every message goes through
the production parse stage and the production classifier; the figures are those of
`classifiers.evaluate.score`. `python -m classifiers export-dev DIR` writes the dev
split in this format.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from bot.classify_cmd import _input, _load
from bot.config import Settings
from bot.parse import ParseError


def evaluate_dir(settings: Settings, directory: Path, as_json: bool = False) -> int:
    labels_file = directory / "labels.jsonl"
    if not labels_file.is_file():
        print(f"error: no labels.jsonl in {directory}", file=sys.stderr)
        return 2
    from classifiers.corpus import iter_labelled_dir
    from classifiers.evaluate import format_report, score

    golds, mails, unreadable = [], [], []
    for name, raw, label in iter_labelled_dir(directory):
        try:
            mails.append(_input(settings, raw))
            golds.append(label)
        except ParseError as exc:
            unreadable.append({"file": name, "error": str(exc)})
    classifier = _load(settings)
    started = time.perf_counter()
    preds = classifier.classify_many(mails)
    seconds = time.perf_counter() - started
    metrics = score(golds, preds)
    metrics["unreadable"] = unreadable
    metrics["seconds"] = round(seconds, 3)
    metrics["errors"] = [
        {"file": g["file"], "gold": _short(g), "predicted": _short(p.to_json())}
        for g, p in zip(golds, preds, strict=True)
        if _short(g) != _short(p.to_json())
    ]
    if as_json:
        print(json.dumps(metrics, ensure_ascii=False))
    else:
        print(format_report(metrics))
        for err in metrics["errors"]:
            print(f"  {err['file']}: gold {err['gold']} predicted {err['predicted']}")
        for bad in unreadable:
            print(f"  {bad['file']}: unreadable ({bad['error']})")
        print(f"\n{len(mails)} messages classified in {seconds:.2f} s")
    return 0


def _short(d: dict) -> dict:
    kind = d.get("kind", "human")
    return {
        "kind": kind,
        "intents": sorted(d.get("intents", [])) if kind == "human" else [],
        "channels": sorted(d.get("channels", [])) if kind == "human" else [],
        "language": d.get("language", ""),
    }
