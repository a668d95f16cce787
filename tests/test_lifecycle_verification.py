"""Identity: our server's DMARC/DKIM for addresses we hold, else a one-time code that is
stored hashed, expires, works once; reminders and expiry as scheduled jobs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot import people
from bot.envelope import AuthResult, ParsedMessage
from bot.lifecycle import InvalidCode, confirm_by_token, run_lifecycle_jobs, run_verification_jobs
from bot.lifecycle.jobs import run_housekeeping
from bot.lifecycle.verification import (
    MAX_FAILED_ATTEMPTS,
    active_code,
    authenticated_by_our_server,
    candidates,
    confirm,
    match_code,
    note_failed_attempt,
)
from bot.store.db import session_scope
from bot.store.outbox import SENT, OutboxItem
from bot.store.requests import PrivacyRequest, VerificationCode
from tests.lifecycle_support import (
    RECEIVED,
    event_names,
    open_request,
    outbox,
    places_holding,
    settings_for,
    store,
)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    yield from store(db_url)


def code_in(body: str) -> str:
    found = re.search(r"(?<![\d-])\d{4}-\d{4}(?![\d-])", body)
    assert found, body
    return found.group(0)


def parsed(sender: str = "ann@example.com", *results: tuple[str, str, str]) -> ParsedMessage:
    return ParsedMessage(
        from_addr=sender, auth_results=tuple(AuthResult(m, r, d) for m, r, d in results)
    )


@pytest.mark.parametrize(
    ("results", "sender", "expected"),
    [
        ((("dmarc", "pass", "example.com"),), "", "dmarc=pass"),
        ((("dmarc", "pass", ""),), "", "dmarc=pass"),
        ((("dkim", "pass", "example.com"),), "", "dkim=pass (aligned)"),
        ((("dkim", "pass", "mail.example.com"),), "", "dkim=pass (aligned)"),  # relaxed
        ((("dkim", "pass", "attacker.net"),), "", ""),  # signed, but by someone else
        ((("dmarc", "pass", "other.org"),), "", ""),
        ((("dmarc", "fail", "example.com"), ("dkim", "fail", "example.com")), "", ""),
        ((("spf", "pass", "example.com"),), "", ""),  # SPF alone says nothing about From
        ((("dmarc", "pass", "example.com"),), "person@elsewhere.org", ""),  # Reply-To relay
        ((), "", ""),
    ],
)
def test_authenticated_by_our_server(results, sender, expected) -> None:  # type: ignore[no-untyped-def]
    message = parsed("ann@example.com", *results)
    assert authenticated_by_our_server(message, sender or "ann@example.com") == expected


def test_code_is_stored_only_as_a_keyed_hash(engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        request, _, context = open_request(session, settings_for(), types=["erasure"])
        code = context["code"]
        assert re.fullmatch(r"\d{4}-\d{4}", code)
        row = session.exec(select(VerificationCode)).one()
        assert row.purpose == "identity" and row.expires_at == RECEIVED + timedelta(days=7)
        assert len(row.code_hash) == 64 and code.replace("-", "") not in row.code_hash
    assert places_holding(engine, code, code.replace("-", "")) == []


@pytest.mark.parametrize("written", ["{d}", "{a} {b}", "code: {a}-{b}.", "> {a}-{b}"])
def test_the_code_is_recognised_however_it_is_written(engine, written: str) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        request, _, context = open_request(session, settings_for(), types=["access"])
        a, b = context["code"].split("-")
        text = "Hello,\n" + written.format(a=a, b=b, d=a + b) + "\nthanks"
        assert match_code(session, request, text, RECEIVED) is not None
        assert match_code(session, request, "order 12345678 and 1234-5678", RECEIVED) is None


def test_candidates_ignore_longer_numbers() -> None:
    assert candidates("call 0044 7700 900123 or 123456789") == ["00447700"]
    assert candidates("ref CAR-2026-00042 and 2026-00042") == []
    assert candidates("1234-5678, 1234 5678 and 12345678") == ["12345678"]


def test_a_code_works_once_and_not_after_it_expires(engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        request, _, context = open_request(session, settings_for(), types=["access"])
        code = active_code(session, request, RECEIVED)
        assert code is not None
        expired = RECEIVED + timedelta(days=7, seconds=1)
        assert match_code(session, request, context["code"], expired) is None
        with pytest.raises(InvalidCode):
            confirm(session, request, code, at=expired, via="reply")
        confirm(session, request, code, at=RECEIVED + timedelta(days=1), via="reply")
        assert request.verified
        with pytest.raises(InvalidCode):
            confirm(session, request, code, at=RECEIVED + timedelta(days=2), via="reply")


def test_wrong_codes_count_and_revoke_the_code(engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        request, _, context = open_request(session, settings_for(), types=["access"])
        wrong = "0000-0000" if context["code"] != "0000-0000" else "1111-1111"
        assert not note_failed_attempt(session, request, "no numbers here", RECEIVED)
        for _ in range(MAX_FAILED_ATTEMPTS):
            assert note_failed_attempt(session, request, f"is it {wrong}?", RECEIVED)
        assert active_code(session, request, RECEIVED) is None
        assert match_code(session, request, context["code"], RECEIVED) is None
        assert "verification_code_revoked" in event_names(session, request)


def test_the_link_confirms_once(engine) -> None:  # type: ignore[no-untyped-def]
    settings = settings_for(verification_url="https://privacy.carerra.co/verify")
    with session_scope(engine) as session:
        request, _, context = open_request(session, settings, types=["portability"])
        link = context["link"]
        assert link.startswith("https://privacy.carerra.co/verify?token=")
        token = link.split("token=", 1)[1]
        ref = request.reference
    with session_scope(engine) as session:
        confirmed = confirm_by_token(session, token, now=RECEIVED + timedelta(hours=1))
        assert confirmed.reference == ref and confirmed.verified
        assert confirmed.verification_method == "link"
    with session_scope(engine) as session, pytest.raises(InvalidCode):
        confirm_by_token(session, token, now=RECEIVED + timedelta(hours=2))
    with session_scope(engine) as session, pytest.raises(InvalidCode):
        confirm_by_token(session, "forged-token")
    assert places_holding(engine, token) == []


def test_reminder_then_expiry(engine) -> None:  # type: ignore[no-untyped-def]
    settings = settings_for(db=str(engine.url))
    with session_scope(engine) as session:
        request, _, context = open_request(session, settings, types=["access"], language="es")
        first_code = context["code"]
        request_id = request.id

    early = run_verification_jobs(engine, settings, RECEIVED + timedelta(days=2))
    assert (early.reminded, early.expired) == (0, 0)

    counts = run_verification_jobs(engine, settings, RECEIVED + timedelta(days=3, hours=1))
    assert counts.reminded == 1
    with session_scope(engine) as session:
        request = session.get(PrivacyRequest, request_id)
        (reminder,) = [o for o in outbox(session, request) if o.template == "verify"]
        new_code = code_in(reminder.body)
        assert new_code != first_code and reminder.language == "es"
        assert "Recordatorio" in reminder.subject
        assert match_code(session, request, first_code, RECEIVED + timedelta(days=4)) is None
        code = active_code(session, request, RECEIVED + timedelta(days=4))
        assert code is not None and code.expires_at == RECEIVED + timedelta(days=7)
    again = run_verification_jobs(engine, settings, RECEIVED + timedelta(days=5))
    assert again.reminded == 0  # one reminder only

    done = run_verification_jobs(engine, settings, RECEIVED + timedelta(days=7, hours=1))
    assert done.expired == 1
    with session_scope(engine) as session:
        request = session.get(PrivacyRequest, request_id)
        assert request is not None and request.status == "refused"
        assert request.closed_by == "bot" and not request.verified
        (refusal,) = [o for o in outbox(session, request) if o.template == "closed"]
        assert "código de confirmación" in refusal.body  # the reason, in Spanish
        assert settings.company.supervisory_authority in refusal.body
    assert run_verification_jobs(engine, settings, RECEIVED + timedelta(days=9)).expired == 0


def test_an_unconfirmed_sign_up_lapses_quietly(engine) -> None:  # type: ignore[no-untyped-def]
    settings = settings_for(db=str(engine.url))
    with session_scope(engine) as session:
        request, _, context = open_request(session, settings, types=["subscribe"],
                                           subscribe_channels=("email",))
        assert context["confirm_subscription"] and not context["verify_identity"]
        request_id = request.id
    assert run_verification_jobs(engine, settings, RECEIVED + timedelta(days=4)).reminded == 0
    assert run_verification_jobs(engine, settings, RECEIVED + timedelta(days=8)).lapsed == 1
    with session_scope(engine) as session:
        request = session.get(PrivacyRequest, request_id)
        assert request is not None and request.status == "withdrawn"
        assert outbox(session, request) == []  # never mail an unconfirmed address again
        contact = people.find_contact(session, "ann@example.com")
        assert not any(people.channels_of(session, contact).values())


def test_housekeeping_masks_codes_in_sent_mail(engine) -> None:  # type: ignore[no-untyped-def]
    settings = settings_for(db=str(engine.url))
    now = datetime.now(UTC)
    with session_scope(engine) as session:
        request, _, _ = open_request(session, settings, types=["access"], received=now)
    run_verification_jobs(engine, settings, now + timedelta(days=3, hours=1))  # a reminder
    with session_scope(engine) as session:
        (item,) = session.exec(select(OutboxItem)).all()
        code = code_in(item.body)
    assert run_housekeeping(engine).codes_masked == 0  # not sent yet: still needed
    with session_scope(engine) as session:
        item = session.exec(select(OutboxItem)).one()
        item.status = SENT
        session.add(item)
    assert run_lifecycle_jobs(engine, settings, now + timedelta(days=3, hours=2)).codes_masked == 1
    assert places_holding(engine, code) == []
    with session_scope(engine) as session:
        assert "****-****" in session.exec(select(OutboxItem)).one().body
