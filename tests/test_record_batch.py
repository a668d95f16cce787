"""The record stage's batch on SQLite and PostgreSQL: one message failing while it is
recorded goes to triage with its reason and leaves nothing behind — not a request, not
an event, not an audit line — while the messages around it keep everything; a batch
that fails as a whole records nothing."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager

import pytest
from sqlmodel import select

from bot import ingest, pipeline, privacy, record
from bot.app import App
from bot.config import DatabaseSettings, Settings
from bot.envelope import RawMessage
from bot.store.db import session_scope
from bot.store.mail import PROCESSED, RECEIVED, TRIAGE, InboundMessage
from bot.store.outbox import OutboxItem
from bot.store.requests import AuditLog, PrivacyRequest, RequestEvent


def mail(sender: str, subject: str, body: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: admin@carerra.co\r\nSubject: {subject}\r\n"
        f"Message-ID: <{sender.replace('@', '.')}@example.org>\r\n"
        "Date: Wed, 25 Nov 2026 09:00:00 +0000\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


ERASE = "Please delete all the personal data you hold about me, under Article 17 GDPR."


def test_a_message_that_fails_in_record_leaves_no_trace_and_the_batch_keeps_the_rest(
    db_url: str, make_app: Callable[[Settings], App], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(Settings(database=DatabaseSettings(url=db_url)))
    messages = [
        mail("first@example.org", "Delete my data", ERASE),
        mail("broken@example.org", "Delete my data", ERASE),
        mail("third@example.org", "Delete my data", ERASE),
    ]
    with session_scope(app.engine) as session:
        ingest.store_batch(session, "INBOX", [
            RawMessage("INBOX", 7, uid, raw, False) for uid, raw in enumerate(messages, 1)
        ])

    real = record._queue_reply

    def fails_for_one(session, row, env, *args, **kwargs):  # type: ignore[no-untyped-def]
        # after its request was opened, with its events and audit lines written
        if env.parsed.from_addr == "broken@example.org":
            raise RuntimeError("the template store is on fire")
        return real(session, row, env, *args, **kwargs)

    monkeypatch.setattr(record, "_queue_reply", fails_for_one)
    counts = pipeline.Counts()
    assert pipeline.process_pending(app, counts) == 3

    with session_scope(app.engine) as session:
        rows = {r.from_addr: r for r in session.exec(select(InboundMessage))}
        requests = {r.email: r for r in session.exec(select(PrivacyRequest))}
        events = session.exec(select(RequestEvent)).all()
        audit = session.exec(select(AuditLog)).all()
    broken = rows["broken@example.org"]
    assert broken.status == TRIAGE
    assert "the template store is on fire" in broken.triage_reason
    assert set(requests) == {"first@example.org", "third@example.org"}
    for sender in ("first@example.org", "third@example.org"):
        assert rows[sender].status == PROCESSED
        written = [e.event for e in events if e.request_id == requests[sender].id]
        # once each: the failed message's request may have had the same id (SQLite
        # hands out a rolled-back rowid again), so its events would land here
        assert written.count("opened") == 1 and written.count("deadline_set") == 1
    assert {e.request_id for e in events} == {r.id for r in requests.values()}
    targets = {a.target for a in audit}
    assert f"message:{rows['first@example.org'].id}" in targets
    assert f"message:{rows['third@example.org'].id}" in targets
    assert f"message:{broken.id}" not in targets
    assert sorted(a.target for a in audit if a.action == "request.opened") == sorted(
        f"request:{r.reference}" for r in requests.values()
    )
    # nothing of the failed message was numbered either: references stay dense on SQLite
    # (PostgreSQL takes numbers outside the batch and may leave a gap, never a repeat)
    assert len({r.reference for r in requests.values()}) == 2


def test_a_batch_is_one_transaction_a_failure_before_its_commit_records_none_of_it(
    db_url: str, make_app: Callable[[Settings], App], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each message's savepoint nests in the batch's transaction, on SQLite too: when
    the batch fails after every message was decided (here: writing its audit lines), no
    message is left decided without its audit trail or its acknowledgement."""
    app = make_app(Settings(database=DatabaseSettings(url=db_url)))
    senders = [f"person{n}@example.org" for n in range(3)]
    with session_scope(app.engine) as session:
        ingest.store_batch(session, "INBOX", [
            RawMessage("INBOX", 7, uid, mail(sender, "Delete my data", ERASE), False)
            for uid, sender in enumerate(senders, 1)
        ])
    real = privacy.batched_appends

    @contextmanager
    def fails_at_the_end(session):  # type: ignore[no-untyped-def]
        with real(session) as rows:
            yield rows
        raise RuntimeError("disk full")

    monkeypatch.setattr(privacy, "batched_appends", fails_at_the_end)
    with pytest.raises(RuntimeError, match="disk full"):
        pipeline.process_pending(app, pipeline.Counts())

    with session_scope(app.engine) as session:
        assert {r.status for r in session.exec(select(InboundMessage))} == {RECEIVED}
        assert session.exec(select(PrivacyRequest)).all() == []
        assert session.exec(select(OutboxItem)).all() == []
        assert session.exec(select(AuditLog)).all() == []

    monkeypatch.setattr(privacy, "batched_appends", real)  # the next run does it all, once
    assert pipeline.process_pending(app, pipeline.Counts()) == 3
    with session_scope(app.engine) as session:
        assert {r.status for r in session.exec(select(InboundMessage))} == {PROCESSED}
        assert sorted(r.email for r in session.exec(select(PrivacyRequest))) == senders
        assert len(session.exec(select(OutboxItem)).all()) == 3
