"""Doing what people asked, on a real store: export only after verification and approval,
rectification ledgered, restriction and objection honoured, double opt-in, and nothing at
all for an unverified request."""

from __future__ import annotations

import base64
import csv
import email
import io
import json
import logging
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from email.policy import default as default_policy

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot import people
from bot.lifecycle import (
    LifecycleError,
    NotVerified,
    WrongRequestType,
    approve_export,
    build_export,
    execute_erasure,
    lift_restriction,
    record_objection,
    rectify_contact,
    restrict_processing,
    send_subscribe_confirmation,
    verify_identity,
)
from bot.lifecycle.verification import active_code, confirm
from bot.reports import export_preferences, show_preferences
from bot.send import build_message
from bot.store.db import session_scope
from bot.store.mail import InboundMessage
from bot.store.outbox import OutboxItem
from bot.store.people import ConsentEvent
from bot.store.requests import AuditLog, RequestEvent
from tests.lifecycle_support import (
    RECEIVED,
    mailer_for,
    open_request,
    outbox,
    store,
)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    yield from store(db_url)

ANN = "ann@example.com"


def ann(session):  # type: ignore[no-untyped-def]
    contact = people.get_or_create_contact(session, ANN)
    contact.first_name, contact.last_name = "Ann", "Lee"
    contact.phone, contact.postal_address = "+44 7700 900001", "1 High St, Leeds"
    session.add(contact)
    people.set_channels(session, contact, {"email": True, "post": True},
                        people.ConsentSource("import", "CRM import", actor="jo.admin"))
    session.flush()
    return contact


def message(session, contact, text: str, request_id: int | None = None) -> InboundMessage:  # type: ignore[no-untyped-def]
    row = InboundMessage(
        mailbox="INBOX", uidvalidity=1, uid=abs(hash(text)) % 10**6, raw_sha256=str(hash(text)),
        raw=f"From: Ann Lee <{ANN}>\r\n\r\n{text}".encode(), from_addr=ANN, from_name="Ann Lee",
        subject="my data", text=text, kind="human", intents=["access"], language="en",
        contact_id=contact.id, request_id=request_id, received_at=RECEIVED,
    )
    session.add(row)
    session.flush()
    return row


def test_export_holds_everything_about_the_person(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for()
    with session_scope(engine) as session:
        contact = ann(session)
        request, _, context = open_request(session, mailer.settings, types=["access"],
                                           contact_id=contact.id)
        message(session, contact, "Please send me everything you hold.", request.id)
        session.add(OutboxItem(idempotency_key="k1", to_addr=ANN, subject="[x] ack",
                               body=f"Your code is {context['code']}.", message_id="<m1@c>",
                               template="ack", request_id=request.id))
        session.flush()
        export = build_export(session, email=ANN, reference=request.reference)

    data = export.data
    assert data["contact"]["first_name"] == "Ann" and data["contact"]["phone"].endswith("001")
    assert {p["channel"] for p in data["preferences"] if p["opted_in"]} == {"email", "post"}
    assert {c["channel"] for c in data["consent"]} == {"email", "post"}
    assert all(c["by"] == "staff" for c in data["consent"])  # staff names are not theirs
    assert data["requests"][0]["reference"] == request.reference
    assert {"opened", "deadline_set"} <= {e["event"] for e in data["request_events"]}
    assert data["messages"][0]["text"] == "Please send me everything you hold."
    assert "raw" not in data["messages"][0]
    assert data["replies"][0]["text"] == "Your code is ****-****."  # codes are masked
    assert export.filename == f"personal-data-{request.reference}.zip"

    archive = zipfile.ZipFile(io.BytesIO(export.zip_bytes))
    names = set(archive.namelist())
    assert {"export.json", "README.txt", "contact.csv", "preferences.csv", "consent.csv",
            "requests.csv", "request_events.csv", "messages.csv", "replies.csv"} <= names
    assert json.loads(archive.read("export.json"))["email"] == ANN
    rows = list(csv.DictReader(io.StringIO(archive.read("messages.csv").decode())))
    assert rows[0]["text"] == "Please send me everything you hold."
    contact_rows = list(csv.DictReader(io.StringIO(archive.read("contact.csv").decode())))
    assert contact_rows[0]["postal_address"] == "1 High St, Leeds"


def test_export_only_after_verification_and_approval(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for()
    with session_scope(engine) as session:
        contact = ann(session)
        request, _, _ = open_request(session, mailer.settings, types=["portability"],
                                     contact_id=contact.id)
        with pytest.raises(NotVerified):
            approve_export(session, request, actor="sam", mailer=mailer)
        assert outbox(session, request) == []  # nothing released
        code = active_code(session, request, RECEIVED)
        assert code is not None
        confirm(session, request, code, at=RECEIVED + timedelta(hours=2), via="reply")

        item = approve_export(session, request, actor="sam", mailer=mailer)
        assert request.export_approved_by == "sam" and item.to_addr == ANN
        assert item.template == "export" and f"[{request.reference}]" in item.subject
        (attachment,) = item.attachments
        assert attachment["content_type"] == "application/zip"
        assert attachment["filename"] in item.body
        with pytest.raises(LifecycleError, match="already approved"):
            approve_export(session, request, actor="sam", mailer=mailer)
        events = [e.event for e in session.exec(select(RequestEvent).where(
            RequestEvent.request_id == request.id))]
        assert "export_approved" in events
        audit = session.exec(select(AuditLog).where(AuditLog.action == "request.export_approved"))
        assert audit.one().actor == "sam"

    built = build_message(item, mailer.settings)
    mail = email.message_from_bytes(built.as_bytes(), policy=default_policy)
    parts = list(mail.iter_attachments())  # type: ignore[attr-defined]
    assert [p.get_filename() for p in parts] == [attachment["filename"]]
    assert parts[0].get_content_type() == "application/zip"
    zipped = zipfile.ZipFile(io.BytesIO(parts[0].get_content()))
    assert json.loads(zipped.read("export.json"))["contact"]["last_name"] == "Lee"
    assert base64.b64decode(attachment["data"]) == parts[0].get_content()
    assert mail["Auto-Submitted"] == "auto-replied"


def test_export_refused_for_a_request_that_did_not_ask_for_it(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for()
    with session_scope(engine) as session:
        request, _, _ = open_request(session, mailer.settings, types=["erasure"],
                                     authenticated="dmarc=pass")
        with pytest.raises(WrongRequestType):
            approve_export(session, request, actor="sam", mailer=mailer)


def test_unverified_requests_never_erase_or_change_anything(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for()
    with session_scope(engine) as session:
        contact = ann(session)
        request, _, _ = open_request(session, mailer.settings,
                                     types=["erasure", "rectification"], contact_id=contact.id)
        with pytest.raises(NotVerified):
            execute_erasure(session, request, actor="sam", mailer=mailer)
        with pytest.raises(NotVerified):
            rectify_contact(session, request, actor="sam", changes={"phone": "+44 1"})
        assert people.find_contact(session, ANN) is not None
        assert contact.phone == "+44 7700 900001"
        assert not people.is_suppressed(session, ANN)
        verify_identity(session, request, actor="sam", mailer=mailer,
                        note="checked the order number and postcode by phone")
        assert request.verified and request.verification_method == "staff"
        assert active_code(session, request) is None  # the emailed code is moot now


def test_rectification_is_ledgered_old_to_new_without_values_in_logs(engine, caplog) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for()
    with session_scope(engine) as session:
        contact = ann(session)
        request, _, _ = open_request(session, mailer.settings, types=["rectification"],
                                     contact_id=contact.id, authenticated="dmarc=pass")
        with pytest.raises(LifecycleError, match="cannot change email"):
            rectify_contact(session, request, actor="sam", changes={"email": "x@y.z"})
        with caplog.at_level(logging.DEBUG):
            changed = rectify_contact(session, request, actor="sam", changes={
                "last_name": "Lee-Smith", "phone": "+44 7700 900001",
                "postal_address": "2 Low Rd, York",
            })
        assert changed == ["last_name", "postal_address"]
        assert contact.last_name == "Lee-Smith" and contact.postal_address == "2 Low Rd, York"
        audit = session.exec(select(AuditLog).where(AuditLog.action == "contact.rectified")).one()
        assert audit.actor == "sam" and audit.target == f"contact:{contact.id}"
        assert audit.detail["changes"] == {
            "last_name": {"old": "Lee", "new": "Lee-Smith"},
            "postal_address": {"old": "1 High St, Leeds", "new": "2 Low Rd, York"},
        }
        event = session.exec(select(RequestEvent).where(
            RequestEvent.event == "contact_rectified")).one()
        assert event.detail == {"fields": ["last_name", "postal_address"]}
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "last_name" in logged and "Lee-Smith" not in logged and "York" not in logged


def test_restriction_turns_every_channel_off_in_exports_until_lifted(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for()
    with session_scope(engine) as session:
        contact = ann(session)
        request, _, _ = open_request(session, mailer.settings, types=["restriction"],
                                     contact_id=contact.id)
        restrict_processing(session, request, actor="sam")  # protective: no identity needed
        reference = request.reference
    assert show_preferences(engine, ANN)["channels"] == dict.fromkeys(
        ["email", "sms", "post", "phone"], False)
    out = io.StringIO()
    export_preferences(engine, out, as_json=False)
    assert f"{ANN},false,false,false,false" in out.getvalue().splitlines()
    with session_scope(engine) as session:
        contact = people.find_contact(session, ANN)
        assert people.recorded_channels(session, contact)["email"] is True  # consent kept
        request = session.exec(select(RequestEvent)).first()
        from bot.privacy import find_by_reference

        request = find_by_reference(session, reference)
        assert request is not None
        with pytest.raises(LifecycleError):
            lift_restriction(session, request, actor="sam", reason=" ", mailer=mailer)
        notice = lift_restriction(session, request, actor="sam", mailer=mailer,
                                  reason="the accuracy check is finished")
        assert notice.template == "restriction_lifted"
        assert "the accuracy check is finished." in notice.body
        assert mailer.settings.company.supervisory_authority in notice.body
    assert show_preferences(engine, ANN)["channels"]["email"] is True


def test_an_objection_is_honoured_by_the_marketing_export(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for("us-ca")
    with session_scope(engine) as session:
        contact = ann(session)
        request, _, _ = open_request(session, mailer.settings, types=["objection"],
                                     contact_id=contact.id)
        assert request.status == "open"  # an opt-out needs no verification
        record_objection(session, request, actor="sam")
    out = io.StringIO()
    export_preferences(engine, out, as_json=True)
    (row,) = json.loads(out.getvalue())
    assert row["channels"] == dict.fromkeys(["email", "sms", "post", "phone"], False)


def test_double_opt_in_records_consent_only_when_confirmed(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for()
    with session_scope(engine) as session:
        request, found, context = open_request(session, mailer.settings, types=["subscribe"],
                                               email="pia@example.net",
                                               subscribe_channels=("email", "sms"))
        assert found.purpose == "subscribe" and request.status == "awaiting_identity"
        assert context["confirm_subscription"] and context["code"]
        assert session.exec(select(ConsentEvent)).all() == []
        contact = people.find_contact(session, "pia@example.net")
        assert not any(people.channels_of(session, contact).values())

        code = active_code(session, request, RECEIVED)
        assert code is not None
        confirm(session, request, code, at=RECEIVED + timedelta(hours=3), via="reply",
                message_id=None)
        contact = people.find_contact(session, "pia@example.net")
        assert people.channels_of(session, contact) == {
            "email": True, "sms": True, "post": False, "phone": False}
        ledger = session.exec(select(ConsentEvent)).all()
        assert {(e.channel, e.opted_in, e.source) for e in ledger} == {
            ("email", True, "confirmation"), ("sms", True, "confirmation")}
        assert all(e.request_reference == request.reference for e in ledger)
        assert all("confirmed with a one-time code" in e.wording for e in ledger)
        assert request.status == "completed" and request.closed_by == "bot"


def test_a_suppressed_address_is_declined_neutrally(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for()
    with session_scope(engine) as session:
        people.suppress(session, "gone@example.org", "erasure")
        request, found, context = open_request(session, mailer.settings, types=["subscribe"],
                                               email="gone@example.org",
                                               subscribe_channels=("email",))
        assert found.subscribe_declined and not found.purpose and "code" not in context
        assert context["subscribe_declined"] is True
        assert request.status == "refused" and request.closed_by == "bot"
        assert outbox(session, request) == []  # the acknowledgement says all there is
        refused = session.exec(select(AuditLog).where(
            AuditLog.action == "preferences.opt_in_refused")).one()
        assert "gone@" not in str(refused.detail) + refused.target
        contact = people.get_or_create_contact(session, "gone@example.org")
        with pytest.raises(people.SuppressedAddress):
            people.subscribe(session, contact, ["email"], people.ConsentSource("staff", "x"))
        assert session.exec(select(ConsentEvent).where(ConsentEvent.opted_in)).all() == []
        assert len(session.exec(select(AuditLog).where(
            AuditLog.action == "preferences.opt_in_refused")).all()) == 2


def test_staff_send_the_opt_in_after_a_mixed_message(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for()
    with session_scope(engine) as session:
        request, found, context = open_request(session, mailer.settings, types=["subscribe"],
                                               email="max@example.com",
                                               subscribe_channels=("email", "sms"), review=True)
        assert not found.purpose and "code" not in context and request.status == "open"
        with pytest.raises(LifecycleError, match="channel"):
            send_subscribe_confirmation(session, request, actor="sam", channels=["fax"],
                                        mailer=mailer)
        outbox_id = send_subscribe_confirmation(session, request, actor="sam",
                                                channels=["email"], mailer=mailer)
        item = session.get(OutboxItem, outbox_id)
        assert item is not None and item.template == "verify"
        assert request.status == "awaiting_identity" and request.subscribe_channels == ["email"]
