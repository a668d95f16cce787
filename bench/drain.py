"""Backlog drain: how fast `python -m bot once` empties a mailbox of N messages.

    python bench/drain.py                      # 10,000 messages, fresh SQLite database
    python bench/drain.py --messages 2000 --database postgres
    python bench/drain.py --database postgresql://postgres@127.0.0.1:5432/test
    python bench/drain.py --profile            # where the time goes (2,000 messages)
    python bench/drain.py --set BOT_IMAP__BATCH_SIZE=500   # any BOT_* setting

A private Dovecot and an aiosmtpd sink are started (tests/servers.py). N distinct
messages made from the 40 shared examples (28 of 40 human, each with its own sender
and Message-ID) are APPENDed, then the bot runs as `python -m bot once` in a
subprocess with BOT_* variables pointing at the servers and at a fresh database. The
wall time runs from the start of that process until it exits, which is after every
message was recorded and every acknowledgement was accepted by the SMTP server (both
are checked afterwards). Its peak RSS is read with wait4().

In the same run the raw limit of the two ends is measured on the same servers:
(a) a batched IMAP FETCH of the same messages with imapclient (BODY.PEEK[], batches of
200) and (b) the bot's own replies (their bytes and recipients) sent again over one
aiosmtplib connection, from a process of its own as the bot is. The raw limit is
N / (time_fetch + time_send). Nothing is asserted: figures are printed.

--profile replaces the timed drain by two drains of the same mailbox, each with a
fresh database, running what `once` runs, in-process: one timed stage by stage with
plain wall-clock timers (inclusive, no profiler overhead), one under cProfile (top 25
cumulative, top 20 own time).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import os
import pickle
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import (
    ROOT,
    ImapAccount,
    Mail,
    SmtpServer,
    bot_env,
    build_corpus,
    check_database,
    database,
    log_problems,
    log_times,
    parse_settings,
    reply_target,
    servers,
    wait_rusage,
)

TARGET_RATIO = 0.5
TARGET_RSS_MB = 300
FETCH_BATCH = 200


# --- the raw limit --------------------------------------------------------------------

def raw_fetch(account: ImapAccount, batch: int = FETCH_BATCH) -> tuple[float, int, int]:
    """(seconds, messages, bytes) for a batched BODY.PEEK[] of the whole INBOX."""
    from imapclient import IMAPClient

    started = time.perf_counter()
    client = IMAPClient(account.host, port=account.port, ssl=False, timeout=60)
    client.login(account.user, account.password)
    client.select_folder("INBOX", readonly=True)
    uids = sorted(client.search("ALL"))
    count = size = 0
    for start in range(0, len(uids), batch):
        for data in client.fetch(uids[start : start + batch], ["BODY.PEEK[]"]).values():
            count += 1
            size += len(data[b"BODY[]"])
    client.logout()
    return time.perf_counter() - started, count, size


def raw_send(smtp: SmtpServer, replies: list[tuple[str, bytes]], workdir: Path) -> float:
    """Seconds to send these (recipient, bytes) replies over one aiosmtplib connection.

    The client runs in a process of its own, as the bot does: in this process it would
    share the GIL with the SMTP server's thread and measure that contention instead.
    Timed inside the child from connect to QUIT (no interpreter start-up).
    """
    items = workdir / "replies.pickle"
    items.write_bytes(pickle.dumps({"host": smtp.host, "port": smtp.port, "replies": replies}))
    out = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, str(Path(__file__).resolve()), "--send-child", str(items)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    return float(json.loads(out.stdout.strip().splitlines()[-1])["seconds"])


def send_child(path: str) -> int:
    import aiosmtplib

    job = pickle.loads(Path(path).read_bytes())  # noqa: S301 - our own file

    async def send_all() -> float:
        client = aiosmtplib.SMTP(hostname=job["host"], port=job["port"], use_tls=False,
                                 start_tls=False, timeout=30)
        started = time.perf_counter()
        await client.connect()
        for to, data in job["replies"]:
            await client.sendmail("admin@carerra.co", [to], data)
        await client.quit()
        return time.perf_counter() - started

    print(json.dumps({"seconds": asyncio.run(send_all())}))
    return 0


def the_bots_replies(received: list, count: int) -> list[tuple[str, bytes]]:
    """`count` replies: the bytes the bot sent, each to its recipient (cycled if short)."""
    replies = [(r.rcpt_tos[0], r.data) for r in received if r.rcpt_tos]
    if not replies:
        body = b"Subject: Your message\r\n\r\n" + b"We received your message.\r\n" * 30
        replies = [(f"customer{i}@example.org", body) for i in range(count)]
    return [replies[i % len(replies)] for i in range(count)]


# --- the bot --------------------------------------------------------------------------

def run_bot(account: ImapAccount, smtp: SmtpServer, db_url: str, workdir: Path,
            timeout: float, *, child: tuple[str, Path] | None = None,
            settings: dict[str, str] | None = None) -> dict:
    """`python -m bot once` (or a profiling child: (mode, output file)).

    Returns wall time, exit status, peak RSS and CPU time of that process alone.
    """
    log = workdir / (f"bot-{child[0]}.log" if child else "bot.log")
    if child is None:
        cmd = [sys.executable, "-m", "bot", "once"]
    else:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--profile-child", str(child[1]),
               "--child-mode", child[0]]
    env = bot_env(account, smtp, db_url, **(settings or {}))
    with log.open("wb") as err, (workdir / "bot.out").open("wb") as out:
        started_epoch = time.time()
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=err)  # noqa: S603
        status: int | str
        try:
            done = wait_rusage(proc, timeout)
            status = done.status
        except TimeoutError:
            proc.kill()
            done = wait_rusage(proc)
            status = f"killed after {timeout:.0f}s"
        wall = time.perf_counter() - started
    return {
        "status": status,
        "wall": wall,
        "started_epoch": started_epoch,
        "rss_mb": done.rss_kb / 1024,
        "cpu_s": done.cpu_s,
        "log": log,
        "summary": (workdir / "bot.out").read_text(errors="replace").strip(),
    }


# what the breakdown times: (depth, where, label); inclusive wall time, so a line
# contains the lines indented under it
TIMED = (
    (0, "bot.pipeline:fetch_and_process", "fetch_and_process (everything but the final flush)"),
    (1, "bot.fetch:Mailbox.fetch_after", "IMAP fetch (bot.fetch)"),
    (1, "bot.ingest:store_batch", "store raw batch (bot.ingest)"),
    (1, "bot.claims:_load", "load the claimed rows (bot.claims)"),
    (1, "bot.pipeline:_run_pure_stages", "parse + classify"),
    (2, "bot.pipeline:parse", "parse (bot.parse)"),
    (2, "classifiers.pipeline:Classifier.classify_many", "classify (classify_many)"),
    (3, "classifiers.language:LanguageDetector.detect_many", "language detection (lingua)"),
    (1, "bot.pipeline:_commit_batch", "decide + record, one transaction per batch"),
    (2, "bot.pipeline:_commit_one", "one message (its savepoint)"),
    (2, "bot.pipeline:gather_facts", "gather_facts"),
    (3, "bot.people:find_contact", "people.find_contact (also called by record)"),
    (2, "bot.pipeline:decide", "decide"),
    (2, "bot.pipeline:record", "record"),
    (3, "bot.people:get_or_create_contact", "people.get_or_create_contact"),
    (3, "bot.privacy:open_request", "privacy.open_request"),
    (4, "bot.privacy:next_reference", "privacy.next_reference"),
    (3, "bot.record:_queue_reply", "record._queue_reply"),
    (4, "bot.reply:Replies.render", "Replies.render (Jinja2)"),
    (2, "sqlalchemy.orm.session:Session.commit", "Session.commit (all commits)"),
    (2, "sqlalchemy.orm.session:Session.flush", "Session.flush (all flushes, autoflush too)"),
    (0, "bot.pipeline:flush_outbox", "flush_outbox (send every reply)"),
    (1, "bot.send:claim", "send.claim"),
    (1, "bot.send:build_message", "send.build_message (email package)"),
    (1, "aiosmtplib:SMTP.send_message", "aiosmtplib send_message"),
    (1, "bot.send:_finish", "send._finish (one transaction per reply)"),
)


def _install_timers(totals: dict[str, list[float]]) -> None:
    import functools
    import importlib
    import inspect

    for _depth, where, _label in TIMED:
        module_name, _, attr = where.partition(":")
        owner = importlib.import_module(module_name)
        *path, name = attr.split(".")
        for part in path:
            owner = getattr(owner, part)
        func = getattr(owner, name)
        slot = totals.setdefault(where, [0.0, 0])

        if inspect.iscoroutinefunction(func):
            @functools.wraps(func)
            async def timed_async(*a, __f=func, __s=slot, **k):  # type: ignore[no-untyped-def]
                t = time.perf_counter()
                try:
                    return await __f(*a, **k)
                finally:
                    __s[0] += time.perf_counter() - t
                    __s[1] += 1

            setattr(owner, name, timed_async)
        else:
            @functools.wraps(func)
            def timed(*a, __f=func, __s=slot, **k):  # type: ignore[no-untyped-def]
                t = time.perf_counter()
                try:
                    return __f(*a, **k)
                finally:
                    __s[0] += time.perf_counter() - t
                    __s[1] += 1

            setattr(owner, name, timed)


def profile_child(out: str, mode: str) -> int:
    """Run what `python -m bot once` runs, timed by stage or under cProfile.

    run_once() hands the blocking fetch/process stages to asyncio.to_thread, and the
    fetch thread waits there for the event loop to send each batch's replies; so the
    stages keep their threads, and under cProfile every thread runs a profiler of its
    own, merged into one report. The model and the schema are loaded first (the worker
    does so too) and not counted.
    """
    from bot import logs
    from bot.app import App
    from bot.config import load_settings
    from bot.pipeline import run_once

    settings = load_settings()
    logs.setup(settings.worker.log_level, json_lines=settings.worker.log_json)
    app = App(settings)
    loaded = time.perf_counter()
    app.engine, app.classifier, app.replies  # noqa: B018 - load them now
    load_seconds = time.perf_counter() - loaded

    profiler = cProfile.Profile()
    threads: list[cProfile.Profile] = []
    to_thread = asyncio.to_thread

    async def profiled(func, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        def body():  # type: ignore[no-untyped-def]
            own = cProfile.Profile()
            threads.append(own)
            own.enable()
            try:
                return func(*args, **kwargs)
            finally:
                own.disable()
        return await to_thread(body)

    totals: dict[str, list[float]] = {}
    if mode == "timers":
        _install_timers(totals)
    else:
        asyncio.to_thread = profiled  # type: ignore[assignment]
    started = time.perf_counter()
    if mode == "cprofile":
        profiler.enable()
    counts = asyncio.run(run_once(app))
    if mode == "cprofile":
        profiler.disable()
    seconds = time.perf_counter() - started
    app.close()
    if mode == "cprofile":
        stats = pstats.Stats(profiler)
        for own in threads:
            stats.add(own)
        stats.dump_stats(out)
    Path(out + ".json").write_text(json.dumps({
        "seconds": seconds, "load_seconds": load_seconds, "summary": counts.summary(),
        "totals": totals,
    }))
    return 0


def print_breakdown(info: dict, messages: int) -> None:
    total = info["seconds"]
    print(f"\n  time by stage (wall, inclusive; in-process, no profiler): "
          f"{total:.1f}s for {messages} messages = {total / messages * 1000:.1f} ms/message")
    print(f"    {'stage':<62} {'seconds':>8} {'share':>6} {'calls':>7} {'ms/call':>8}"
          f" {'ms/msg':>7}")
    for depth, where, label in TIMED:
        seconds, calls = info["totals"].get(where, (0.0, 0))
        if not calls:
            continue
        print(f"    {'  ' * depth + label:<62} {seconds:8.2f} {seconds / total:6.1%} "
              f"{int(calls):7d} {seconds / calls * 1000:8.2f} {seconds / messages * 1000:7.2f}")


def _short(path: str) -> str:
    if "site-packages/" in path:
        return path.split("site-packages/", 1)[1]
    if path.startswith(str(ROOT) + "/"):
        return path[len(str(ROOT)) + 1 :]
    return path


def print_profile(path: Path, top: int = 25) -> None:
    stats = pstats.Stats(str(path))
    # shorter file names: paths relative to the repo or to site-packages
    renamed = {}
    for (file, line, func), (cc, nc, tt, ct, callers) in stats.stats.items():  # type: ignore[attr-defined]
        new_callers = {(_short(f), ln, fn): v for (f, ln, fn), v in callers.items()}
        renamed[(_short(file), line, func)] = (cc, nc, tt, ct, new_callers)
    stats.stats = renamed  # type: ignore[attr-defined]
    for key, title in (("cumulative", "cumulative"), ("tottime", "own time (tottime)")):
        buf = io.StringIO()
        stats.stream = buf  # type: ignore[attr-defined]
        stats.sort_stats(key).print_stats(top if key == "cumulative" else 20)
        text = buf.getvalue()
        body = text[text.find("   ncalls"):] if "   ncalls" in text else text
        print(f"\n  top {top if key == 'cumulative' else 20} by {title}:")
        for line in body.rstrip().splitlines():
            print("  " + line[:160])


# --- the benchmark --------------------------------------------------------------------

def run(messages: int = 10_000, db: str = "sqlite", *, profile: bool = False,
        timeout: float = 1800.0, verbose: bool = True, profile_out: str | None = None,
        settings: dict[str, str] | None = None) -> dict:
    say = print if verbose else (lambda *a, **k: None)
    corpus = build_corpus(messages)
    humans = sum(m.kind == "human" for m in corpus)
    say(f"drain: {messages} messages ({humans} human, {messages - humans} robots), "
        f"database={db}{' [profile]' if profile else ''}"
        + "".join(f" {k}={v}" for k, v in (settings or {}).items()))
    with tempfile.TemporaryDirectory(prefix="bench-drain-") as tmp, servers() as (dovecot, smtp):
        workdir = Path(tmp)
        account = dovecot.add_user("drain")
        started = time.perf_counter()
        account.append_many([m.raw for m in corpus])
        append_s = time.perf_counter() - started
        say(f"  appended in {append_s:.1f}s ({messages / append_s:.0f} msg/s)")

        if profile:
            return _profile(account, smtp, db, workdir, corpus, timeout, profile_out, settings)

        fetch_s, fetched, fetched_bytes = raw_fetch(account)
        say(f"  raw IMAP fetch: {fetched} messages, {fetched_bytes / 1e6:.1f} MB "
            f"in {fetch_s:.2f}s ({fetched / fetch_s:.0f} msg/s)")

        with database(db, workdir) as url:
            bot = run_bot(account, smtp, url, workdir, timeout, settings=settings)
            rows = check_database(url)
        received = smtp.messages
        result = _verify(corpus, received, rows, bot)
        result.update(messages=messages, humans=humans, database=db, append_s=append_s,
                      fetch_s=fetch_s)

        # (b) the same number of replies over one connection, after the bot is done
        count = len(received) or humans
        replies = the_bots_replies(received, count)
        smtp.clear()
        send_s = raw_send(smtp, replies, workdir)
        sent_ok = len(smtp.messages)
        smtp.clear()
        result.update(send_s=send_s, send_n=count, send_ok=sent_ok)
    result["load"] = "/".join(f"{x:.1f}" for x in os.getloadavg())
    _summarise(result, say)
    return result


def _verify(corpus: list[Mail], received: list, rows: dict, bot: dict) -> dict:
    wanted = {m.message_id: m for m in corpus if m.kind == "human"}
    answered: dict[str, int] = {}
    wrong_to = 0
    for r in received:
        to, irt = reply_target(r.data)
        answered[irt] = answered.get(irt, 0) + 1
        if irt in wanted and to != wanted[irt].sender:
            wrong_to += 1
    last_accept = max((r.received_at.timestamp() for r in received), default=bot["started_epoch"])
    selected = log_times(bot["log"], r"imap: selected")
    processed = log_times(bot["log"], r" message=\d+ ")
    inbound, outbox = rows["inbound_message"], rows["outbox"]
    return {
        "bot": bot,
        "wall": bot["wall"],
        "rss_mb": bot["rss_mb"],
        "exit": bot["status"],
        "replies": len(received),
        "humans_answered": sum(1 for k in wanted if k in answered),
        "robots_answered": sum(v for k, v in answered.items() if k not in wanted),
        "duplicates": sum(v - 1 for v in answered.values() if v > 1),
        "wrong_to": wrong_to,
        "inbound": inbound,
        "outbox": outbox,
        "requests": rows["requests"],
        "processed_twice": rows["messages_processed_twice"],
        "startup_s": (selected[0] - bot["started_epoch"]) if selected else None,
        "processed_by_s": (processed[-1] - bot["started_epoch"]) if processed else None,
        "first_accept_s": (min(r.received_at.timestamp() for r in received)
                           - bot["started_epoch"]) if received else None,
        "last_accept_s": last_accept - bot["started_epoch"],
        "problems": log_problems(bot["log"]),
    }


def _summarise(r: dict, say) -> None:  # type: ignore[no-untyped-def]
    n = r["messages"]
    r["bot_rate"] = n / r["wall"]
    r["raw_s"] = r["fetch_s"] + r["send_s"]
    r["raw_rate"] = n / r["raw_s"]
    r["ratio"] = r["bot_rate"] / r["raw_rate"]
    stored = sum(r["inbound"].values())
    done = stored - r["inbound"].get("received", 0)
    r["complete"] = (
        r["exit"] == 0 and stored == n and done == n
        and r["humans_answered"] == r["humans"] and set(r["outbox"]) <= {"sent"}
        and r["outbox"].get("sent", 0) == r["replies"]
    )
    startup = r["startup_s"] or 0.0
    say(f"  bot `python -m bot once`: exit={r['exit']} wall={r['wall']:.1f}s "
        f"-> {r['bot_rate']:.0f} msg/s  (peak RSS {r['rss_mb']:.0f} MB, CPU "
        f"{r['bot']['cpu_s']:.0f}s)")
    say(f"    {r['bot']['summary']}")
    say(f"    timeline from process start: fetching from {startup:.1f}s (start-up: imports, "
        f"model, migrations), last message recorded at {r['processed_by_s'] or 0:.1f}s, "
        f"replies accepted {r['first_accept_s'] or 0:.1f}s..{r['last_accept_s']:.1f}s")
    if r["wall"] > startup > 0:
        say(f"    without start-up: {n / (r['wall'] - startup):.0f} msg/s")
    say(f"    database: inbound {r['inbound']}  outbox {r['outbox']}  requests {r['requests']}"
        f"  processed twice {r['processed_twice']}")
    say(f"    replies accepted: {r['replies']} (human messages answered "
        f"{r['humans_answered']}/{r['humans']}, robots answered {r['robots_answered']}, "
        f"duplicates {r['duplicates']}, wrong recipient {r['wrong_to']})")
    for line in r["problems"]:
        say(f"    log: {line[:200]}")
    say(f"  raw send: the bot's {r['send_n']} replies again over one aiosmtplib connection in "
        f"{r['send_s']:.2f}s ({r['send_n'] / r['send_s']:.0f} msg/s, {r['send_ok']} accepted)")
    say(f"  raw limit: fetch {r['fetch_s']:.2f}s + send {r['send_s']:.2f}s = {r['raw_s']:.2f}s "
        f"-> {r['raw_rate']:.0f} msg/s")
    verdict = "meets" if r["ratio"] >= TARGET_RATIO else "misses"
    say(f"  machine load average (1/5/15 min) at the end: {r['load']}")
    say(f"  bot/raw = {r['ratio']:.1%} ({verdict} the {TARGET_RATIO:.0%} target); peak RSS "
        f"{r['rss_mb']:.0f} MB ({'under' if r['rss_mb'] < TARGET_RSS_MB else 'OVER'} "
        f"{TARGET_RSS_MB} MB); complete={r['complete']}")


def _profile(account: ImapAccount, smtp: SmtpServer, db: str, workdir: Path,
             corpus: list[Mail], timeout: float, keep: str | None = None,
             settings: dict[str, str] | None = None) -> dict:
    """Two more drains of the same mailbox, each with a fresh database: one timed by
    stage, one under cProfile (the bot never changes the mailbox, so both see it all)."""
    n = len(corpus)
    result: dict = {"messages": n}
    for mode in ("timers", "cprofile"):
        out = workdir / f"drain-{mode}.prof"
        smtp.clear()
        with database(db, workdir) as url:
            bot = run_bot(account, smtp, url, workdir, timeout, child=(mode, out),
                          settings=settings)
            rows = check_database(url)
        info_file = Path(str(out) + ".json")
        if bot["status"] != 0 or not info_file.exists():
            print(f"  {mode} run failed: exit={bot['status']}")
            for line in log_problems(bot["log"], 20):
                print("   ", line)
            result["exit"] = bot["status"]
            return result
        info = json.loads(info_file.read_text())
        result[mode] = {"seconds": info["seconds"], "totals": info["totals"]}
        what = "under cProfile" if mode == "cprofile" else "timed by stage"
        print(f"\n  run_once in-process, {what}: {info['seconds']:.1f}s for {n} messages "
              f"({n / info['seconds']:.0f} msg/s); model+schema loaded beforehand in "
              f"{info['load_seconds']:.1f}s; peak RSS {bot['rss_mb']:.0f} MB")
        print(f"    {info['summary']}")
        print(f"    database: {rows}; replies accepted: {len(smtp.messages)}")
        if mode == "timers":
            print_breakdown(info, n)
        else:
            print_profile(out)
            if keep:
                shutil.copyfile(out, keep)
                print(f"\n  raw profile kept in {keep}")
    result["exit"] = 0
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--messages", type=int, default=None,
                   help="messages in the backlog (default 10000; 2000 with --profile)")
    p.add_argument("--database", default="sqlite",
                   help="sqlite (fresh file, default), postgres (fresh database on "
                        "$BOT_TEST_PG's server), or a postgresql://… URL whose server gets a "
                        "fresh database for the run")
    p.add_argument("--profile", action="store_true",
                   help="instead of the timed drain: a drain timed stage by stage, then one "
                        "under cProfile (top 25 cumulative, top 20 own time)")
    p.add_argument("--profile-out", metavar="FILE",
                   help="with --profile: keep the raw cProfile data here (pstats, snakeviz)")
    p.add_argument("--set", action="append", default=[], metavar="BOT_KEY=VALUE",
                   help="an extra setting for the bot, e.g. --set BOT_IMAP__BATCH_SIZE=500")
    p.add_argument("--timeout", type=float, default=1800.0, help="give the bot this long")
    p.add_argument("--json", action="store_true", help="also print the figures as JSON")
    p.add_argument("--profile-child", help=argparse.SUPPRESS)
    p.add_argument("--child-mode", default="cprofile", help=argparse.SUPPRESS)
    p.add_argument("--send-child", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.send_child:
        return send_child(args.send_child)
    if args.profile_child:
        return profile_child(args.profile_child, args.child_mode)
    n = args.messages or (2000 if args.profile else 10_000)
    result = run(n, args.database, profile=args.profile, timeout=args.timeout,
                 profile_out=args.profile_out, settings=parse_settings(args.set))
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "bot"}, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
