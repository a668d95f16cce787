"""From mailbox to acknowledgement on real servers: Dovecot (IMAP), aiosmtpd (SMTP)."""

from __future__ import annotations

import email
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from email.policy import default as default_policy
from pathlib import Path

import pytest
from sqlmodel import select

from bot.pipeline import run_once
from bot.store.db import session_scope
from bot.store.mail import PROCESSED, TRIAGE, InboundMessage
from bot.store.requests import PrivacyRequest

ROOT = Path(__file__).resolve().parents[1]


def load_examples(examples: Path) -> list[tuple[bytes, dict]]:
    labels = [json.loads(line) for line in (examples / "labels.jsonl").read_text().splitlines()]
    return [((examples / lab["file"]).read_bytes(), lab) for lab in labels]


def sender(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=default_policy)
    return msg["From"].addresses[0].addr_spec.lower()


def recipients(smtp_server) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(r.lower() for m in smtp_server.messages for r in m.rcpt_tos)


async def test_every_human_example_is_acknowledged_exactly_once(
    examples, mailbox, smtp_server, make_settings, make_app
):  # type: ignore[no-untyped-def]
    samples = load_examples(examples)
    mailbox.append_many([raw for raw, _ in samples])
    app = make_app(make_settings())

    counts = await run_once(app)

    humans = sorted(sender(raw) for raw, lab in samples if lab["kind"] == "human")
    robots = {sender(raw) for raw, lab in samples if lab["kind"] != "human"}
    assert counts.fetched == len(samples)
    assert counts.processed + counts.triaged >= len(samples)
    assert recipients(smtp_server) == humans
    assert not robots & set(recipients(smtp_server))
    for message in smtp_server.messages:
        reply = email.message_from_bytes(message.data, policy=default_policy)
        assert reply["Auto-Submitted"] == "auto-replied"
        assert reply["X-Auto-Response-Suppress"] == "All"
        assert reply["In-Reply-To"], "replies thread to the customer's message"

    # a second run finds nothing new and sends nothing new
    again = await run_once(make_app(make_settings()))
    assert (again.fetched, again.sent) == (0, 0)
    assert recipients(smtp_server) == humans
    # nothing was deleted or marked read on the server
    assert mailbox.count() == len(samples)
    assert all(b"\\Seen" not in flags for flags in mailbox.flags().values())


async def test_requests_get_references_and_deadlines(
    examples, mailbox, smtp_server, make_settings, make_app
):  # type: ignore[no-untyped-def]
    access = (examples / "ex13.eml").read_bytes()
    mailbox.append(access)
    app = make_app(make_settings())
    await run_once(app)
    with session_scope(app.engine) as session:
        (request,) = session.exec(select(PrivacyRequest)).all()
    assert request.types == ["access"]
    assert request.reference.startswith("CAR-")
    assert request.due_at is not None and request.due_at > request.received_at
    # the clock starts when our server received it (INTERNALDATE), not at the 2025 Date header
    assert abs((request.received_at - datetime.now(UTC)).total_seconds()) < 600
    assert request.reference.startswith(f"CAR-{datetime.now(UTC).year}-")
    (reply,) = smtp_server.messages
    parsed = email.message_from_bytes(reply.data, policy=default_policy)
    assert f"[{request.reference}]" in parsed["Subject"]

    listed = json.loads(_cli(_env(app.settings), "requests", "list", "--json").stdout)
    assert listed == [
        {
            "reference": request.reference,
            "types": ["access"],
            # an unknown sender: the acknowledgement carries a one-time code, nothing is
            # released before it comes back (bot.lifecycle.verification)
            "status": "awaiting_identity",
            "email": sender(access),
            "received_at": request.received_at.isoformat(),
            "due_at": request.due_at.isoformat(),
            "verified": False,
            "needs_review": request.needs_review,
        }
    ]


def _cli(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, timeout=300,
        check=check,
    )


def _env(settings) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        "BOT_IMAP__HOST": settings.imap.host,
        "BOT_IMAP__PORT": str(settings.imap.port),
        "BOT_IMAP__USERNAME": settings.imap.username,
        "BOT_IMAP__PASSWORD": settings.imap.password.get_secret_value(),
        "BOT_IMAP__TLS": "none",
        "BOT_SMTP__HOST": settings.smtp.host,
        "BOT_SMTP__PORT": str(settings.smtp.port),
        "BOT_SMTP__TLS": "none",
        "BOT_DATABASE__URL": settings.database.url,
    }


@pytest.mark.parametrize("crash_at", ["after_store", "after_record"])
def test_a_crash_loses_nothing_and_duplicates_nothing(
    crash_at, examples, mailbox, smtp_server, make_settings
):  # type: ignore[no-untyped-def]
    samples = load_examples(examples)
    mailbox.append_many([raw for raw, _ in samples])
    env = _env(make_settings())

    crashed = _cli({**env, "BOT_CRASH_AT": crash_at}, "once", check=False)
    assert crashed.returncode == -9, crashed.stderr[-2000:]
    assert len(smtp_server.messages) == 0  # killed before any reply went out

    finished = _cli(env, "once")
    assert "processed=" in finished.stdout
    humans = sorted(sender(raw) for raw, lab in samples if lab["kind"] == "human")
    assert recipients(smtp_server) == humans
    _cli(env, "once")
    assert recipients(smtp_server) == humans


async def test_uidvalidity_change_rescans_without_duplicates(
    examples, mailbox, smtp_server, make_settings, make_app
):  # type: ignore[no-untyped-def]
    first = [(examples / f).read_bytes() for f in ("ex05.eml", "ex06.eml")]
    mailbox.append_many(first)
    await run_once(make_app(make_settings()))
    assert len(smtp_server.messages) == 2

    old, new = mailbox.set_uidvalidity_change()
    assert old != new
    mailbox.append((examples / "ex13.eml").read_bytes())  # arrives after the change
    counts = await run_once(make_app(make_settings()))

    assert counts.fetched == 1  # the two old messages were recognised, not stored again
    assert sorted(recipients(smtp_server)) == sorted(
        [sender(first[0]), sender(first[1]), sender((examples / "ex13.eml").read_bytes())]
    )


async def test_unsubscribe_per_channel_shows_in_preferences(
    mailbox, smtp_server, make_settings, make_app, db_url
):  # type: ignore[no-untyped-def]
    mailbox.append(
        b"From: Rosa Lind <rosa.lind@example.org>\r\nTo: admin@carerra.co\r\n"
        b"Subject: texts\r\nMessage-ID: <r1@example.org>\r\n\r\n"
        b"Please stop sending me text messages. Emails are fine.\r\n"
    )
    settings = make_settings(db=db_url)
    await run_once(make_app(settings))

    shown = _cli(_env(settings), "preferences", "show", "Rosa.Lind@example.org", "--json")
    data = json.loads(shown.stdout)
    assert data == {
        "email": "rosa.lind@example.org",
        "channels": {"email": False, "sms": False, "post": False, "phone": False},
        "suppressed": False,
    }
    ledger = _cli(_env(settings), "preferences", "export", "--json")
    assert json.loads(ledger.stdout)[0]["email"] == "rosa.lind@example.org"


async def test_malformed_mail_goes_to_triage_and_the_batch_goes_on(
    examples, mailbox, smtp_server, make_settings, make_app
):  # type: ignore[no-untyped-def]
    broken_mime = (
        b"From: Odd Sender <odd@example.com>\r\nTo: admin@carerra.co\r\nSubject: broken\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n"
        b"--zz\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64"
        b"\r\n\r\nUGxlYXNlIGRlbGV0ZSBteSBkYXRh!!!\r\n"  # truncated: no closing boundary
    )
    eight_bit = (
        b"From: Jos\xe9 Pe\xf1a <jose.pena@example.es>\r\nTo: admin@carerra.co\r\n"
        b"Subject: baja\r\n\r\nQuiero darme de baja de la newsletter, se\xf1ores.\r\n"
    )
    big = (
        b"From: Big Attachment <big@example.com>\r\nTo: admin@carerra.co\r\nSubject: scan\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nPlease update my address, scan attached.\r\n"
        b"--b\r\nContent-Type: application/pdf; name=\"scan.pdf\"\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + (b"QUJD" * 19 + b"\r\n") * 270_000
        + b"--b--\r\n"
    )
    good = (examples / "ex05.eml").read_bytes()
    mailbox.append_many([broken_mime, eight_bit, big, good])
    app = make_app(make_settings())

    counts = await run_once(app)

    assert counts.fetched == 4
    with session_scope(app.engine) as session:
        rows = {r.from_addr: r for r in session.exec(select(InboundMessage)).all()}
    assert rows[sender(good)].status == PROCESSED
    assert rows["odd@example.com"].status == TRIAGE
    assert "malformed" in rows["odd@example.com"].triage_reason.lower() or rows[
        "odd@example.com"
    ].defects
    assert rows["jose.pena@example.es"].intents == ["unsubscribe"]
    assert rows["big@example.com"].attachments[0]["filename"] == "scan.pdf"
    assert sender(good) in recipients(smtp_server)
