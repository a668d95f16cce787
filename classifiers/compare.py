"""`python -m classifiers compare`: the architectures side by side, quality and speed.

Each config in `classifiers/configs/` is trained on the same prepared train split
(parsed and rule-processed once), tuned and measured on dev exactly like
`python -m classifiers train`, then timed: the trained text classifiers alone on the
feature docs of all 4,614 messages, and the whole classifier end to end (`classify_many`,
warm caches, best of three). Prints a Markdown table (the one in MODEL.md).
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from classifiers import corpus
from classifiers.hybrid import HybridClassifier, RuleStage
from classifiers.model import TrainedModel
from classifiers.train import fit, prepare


def _best_rate(fn, n: int, runs: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = 0.0
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = max(best, n / (time.perf_counter() - start))
    return best


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def compare(configs: Sequence[str], out: Path | None = None) -> list[dict]:
    rules = RuleStage()
    train = prepare(corpus.load_split("train"), rules)
    dev = prepare(corpus.load_split("dev"), rules)
    mails = [p.mail for p in train + dev]
    results = []
    for config in configs:
        model, metrics = fit(train, dev, rules, config, log=lambda _: None)
        with tempfile.TemporaryDirectory() as tmp:
            model.save(tmp, metrics)
            size = _size(Path(tmp))
            loaded = TrainedModel.load(tmp)
        clf = HybridClassifier(loaded, RuleStage(rules.own_domains, loaded))
        clf.classify_many(mails)  # warm the caches
        words = [p.words(loaded.settings) for p in train + dev]
        d = metrics["dev"]
        row = {
            "config": Path(config).stem,
            "macro_f1": d["macro_f1"],
            "macro_f1_default_thresholds": metrics["dev_default_thresholds"]["macro_f1"],
            "min_language_macro_f1": min(v["macro_f1"] for v in d["per_language"].values()),
            "en_macro_f1": d["per_language"].get("en", {}).get("macro_f1"),
            "unsubscribe_recall": d["unsubscribe_recall"],
            "erasure_precision": d["erasure_precision"],
            "kind_accuracy": d["kind_accuracy"],
            "channel_exact": d["channel_exact"],
            "train_seconds": metrics["train_seconds"],
            "model_msgs_per_s": round(_best_rate(lambda m=loaded, w=words: m.predict(w),
                                                 len(words))),
            "end_to_end_msgs_per_s": round(_best_rate(lambda c=clf: c.classify_many(mails),
                                                      len(mails))),
            "size_mb": round(size / 2**20, 1),
        }
        results.append(row)
        print(json.dumps(row), flush=True)
    print(table(results))
    if out is not None:
        out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


COLUMNS = (
    ("config", "config"), ("macro_f1", "macro-F1 (tuned)"),
    ("macro_f1_default_thresholds", "macro-F1 (0.5)"), ("en_macro_f1", "en"),
    ("min_language_macro_f1", "worst language"), ("unsubscribe_recall", "unsub. R"),
    ("erasure_precision", "erasure P"), ("kind_accuracy", "kind acc."),
    ("channel_exact", "channels"), ("train_seconds", "train s"),
    ("model_msgs_per_s", "model msg/s"), ("end_to_end_msgs_per_s", "end-to-end msg/s"),
    ("size_mb", "MB"),
)


def table(rows: Sequence[dict]) -> str:
    lines = ["| " + " | ".join(h for _, h in COLUMNS) + " |",
             "|" + "|".join("---" for _ in COLUMNS) + "|"]
    for r in rows:
        cells = []
        for key, _ in COLUMNS:
            v = r.get(key)
            cells.append(f"{v:.3f}" if isinstance(v, float) and key != "size_mb"
                         and key != "train_seconds" else str(v))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
