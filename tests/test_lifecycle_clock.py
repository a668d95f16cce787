"""The statutory clock of a request on a real store (SQLite and PostgreSQL): start, pause,
resume, extension, CCPA, closing — each change an event, each due date derivable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.lifecycle import (
    ExtensionRefused,
    LifecycleError,
    MissingReason,
    RequestClosed,
    clarification_received,
    close_request,
    extend_request,
    request_clarification,
)
from bot.lifecycle.verification import active_code, confirm
from bot.store.db import session_scope
from bot.store.requests import AuditLog, PrivacyRequest
from tests.lifecycle_support import (
    RECEIVED,
    event_names,
    events,
    local_due,
    mailer_for,
    open_request,
    outbox,
    settings_for,
    store,
)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    yield from store(db_url)

UK, EU, CA = "uk", "eu", "us-ca"


def at(day: int, month: int = 1, hour: int = 12) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


def test_a_verified_request_starts_the_clock_at_receipt(engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        request, found, context = open_request(
            session, settings_for(UK), types=["access"], authenticated="dmarc=pass"
        )
        assert request.verified and request.verification_method == "auth_results"
        assert request.status == "open" and not found.purpose and "code" not in context
        assert request.clock_started_at == RECEIVED
        assert local_due(request) == date(2026, 2, 20)
        assert event_names(session, request)[:2] == ["opened", "deadline_set"]
        assert {"identity_verified", "clock_started"} <= set(event_names(session, request))
        assert request.ack_due_at is None  # no acknowledgement rule in the UK


def test_uk_clock_waits_for_identity_and_starts_when_it_comes(engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        request, found, context = open_request(session, settings_for(UK), types=["access"])
        assert request.status == "awaiting_identity" and not request.verified
        assert request.clock_started_at is None and found.clock_waits
        assert local_due(request) == date(2026, 2, 20)  # provisional: never later than real
        assert "clock_waiting" in event_names(session, request)
        assert context["code"] and context["verify_identity"] and context["clock_waits"]

        code = active_code(session, request, at(21))
        assert code is not None
        confirm(session, request, code, at=at(25), via="reply")
        assert request.verified and request.verification_method == "reply"
        assert request.status == "open"
        assert request.clock_started_at == at(25)
        assert local_due(request) == date(2026, 2, 25)  # a month from the evidence
        moved = [e for e in events(session, request) if e.event == "deadline_set"]
        assert moved[-1].detail["provisional"] is False


@pytest.mark.parametrize(
    ("jurisdiction", "due"), [(EU, date(2026, 2, 20)), (CA, date(2026, 3, 6))]
)
def test_eu_and_ccpa_clocks_run_from_receipt(engine, jurisdiction: str, due: date) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        request, found, _ = open_request(session, settings_for(jurisdiction), types=["access"])
        assert request.status == "awaiting_identity" and not found.clock_waits
        assert request.clock_started_at == RECEIVED
        code = active_code(session, request, at(21))
        assert code is not None
        confirm(session, request, code, at=at(26), via="reply")  # within the code's 7 days
        assert local_due(request) == due  # verification time is included


def test_ccpa_acknowledge_by_and_opt_out_of_sale(engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        access, _, _ = open_request(session, settings_for(CA), types=["access"])
        from bot.deadlines import local_day

        assert access.ack_due_at is not None
        assert local_day(access.ack_due_at, CA) == date(2026, 2, 3)  # 10 business days
        opt_out, found, context = open_request(
            session, settings_for(CA), types=["objection"], email="bo@example.com"
        )
        assert local_due(opt_out) == date(2026, 2, 10)  # 15 business days
        assert not found.purpose and "code" not in context  # no verification for opt-outs
        assert opt_out.status == "open"


def test_clarification_pauses_the_uk_clock_across_a_month_end(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for(UK)
    with session_scope(engine) as session:
        request, _, _ = open_request(session, mailer.settings, types=["access"],
                                     authenticated="dmarc=pass")
        item = request_clarification(session, request, actor="sam", question="Which account?",
                                     mailer=mailer, now=at(30))
        assert request.status == "awaiting_clarification" and request.paused_at == at(30)
        assert item.template == "clarification" and "Which account?" in item.body
        assert "paused" in item.body and f"[{request.reference}]" in item.subject

        days = clarification_received(session, request, actor="person", now=at(3, 2))
        assert days == 4 and request.paused_days == 4 and request.paused_at is None
        assert request.status == "open"
        assert local_due(request) == date(2026, 2, 24)  # 20 Feb + 4 days
        names = event_names(session, request)
        assert names.index("clock_paused") < names.index("clock_resumed")
        resumed = next(e for e in events(session, request) if e.event == "clock_resumed")
        assert resumed.detail["paused_days"] == 4 and resumed.actor == "person"
        with pytest.raises(LifecycleError, match="not waiting"):
            clarification_received(session, request, actor="sam", now=at(4, 2))


def test_a_second_clarification_adds_to_the_paused_days(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for(UK)
    with session_scope(engine) as session:
        request, _, _ = open_request(session, mailer.settings, types=["rectification"],
                                     authenticated="dmarc=pass")
        request_clarification(session, request, actor="sam", question="Old address?",
                              mailer=mailer, now=at(22))
        clarification_received(session, request, actor="person", now=at(24))
        second = request_clarification(session, request, actor="sam", question="New one?",
                                       mailer=mailer, now=at(28))
        clarification_received(session, request, actor="person", now=at(2, 2))
        assert request.paused_days == 2 + 5
        assert local_due(request) == date(2026, 2, 27)  # 20 Feb + 7
        assert len([o for o in outbox(session, request) if o.template == "clarification"]) == 2
        assert second.idempotency_key.endswith(":clarification:2")


def test_outside_the_uk_a_clarification_does_not_stop_the_clock(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for(EU)
    with session_scope(engine) as session:
        request, _, _ = open_request(session, mailer.settings, types=["access"],
                                     authenticated="dmarc=pass")
        item = request_clarification(session, request, actor="sam", question="Which shop?",
                                     mailer=mailer, now=at(30))
        assert request.status == "awaiting_clarification" and request.paused_at is None
        assert "paused" not in item.body
        assert clarification_received(session, request, actor="person", now=at(5, 2)) == 0
        assert local_due(request) == date(2026, 2, 20) and request.status == "open"


def test_a_pause_before_identity_costs_only_the_days_after_the_clock_started(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for(UK)
    with session_scope(engine) as session:
        request, _, _ = open_request(session, mailer.settings, types=["access"])
        request_clarification(session, request, actor="sam", question="Which account?",
                              mailer=mailer, now=at(22))
        assert request.status == "awaiting_identity"  # identity first
        code = active_code(session, request, at(23))
        assert code is not None
        confirm(session, request, code, at=at(25), via="reply")
        assert request.status == "awaiting_clarification"
        clarification_received(session, request, actor="person", now=at(28))
        assert request.paused_days == 3  # 25 -> 28, not 22 -> 28
        assert local_due(request) == date(2026, 3, 2)  # 25 Feb + 3 = Sat 28 Feb -> Monday


def test_extension_after_a_pause_and_its_notice(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for(UK)
    with session_scope(engine) as session:
        request, _, _ = open_request(session, mailer.settings, types=["access"],
                                     authenticated="dmarc=pass", language="de")
        request_clarification(session, request, actor="sam", question="?", mailer=mailer,
                              now=at(30))
        clarification_received(session, request, actor="person", now=at(3, 2))
        notice = extend_request(session, request, actor="sam", now=at(10, 2), mailer=mailer,
                                reason="Your request covers ten years of orders")
        assert request.status == "extended" and request.extended_at == at(10, 2)
        assert local_due(request) == date(2026, 4, 24)  # 20 Apr + 4 days paused
        assert notice.template == "extension" and notice.language == "de"
        assert "24. April 2026" in notice.body
        assert "Your request covers ten years of orders." in notice.body
        assert notice.to_addr == "ann@example.com" and notice.headers["Auto-Submitted"]
        extended = next(e for e in events(session, request) if e.event == "extended")
        assert extended.actor == "sam"
        audit = session.exec(select(AuditLog).where(AuditLog.action == "request.extended")).one()
        assert audit.actor == "sam" and "ten years" not in str(audit.detail)
        with pytest.raises(ExtensionRefused, match="already extended"):
            extend_request(session, request, actor="sam", reason="again", mailer=mailer,
                           now=at(11, 2))


@pytest.mark.parametrize(
    ("now", "allowed"),
    [
        (datetime(2026, 2, 20, 23, 0, tzinfo=UTC), True),  # still 20 Feb in London
        (datetime(2026, 2, 21, 0, 30, tzinfo=UTC), False),  # the first month is over
    ],
)
def test_extension_must_be_notified_within_the_first_month(engine, now, allowed) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for(UK)
    with session_scope(engine) as session:
        request, _, _ = open_request(session, mailer.settings, types=["erasure"],
                                     authenticated="dmarc=pass")
        if allowed:
            extend_request(session, request, actor="sam", reason="complex", mailer=mailer, now=now)
            assert local_due(request) == date(2026, 4, 20)
        else:
            with pytest.raises(ExtensionRefused, match="2026-02-20"):
                extend_request(session, request, actor="sam", reason="complex", mailer=mailer,
                               now=now)
            assert request.extended_at is None and outbox(session, request) == []


def test_extension_needs_a_reason_and_a_started_clock(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for(UK)
    with session_scope(engine) as session:
        waiting, _, _ = open_request(session, mailer.settings, types=["access"])
        with pytest.raises(ExtensionRefused, match="clock has not started"):
            extend_request(session, waiting, actor="sam", reason="busy", mailer=mailer,
                           now=at(21))
        started, _, _ = open_request(session, mailer.settings, types=["access"],
                                     email="bo@example.com", authenticated="dmarc=pass")
        with pytest.raises(MissingReason):
            extend_request(session, started, actor="sam", reason="  ", mailer=mailer, now=at(21))


def test_ccpa_extension_is_45_more_days(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for(CA)
    with session_scope(engine) as session:
        request, _, _ = open_request(session, mailer.settings, types=["access"],
                                     authenticated="dmarc=pass")
        assert local_due(request) == date(2026, 3, 6)
        extend_request(session, request, actor="sam", reason="volume", mailer=mailer,
                       now=at(1, 3))
        assert local_due(request) == date(2026, 4, 20)


def test_a_complaint_is_high_priority_for_the_senior_role(engine) -> None:  # type: ignore[no-untyped-def]
    settings = settings_for(UK, senior_assignee="dpo-team")
    with session_scope(engine) as session:
        request, _, _ = open_request(session, settings, types=["complaint"])
        assert request.priority == "high" and request.assigned_to == "dpo-team"
        assert request.status == "open"  # a complaint needs no identity check
        assert "assigned" in event_names(session, request)


def test_closing_a_refusal_needs_a_reason_and_tells_the_person_where_to_complain(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for(UK)
    with session_scope(engine) as session:
        request, _, _ = open_request(session, mailer.settings, types=["access"],
                                     authenticated="dmarc=pass", language="fr")
        with pytest.raises(MissingReason):
            close_request(session, request, actor="sam", outcome="refused", mailer=mailer)
        with pytest.raises(LifecycleError, match="outcome"):
            close_request(session, request, actor="sam", outcome="done", mailer=mailer)
        item = close_request(session, request, actor="sam", outcome="refused", notify=False,
                             reason="La demande est manifestement infondée", mailer=mailer,
                             now=at(1, 2))
        assert item is not None  # a refusal is always sent
        assert request.status == "refused" and request.closed_by == "sam"
        assert request.close_reason == "La demande est manifestement infondée."
        assert "La demande est manifestement infondée." in item.body
        assert mailer.settings.company.supervisory_authority in item.body
        assert item.language == "fr" and item.subject.startswith(f"[{request.reference}] ")
        closed = next(e for e in events(session, request) if e.event == "closed")
        assert closed.actor == "sam" and closed.detail["outcome"] == "refused"
        with pytest.raises(RequestClosed):
            close_request(session, request, actor="sam", outcome="completed", mailer=mailer)


def test_closing_completed_or_withdrawn(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for(UK)
    with session_scope(engine) as session:
        done, _, _ = open_request(session, mailer.settings, types=["restriction"])
        item = close_request(session, done, actor="sam", outcome="completed", mailer=mailer)
        assert item is not None and item.template == "closed" and done.status == "completed"
        gone, _, _ = open_request(session, mailer.settings, types=["access"], email="b@x.org")
        assert close_request(session, gone, actor="sam", outcome="withdrawn", notify=False,
                             mailer=mailer) is None
        assert gone.status == "withdrawn" and active_code(session, gone) is None
        assert session.exec(select(PrivacyRequest).where(
            PrivacyRequest.status == "withdrawn")).one().closed_at is not None


def test_paused_request_closed_ends_the_pause(engine) -> None:  # type: ignore[no-untyped-def]
    mailer = mailer_for(UK)
    with session_scope(engine) as session:
        request, _, _ = open_request(session, mailer.settings, types=["access"],
                                     authenticated="dmarc=pass")
        request_clarification(session, request, actor="sam", question="?", mailer=mailer,
                              now=at(25))
        close_request(session, request, actor="sam", outcome="withdrawn", mailer=mailer,
                      now=at(25) + timedelta(days=2))
        assert request.paused_at is None and request.paused_days == 2
