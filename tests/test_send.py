"""The outbox sender against a real SMTP server: retries, permanent failures, injection."""

from __future__ import annotations

import asyncio
import email
import sqlite3
from datetime import timedelta
from email.policy import default as default_policy

from sqlmodel import select

from bot import send
from bot.config import WebSettings
from bot.reply import reply_headers
from bot.store.base import utcnow
from bot.store.db import session_scope
from bot.store.outbox import FAILED, PENDING, SENT, OutboxItem
from bot.web import create_app
from tests.test_ops import client


def queue(app, to: str, *, subject: str = "We have received your message", key: str = "") -> int:  # type: ignore[no-untyped-def]
    with session_scope(app.engine) as session:
        item = OutboxItem(
            idempotency_key=key or f"test:{to}:{subject}",
            to_addr=to,
            subject=subject,
            body="Thank you.\n",
            headers=reply_headers(
                in_reply_to="<m1@example.com>", references=(), loop_token="admin@carerra.co",  # noqa: S106 - not a password
            ),
            message_id=f"<{abs(hash((to, subject)))}@carerra.co>",
            template="ack",
        )
        session.add(item)
        session.flush()
        assert item.id is not None
        return item.id


def status(app, item_id: int) -> OutboxItem:  # type: ignore[no-untyped-def]
    with session_scope(app.engine) as session:
        item = session.get(OutboxItem, item_id)
        assert item is not None
        return item


def make_due(app) -> None:  # type: ignore[no-untyped-def]
    """Move every deferred reply's next attempt into the past (the clock moving on)."""
    with session_scope(app.engine) as session:
        for item in session.exec(select(OutboxItem).where(OutboxItem.status == PENDING)):
            item.next_attempt_at = utcnow() - timedelta(seconds=1)
            session.add(item)


async def test_sent_once_with_our_headers(smtp_server, make_settings, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(make_settings())
    item_id = queue(app, "ann@example.com")
    counts = await send.flush(app.engine, app.settings)
    assert counts.sent == 1 and status(app, item_id).status == SENT
    (msg,) = smtp_server.messages
    parsed = email.message_from_bytes(msg.data, policy=default_policy)
    assert parsed["Auto-Submitted"] == "auto-replied"
    assert parsed["Precedence"] == "bulk"
    assert parsed["X-Loop"] == "admin@carerra.co"
    assert parsed["In-Reply-To"] == "<m1@example.com>"
    assert (await send.flush(app.engine, app.settings)).sent == 0  # never twice


async def test_header_injection_is_neutralised(smtp_server, make_settings, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(make_settings())
    queue(app, "ann@example.com", subject="Hello\r\nBcc: victim@example.net\r\nX-Evil: 1")
    await send.flush(app.engine, app.settings)
    (msg,) = smtp_server.messages
    assert msg.rcpt_tos == ("ann@example.com",) or list(msg.rcpt_tos) == ["ann@example.com"]
    parsed = email.message_from_bytes(msg.data, policy=default_policy)
    assert parsed["Bcc"] is None and parsed["X-Evil"] is None
    assert "Bcc: victim" in parsed["Subject"]  # kept as harmless text on one line


async def test_temporary_failure_is_retried(smtp_server, make_settings, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(make_settings())
    item_id = queue(app, "ann@example.com")
    smtp_server.fail_next(1, 451)
    first = await send.flush(app.engine, app.settings)
    assert (first.sent, first.retried) == (0, 1)
    deferred = status(app, item_id)
    assert deferred.status == PENDING and "451" in deferred.last_error
    assert deferred.next_attempt_at > utcnow() - timedelta(seconds=1)
    assert (await send.flush(app.engine, app.settings)).sent == 0  # not due yet
    make_due(app)
    assert (await send.flush(app.engine, app.settings)).sent == 1
    assert len(smtp_server.messages) == 1


async def test_permanent_failure_is_marked_and_the_rest_moves(  # type: ignore[no-untyped-def]
    smtp_server, make_settings, make_app
) -> None:
    app = make_app(make_settings())
    bad = queue(app, "gone@example.com")
    good = queue(app, "ann@example.com")
    smtp_server.fail_recipient("gone@example.com", 550)
    counts = await send.flush(app.engine, app.settings)
    assert (counts.sent, counts.failed) == (1, 1)
    assert status(app, bad).status == FAILED and "550" in status(app, bad).last_error
    assert status(app, good).status == SENT


async def test_server_down_keeps_replies_queued(smtp_server, make_settings, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(make_settings())
    item_id = queue(app, "ann@example.com")
    smtp_server.stop()
    counts = await send.flush(app.engine, app.settings)
    assert (counts.sent, counts.retried) == (0, 1)
    assert status(app, item_id).status == PENDING
    smtp_server.start()
    make_due(app)
    assert (await send.flush(app.engine, app.settings)).sent == 1


async def test_gives_up_after_max_attempts(smtp_server, make_settings, make_app) -> None:  # type: ignore[no-untyped-def]
    settings = make_settings()
    settings.smtp.max_attempts = 2
    app = make_app(settings)
    item_id = queue(app, "ann@example.com")
    smtp_server.fail_next(5, 451)
    await send.flush(app.engine, app.settings)
    make_due(app)
    counts = await send.flush(app.engine, app.settings)
    assert counts.failed == 1
    assert "gave up" in status(app, item_id).last_error


async def test_non_ascii_subject_and_body_survive(smtp_server, make_settings, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(make_settings())
    queue(app, "jürgen@example.de",
          subject="[CAR-2026-00001] Wir haben Ihre Anfrage erhalten – Bestätigung")
    with session_scope(app.engine) as session:
        item = session.exec(select(OutboxItem)).one()
        item.body = "Guten Tag,\nwir löschen Ihre Daten bis zum 29. Dezember 2026.\n"
        item.to_addr = "juergen@example.de"
        session.add(item)
    await send.flush(app.engine, app.settings)
    (msg,) = smtp_server.messages
    parsed = email.message_from_bytes(msg.data, policy=default_policy)
    assert parsed["Subject"] == "[CAR-2026-00001] Wir haben Ihre Anfrage erhalten – Bestätigung"
    assert "wir löschen Ihre Daten" in parsed.get_body(("plain",)).get_content()
    assert msg.data.isascii()  # 7-bit clean on the wire (quoted-printable, RFC 2047)


async def test_a_flush_waiting_for_the_database_leaves_the_event_loop_free(  # type: ignore[no-untyped-def]
    smtp_server, make_settings, make_app
) -> None:
    """Under SQLite a record batch holds the write lock; a flush waiting for it must not
    stall the event loop that `run` shares with the staff web app and the mailbox watch."""
    settings = make_settings().model_copy(update={"web": WebSettings(session_secret="s" * 40)})
    app = make_app(settings)
    item_id = queue(app, "ann@example.com")
    holder = sqlite3.connect(app.engine.url.database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # the write lock, as a record batch holds it
    flushing = asyncio.create_task(send.flush(app.engine, app.settings))
    try:
        async with client(create_app(settings, bot_app=app)) as web:
            health = await web.get("/healthz")  # served while the flush waits
        assert health.status_code in (200, 503) and "checks" in health.json()
        assert not flushing.done()  # still waiting for the lock, in a worker thread
        assert status(app, item_id).status == PENDING
    finally:
        holder.execute("ROLLBACK")  # the batch commits: the flush goes on
        holder.close()
    counts = await flushing
    assert counts.sent == 1 and status(app, item_id).status == SENT
    assert len(smtp_server.messages) == 1
