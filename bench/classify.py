"""Classifier throughput: messages per second, against the spaCy tokenizer alone.

    python bench/classify.py [--runs 3] [--batch 256] [--profile] [--json]

The corpus is realistic mail: every example of the train and dev splits as an RFC 5322
message through the production parse stage (`classifiers.corpus`), so the classifier
sees exactly what it sees in production (quotes, signatures stripped; bounces with
their reports). One process; `classify_many` runs the rules and the model in
`nlp.pipe` batches. In the same run, the tokenizer of the same blank pipeline
tokenises the same texts (subject + body, as the classifier builds them): the ceiling.
Also reported: model load time, warm-up time, resident memory.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    """Peak resident memory of this process so far (MB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return rss_mb()


def best_rate(fn, n: int, runs: int) -> tuple[float, list[float], float]:  # type: ignore[no-untyped-def]
    """Best wall-clock rate, every wall-clock rate, and the best process-CPU-time rate
    (steadier on a loaded machine, where wall clock swings by a factor of three)."""
    rates, cpu_rates = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        rates.append(n / (time.perf_counter() - start))
        cpu_rates.append(n / max(time.process_time() - cpu, 1e-9))
    return max(rates), rates, max(cpu_rates)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--profile", action="store_true", help="cProfile one classification run")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from classifiers import corpus

    rows = corpus.load_split("train") + corpus.load_split("dev")
    mails = corpus.mail_inputs(rows)
    base_rss = current_rss_mb()

    from spacy.tokenizer import Tokenizer

    import classifiers
    from classifiers.pipeline import SUBJECT_SEP, own_text
    from classifiers.text import prepare

    started, cpu = time.perf_counter(), time.process_time()
    clf = classifiers.load()
    load_s = time.perf_counter() - started
    load_cpu = time.process_time() - cpu
    started = time.perf_counter()
    clf.warm_up()
    warm_s = time.perf_counter() - started
    cpu = time.process_time()
    clf.classify_many(mails[:64])  # first-use caches
    first_cpu = time.process_time() - cpu
    loaded_rss = current_rss_mb()

    tokenizer: Tokenizer = clf.rules.nlp.tokenizer  # type: ignore[assignment]
    texts = [prepare(m.subject) + SUBJECT_SEP + prepare(own_text(m)) for m in mails]
    raw_texts = [m.subject + SUBJECT_SEP + own_text(m) for m in mails]
    n = len(mails)

    def tokenize() -> None:
        for _ in tokenizer.pipe(raw_texts, batch_size=args.batch):
            pass

    def classify() -> None:
        clf.classify_many(mails, batch_size=args.batch)

    tok_rate, tok_rates, tok_cpu = best_rate(tokenize, n, args.runs)
    clf_rate, clf_rates, clf_cpu = best_rate(classify, n, args.runs)
    result = {
        "messages": n,
        "avg_chars": round(sum(map(len, raw_texts)) / n, 1),
        "avg_tokens": round(sum(len(tokenizer(t)) for t in texts[:2000]) / min(n, 2000), 1),
        "classify_msgs_per_s": round(clf_rate),
        "tokenizer_msgs_per_s": round(tok_rate),
        "share_of_tokenizer": round(clf_rate / tok_rate, 3),
        "classify_cpu_msgs_per_s": round(clf_cpu),
        "tokenizer_cpu_msgs_per_s": round(tok_cpu),
        "share_of_tokenizer_cpu": round(clf_cpu / tok_cpu, 3),
        "classify_runs": [round(r) for r in clf_rates],
        "tokenizer_runs": [round(r) for r in tok_rates],
        "load_seconds": round(load_s, 3),
        "warm_up_seconds": round(warm_s, 3),
        "load_cpu_seconds": round(load_cpu, 3),
        "first_64_messages_cpu_seconds": round(first_cpu, 3),
        "rss_mb_before_load": round(base_rss, 1),
        "rss_mb_loaded": round(loaded_rss, 1),
        "rss_mb_peak": round(rss_mb(), 1),
        "batch_size": args.batch,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:<24}{value}")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        classify()
        prof.disable()
        stats = pstats.Stats(prof)
        stats.sort_stats("cumulative").print_stats(40)
        stats.sort_stats("tottime").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
