"""Several workers on one mailbox with PostgreSQL: the work is shared, nothing is done twice.

Real processes (`python -m bot once`), a real Dovecot backlog and the aiosmtpd server:
two workers started together drain a backlog; every message is stored and decided by
exactly one of them, every acknowledgement reaches the SMTP server exactly once
(counted by In-Reply-To), and both did part of the work. The same backlog drained by
one worker gives the comparison (printed, not asserted: the machine is shared).
bench/multiworker.py runs the same with 2,000 messages for the README.
"""

from __future__ import annotations

import os
import time

from bench.common import database
from tests.worker_support import Worker, bot_env, build_corpus, check, counts_line

BACKLOG = int(os.environ.get("BOT_TEST_MULTIWORKER_BACKLOG", "400"))


def drain(dovecot_server, smtp_server, workdir, corpus, workers: int) -> dict:  # type: ignore[no-untyped-def]
    """APPEND the corpus to a new user, start `workers` processes together, wait."""
    account = dovecot_server.add_user()
    uids = account.append_many([m.raw for m in corpus])
    smtp_server.clear()
    with database("postgres", workdir) as url:
        env = bot_env(account, smtp_server, url)
        started = time.monotonic()
        procs = [Worker(env, "once") for _ in range(workers)]
        exits = [p.finish(timeout=600) for p in procs]
        seconds = time.monotonic() - started
        outcome = check(url, uids, smtp_server)
    return {
        "seconds": seconds,
        "exits": [status for status, _ in exits],
        "counts": [counts_line(out) for _, out in exits],
        "errors": [line for p in procs for line in p.errors],
        "outcome": outcome,
        "uids": uids,
    }


def assert_exactly_once(run: dict, backlog: int) -> None:
    o = run["outcome"]
    assert run["exits"] == [0] * len(run["exits"]), run["errors"][:5]
    assert not run["errors"], run["errors"][:5]
    assert len(run["uids"]) == backlog
    # every message stored once and decided once
    assert o.missing_uids == []
    assert o.rows == backlog
    assert set(o.statuses) <= {"processed", "triage"}, o.statuses
    assert o.decided_twice == 0
    assert o.requests_twice == 0
    # every acknowledgement sent once, robots none, nothing left in the outbox
    assert o.kinds["human"] > backlog // 2
    assert o.humans_unanswered == []
    assert o.humans_twice == []
    assert o.robots_answered == []
    assert o.replies == o.kinds["human"]
    assert set(o.outbox) == {"sent"}, o.outbox


def test_two_workers_share_a_backlog_and_nothing_is_done_twice(
    dovecot_server, smtp_server, tmp_path, capsys
):  # type: ignore[no-untyped-def]
    corpus = build_corpus(BACKLOG)

    two = drain(dovecot_server, smtp_server, tmp_path, corpus, workers=2)

    assert_exactly_once(two, BACKLOG)
    a, b = two["counts"]
    # the counts add up: each message was stored by one worker and decided by one
    assert a["fetched"] + b["fetched"] == BACKLOG
    assert a["processed"] + b["processed"] == BACKLOG
    assert a["sent"] + b["sent"] == two["outcome"].kinds["human"]
    # and both took a share of the deciding
    assert a["processed"] > 0 and b["processed"] > 0, (a, b)

    one = drain(dovecot_server, smtp_server, tmp_path, corpus, workers=1)
    assert_exactly_once(one, BACKLOG)
    assert one["counts"][0]["processed"] == BACKLOG

    with capsys.disabled():
        print(
            f"\n[multiworker] {BACKLOG} messages on PostgreSQL, wall time from start-up:"
            f" one worker {one['seconds']:.1f} s ({BACKLOG / one['seconds']:.1f} msg/s),"
            f" two workers {two['seconds']:.1f} s ({BACKLOG / two['seconds']:.1f} msg/s);"
            f" shares processed {a['processed']}/{b['processed']},"
            f" sent {a['sent']}/{b['sent']}"
        )
