"""Erasure on a real store: afterwards no text, JSON or binary column of any table holds
the address (or the name, phone, postal address); the suppression entry and the minimum
audit record stay, and the address can never be opted in again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot import people
from bot.contacts import import_csv
from bot.lifecycle import (
    ErasureBlocked,
    WrongRequestType,
    approve_export,
    close_request,
    execute_erasure,
    rectify_contact,
    request_clarification,
    run_lifecycle_jobs,
    verify_identity,
)
from bot.reports import show_preferences
from bot.store.db import session_scope
from bot.store.mail import InboundMessage
from bot.store.outbox import FAILED, SENT, OutboxItem
from bot.store.people import ConsentEvent, Contact, Suppression
from bot.store.requests import AuditLog, PrivacyRequest, RequestEvent
from tests.lifecycle_support import (
    RECEIVED,
    mailer_for,
    open_request,
    places_holding,
    settings_for,
    store,
)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    yield from store(db_url)

ADDRESS = "Ann.Lee@Example.com"  # as she writes it; stored lower-cased
PERSONAL = ("ann.lee@example.com", "Annabel", "Leeworth", "7700 900456", "Privet Drive")
CSV = (
    "email,first_name,last_name,phone,postal_address,email_opt_in,sms_opt_in,post_opt_in,"
    "phone_opt_in\n"
    "ann.lee@example.com,Annabel,Leeworth,+44 7700 900456,4 Privet Drive,true,true,false,false\n"
)


def inbound(session, *, text: str, kind: str = "human", request_id=None, contact_id=None,  # type: ignore[no-untyped-def]
            raw: bytes = b"", uid: int = 1) -> InboundMessage:
    row = InboundMessage(
        mailbox="INBOX", uidvalidity=1, uid=uid, raw_sha256=f"{uid:064d}", raw=raw,
        from_addr="ann.lee@example.com" if kind == "human" else "mailer-daemon@mx.example.com",
        from_name="Annabel Leeworth" if kind == "human" else "", subject=f"about {text[:10]}",
        text=text, kind=kind, message_id=f"<m{uid}@example.com>", received_at=RECEIVED,
        request_id=request_id, contact_id=contact_id,
        attachments=[{"filename": "Leeworth-passport.pdf", "content_type": "application/pdf",
                      "size": 1}],
    )
    session.add(row)
    session.flush()
    return row


def a_person_with_history(engine, tmp_path: Path) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Imported customer; an earlier rectification; a bounce quoting our mail to her; the
    erasure request itself (verified by staff, with a note). Returns (erasure, older) refs."""
    path = tmp_path / "crm.csv"
    path.write_text(CSV, encoding="utf-8")
    import_csv(engine, path)
    mailer = mailer_for()
    with session_scope(engine) as session:
        contact = people.find_contact(session, ADDRESS)
        assert contact is not None
        older, _, _ = open_request(session, mailer.settings, types=["rectification"],
                                   email="ann.lee@example.com", contact_id=contact.id,
                                   authenticated="dmarc=pass")
        inbound(session, text="My surname is Leeworth now, 4 Privet Drive", uid=1,
                request_id=older.id, contact_id=contact.id,
                raw=b"From: Annabel Leeworth <Ann.Lee@Example.com>\r\n\r\nLeeworth")
        rectify_contact(session, older, actor="sam", changes={"last_name": "Leeworth-Dursley"})
        request_clarification(session, older, actor="sam", mailer=mailer, now=RECEIVED,
                              question="Annabel, is 4 Privet Drive still right?")
        close_request(session, older, actor="sam", outcome="completed", mailer=mailer,
                      reason="Updated the surname of Annabel Leeworth")
        inbound(session, text="Delivery failed", kind="bounce", uid=2,
                raw=b"Final-Recipient: rfc822; ann.lee@example.com\r\nStatus: 5.1.1\r\n")
        erasure, _, context = open_request(session, mailer.settings, types=["erasure"],
                                           email="ann.lee@example.com", contact_id=contact.id)
        inbound(session, text="Please erase me. Annabel Leeworth, +44 7700 900456", uid=3,
                request_id=erasure.id, contact_id=contact.id,
                raw=b"From: Ann.Lee@Example.com\r\n\r\nPlease erase me.")
        session.add(OutboxItem(
            idempotency_key="ack:ann.lee@example.com:<m3@example.com>",  # the old format
            to_addr="ann.lee@example.com", template="ack",
            subject=f"[{erasure.reference}] We have received your request",
            body=f"Dear Annabel, ... code {context['code']}", message_id="<ack1@carerra.co>",
            headers={"In-Reply-To": "<m3@example.com>"}, request_id=erasure.id, status=SENT,
            last_error="550 5.1.1 <ann.lee@example.com>: mailbox full"))
        verify_identity(session, erasure, actor="sam", mailer=mailer,
                        note="Annabel Leeworth confirmed her postcode on the phone")
        return erasure.reference, older.reference


def test_erasure_leaves_no_trace_of_the_person(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reference, older = a_person_with_history(engine, tmp_path)
    assert places_holding(engine, *PERSONAL)  # the fixture really put them everywhere
    mailer = mailer_for()
    with session_scope(engine) as session:
        erasure = session.exec(select(PrivacyRequest).where(
            PrivacyRequest.reference == reference)).one()
        report = execute_erasure(session, erasure, actor="sam", mailer=mailer,
                                 now=RECEIVED + timedelta(days=2))
        assert report.contact_deleted and report.messages == 3 and report.requests == 2
        assert erasure.status == "completed" and erasure.erased_at is not None
        assert erasure.email == "" and erasure.contact_id is None
        notice = session.get(OutboxItem, report.notice_outbox_id)
        assert notice is not None and notice.template == "closed"
        assert "deleted the personal data" in notice.body

    # the notice waiting in the outbox is the one place the address still is
    left = places_holding(engine, *PERSONAL)
    assert left == [f"outbox.to_addr (row {report.notice_outbox_id})"], left

    with session_scope(engine) as session:  # the sender sends it ...
        notice = session.get(OutboxItem, report.notice_outbox_id)
        assert notice is not None
        notice.status = SENT
        session.add(notice)
    counts = run_lifecycle_jobs(engine, settings_for(db=str(engine.url)))
    assert counts.notices_wiped == 1
    assert places_holding(engine, *PERSONAL) == []  # ... and nothing is left anywhere

    with session_scope(engine) as session:
        # the minimum audit record: references, types, dates, actors, outcomes
        requests = {r.reference: r for r in session.exec(select(PrivacyRequest))}
        assert set(requests) == {reference, older}
        assert requests[reference].types == ["erasure"]
        assert requests[reference].closed_by == "sam"
        assert requests[older].status == "completed"
        events = [e.event for e in session.exec(select(RequestEvent).where(
            RequestEvent.request_id == requests[reference].id))]
        assert {"opened", "identity_verified", "erasure_executed", "closed"} <= set(events)
        assert session.exec(select(AuditLog).where(
            AuditLog.action == "request.erasure_executed")).one().actor == "sam"
        # the ledger survives (keyed hash), with the withdrawals the erasure made
        ledger = session.exec(select(ConsentEvent)).all()
        assert {e.email_hash for e in ledger} == {people.address_hash(session, ADDRESS)}
        assert {(e.channel, e.opted_in) for e in ledger if e.source == "staff"} == {
            ("email", False), ("sms", False)}
        assert session.exec(select(Contact)).all() == []
        # the message rows stay (so a mailbox rescan never takes them in again), empty
        rows = session.exec(select(InboundMessage)).all()
        assert all(r.raw is None and r.text == "" and r.raw_sha256 for r in rows)
        pending = session.exec(select(OutboxItem).where(OutboxItem.status != SENT)).all()
        assert all(o.status == FAILED for o in pending)  # nothing else goes out to her


def test_the_address_is_never_opted_in_again(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reference, _ = a_person_with_history(engine, tmp_path)
    mailer = mailer_for()
    with session_scope(engine) as session:
        erasure = session.exec(select(PrivacyRequest).where(
            PrivacyRequest.reference == reference)).one()
        execute_erasure(session, erasure, actor="sam", mailer=mailer)
        assert session.get(Suppression, people.address_hash(session, ADDRESS)) is not None

    report = import_csv(engine, tmp_path / "crm.csv")  # the CRM sends her again
    assert report.refused_opt_ins == 1
    assert "suppressed" in report.problems[0]
    shown = show_preferences(engine, ADDRESS)
    assert shown["suppressed"] is True and not any(shown["channels"].values())
    with session_scope(engine) as session:
        assert session.exec(select(AuditLog).where(
            AuditLog.action == "import.opt_in_refused")).first() is not None
        again, found, context = open_request(session, mailer.settings, types=["subscribe"],
                                             email="ann.lee@example.com",
                                             subscribe_channels=("email",))
        assert found.subscribe_declined and "code" not in context
        assert again.status == "refused"
        contact = people.find_contact(session, ADDRESS)
        with pytest.raises(people.SuppressedAddress):
            people.subscribe(session, contact, ["email"], people.ConsentSource("staff", "x"))
        assert not any(e.opted_in for e in session.exec(select(ConsentEvent)).all()
                       if e.source != "import")


def test_erasure_waits_for_an_open_complaint_and_an_unsent_export(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for()
    with session_scope(engine) as session:
        erasure, _, _ = open_request(session, mailer.settings, types=["erasure"],
                                     authenticated="dmarc=pass")
        complaint, _, _ = open_request(session, mailer.settings, types=["complaint"])
        with pytest.raises(ErasureBlocked, match=complaint.reference):
            execute_erasure(session, erasure, actor="sam", mailer=mailer)
        close_request(session, complaint, actor="lead", outcome="completed", mailer=mailer)

        access, _, _ = open_request(session, mailer.settings, types=["access"],
                                    authenticated="dmarc=pass")
        with pytest.raises(ErasureBlocked, match="export"):
            execute_erasure(session, erasure, actor="sam", mailer=mailer)
        approve_export(session, access, actor="sam", mailer=mailer)
        report = execute_erasure(session, erasure, actor="sam", mailer=mailer)
        assert report.requests == 3
        assert access.status == "completed" and "superseded" in access.close_reason
        assert erasure.status == "completed"


def test_erasure_only_for_an_erasure_request(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for()
    with session_scope(engine) as session:
        request, _, _ = open_request(session, mailer.settings, types=["access"],
                                     authenticated="dmarc=pass")
        with pytest.raises(WrongRequestType):
            execute_erasure(session, request, actor="sam", mailer=mailer)


def test_erasure_touches_only_that_person(engine) -> None:  # type: ignore[no-untyped-def]
    """"_" is a LIKE wildcard: erasing ann_lee must not wipe annxlee's messages."""
    mailer = mailer_for()
    with session_scope(engine) as session:
        erasure, _, _ = open_request(session, mailer.settings, types=["erasure"],
                                     email="ann_lee@example.com", authenticated="dmarc=pass")
        mine = inbound(session, text="erase ann_lee@example.com please", uid=10,
                       request_id=erasure.id)
        other = inbound(session, text="I am annxlee@example.com, keep my account", uid=11)
        other.from_addr = "annxlee@example.com"
        session.add(other)
        execute_erasure(session, erasure, actor="sam", mailer=mailer)
        session.flush()
        assert session.get(InboundMessage, mine.id).text == ""  # type: ignore[union-attr]
        kept = session.get(InboundMessage, other.id)
        assert kept is not None and kept.text.startswith("I am annxlee")
        assert kept.from_addr == "annxlee@example.com"
