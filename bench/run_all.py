"""Both benchmarks with their defaults, then a summary ready to paste into the README.

    make bench                 # or: .venv/bin/python bench/run_all.py
    python bench/run_all.py --messages 2000 --seconds 30     # a quicker look

bench/drain.py (backlog drain of `python -m bot once`) and bench/latency.py
(acknowledgement latency of `python -m bot run`) each print their details first.
Nothing is asserted; the targets are shown next to the figures.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import drain
import latency
from common import machine


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def summary(m: dict, d: dict, lat: dict, load_before: str, load_after: str) -> str:
    lines = [
        "Benchmarks (`make bench`, bench/run_all.py)",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram']} RAM; {m['os']}",
        f"         Python {m['python']}, SQLite {m['sqlite']}, Dovecot {m['dovecot']}",
        f"Run:     {m['date']}; load average (1/5/15 min) {load_before} before, "
        f"{load_after} after",
    ]
    if "bot_rate" in d:
        startup = d.get("startup_s") or 0.0
        lines += [
            f"Drain:   {d['messages']:,} messages ({d['humans']:,} human) on {d['database']}, "
            f"`python -m bot once`: {d['wall']:.0f}s wall -> {d['bot_rate']:.0f} msg/s "
            f"(start-up {startup:.1f}s included)",
            f"         raw limit {d['raw_rate']:.0f} msg/s (IMAP fetch {d['fetch_s']:.1f}s + "
            f"SMTP send of {d['send_n']:,} replies {d['send_s']:.1f}s); bot/raw "
            f"{d['ratio']:.0%} (target >= {drain.TARGET_RATIO:.0%})",
            f"         peak RSS {d['rss_mb']:.0f} MB (target < {drain.TARGET_RSS_MB} MB); "
            f"bot CPU {d['bot']['cpu_s']:.0f}s; every message recorded and every reply "
            f"accepted: {'yes' if d['complete'] else 'NO'}",
        ]
    else:
        lines.append(f"Drain:   did not complete ({d.get('exit')})")
    if "p95" in lat:
        st = lat.get("steady", {})
        lines += [
            f"Latency: {lat['rate']:g} msg/s for {lat['seconds']:g}s ({lat['humans']} human) on "
            f"{lat['database']}, `python -m bot run` (IDLE): APPEND -> reply accepted "
            f"p50 {lat['p50']:.2f}s, p95 {lat['p95']:.2f}s, max {lat['max']:.2f}s "
            f"(target p95 < {latency.TARGET_P95:g}s)",
            (f"         after the first {latency.WARM:.0f}s: p50 {st['p50']:.2f}s, "
             f"p95 {st['p95']:.2f}s, max {st['max']:.2f}s; " if st else "         ")
            + f"missing replies {lat['missing']}, duplicates {lat['duplicates']}",
        ]
    else:
        lines.append(f"Latency: no figures (worker ready: {lat.get('ready')})")
    stop_s = lat.get("stop_s")
    lines.append(
        f"         SIGTERM: exit {lat.get('stop_exit')}"
        + (f" after {stop_s:.1f}s" if stop_s is not None else "")
        + (f"; worker peak RSS {lat['rss_mb']:.0f} MB" if "rss_mb" in lat else "")
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--messages", type=int, default=10_000, help="drain backlog (10000)")
    p.add_argument("--rate", type=float, default=10.0, help="latency: messages/s (10)")
    p.add_argument("--seconds", type=float, default=60.0, help="latency: duration (60)")
    p.add_argument("--database", default="sqlite", help="sqlite (default), postgres or a URL")
    args = p.parse_args(argv)

    info = machine()
    load_before = _load()
    started = time.monotonic()
    d = drain.run(args.messages, args.database)
    print()
    lat = latency.run(args.rate, args.seconds, args.database)
    load_after = _load()
    print(f"\n(both benchmarks took {time.monotonic() - started:.0f}s)\n")
    print("```")
    print(summary(info, d, lat, load_before, load_after))
    print("```")
    return 0


if __name__ == "__main__":
    sys.exit(main())
