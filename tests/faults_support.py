"""Helpers of the IMAP and database fault tests (tests/test_faults_imap.py, _db.py).

`human()` makes distinct customer messages (one sender each, so every one is owed
exactly one acknowledgement); `Watcher` runs the worker's mailbox job — the coroutine
`python -m bot run` schedules — in a thread with its own event loop, so a test can
restart servers and look at `app.health` while it runs; `assert_exactly_once()` is the
invariant every fault test ends with.
"""

from __future__ import annotations

import asyncio
import email
import logging
import threading
from collections import Counter
from email.policy import default as default_policy
from types import TracebackType

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from bot.app import App
from bot.store.db import session_scope
from bot.store.mail import RECEIVED, InboundMessage
from bot.store.outbox import SENT, OutboxItem
from bot.worker import watch_mailbox
from tests.servers import SmtpServer


def human(n: int, tag: str) -> bytes:
    """A customer's access request from an address of its own."""
    return (
        f"From: Customer {n} <c{n}.{tag}@example.org>\r\nTo: privacy@carerra.co\r\n"
        f"Subject: My data, request {tag}-{n}\r\nMessage-ID: <{tag}.{n}@example.org>\r\n"
        f"Date: Mon, 02 Mar 2026 10:00:00 +0000\r\n\r\n"
        "Hello,\r\n\r\nplease send me a copy of all the personal data you hold about me.\r\n"
        f"\r\nRegards,\r\nCustomer {n}\r\n"
    ).encode()


def address(n: int, tag: str) -> str:
    return f"c{n}.{tag}@example.org"


class Watcher:
    """`watch_mailbox(app)` in a thread of its own, stopped (and awaited) on exit."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._main, name="watch", daemon=True)

    def _main(self) -> None:
        try:
            asyncio.run(watch_mailbox(self.app))
        except BaseException as exc:  # the job must never end by itself: the test says so
            self.error = exc

    def __enter__(self) -> Watcher:
        self.app.health.start()
        self._thread.start()
        return self

    @property
    def alive(self) -> bool:
        return self._thread.is_alive() and not self.app.stopping.is_set()

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.app.stopping.set()
        self._thread.join(60)
        assert not self._thread.is_alive(), "the mailbox job did not stop within 60 s"
        assert self.error is None, f"the mailbox job ended with {self.error!r}"


def counts(engine: Engine) -> tuple[int, int]:
    """(stored messages, of which no longer waiting as `received`); (0, 0) when down."""
    try:
        with session_scope(engine) as session:
            total = session.exec(select(func.count()).select_from(InboundMessage)).one()
            done = session.exec(
                select(func.count()).select_from(InboundMessage)
                .where(col(InboundMessage.status) != RECEIVED)
            ).one()
            return int(total), int(done)
    except Exception:  # the database is what the test took away
        return 0, 0


def replied_to(smtp: SmtpServer) -> Counter[str]:
    """How many acknowledgements each address got (by the To header of what arrived)."""
    got: Counter[str] = Counter()
    for message in smtp.messages:
        msg = email.message_from_bytes(message.data, policy=default_policy)
        got[msg["To"].addresses[0].addr_spec.lower()] += 1
    return got


def assert_exactly_once(engine: Engine, smtp: SmtpServer, expected: list[str]) -> None:
    """Every message stored once and processed (none left half-way, none in triage
    because of the fault), every expected address acknowledged exactly once, every
    outbox row sent."""
    with session_scope(engine) as session:
        rows = session.exec(select(InboundMessage)).all()
        outbox = session.exec(select(OutboxItem)).all()
    assert len(rows) == len(expected), f"{len(rows)} stored for {len(expected)} sent in"
    assert len({r.raw_sha256 for r in rows}) == len(rows)
    assert [r.id for r in rows if r.status == RECEIVED] == []
    reasons = [r.triage_reason for r in rows if r.triage_reason]
    assert reasons == [], reasons
    assert sorted(r.from_addr for r in rows) == sorted(expected)
    assert {o.status for o in outbox} == {SENT}
    got = replied_to(smtp)
    assert got == Counter(expected), {a: n for a, n in got.items() if n != 1} or (
        set(expected) - set(got)
    )


def lines(records: list[logging.LogRecord], level: int, name: str = "bot.worker") -> list[str]:
    return [r.getMessage() for r in records if r.name == name and r.levelno == level]
