"""Acknowledgement latency of the long-running worker under a steady trickle of mail.

    python bench/latency.py                    # 10 messages/s for 60 s, SQLite
    python bench/latency.py --rate 20 --seconds 30 --database postgres

A private Dovecot and an aiosmtpd sink are started (tests/servers.py) and the worker
runs as `python -m bot run` in a subprocess (IDLE; BOT_* variables point it at the
servers and at a fresh database). It is ready when a first probe message has been
answered. Then messages made from the 40 shared examples (28 of 40 human, each with
its own sender and Message-ID) are APPENDed at a steady rate over a connection of
our own. For every human message the latency runs from the moment its APPEND was
issued to the moment the SMTP server accepted the reply whose In-Reply-To is that
message's Message-ID. Robots must get no reply. Finally the worker gets SIGTERM and
should exit 0 within a few seconds (if it has not after 10 s, SIGABRT makes
faulthandler print where its threads are). Nothing is asserted: figures are printed.

The probe is a long message, so readiness does not include loading the language
models for short texts, which happens on the first short message (the figures for the
first 10 s and "after the first 10 s" are printed apart for that reason).
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import (
    ROOT,
    bot_env,
    build_corpus,
    check_database,
    database,
    log_problems,
    parse_settings,
    percentile,
    reply_target,
    servers,
    wait_rusage,
)

TARGET_P95 = 1.0  # seconds
WARM = 10.0  # seconds of delivery after which latencies count as "steady"
STOP_WITHIN = 10.0  # seconds we wait after SIGTERM before killing the worker


class Replies:
    """The SMTP server's messages by In-Reply-To, read incrementally."""

    def __init__(self, smtp) -> None:  # type: ignore[no-untyped-def]
        self.smtp = smtp
        self.seen = 0
        self.by_id: dict[str, list[tuple[float, str]]] = {}

    def update(self) -> None:
        messages = self.smtp.messages
        for received in messages[self.seen :]:
            to, irt = reply_target(received.data)
            self.by_id.setdefault(irt, []).append((received.received_at.timestamp(), to))
        self.seen = len(messages)

    def wait(self, ids: set[str], timeout: float, proc: subprocess.Popen | None = None) -> bool:
        """True once every id was answered; False after timeout or when proc exited."""
        deadline = time.monotonic() + timeout
        while True:
            self.update()
            if ids <= self.by_id.keys():
                return True
            if time.monotonic() > deadline or (proc is not None and proc.poll() is not None):
                return False
            time.sleep(0.05)


def run(rate: float = 10.0, seconds: float = 60.0, db: str = "sqlite", *,
        ready_timeout: float = 120.0, grace: float = 30.0, verbose: bool = True,
        keep_log: str | None = None, settings: dict[str, str] | None = None) -> dict:
    from imapclient import IMAPClient

    say = print if verbose else (lambda *a, **k: None)
    count = int(rate * seconds)
    corpus = build_corpus(count + 2)
    probe, corpus = corpus[1], corpus[2:]  # corpus[1] is a human message (ex02)
    humans = {m.message_id: m for m in corpus if m.kind == "human"}
    say(f"latency: {count} messages at {rate:g}/s for {seconds:g}s ({len(humans)} human), "
        f"database={db}" + "".join(f" {k}={v}" for k, v in (settings or {}).items()))
    result: dict = {"rate": rate, "seconds": seconds, "messages": count, "humans": len(humans),
                    "database": db}
    with tempfile.TemporaryDirectory(prefix="bench-latency-") as tmp, \
            servers() as (dovecot, smtp), database(db, Path(tmp)) as url:
        account = dovecot.add_user("latency")
        log = Path(tmp) / "worker.log"
        replies = Replies(smtp)
        with log.open("wb") as err:
            started = time.monotonic()
            proc = subprocess.Popen(  # noqa: S603
                [sys.executable, "-m", "bot", "run"], cwd=ROOT,
                env=bot_env(account, smtp, url, PYTHONFAULTHANDLER="1", **(settings or {})),
                stdout=err, stderr=err,
            )
            try:
                account.append(probe.raw)
                ready = replies.wait({probe.message_id}, ready_timeout, proc)
                result["ready_s"] = time.monotonic() - started
                if not ready:
                    why = (f"exited with {proc.returncode}" if proc.poll() is not None
                           else f"did not answer the probe within {ready_timeout:.0f}s")
                    say(f"  the worker {why}; the end of its log:")
                    for line in log.read_text(errors="replace").splitlines()[-15:]:
                        say(f"    | {line[:200]}")
                    result["ready"] = False
                else:
                    result["ready"] = True
                    say(f"  worker ready (probe answered) {result['ready_s']:.1f}s after start")
                    sent = _deliver(IMAPClient, account, corpus, rate, result)
                    say(f"  delivered {len(sent)} messages in {result['deliver_s']:.1f}s "
                        f"(APPEND p50 {result['append_p50_ms']:.1f} ms, max "
                        f"{result['append_max_ms']:.1f} ms, pacing lag max "
                        f"{result['lag_max_ms']:.0f} ms)")
                    replies.wait(set(humans), grace)
                    _measure(sent, humans, replies, result)
            finally:
                _stop(proc, result, log)
            try:
                result["db"] = check_database(url)
            except Exception as exc:  # e.g. the worker died before migrating
                say(f"  database not readable: {type(exc).__name__}: {exc}"[:200])
        result["problems"] = log_problems(log, 8)
        if keep_log:
            shutil.copyfile(log, keep_log)
    _summarise(result, say)
    return result


def _deliver(imap_client, account, corpus, rate: float, result: dict) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """APPEND each message at its slot; returns Message-ID -> epoch time APPEND was issued."""
    client = imap_client(account.host, port=account.port, ssl=False, timeout=30)
    client.login(account.user, account.password)
    sent: dict[str, float] = {}
    durations: list[float] = []
    lag = 0.0
    begin = time.monotonic()
    for i, mail in enumerate(corpus):
        slot = begin + i / rate
        now = time.monotonic()
        if slot > now:
            time.sleep(slot - now)
        lag = max(lag, time.monotonic() - slot)
        issued = time.time()
        t = time.perf_counter()
        client.append("INBOX", mail.raw)
        durations.append(time.perf_counter() - t)
        sent[mail.message_id] = issued
    result["deliver_s"] = time.monotonic() - begin
    client.logout()
    result["append_p50_ms"] = percentile(durations, 50) * 1000
    result["append_max_ms"] = max(durations) * 1000
    result["lag_max_ms"] = lag * 1000
    return sent


def _measure(sent: dict[str, float], humans: dict, replies: Replies, result: dict) -> None:
    latencies = []
    timeline: list[tuple[float, float]] = []  # (seconds into the delivery, latency)
    first = min(sent.values())
    missing = wrong_to = 0
    for mid, mail in humans.items():
        got = replies.by_id.get(mid)
        if not got:
            missing += 1
            continue
        accepted, to = min(got)
        wrong_to += to != mail.sender
        latencies.append(accepted - sent[mid])
        timeline.append((sent[mid] - first, accepted - sent[mid]))
    windows: dict[int, list[float]] = {}
    for at, latency in timeline:
        windows.setdefault(int(at // 10) * 10, []).append(latency)
    steady = [latency for at, latency in timeline if at >= WARM]
    if steady:
        result["steady"] = {"n": len(steady), "p50": percentile(steady, 50),
                            "p95": percentile(steady, 95), "max": max(steady)}
    result["windows"] = {
        w: (percentile(v, 50), percentile(v, 95), max(v)) for w, v in sorted(windows.items())
    }
    robots = sum(len(v) for k, v in replies.by_id.items() if k in sent and k not in humans)
    duplicates = sum(len(v) - 1 for k, v in replies.by_id.items() if len(v) > 1)
    result.update(
        answered=len(latencies), missing=missing, robots_answered=robots,
        duplicates=duplicates, wrong_to=wrong_to,
    )
    if latencies:
        result.update(
            p50=percentile(latencies, 50), p95=percentile(latencies, 95),
            p99=percentile(latencies, 99), max=max(latencies), min=min(latencies),
            mean=sum(latencies) / len(latencies),
            over_1s=sum(x > 1.0 for x in latencies),
        )


def _stop(proc: subprocess.Popen[bytes], result: dict, log: Path) -> None:
    """SIGTERM; a worker still running after STOP_WITHIN gets SIGABRT, which makes
    faulthandler (PYTHONFAULTHANDLER=1) write every thread's stack to its log."""
    if proc.poll() is not None:  # died by itself
        result.update(stop_exit=proc.returncode, stop_s=None, exited_early=True)
        return
    proc.send_signal(signal.SIGTERM)
    t = time.monotonic()
    try:
        done = wait_rusage(proc, STOP_WITHIN)
        result.update(stop_exit=done.status, stop_s=time.monotonic() - t,
                      rss_mb=done.rss_kb / 1024, cpu_s=done.cpu_s)
        return
    except TimeoutError:
        pass
    size = log.stat().st_size
    proc.send_signal(signal.SIGABRT)
    try:
        done = wait_rusage(proc, 5)
    except TimeoutError:
        proc.kill()
        done = wait_rusage(proc)
    with log.open("rb") as f:
        f.seek(size)
        result["stacks"] = f.read().decode(errors="replace")
    result.update(stop_exit=f"still running {STOP_WITHIN:.0f}s after SIGTERM: aborted",
                  stop_s=None, rss_mb=done.rss_kb / 1024, cpu_s=done.cpu_s)


def _summarise(r: dict, say) -> None:  # type: ignore[no-untyped-def]
    if "p95" in r:
        verdict = "meets" if r["p95"] < TARGET_P95 else "misses"
        say(f"  latency APPEND -> reply accepted over {r['answered']} replies: "
            f"p50 {r['p50']:.2f}s  p95 {r['p95']:.2f}s  p99 {r['p99']:.2f}s  "
            f"max {r['max']:.2f}s  (min {r['min']:.2f}s, {r['over_1s']} over 1 s; "
            f"{verdict} the p95 < {TARGET_P95:g}s target)")
    if r.get("steady"):
        st = r["steady"]
        say(f"  after the first {WARM:.0f}s of delivery ({st['n']} replies): p50 {st['p50']:.2f}s  "
            f"p95 {st['p95']:.2f}s  max {st['max']:.2f}s")
    if r.get("windows"):
        say("  by 10 s of delivery (p50/p95/max seconds): " + "  ".join(
            f"{w}s:{a:.2f}/{b:.2f}/{c:.2f}" for w, (a, b, c) in r["windows"].items()))
    if "missing" in r:
        say(f"  missing replies {r['missing']}/{r['humans']}, robots answered "
            f"{r['robots_answered']}, duplicates {r['duplicates']}, wrong recipient "
            f"{r['wrong_to']}")
    if "db" in r:
        d = r["db"]
        say(f"  database: inbound {d['inbound_message']}  outbox {d['outbox']}  requests "
            f"{d['requests']}; messages processed twice {d['messages_processed_twice']}, "
            f"requests opened twice {d['requests_opened_twice']}")
    ok = r.get("stop_exit") == 0 and r.get("stop_s") is not None
    stop_s = r.get("stop_s")
    say(f"  SIGTERM: exit={r.get('stop_exit')}"
        + (f" after {stop_s:.2f}s" if stop_s is not None else "")
        + f" ({'clean' if ok else 'NOT clean'});"
        + (f" worker peak RSS {r['rss_mb']:.0f} MB, CPU {r['cpu_s']:.1f}s"
           if "rss_mb" in r else ""))
    for line in r.get("problems", []):
        say(f"    log: {line[:200]}")
    if r.get("stacks"):
        say("  where the worker's threads were when it did not stop (faulthandler):")
        for line in r["stacks"].splitlines()[:60]:
            say(f"    | {line[:200]}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rate", type=float, default=10.0, help="messages per second (10)")
    p.add_argument("--seconds", type=float, default=60.0, help="for this long (60)")
    p.add_argument("--database", default="sqlite",
                   help="sqlite (fresh file, default), postgres (fresh database on "
                        "$BOT_TEST_PG's server), or a postgresql://… URL whose server gets a "
                        "fresh database for the run")
    p.add_argument("--grace", type=float, default=30.0,
                   help="after the last APPEND, wait this long for missing replies (30)")
    p.add_argument("--set", action="append", default=[], metavar="BOT_KEY=VALUE",
                   help="an extra worker setting, e.g. --set BOT_WORKER__OUTBOX_INTERVAL=60")
    p.add_argument("--keep-log", metavar="FILE", help="copy the worker's log here")
    p.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = p.parse_args(argv)
    result = run(args.rate, args.seconds, args.database, grace=args.grace,
                 keep_log=args.keep_log, settings=parse_settings(args.set))
    if args.json:
        print(json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
