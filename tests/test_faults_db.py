"""Database faults under the real `python -m bot run`: SQLite locked, PostgreSQL restarted.

Both tests drain a backlog through the running worker, take the database away in the
middle of it, and end with the invariant of tests/faults_support.py: every message
stored and processed once (none half-recorded, none in triage because of the fault),
every customer acknowledged exactly once. Each also checks from the worker's own log
that it met the fault and retried, so a worker that never saw it proves nothing.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

from sqlalchemy.engine import make_url

from bot import send
from bot.store.db import make_engine, migrate, session_scope
from bot.store.outbox import PENDING, SENT, OutboxItem
from tests.conftest import wait_until
from tests.faults_support import address, assert_exactly_once, counts, human

ROOT = Path(__file__).resolve().parents[1]
TOTAL = 150


def _start_run(settings, **extra: str) -> subprocess.Popen[str]:  # type: ignore[no-untyped-def]
    from tests.test_end_to_end import _env

    clean = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    env = {**clean, **_env(settings), "BOT_IMAP__BATCH_SIZE": "10",
           "BOT_IMAP__POLL_INTERVAL": "3600", **extra}
    return subprocess.Popen(  # noqa: S603 - our own command
        [sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _stop(worker: subprocess.Popen[str]) -> str:
    if worker.poll() is None:
        worker.send_signal(signal.SIGTERM)
    _out, err = worker.communicate(timeout=90)
    assert worker.returncode == 0, err[-3000:]
    return err


def test_sqlite_locked_for_seconds_mid_backlog_loses_and_repeats_nothing(
    mailbox, smtp_server, make_settings
):  # type: ignore[no-untyped-def]
    first = 20  # the backlog arrives in two parts, the lock is taken between them
    mailbox.append_many([human(n, "lk") for n in range(first)])
    settings = make_settings()
    path = make_url(settings.database.url).database
    engine = make_engine(settings.database.url)
    # a writer waits 1 s for the lock (30 s by default), so the 3 s below make it fail
    worker = _start_run(settings, BOT_DATABASE__SQLITE_BUSY_TIMEOUT_SECONDS="1")
    try:
        wait_until(lambda: counts(engine)[1] >= first or worker.poll() is not None, timeout=90,
                   what="the first messages recorded")
        # another process (a backup, a staff script) holds the write lock for 3 s and
        # commits a change, while the rest of the backlog arrives: the worker's next
        # write fails with "database is locked" and is started over. (Taken while the
        # worker drained a backlog, the lock could wait behind its batches until the
        # backlog was done: SQLite's writers take turns, and a batch holds the lock.)
        holder = sqlite3.connect(path, timeout=30, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        held_at = counts(engine)[1]
        holder.execute("CREATE TABLE lock_holder (at REAL)")
        holder.execute("INSERT INTO lock_holder VALUES (?)", (time.time(),))
        mailbox.append_many([human(n, "lk") for n in range(first, TOTAL)])
        time.sleep(3)  # the fault's length, not a synchronisation
        holder.execute("COMMIT")
        holder.close()
        wait_until(lambda: counts(engine)[1] == TOTAL and len(smtp_server.messages) >= TOTAL
                   or worker.poll() is not None, timeout=120, what="the backlog answered")
    finally:
        err = _stop(worker)
    assert held_at < TOTAL, "the lock came in the middle of the backlog"
    assert_exactly_once(engine, smtp_server, [address(n, "lk") for n in range(TOTAL)])
    engine.dispose()
    assert "database is locked" in err, "the worker never met the lock"
    assert "retrying with backoff" in err
    assert "to triage" not in err


def test_postgres_restarted_mid_run_loses_and_repeats_nothing(
    mailbox, smtp_server, make_settings, private_postgres
):  # type: ignore[no-untyped-def]
    """The private cluster crashes (`pg_ctl stop -m immediate`) while the worker records
    a backlog, and starts again: pooled connections are dead, new ones refused for a
    while; the worker retries the batch and carries on.

    The outbox job runs only at start here, so replies go out after recording (the
    watch round's own flush) and the crash lands on recording, deterministically.
    """
    url = private_postgres.create_database(f"faults_{uuid.uuid4().hex[:8]}")
    mailbox.append_many([human(n, "pg") for n in range(TOTAL)])
    settings = make_settings(db=url)
    engine = make_engine(url)
    worker = _start_run(settings, BOT_WORKER__OUTBOX_INTERVAL="3600")
    try:
        wait_until(lambda: counts(engine)[1] >= 20 or worker.poll() is not None, timeout=90,
                   what="the first messages recorded")
        before = counts(engine)[1]
        private_postgres.stop("immediate")  # a crash: every backend killed at once
        private_postgres.start()
        wait_until(lambda: counts(engine)[1] == TOTAL and len(smtp_server.messages) >= TOTAL
                   or worker.poll() is not None, timeout=120, what="the backlog answered")
    finally:
        err = _stop(worker)
    assert before < TOTAL, "the crash came in the middle of the backlog"
    assert_exactly_once(engine, smtp_server, [address(n, "pg") for n in range(TOTAL)])
    engine.dispose()
    assert "database: " in err, "the worker never met the crash"
    assert "retrying with backoff" in err
    assert "to triage" not in err


async def test_a_database_crash_right_after_the_250_sends_no_second_reply(
    smtp_server, make_settings, private_postgres
):  # type: ignore[no-untyped-def]
    """The SMTP server has accepted the reply; before the sender records it, PostgreSQL
    crashes and comes back a second later. The outcome is recorded once the database is
    back (not left `sending` to be sent again when its lease ends): one reply, `sent`."""
    url = private_postgres.create_database(f"sent_{uuid.uuid4().hex[:8]}")
    settings = make_settings(db=url)
    engine = make_engine(url)
    migrate(engine)
    with session_scope(engine) as session:
        item = OutboxItem(idempotency_key="ack:crash", to_addr="ann@example.com",
                          subject="We have received your message", body="Thank you.\n",
                          message_id="<crash-1@carerra.co>", template="ack", status=PENDING)
        session.add(item)
        session.flush()
        item_id = item.id
    restarted = threading.Event()

    def crash_once(_received) -> None:  # type: ignore[no-untyped-def]
        if restarted.is_set():
            return
        restarted.set()
        private_postgres.stop("immediate")  # before the client sees 250
        threading.Timer(1.0, private_postgres.start).start()

    smtp_server.on_message(crash_once)
    try:
        first = await send.flush(engine, settings)
    finally:
        smtp_server.on_message(None)
    again = await send.flush(engine, settings)
    assert restarted.is_set() and (first.sent, again.sent) == (1, 0)
    assert len(smtp_server.messages) == 1
    with session_scope(engine) as session:
        row = session.get(OutboxItem, item_id)
        assert row is not None and (row.status, row.claimed_until) == (SENT, None)
    engine.dispose()
