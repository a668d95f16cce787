"""SMTP faults against the real aiosmtpd server, on SQLite and PostgreSQL (issue 5).

Server down, 421/451 (retried with exponential backoff and jitter until the give-up
deadline), 550 (failed, shown to staff, the rest of the outbox moves), a server that
stalls after DATA (the client gives up within its timeout), a line dropped after the
server took the message (the classic duplicate: measured, same Message-ID) and a lease
that runs out while a sender still works (never a double send).
"""

from __future__ import annotations

import asyncio
import email
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from email.policy import default as default_policy

import pytest
from sqlmodel import select

from bot import jobs, send
from bot.config import SmtpSettings
from bot.reply import reply_headers
from bot.store.base import utcnow
from bot.store.db import session_scope
from bot.store.outbox import FAILED, PENDING, SENT, OutboxItem
from bot.store.requests import PrivacyRequest
from tests.servers import Received, SmtpServer
from tests.test_web_support import add_request, login, make_web, settings_for


def queue(engine, to: str, *, request_id: int | None = None) -> int:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        item = OutboxItem(
            idempotency_key=f"faults:{uuid.uuid4().hex}", to_addr=to,
            subject="We have received your message", body="Thank you.\n",
            headers=reply_headers(in_reply_to=f"<{uuid.uuid4().hex}@example.com>",
                                  references=(), loop_token="admin@carerra.co"),  # noqa: S106
            message_id=f"<{uuid.uuid4().hex}@carerra.co>", template="ack", request_id=request_id,
        )
        session.add(item)
        session.flush()
        assert item.id is not None
        return item.id


def rows(engine) -> dict[int, OutboxItem]:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return {o.id: o for o in session.exec(select(OutboxItem)) if o.id is not None}


def make_due(engine) -> None:  # type: ignore[no-untyped-def]
    """The clock moves on: every deferred reply is due now."""
    with session_scope(engine) as session:
        for item in session.exec(select(OutboxItem).where(OutboxItem.status == PENDING)):
            item.next_attempt_at = utcnow() - timedelta(seconds=1)
            session.add(item)


def message_ids(messages: list[Received]) -> list[str]:
    return [str(email.message_from_bytes(m.data, policy=default_policy)["Message-ID"])
            for m in messages]


def assert_each_sent_once(engine, smtp_server: SmtpServer) -> None:  # type: ignore[no-untyped-def]
    """Every reply is SENT and arrived exactly once, under its own Message-ID."""
    outbox = rows(engine)
    assert {o.status for o in outbox.values()} == {SENT}
    sent = sorted(o.message_id for o in outbox.values())
    assert sorted(message_ids(smtp_server.messages)) == sent


@pytest.fixture
def app(db_url, make_settings, make_app):  # type: ignore[no-untyped-def]
    """The bot on SQLite and on PostgreSQL; tests change `app.settings.smtp` as needed."""
    return make_app(make_settings(db=db_url))


async def until(predicate: Callable[[], object], timeout: float = 10.0) -> None:
    """Poll without blocking the event loop (a sender may be mid-transaction in it)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def test_server_down_then_back_sends_each_once(app, smtp_server) -> None:  # type: ignore[no-untyped-def]
    ids = [queue(app.engine, f"c{n}@example.com") for n in range(3)]
    app.settings.smtp.retry_base_seconds = 10.0
    smtp_server.stop()  # connection refused

    counts = await send.flush(app.engine, app.settings)

    assert (counts.sent, counts.retried, counts.failed) == (0, 3, 0)
    down = rows(app.engine)
    assert all(down[i].status == PENDING and down[i].next_attempt_at > utcnow() for i in ids)
    assert all("connect" in down[i].last_error for i in ids)
    assert (await send.flush(app.engine, app.settings)).retried == 0  # backing off: not due
    smtp_server.start()
    make_due(app.engine)
    assert (await send.flush(app.engine, app.settings)).sent == 3
    assert (await send.flush(app.engine, app.settings)).sent == 0
    assert_each_sent_once(app.engine, smtp_server)
    assert all(o.attempts == 2 for o in rows(app.engine).values())


async def test_backoff_is_exponential_with_jitter_until_the_deadline(app, smtp_server) -> None:  # type: ignore[no-untyped-def]
    settings = app.settings
    settings.smtp.retry_base_seconds = 10.0
    settings.smtp.max_attempts = 50
    ids = [queue(app.engine, f"j{n}@example.com") for n in range(6)]
    smtp_server.stop()

    delays: dict[int, list[float]] = {i: [] for i in ids}
    for _attempt in range(4):
        before = utcnow()
        await send.flush(app.engine, app.settings)
        for i, row in rows(app.engine).items():
            delays[i].append((row.next_attempt_at - before).total_seconds())
        make_due(app.engine)

    for series in delays.values():  # 10 s, 20 s, 40 s, 80 s, each +-20 %
        for n, delay in enumerate(series):
            assert 0.8 * 10 * 2**n - 1 <= delay <= 1.2 * 10 * 2**n + 1, series
    first_delays = [series[0] for series in delays.values()]
    assert max(first_delays) - min(first_delays) > 0.1, "jitter spreads the retries"

    # the give-up deadline: the last retry is at the deadline, then the reply fails
    hours = settings.smtp.give_up_after_hours
    with session_scope(app.engine) as session:
        for item in session.exec(select(OutboxItem)):
            item.created_at = utcnow() - timedelta(hours=hours, seconds=-5)
            session.add(item)
    await send.flush(app.engine, app.settings)
    for row in rows(app.engine).values():
        assert row.status == PENDING
        assert row.next_attempt_at <= row.created_at + timedelta(hours=hours)
    with session_scope(app.engine) as session:  # the deadline passes
        for item in session.exec(select(OutboxItem)):
            item.created_at -= timedelta(seconds=10)
            item.next_attempt_at = utcnow() - timedelta(seconds=1)
            session.add(item)
    counts = await send.flush(app.engine, app.settings)
    assert counts.failed == len(ids)
    assert all(r.status == FAILED and r.last_error.startswith("gave up after 6 attempts")
               for r in rows(app.engine).values())


async def test_421_and_451_are_retried_and_the_batch_moves_on(app, smtp_server) -> None:  # type: ignore[no-untyped-def]
    ids = [queue(app.engine, f"t{n}@example.com") for n in range(6)]
    smtp_server.fail_next(1, 451, skip=1)  # the 2nd message: 451 after DATA, line stays
    smtp_server.fail_next(1, 421, skip=1)  # the 4th: 421 and the server closes the line
    smtp_server.fail_recipient("t5@example.com", 451)  # the 6th: 451 at RCPT

    counts = await send.flush(app.engine, app.settings)

    assert (counts.sent, counts.retried, counts.failed) == (3, 3, 0)
    first = rows(app.engine)
    deferred = {ids[1]: "451", ids[3]: "421", ids[5]: "451"}
    for i in ids:
        if i in deferred:
            assert first[i].status == PENDING and deferred[i] in first[i].last_error
        else:  # including the two after the 421: a new connection carried them
            assert first[i].status == SENT and first[i].attempts == 1
    smtp_server.clear()  # the faults pass
    make_due(app.engine)
    assert (await send.flush(app.engine, app.settings)).sent == 3
    got = message_ids(smtp_server.messages)
    assert sorted(got) == sorted(first[i].message_id for i in deferred)  # each once more


async def test_550_fails_shows_to_staff_and_the_rest_moves(db_url, smtp_server) -> None:  # type: ignore[no-untyped-def]
    smtp = SmtpSettings(host=smtp_server.host, port=smtp_server.port, tls="none", timeout=5)
    web = make_web(settings_for(db_url, smtp=smtp))
    try:
        reference = add_request(web.engine, web.settings, email="gone@example.com")
        with session_scope(web.engine) as session:
            request = session.exec(select(PrivacyRequest)).one()
        before = set(rows(web.engine))  # the request's own acknowledgement, if any
        bad = queue(web.engine, "gone@example.com", request_id=request.id)
        good = [queue(web.engine, f"ok{n}@example.com") for n in range(4)]
        smtp_server.fail_recipient("gone@example.com", 550)  # permanent, at RCPT
        smtp_server.fail_next(1, 554, skip=2)  # permanent, after DATA (the 3rd message)

        counts = await send.flush(web.engine, web.settings)

        outbox = rows(web.engine)
        assert outbox[bad].status == FAILED and "550" in outbox[bad].last_error
        assert [outbox[i].status for i in good].count(SENT) == 3  # one bad never blocks
        assert [outbox[i].status for i in good].count(FAILED) == 1
        assert counts.failed == 2 and counts.retried == 0
        assert (await send.flush(web.engine, web.settings)).sent == 0  # 5xx: never retried
        jobs.run_job(web.engine, web.settings, "outbox")  # staff are told (bot.jobs.failed)

        async with web.client() as client:  # what staff see, through the web app's API
            assert (await login(client, "vera")).status_code == 303
            detail = (await client.get(f"/api/requests/{reference}")).json()
            page = (await client.get(f"/requests/{reference}")).text
        (reply,) = [r for r in detail["replies"] if r["id"] == bad]
        assert reply["status"] == "failed" and "550" in reply["last_error"]
        assert any(e["event"] == "reply_failed" and e["detail"]["outbox"] == bad
               for e in detail["events"]), detail["events"]
        assert 'class="status o-failed"' in page and "550 5.1.1 Mailbox unavailable" in page
        assert set(rows(web.engine)) - before >= {bad, *good}
    finally:
        web.app.state.web.bot.close()


async def test_timeout_mid_data_gives_up_in_time_and_retries(app, smtp_server) -> None:  # type: ignore[no-untyped-def]
    settings = app.settings
    settings.smtp.timeout = 0.5
    ids = [queue(app.engine, f"s{n}@example.com") for n in range(3)]
    smtp_server.stall_next(1)  # the server takes the content, then never answers

    started = time.monotonic()
    counts = await send.flush(app.engine, app.settings)
    elapsed = time.monotonic() - started

    assert 0.5 <= elapsed < 0.5 + 2.0, elapsed  # gave up after its timeout, not later
    assert (counts.sent, counts.retried) == (2, 1)
    stalled = rows(app.engine)[ids[0]]
    assert stalled.status == PENDING and "Timeout" in stalled.last_error
    make_due(app.engine)
    assert (await send.flush(app.engine, app.settings)).sent == 1
    assert_each_sent_once(app.engine, smtp_server)


async def test_dropped_after_data_is_one_identical_duplicate(  # type: ignore[no-untyped-def]
    app, smtp_server, dovecot_server
) -> None:
    """The server took the message, then the line dropped before its 250 reached us.

    We cannot know it arrived, so we retry (a lost acknowledgement is worse): the
    customer gets two copies, byte-identical with the same Message-ID, which a receiver
    that drops duplicate Message-IDs shows once. Nothing else is sent twice."""
    customer = dovecot_server.add_user()
    address = f"{customer.user}@example.net"
    smtp_server.on_message(lambda m: customer.append(m.data) if address in m.rcpt_tos else None)
    ids = [queue(app.engine, address) for _ in range(3)]
    smtp_server.drop_next(1)

    counts = await send.flush(app.engine, app.settings)
    assert (counts.sent, counts.retried) == (2, 1)  # the two after it went on a new line
    make_due(app.engine)
    assert (await send.flush(app.engine, app.settings)).sent == 1

    outbox = rows(app.engine)
    assert all(o.status == SENT for o in outbox.values()) and outbox[ids[0]].attempts == 2
    arrived = message_ids(smtp_server.messages)
    assert len(arrived) == 4 and arrived.count(outbox[ids[0]].message_id) == 2
    first, again = [m for m in smtp_server.messages if outbox[ids[0]].message_id.encode() in m.data]
    assert (first.replied, again.replied) == (False, True)
    assert first.data == again.data  # same Message-ID, same Date: one message, twice
    mailbox_ids = [str(email.message_from_bytes(customer.fetch(uid), policy=default_policy)
                       ["Message-ID"]) for uid in customer.uids()]
    assert len(mailbox_ids) == 4 and len(set(mailbox_ids)) == 3


async def test_an_expired_lease_never_sends_twice(app, smtp_server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Sender A claims three replies; the first waits at the server long after the
    claim's lease ran out. Sender B takes the two A has not reached (not the one in
    flight: its lease was extended over the transaction); A then skips them."""
    monkeypatch.setattr(send, "LEASE", timedelta(seconds=0.5))
    monkeypatch.setattr(send, "SKEW", timedelta(0))
    assert app.settings.smtp.timeout == 5  # one transaction's lease: 30 s
    ids = [queue(app.engine, f"l{n}@example.com") for n in range(3)]
    smtp_server.hold_next(1)

    sender_a = asyncio.create_task(send.flush(app.engine, app.settings))
    await asyncio.to_thread(smtp_server.wait_held)
    await until(lambda: all(rows(app.engine)[i].claimed_until < utcnow() for i in ids[1:]))
    in_flight = rows(app.engine)[ids[0]]
    assert in_flight.claimed_until is not None and in_flight.claimed_until > utcnow()
    sender_b = await send.flush(app.engine, app.settings)
    smtp_server.release()
    counts_a = await sender_a

    assert (sender_b.sent, counts_a.sent, counts_a.skipped) == (2, 1, 2)
    assert_each_sent_once(app.engine, smtp_server)
    outbox = rows(app.engine)
    assert [outbox[i].attempts for i in ids] == [1, 2, 2]
