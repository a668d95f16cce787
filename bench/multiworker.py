"""Several workers: one vs two `python -m bot once` processes on one backlog (PostgreSQL).

    python bench/multiworker.py                    # 2,000 messages, 1 then 2 workers
    python bench/multiworker.py --messages 500 --workers 1,2,3

For each worker count: a new Dovecot user with the same N distinct messages (made from
the 40 shared examples), a fresh PostgreSQL database, then that many workers started
together. The wall time runs from their start until the last one exits (every message
recorded, every acknowledgement accepted by the SMTP server). Afterwards the
exactly-once invariant is checked (tests/worker_support.check): every message stored
and decided once, every human acknowledged once at the SMTP server (by In-Reply-To),
robots never. Nothing is asserted about speed: the figures are printed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from common import bot_env, build_corpus, database, machine, servers

from tests.worker_support import Worker, check, counts_line


def drain(dovecot, smtp, workdir: Path, corpus, workers: int, db: str) -> dict:  # type: ignore[no-untyped-def]
    account = dovecot.add_user()
    uids = account.append_many([m.raw for m in corpus])
    smtp.clear()
    with database(db, workdir) as url:
        env = bot_env(account, smtp, url)
        cpu_before = _cpu_ticks()
        started = time.monotonic()
        procs = [Worker(env, "once") for _ in range(workers)]
        exits = [p.finish(timeout=3600) for p in procs]
        seconds = time.monotonic() - started
        total, idle = (after - before for after, before in zip(_cpu_ticks(), cpu_before,
                                                                strict=True))
        outcome = check(url, uids, smtp)
    counts = [counts_line(out) for _, out in exits]
    twice = outcome.decided_twice + len(outcome.humans_twice) + outcome.requests_twice
    ok = (
        all(status == 0 for status, _ in exits) and not outcome.missing_uids
        and set(outcome.statuses) <= {"processed", "triage"} and twice == 0
        and not outcome.humans_unanswered and not outcome.robots_answered
    )
    return {"workers": workers, "seconds": seconds, "rate": len(corpus) / seconds,
            "shares": [c.get("processed", 0) for c in counts],
            "sent": [c.get("sent", 0) for c in counts], "replies": outcome.replies,
            "twice": twice, "ok": ok, "busy": 1 - idle / total if total else 0.0}


def _cpu_ticks() -> tuple[int, int]:
    """(all, idle) CPU ticks of the whole machine since boot (/proc/stat): the share of
    the cores busy during a run says whether another worker had anything left to use."""
    with open("/proc/stat", encoding="ascii") as stat:
        ticks = [int(x) for x in stat.readline().split()[1:]]
    return sum(ticks), ticks[3] + ticks[4]  # idle + iowait


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--messages", type=int, default=2000)
    p.add_argument("--workers", default="1,2", help="worker counts to compare, e.g. 1,2,3")
    p.add_argument("--database", default="postgres",
                   help="postgres or a postgresql://… URL (several workers need PostgreSQL)")
    args = p.parse_args(argv)
    corpus = build_corpus(args.messages)
    print(" ".join(f"{k}={v}" for k, v in machine().items()))
    results = []
    with servers() as (dovecot, smtp), tempfile.TemporaryDirectory() as tmp:
        for n in (int(x) for x in args.workers.split(",")):
            r = drain(dovecot, smtp, Path(tmp), corpus, n, args.database)
            results.append(r)
            print(
                f"{n} worker(s): {args.messages} messages in {r['seconds']:.1f} s ="
                f" {r['rate']:.1f} msg/s; processed per worker {r['shares']},"
                f" sent per worker {r['sent']}; replies at the SMTP server {r['replies']};"
                f" done twice {r['twice']}; invariant {'ok' if r['ok'] else 'BROKEN'};"
                f" machine CPU busy {100 * r['busy']:.0f}%",
                flush=True,
            )
    base = results[0]["rate"]
    for r in results[1:]:
        print(f"{r['workers']} workers vs {results[0]['workers']}: x{r['rate'] / base:.2f}")
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
