"""Bounces on real servers: a reply goes out over SMTP, a DSN for it is APPENDed to Dovecot,
`run_once` matches it to the reply — permanent: the address is undeliverable, the request
and the audit log show it, nothing more is sent to it; temporary: only noted."""

from __future__ import annotations

import email
from datetime import timedelta
from email.policy import default as default_policy
from pathlib import Path

import pytest
from sqlmodel import col, select

from bot import bounces
from bot.envelope import Envelope, RawMessage
from bot.jobs import run_job
from bot.parse import parse
from bot.pipeline import run_once
from bot.store.base import utcnow
from bot.store.db import session_scope
from bot.store.jobs import UndeliverableAddress
from bot.store.mail import InboundMessage
from bot.store.outbox import BOUNCED, FAILED, PENDING, SENT, OutboxItem
from bot.store.people import Contact
from bot.store.requests import AuditLog, PrivacyRequest, RequestEvent
from tests.test_web_support import login, make_web, settings_for

ANN = "ann.hopper@example.org"
ACCESS = (
    f"From: Ann Hopper <{ANN}>\r\nTo: admin@carerra.co\r\nSubject: My personal data\r\n"
    "Message-ID: <req-1@example.org>\r\nDate: Mon, 30 Nov 2026 09:00:00 +0000\r\n\r\n"
    "Hello,\r\n\r\nUnder the GDPR please send me a copy of all the personal data you hold "
    "about me.\r\n\r\nThanks,\r\nAnn Hopper\r\n"
).encode()
ERASE = (
    f"From: Ann Hopper <{ANN}>\r\nTo: admin@carerra.co\r\nSubject: Delete my account\r\n"
    "Message-ID: <req-2@example.org>\r\nDate: Mon, 30 Nov 2026 10:00:00 +0000\r\n\r\n"
    "Hello,\r\n\r\nPlease delete my account and erase all personal data you hold about me."
    "\r\n\r\nAnn Hopper\r\n"
).encode()


def dsn(our_message_id: str, *, recipient: str = ANN, status: str = "5.1.1",
        action: str = "failed", n: int = 1) -> bytes:
    text = ("Delayed Mail (still being retried)" if action == "delayed"
            else "Your message could not be delivered to one or more recipients.")
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\n"
        "To: admin@carerra.co\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        f"Message-ID: <dsn-{n}@mx.example.org>\r\nAuto-Submitted: auto-replied\r\n"
        "Date: Mon, 30 Nov 2026 11:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        f"--B\r\nContent-Type: text/plain\r\n\r\n{text}\r\n"
        f"<{recipient}>: host mx.example.org said: {status} {action}\r\n\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.org\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: {action}\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: smtp; {status.replace('.', '')[:3]} {status} mailbox\r\n\r\n"
        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: Carerra Privacy Team <admin@carerra.co>\r\nTo: {recipient}\r\n"
        f"Subject: Your request\r\nMessage-ID: {our_message_id}\r\n\r\n--B--\r\n"
    ).encode()


def to(smtp_server, address: str) -> list:  # type: ignore[no-untyped-def]
    return [m for m in smtp_server.messages if address in m.rcpt_tos]


async def first_reply(mailbox, smtp_server, app) -> str:  # type: ignore[no-untyped-def]
    """Ann asks for her data; the acknowledgement reaches the SMTP server; its Message-ID."""
    mailbox.append(ACCESS)
    await run_once(app)
    (ack,) = to(smtp_server, ANN)
    return str(email.message_from_bytes(ack.data, policy=default_policy)["Message-ID"])


async def test_a_permanent_bounce_stops_all_mail_to_the_address_and_shows_on_the_request(
    db_url, mailbox, smtp_server, make_settings, make_app
):  # type: ignore[no-untyped-def]
    settings = make_settings(db_url)
    app = make_app(settings)
    message_id = await first_reply(mailbox, smtp_server, app)

    mailbox.append(dsn(message_id))
    await run_once(app)

    with session_scope(app.engine) as session:
        item = session.exec(select(OutboxItem).where(OutboxItem.message_id == message_id)).one()
        assert item.status == BOUNCED and "5.1.1" in item.last_error
        contact = session.exec(select(Contact).where(Contact.email == ANN)).one()
        assert contact.undeliverable_since is not None
        mark = session.exec(select(UndeliverableAddress)).one()
        assert mark.until - mark.since >= timedelta(days=59)  # 60 days by default
        request = session.get(PrivacyRequest, item.request_id)
        assert request is not None
        reference = request.reference
        (event,) = session.exec(select(RequestEvent).where(
            RequestEvent.request_id == request.id, RequestEvent.event == "reply_bounced")).all()
        assert event.detail["status"] == "5.1.1" and event.detail["matched_by"] == "message_id"
        actions = set(session.exec(select(AuditLog.action)).all())
        assert {"outbox.bounced", "contact.undeliverable"} <= actions
        assert not any(ANN in str(a.detail) for a in session.exec(select(AuditLog)))
        # a staff reply queued now is held, not sent
        session.add(OutboxItem(idempotency_key="staff-reply-1", to_addr=ANN, subject="Re",
                               body="Hello", message_id="<staff-1@carerra.co>",
                               template="staff", request_id=request.id))

    # a new request from the address: recorded, but no acknowledgement goes to it
    mailbox.append(ERASE)
    counts = await run_once(app)
    assert counts.processed == 1
    assert len(to(smtp_server, ANN)) == 1  # the first acknowledgement only
    with session_scope(app.engine) as session:
        held = session.exec(select(OutboxItem).where(
            OutboxItem.idempotency_key == "staff-reply-1")).one()
        assert held.status == FAILED and "bounced" in held.last_error
        row = session.exec(select(InboundMessage).where(
            InboundMessage.message_id == "<req-2@example.org>")).one()
        assert "undeliverable" in {h["rule"] for h in row.rule_hits}

    # the web request page shows it in the request's history
    web = make_web(settings_for(db_url))
    try:
        async with web.client() as client:
            await login(client, "vera")
            page = await client.get(f"/requests/{reference}")
        assert page.status_code == 200
        assert "reply_bounced" in page.text and "bounced" in page.text
    finally:
        web.app.state.web.bot.close()


async def test_a_delay_is_only_noted_and_mail_keeps_flowing(
    mailbox, smtp_server, make_settings, make_app
):  # type: ignore[no-untyped-def]
    app = make_app(make_settings())
    message_id = await first_reply(mailbox, smtp_server, app)

    mailbox.append(dsn(message_id, status="4.4.7", action="delayed"))
    await run_once(app)

    with session_scope(app.engine) as session:
        item = session.exec(select(OutboxItem).where(OutboxItem.message_id == message_id)).one()
        assert item.status == SENT
        assert session.exec(select(UndeliverableAddress)).first() is None
        assert session.exec(select(Contact).where(Contact.email == ANN)).one() \
            .undeliverable_since is None
        events = session.exec(select(RequestEvent.event).where(
            RequestEvent.request_id == item.request_id)).all()
        assert "reply_delayed" in events and "reply_bounced" not in events
    mailbox.append(ERASE)
    await run_once(app)
    assert len(to(smtp_server, ANN)) == 2  # the second request is acknowledged


async def test_a_report_about_mail_we_never_sent_changes_nothing(
    mailbox, smtp_server, make_settings, make_app
):  # type: ignore[no-untyped-def]
    app = make_app(make_settings())
    await first_reply(mailbox, smtp_server, app)
    # a forged or stray report: neither our Message-ID nor a recipient we wrote to
    mailbox.append(dsn("<not-ours@elsewhere.example>", recipient="bob@example.net"))
    await run_once(app)
    with session_scope(app.engine) as session:
        assert session.exec(select(UndeliverableAddress)).first() is None
        assert session.exec(select(OutboxItem).where(OutboxItem.status == BOUNCED)).first() is None
        assert session.exec(select(AuditLog).where(AuditLog.action == "bounce.unmatched")).first()


def test_the_report_is_read_from_every_part(examples: Path) -> None:
    raw = dsn("<ours-1@carerra.co>")
    parsed = parse(raw, authserv_id="mx.carerra.co")
    report = bounces.read_report(Envelope(raw=RawMessage("INBOX", 1, 1, raw), parsed=parsed))
    assert report.message_ids[0] == "<ours-1@carerra.co>"
    (failure,) = report.failures
    assert (failure.recipient, failure.status, failure.permanent) == (ANN, "5.1.1", True)
    # Office 365's report (shared example): status 5.1.10, permanent
    raw = (examples / "ex30.eml").read_bytes()
    parsed = parse(raw, authserv_id="mx.carerra.co")
    report = bounces.read_report(Envelope(raw=RawMessage("INBOX", 1, 2, raw), parsed=parsed))
    assert [(f.recipient, f.status, f.permanent) for f in report.failures] == [
        ("noor.baptiste@example.com", "5.1.10", True)]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_mark_is_lifted_after_the_configured_days(db_url, make_settings, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(make_settings(db_url))
    now = utcnow()
    with session_scope(app.engine) as session:
        session.add(Contact(email=ANN, undeliverable_since=now))
        session.add(OutboxItem(idempotency_key="k", to_addr=ANN, subject="s", body="b",
                               message_id="<m@carerra.co>", template="ack", status=PENDING))
        bounces.mark_undeliverable(session, ANN, until=now + timedelta(days=60), now=now)
    assert bounces.hold_undeliverable(app.engine) == 1
    (early,) = run_job(app.engine, app.settings, "bounces", now=now + timedelta(days=59))
    assert early.summary == "bounces: lifted=0 contacts=0"
    (late,) = run_job(app.engine, app.settings, "bounces", now=now + timedelta(days=61))
    assert late.summary == "bounces: lifted=1 contacts=1"
    with session_scope(app.engine) as session:
        assert session.exec(select(Contact)).one().undeliverable_since is None
        assert not bounces.is_undeliverable(session, ANN)
        assert session.exec(select(AuditLog).where(
            col(AuditLog.action) == "contact.deliverable_again")).first()
