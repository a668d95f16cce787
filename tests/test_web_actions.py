"""Actions from the detail pages: labels (training examples), replies to the SMTP server,
the lifecycle's staff actions, and what the detail page shows."""

from __future__ import annotations

import email
import io
import json
import re
from collections.abc import Iterator
from email.policy import default as default_policy

import pytest
from sqlmodel import col, select

from bot import people, send
from bot.config import SmtpSettings
from bot.lifecycle import Mailer, execute_erasure
from bot.staff import export_corrections, training_examples
from bot.store.db import session_scope
from bot.store.mail import InboundMessage
from bot.store.outbox import OutboxItem
from bot.store.people import ConsentEvent
from bot.store.requests import AuditLog, PrivacyRequest, RequestEvent
from bot.store.staff import LabelCorrection
from tests.test_web_support import (
    SQLITE_ONLY,
    Web,
    add_message,
    add_request,
    as_staff,
    csrf_token,
    days_ago,
    make_web,
    settings_for,
    web,
)

__all__ = ["as_staff", "web"]
TRAIN_KEYS = {"subject", "text", "kind", "intents", "channels", "language", "tags"}


@pytest.fixture
def mail_web(sqlite_url: str, smtp_server) -> Iterator[Web]:  # type: ignore[no-untyped-def]
    """The app with the bot's sender pointed at the test SMTP server."""
    smtp = SmtpSettings(host=smtp_server.host, port=smtp_server.port, tls="none", timeout=5)
    built = make_web(settings_for(sqlite_url, smtp=smtp))
    yield built
    built.app.state.web.bot.close()


def request_row(web: Web, reference: str) -> PrivacyRequest:
    with session_scope(web.engine) as session:
        row = session.exec(select(PrivacyRequest).where(
            PrivacyRequest.reference == reference)).one()
        return row


async def act(client, reference: str, name: str, **data: str) -> str:  # type: ignore[no-untyped-def]
    """Post an action form as the browser does; the flash line of the page landed on."""
    token = await csrf_token(client)
    response = await client.post(f"/requests/{reference}/actions/{name}",
                                 data={**data, "csrf_token": token})
    assert response.status_code == 303, response.text
    page = await client.get(response.headers["location"])
    found = re.search(r'<p class="flash (ok|error)" role="status">([^<]*)</p>', page.text)
    assert found, page.text[:2000]
    return f"{found.group(1)}: {found.group(2)}"


async def test_label_correction_becomes_a_training_example(web: Web, as_staff) -> None:  # type: ignore[no-untyped-def]
    message = add_message(web.engine, sender="kim@example.com", subject="stop the texts",
                          text="Please stop sending me SMS offers.", intents=("other",))
    bounce = add_message(web.engine, sender="postmaster@example.net", subject="Undeliverable",
                         text="Delivery failed.", kind="human", intents=("other",),
                         raw=(b"From: postmaster@example.net\r\nAuto-Submitted: auto-replied"
                              b"\r\nX-Failed-Recipients: kim@example.com\r\nSubject: Undeliverable"
                              b"\r\n\r\nDelivery failed.\r\n"))
    client = await as_staff("otto")
    token = await csrf_token(client)
    bad = await client.post(f"/messages/{message}/actions/labels", data={
        "kind": "human", "intents": ["other", "unsubscribe"], "language": "en",
        "csrf_token": token})
    flash = (await client.get(bad.headers["location"])).text
    assert "never appears together" in flash
    ok = await client.post(f"/messages/{message}/actions/labels", data={
        "kind": "human", "intents": ["unsubscribe"], "channels": ["sms"], "language": "en",
        "csrf_token": token})
    assert ok.status_code == 303
    again = await client.post(f"/api/messages/{bounce}/actions/labels",
                              json={"kind": "bounce", "language": "en", "intents": ["other"]},
                              headers={"X-CSRF-Token": token})
    assert again.json()["ok"], again.text
    with session_scope(web.engine) as session:
        row = session.get(InboundMessage, message)
        assert row is not None
        assert (row.kind, row.intents, row.channels) == ("human", ["unsubscribe"], ["sms"])
        (first, second) = session.exec(select(LabelCorrection)
                                       .order_by(col(LabelCorrection.id))).all()
        assert first.actor == "otto" and first.before["intents"] == ["other"]
        audit = session.exec(select(AuditLog).where(
            AuditLog.action == "message.labels_corrected")).all()
        assert {a.actor for a in audit} == {"otto"} and len(audit) == 2
        assert all("Please stop" not in json.dumps(a.detail) for a in audit)  # no bodies
    out = io.StringIO()
    assert export_corrections(web.engine, out) == 2
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines[0] == {"subject": "stop the texts", "text": "Please stop sending me SMS offers.",
                        "kind": "human", "intents": ["unsubscribe"], "channels": ["sms"],
                        "language": "en", "tags": ["staff-correction"]}
    assert set(lines[1]) == TRAIN_KEYS | {"headers"}
    assert lines[1]["kind"] == "bounce" and lines[1]["intents"] == []
    assert lines[1]["headers"] == {"Auto-Submitted": "auto-replied"}  # no addresses
    # the training data's format: the same keys as classifiers/data/train/*.jsonl
    from classifiers.corpus import load_split

    assert set(lines[0]) <= set().union(*(set(r) for r in load_split("train")))
    # an erased message drops out of the training data
    with session_scope(web.engine) as session:
        row = session.get(InboundMessage, message)
        assert row is not None
        row.text = row.subject = ""
        session.add(row)
    with session_scope(web.engine) as session:
        assert [e["kind"] for e in training_examples(session)] == ["bounce"]


@SQLITE_ONLY
async def test_erasure_removes_the_words_of_a_corrected_message(web: Web, as_staff) -> None:  # type: ignore[no-untyped-def]
    reference = add_request(web.engine, web.settings, types=("erasure",), verified=True,
                            email="gone@example.com", text="Delete everything about me.")
    with session_scope(web.engine) as session:
        source = session.exec(select(InboundMessage)).one().id
    client = await as_staff("otto")
    token = await csrf_token(client)
    await client.post(f"/messages/{source}/actions/labels", data={
        "kind": "human", "intents": ["erasure", "unsubscribe"], "channels": ["email"],
        "language": "en", "csrf_token": token})
    with session_scope(web.engine) as session:
        assert len(list(training_examples(session))) == 1
        request = session.exec(select(PrivacyRequest)).one()
        execute_erasure(session, request, actor="ada", mailer=Mailer(web.settings))
    with session_scope(web.engine) as session:
        assert list(training_examples(session)) == []
    assert reference


async def test_reply_from_a_template_reaches_the_smtp_server(mail_web: Web, smtp_server) -> None:  # type: ignore[no-untyped-def]
    web = mail_web
    reference = add_request(web.engine, web.settings, types=("access",), email="ann@example.com")
    from tests.test_web_support import login

    async with web.client() as client:
        await login(client, "otto")
        page = (await client.get(f"/requests/{reference}?template=closed")).text
        subject = re.search(r'name="subject" value="([^"]*)"', page)
        assert subject and f"[{reference}]" in subject.group(1)
        assert "We have completed your request" in page  # the template, in the textarea
        nonce = re.search(r'name="nonce" value="([^"]+)"', page)
        assert nonce
        data = {"subject": "About your data", "nonce": nonce.group(1),
                "body": "Hello Ann,\n\nYour export is on its way.\n\nCarerra"}
        first = await act(client, reference, "reply", **data)
        assert first.startswith("ok: Reply queued")
        await act(client, reference, "reply", **data)  # a resubmitted form queues nothing new
    with session_scope(web.engine) as session:
        (item,) = session.exec(select(OutboxItem).where(OutboxItem.template == "staff")).all()
        assert item.subject == f"[{reference}] About your data"
        source = session.exec(select(InboundMessage)).one()
        events = [e.event for e in session.exec(select(RequestEvent))]
        assert "mail_queued" in events
    counts = await send.flush(web.engine, web.settings)
    assert counts.sent == 1
    (received,) = smtp_server.wait_for(1)
    assert received.rcpt_tos == ("ann@example.com",)
    parsed = email.message_from_bytes(received.data, policy=default_policy)
    assert parsed["Subject"] == f"[{reference}] About your data"
    assert parsed["In-Reply-To"] == source.message_id
    assert parsed["X-Loop"] and parsed["Auto-Submitted"] is None  # a person wrote it
    assert "Your export is on its way." in parsed.get_content()


async def test_reply_to_a_message_without_a_request(mail_web: Web, smtp_server) -> None:  # type: ignore[no-untyped-def]
    web = mail_web
    message = add_message(web.engine, sender="ole@example.no", subject="Opening hours?",
                          text="When are you open?")
    from tests.test_web_support import login

    async with web.client() as client:
        await login(client, "otto")
        page = (await client.get(f"/messages/{message}")).text
        nonce = re.search(r'name="nonce" value="([^"]+)"', page)
        assert nonce and 'value="Re: Opening hours?"' in page
        token = await csrf_token(client)
        sent = await client.post(f"/messages/{message}/actions/reply", data={
            "subject": "Re: Opening hours?", "body": "9 to 5.", "nonce": nonce.group(1),
            "csrf_token": token})
        assert sent.status_code == 303
    await send.flush(web.engine, web.settings)
    (received,) = smtp_server.wait_for(1)
    assert received.rcpt_tos == ("ole@example.no",)
    with session_scope(web.engine) as session:
        row = session.get(InboundMessage, message)
        assert row is not None and row.reviewed


async def test_lifecycle_actions_through_the_web(web: Web, as_staff) -> None:  # type: ignore[no-untyped-def]
    unverified = add_request(web.engine, web.settings, types=("access",), received=days_ago(3),
                             email="u@example.com")
    verified = add_request(web.engine, web.settings, types=("access",), verified=True,
                           received=days_ago(3), email="v@example.com")
    client = await as_staff("otto")

    assert (await act(client, unverified, "approve_export")).startswith("error: request")
    assert (await act(client, unverified, "verify", note="")).startswith("error:")
    assert (await act(client, unverified, "send_verification")).startswith("ok:")
    assert (await act(client, unverified, "verify", note="passport seen at the counter")
            ).startswith("ok:")
    assert request_row(web, unverified).verified

    due_before = request_row(web, verified).due_at
    assert (await act(client, verified, "clarify", question="Which account do you mean?")
            ).startswith("ok:")
    row = request_row(web, verified)
    assert row.status == "awaiting_clarification" and row.paused_at is not None  # UK pauses
    assert (await act(client, verified, "clarification_received")).startswith("ok:")
    assert (await act(client, verified, "extend", reason="")).startswith("error:")
    assert (await act(client, verified, "extend", reason="Many systems to search")
            ).startswith("ok:")
    row = request_row(web, verified)
    assert row.status == "extended" and row.due_at is not None and due_before is not None
    assert row.due_at > due_before
    assert (await act(client, verified, "approve_export")).startswith("ok: Export approved")
    assert (await act(client, verified, "close", outcome="refused", reason="")
            ).startswith("error: a refusal needs a reason")
    assert (await act(client, verified, "close", outcome="completed", notify="0")
            ).startswith("ok:")
    assert request_row(web, verified).closed_by == "otto"
    assert (await act(client, verified, "extend", reason="again")).startswith("error:")

    with session_scope(web.engine) as session:
        staff_audit = [(a.action, a.actor) for a in session.exec(select(AuditLog).where(
            col(AuditLog.action).startswith("request."), AuditLog.actor != "bot"))]
        assert {actor for _, actor in staff_audit} == {"otto"}
        assert {action for action, _ in staff_audit} >= {
            "request.verification_sent", "request.verified", "request.clarification_requested",
            "request.clarification_received", "request.extended", "request.export_approved",
            "request.closed"}
        templates = [o.template for o in session.exec(
            select(OutboxItem).order_by(col(OutboxItem.id)))]
    assert {"verify", "clarification", "extension", "export"} <= set(templates)
    assert "closed" not in templates  # notify=0


async def test_detail_page_shows_thread_deadline_and_audit(web: Web, as_staff) -> None:  # type: ignore[no-untyped-def]
    reference = add_request(web.engine, web.settings, types=("access",), email="c@example.com",
                            text="What data do you hold about me?")
    client = await as_staff("vera")
    await act(await as_staff("otto"), reference, "send_verification")
    page = (await client.get(f"/requests/{reference}")).text
    for expected in ("What data do you hold about me?", "Deadline", "deadline_set",
                     "request.opened", "verification_code_issued", "Rules that fired",
                     "from us", "****-****"):
        assert expected in page, expected
    assert not re.search(r"(?<![\d-])\d{4}-\d{4}(?![\d-])", page)  # codes are masked
    assert "Queue reply" not in page and "/actions/" not in page  # a viewer gets no forms
    detail = (await client.get(f"/api/requests/{reference}")).json()
    assert detail["request"]["reference"] == reference
    assert {e["event"] for e in detail["events"]} >= {"opened", "deadline_set"}
    assert detail["messages"][0]["text"] == "What data do you hold about me?"
    assert all("****-****" in r["body"] or r["template"] != "verify" for r in detail["replies"])


async def test_corrected_labels_are_acted_on_like_the_bot_would(mail_web: Web, smtp_server) -> None:  # type: ignore[no-untyped-def]
    """An erasure + SMS opt-out the classifier took for `other`: once staff relabel it,
    the channel is withdrawn, the request opened with the clock of the original mail and
    acknowledged in the person's language — once, however often the form is sent."""
    web = mail_web
    received = days_ago(3)
    message = add_message(web.engine, sender="lea@example.de", subject="Kundenkonto",
                          text="Bitte löschen Sie mein Konto und schicken Sie keine SMS mehr.",
                          language="de", received=received)
    with session_scope(web.engine) as session:
        lea = people.get_or_create_contact(session, "lea@example.de")
        people.set_channels(session, lea, {"email": True, "sms": True},
                            people.ConsentSource(source="import", wording="test"))
    from tests.test_web_support import login

    async with web.client() as client:
        await login(client, "otto")
        token = await csrf_token(client)
        labels = {"kind": "human", "intents": ["erasure", "unsubscribe"], "channels": ["sms"],
                  "language": "de", "csrf_token": token}
        first = await client.post(f"/messages/{message}/actions/labels", data=labels)
        flash = (await client.get(first.headers["location"])).text
        assert "marketing stopped: sms" in flash and "opened and acknowledged" in flash
        await client.post(f"/messages/{message}/actions/labels", data=labels)  # unchanged
    with session_scope(web.engine) as session:
        lea = people.find_contact(session, "lea@example.de")
        assert people.channels_of(session, lea) == {"email": True, "sms": False, "post": False,
                                                   "phone": False}
        (ledger,) = [e for e in session.exec(select(ConsentEvent)) if e.source == "staff"]
        assert (ledger.channel, ledger.opted_in, ledger.actor) == ("sms", False, "otto")
        row = session.get(InboundMessage, message)
        assert row is not None and row.reviewed and row.request_id is not None
        request = session.get(PrivacyRequest, row.request_id)
        assert request is not None and request.types == ["erasure"]
        assert request.source_message_id == message and request.email == "lea@example.de"
        # the clock started when our server received the mail, three days ago
        assert abs((request.received_at - received).total_seconds()) < 1
        reference = request.reference
    await send.flush(web.engine, web.settings)
    (ack,) = smtp_server.wait_for(1)
    assert ack.rcpt_tos == ("lea@example.de",)
    parsed = email.message_from_bytes(ack.data, policy=default_policy)
    assert parsed["Subject"].startswith(f"[{reference}]") and parsed["Auto-Submitted"]
    body = parsed.get_content()
    # German, says what was stopped, and asks for the identity code an erasure needs
    assert body.startswith("Guten Tag") and "per SMS eingestellt" in body and "Code" in body
    # relabelling again (here: adding a complaint) adds to the request, no second mail
    async with web.client() as client:
        await login(client, "otto")
        token = await csrf_token(client)
        await client.post(f"/messages/{message}/actions/labels", data={
            **labels, "intents": ["complaint", "erasure", "unsubscribe"], "csrf_token": token})
    with session_scope(web.engine) as session:
        assert request_row(web, reference).types == ["complaint", "erasure"]
        assert len(session.exec(select(OutboxItem)).all()) == 1


async def test_a_relabelled_web_form_relay_acts_for_the_person_in_reply_to(  # type: ignore[no-untyped-def]
    web: Web, as_staff
) -> None:
    """Our own contact form relays from our address; the person is in Reply-To."""
    raw = (b"From: forms@carerra.co\r\nReply-To: Ivo <ivo@example.hr>\r\n"
           b"Auto-Submitted: auto-generated\r\nSubject: Contact form\r\n\r\n"
           b"Please tell me what data you keep about me.\r\n")
    message = add_message(web.engine, sender="forms@carerra.co", subject="Contact form",
                          text="Please tell me what data you keep about me.", raw=raw)
    client = await as_staff("otto")
    token = await csrf_token(client)
    done = await client.post(f"/messages/{message}/actions/labels", data={
        "kind": "human", "intents": ["access"], "language": "en", "csrf_token": token})
    assert "opened and acknowledged" in (await client.get(done.headers["location"])).text
    with session_scope(web.engine) as session:
        (request,) = session.exec(select(PrivacyRequest)).all()
        (ack,) = session.exec(select(OutboxItem)).all()
        assert (request.email, request.types, ack.to_addr) == ("ivo@example.hr", ["access"],
                                                              "ivo@example.hr")
