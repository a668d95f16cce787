"""The lifecycle end to end on real servers: Dovecot (IMAP), aiosmtpd (SMTP), SQLite and
PostgreSQL. The person's replies go through the real pipeline (`run_once`)."""

from __future__ import annotations

import email
import io
import json
import re
import zipfile
from datetime import timedelta
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

from sqlmodel import select

from bot import people, send
from bot.contacts import import_csv
from bot.lifecycle import (
    Mailer,
    approve_export,
    close_request,
    execute_erasure,
    run_lifecycle_jobs,
)
from bot.pipeline import run_once
from bot.reports import show_preferences
from bot.store.base import utcnow
from bot.store.db import session_scope
from bot.store.mail import InboundMessage
from bot.store.people import ConsentEvent
from bot.store.requests import PrivacyRequest
from tests.lifecycle_support import places_holding

NORA = "nora.quist@example.org"
CODE = re.compile(r"(?<![\d-])\d{4}-\d{4}(?![\d-])")


def mail(sender: str, subject: str, body: str, message_id: str, **headers: str) -> bytes:
    lines = [f"From: {sender}", "To: admin@carerra.co", f"Subject: {subject}",
             f"Message-ID: {message_id}"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n").encode()


def received(smtp_server) -> list[EmailMessage]:  # type: ignore[no-untyped-def]
    return [email.message_from_bytes(m.data, policy=default_policy)  # type: ignore[misc]
            for m in smtp_server.messages]


def text_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return part.get_content()


def reply_to(ack: EmailMessage, sender: str, body: str, message_id: str) -> bytes:
    quoted = "\n".join("> " + line for line in text_of(ack).splitlines())
    return mail(sender, f"Re: {ack['Subject']}", f"{body}\n\nOn Tuesday you wrote:\n{quoted}",
                message_id, In_Reply_To=ack["Message-ID"], References=ack["Message-ID"])


def the_request(app) -> PrivacyRequest:  # type: ignore[no-untyped-def]
    with session_scope(app.engine) as session:
        return session.exec(select(PrivacyRequest).order_by(PrivacyRequest.id.desc())).first()  # type: ignore[union-attr]


async def test_a_code_reply_verifies_through_the_pipeline_without_a_second_reply(
    mailbox, smtp_server, make_settings, make_app, db_url
):  # type: ignore[no-untyped-def]
    mailbox.append(mail(f"Nora Quist <{NORA}>", "Subject access request",
                        "Please send me a copy of all the personal data you hold about me.",
                        "<sar1@example.org>"))
    app = make_app(make_settings(db=db_url))
    await run_once(app)
    (ack,) = received(smtp_server)
    request = the_request(app)
    assert request.status == "awaiting_identity" and request.clock_started_at is None
    assert f"[{request.reference}]" in ack["Subject"]
    body = text_of(ack)
    code = CODE.search(body).group(0)  # type: ignore[union-attr]
    assert "code" in body and "valid until" in body

    # a wrong code first: nothing happens, nobody is answered
    wrong = "1111-1111" if code != "1111-1111" else "2222-2222"
    mailbox.append(reply_to(ack, NORA, f"Here it is: {wrong}", "<sar2@example.org>"))
    await run_once(app)
    assert not the_request(app).verified and len(smtp_server.messages) == 1

    # the right code, typed above the quoted acknowledgement
    mailbox.append(reply_to(ack, NORA, f"Sorry, this one: {code}", "<sar3@example.org>"))
    counts = await run_once(app)
    request = the_request(app)
    assert request.verified and request.verification_method == "reply"
    assert request.status == "open" and request.clock_started_at is not None
    assert counts.processed == 1 and counts.sent == 0
    assert len(smtp_server.messages) == 1  # no second acknowledgement
    with session_scope(app.engine) as session:
        row = session.exec(select(InboundMessage).where(
            InboundMessage.message_id == "<sar3@example.org>")).one()
        assert row.status == "processed" and row.request_id == request.id
        assert "confirmation" in [h["rule"] for h in row.rule_hits]

    # housekeeping masks the code in the stored acknowledgement once it has gone
    run_lifecycle_jobs(app.engine, app.settings)
    with session_scope(app.engine) as session:
        from bot.store.outbox import OutboxItem

        stored = session.exec(select(OutboxItem)).one()
        assert code not in stored.body and "****-****" in stored.body


async def test_a_known_address_with_dmarc_at_our_server_is_verified_at_once(
    mailbox, smtp_server, make_settings, make_app, tmp_path: Path
):  # type: ignore[no-untyped-def]
    app = make_app(make_settings())
    path = tmp_path / "crm.csv"
    path.write_text(f"email,first_name\n{NORA},Nora\nivo@example.org,Ivo\n", encoding="utf-8")
    import_csv(app.engine, path)
    ours = "mx.carerra.co; dmarc=pass header.from=example.org; dkim=pass header.d=example.org"
    forged = "mx.attacker.example; dmarc=pass header.from=example.org"
    mailbox.append(mail(f"Nora Quist <{NORA}>", "My data", "Please send me a copy of my data.",
                        "<k1@example.org>", Authentication_Results=ours))
    mailbox.append(mail("Ivo <ivo@example.org>", "My data", "Please send me a copy of my data.",
                        "<k2@example.org>", Authentication_Results=forged))
    await run_once(app)
    with session_scope(app.engine) as session:
        by_email = {r.email: r for r in session.exec(select(PrivacyRequest))}
    assert by_email[NORA].verified and by_email[NORA].status == "open"
    assert by_email[NORA].verification_method == "auth_results"
    assert not by_email["ivo@example.org"].verified  # another server's verdict counts for nothing
    bodies = {m["To"]: text_of(m) for m in received(smtp_server)}
    assert not CODE.search(bodies[NORA]) and "Dear Nora," in bodies[NORA]
    assert CODE.search(bodies["ivo@example.org"])


async def test_newsletter_double_opt_in_through_the_pipeline(
    mailbox, smtp_server, make_settings, make_app, db_url
):  # type: ignore[no-untyped-def]
    pia = "pia.brandt@example.net"
    mailbox.append(mail(f"Pia Brandt <{pia}>", "newsletter",
                        "Please sign me up for your newsletter.", "<s1@example.net>"))
    app = make_app(make_settings(db=db_url))
    await run_once(app)
    (ack,) = received(smtp_server)
    assert show_preferences(app.engine, pia)["channels"]["email"] is False
    code = CODE.search(text_of(ack)).group(0)  # type: ignore[union-attr]

    mailbox.append(mail(f"Pia Brandt <{pia}>", f"Re: {ack['Subject']}",
                        f"Yes please, {code.replace('-', ' ')}", "<s2@example.net>"))
    await run_once(app)
    assert show_preferences(app.engine, pia)["channels"] == {
        "email": True, "sms": False, "post": False, "phone": False}
    with session_scope(app.engine) as session:
        (event,) = session.exec(select(ConsentEvent)).all()
        assert event.source == "confirmation" and event.source_message_id is not None
    assert the_request(app).status == "completed"
    assert len(smtp_server.messages) == 1


async def test_approved_export_arrives_as_an_attachment(
    mailbox, smtp_server, make_settings, make_app, tmp_path: Path
):  # type: ignore[no-untyped-def]
    app = make_app(make_settings())
    (tmp_path / "crm.csv").write_text(f"email,first_name,last_name\n{NORA},Nora,Quist\n")
    import_csv(app.engine, tmp_path / "crm.csv")
    mailbox.append(mail(f"Nora Quist <{NORA}>", "My data",
                        "Please send me a copy of all the personal data you hold about me.",
                        "<e1@example.org>",
                        Authentication_Results="mx.carerra.co; dmarc=pass header.from=example.org"))
    await run_once(app)
    (ack,) = received(smtp_server)
    assert list(ack.iter_attachments()) == []  # nothing before staff approve
    mailer = Mailer(app.settings, app.replies)
    with session_scope(app.engine) as session:
        request = session.exec(select(PrivacyRequest)).one()
        approve_export(session, request, actor="sam", mailer=mailer)
    await send.flush(app.engine, app.settings)
    export = received(smtp_server)[1]
    assert export["To"] == NORA and "[CAR-" in export["Subject"]
    assert export["In-Reply-To"] == "<e1@example.org>" and export["Auto-Submitted"]
    (attachment,) = list(export.iter_attachments())
    data = json.loads(zipfile.ZipFile(io.BytesIO(attachment.get_content())).read("export.json"))
    assert data["contact"]["last_name"] == "Quist"
    assert "personal data you hold" in data["messages"][0]["text"]


async def test_erasure_end_to_end(
    mailbox, smtp_server, make_settings, make_app, db_url, tmp_path: Path
):  # type: ignore[no-untyped-def]
    olaf = "olaf.dahl@example.com"
    app = make_app(make_settings(db=db_url))
    (tmp_path / "crm.csv").write_text(
        f"email,first_name,last_name,email_opt_in\n{olaf},Olaf,Dahlberg,true\n")
    import_csv(app.engine, tmp_path / "crm.csv")
    mailbox.append(mail(f"Olaf Dahlberg <{olaf}>", "Delete my data",
                        "Please delete all my personal data and close my account.",
                        "<d1@example.com>",
                        Authentication_Results="mx.carerra.co; dkim=pass header.d=example.com"))
    await run_once(app)
    request = the_request(app)
    assert request.verified and request.types == ["erasure"]

    with session_scope(app.engine) as session:
        request = session.get(PrivacyRequest, request.id)
        execute_erasure(session, request, actor="sam", mailer=Mailer(app.settings, app.replies))
    await send.flush(app.engine, app.settings)
    notice = received(smtp_server)[-1]
    assert notice["To"] == olaf and "deleted the personal data" in text_of(notice)
    run_lifecycle_jobs(app.engine, app.settings)
    assert places_holding(app.engine, olaf, "Dahlberg") == []

    # he writes again: a neutral answer, never an opt-in; the CRM cannot re-add him either
    mailbox.append(mail(f"Olaf <{olaf}>", "newsletter", "Please sign me up for your newsletter.",
                        "<d2@example.com>"))
    await run_once(app)
    again = text_of(received(smtp_server)[-1])
    assert "cannot add this address" in again and not CODE.search(again)
    assert import_csv(app.engine, tmp_path / "crm.csv").refused_opt_ins == 1
    assert show_preferences(app.engine, olaf)["channels"]["email"] is False
    with session_scope(app.engine) as session:
        assert people.is_suppressed(session, olaf)


async def test_unverified_request_expires_with_a_refusal_in_the_persons_language(
    mailbox, smtp_server, make_settings, make_app
):  # type: ignore[no-untyped-def]
    mailbox.append(mail("Jan de Vries <jan@example.nl>", "Inzage",
                        "Graag ontvang ik een kopie van alle persoonsgegevens die u over mij "
                        "verwerkt (inzageverzoek op grond van artikel 15 AVG).",
                        "<nl1@example.nl>"))
    app = make_app(make_settings())
    await run_once(app)
    request = the_request(app)
    assert request.language == "nl" and request.status == "awaiting_identity"
    later = utcnow() + timedelta(days=8)
    counts = run_lifecycle_jobs(app.engine, app.settings, later)
    assert counts.expired == 1
    await send.flush(app.engine, app.settings)
    refusal = received(smtp_server)[-1]
    assert refusal["In-Reply-To"] == "<nl1@example.nl>"
    body = text_of(refusal)
    assert "bevestigingscode" in body and app.settings.company.supervisory_authority in body
    assert the_request(app).status == "refused"


async def test_closing_with_a_refusal_sends_the_reason(
    mailbox, smtp_server, make_settings, make_app
):  # type: ignore[no-untyped-def]
    mailbox.append(mail(f"Nora Quist <{NORA}>", "complaint",
                        "This is the third time I write: I will report you to the ICO.",
                        "<c1@example.org>"))
    app = make_app(make_settings())
    await run_once(app)
    request = the_request(app)
    assert "complaint" in request.types and request.priority == "high"
    assert request.assigned_to == app.settings.compliance.senior_assignee
    with session_scope(app.engine) as session:
        request = session.get(PrivacyRequest, request.id)
        close_request(session, request, actor="lead", outcome="refused",
                      reason="We found no record of earlier messages from this address",
                      mailer=Mailer(app.settings, app.replies))
    await send.flush(app.engine, app.settings)
    closing = received(smtp_server)[-1]
    body = text_of(closing)
    assert "We found no record of earlier messages from this address." in body
    assert "right to complain" in body and "ico.org.uk" in body
    assert closing["Subject"].startswith(f"[{request.reference}] ")
