"""The statutory clock of one request: start, pause, resume, extend; status follows.

Each change is a RequestEvent (with actor and time) and recomputes `due_at` from the
clock's state with `bot.deadlines`, so the due date is always derivable from the events:

    start    (clock_started_at)  -- UK: when we hold the request and the identity evidence
    pauses   (paused_days)       -- UK: days spent waiting for a clarification
    extended (extended_at)       -- two further months (GDPR) / 45 more days (CCPA)

Until the UK clock starts, `due_at` is provisional: the deadline had the clock started at
receipt (never later than the real one, so staff never see a date that is too late).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session

from bot import deadlines, privacy
from bot.privacy import IDENTITY_TYPES
from bot.store.requests import (
    AWAITING_CLARIFICATION,
    AWAITING_IDENTITY,
    CLOSED_STATUSES,
    EXTENDED,
    IN_PROGRESS,
    OPEN,
    PrivacyRequest,
)


def needs_identity(request: PrivacyRequest) -> bool:
    return bool(IDENTITY_TYPES & set(request.types)) and not request.verified


def is_closed(request: PrivacyRequest) -> bool:
    return request.status in CLOSED_STATUSES


def local(moment: datetime, request: PrivacyRequest) -> date:
    return deadlines.local_day(moment, request.jurisdiction)


def country(request: PrivacyRequest, eu_country: str | None) -> str | None:
    return eu_country if request.jurisdiction == "eu" else None


def due_day(request: PrivacyRequest, *, eu_country: str | None = None) -> date:
    """The deadline the clock's state gives (provisional while the clock waits)."""
    j = request.jurisdiction
    start = local(request.clock_started_at or request.received_at, request)
    where = country(request, eu_country)
    day = deadlines.response_due(
        start, j, extended=request.extended_at is not None,
        paused_days=request.paused_days, country=where,
    )
    if set(request.types) <= {"objection", "complaint"} and "objection" in request.types:
        # CCPA: an opt-out of sale/sharing is due within 15 business days of receipt
        opt_out = deadlines.opt_out_due(local(request.received_at, request), j, country=where)
        day = min(day, opt_out) if opt_out else day
    return day


def recompute(
    session: Session, request: PrivacyRequest, *, actor: str, eu_country: str | None = None
) -> None:
    """Set due_at (and CCPA's acknowledge-by) from the clock; an event when it moves."""
    j = request.jurisdiction
    due = deadlines.end_of_day(due_day(request, eu_country=eu_country), j)
    ack = deadlines.acknowledge_due(
        local(request.received_at, request), j, country=country(request, eu_country)
    )
    request.ack_due_at = deadlines.end_of_day(ack, j) if ack else None
    before = request.due_at
    request.due_at = due
    if before is None or before != due:
        privacy.record_event(
            session, request, "deadline_set", actor=actor, due_at=due.isoformat(), rule=j,
            provisional=request.clock_started_at is None,
            extended=request.extended_at is not None, paused_days=request.paused_days,
        )
    session.add(request)


def awaits_subscription(request: PrivacyRequest) -> bool:
    """A newsletter sign-up whose confirmation code is out and not yet used."""
    return bool(request.subscribe_channels) and request.subscribe_confirmed_at is None


def settle_status(request: PrivacyRequest) -> None:
    """An open request's status follows from what it waits for."""
    if is_closed(request):
        return
    if needs_identity(request) or awaits_subscription(request):
        request.status = AWAITING_IDENTITY  # waiting for the person to confirm the address
    elif request.paused_at is not None or request.status == AWAITING_CLARIFICATION:
        request.status = AWAITING_CLARIFICATION
    elif request.extended_at is not None:
        request.status = EXTENDED
    elif request.status != IN_PROGRESS:
        request.status = OPEN


def start(
    session: Session,
    request: PrivacyRequest,
    *,
    at: datetime,
    actor: str,
    reason: str,
    eu_country: str | None = None,
) -> None:
    if request.clock_started_at is not None:
        return
    request.clock_started_at = at
    privacy.record_event(session, request, "clock_started", actor=actor, at=at.isoformat(),
                         reason=reason)
    recompute(session, request, actor=actor, eu_country=eu_country)


def pause(session: Session, request: PrivacyRequest, *, at: datetime, actor: str) -> bool:
    """UK: a clarification request stops the clock. Elsewhere the clock runs on."""
    if not deadlines.regime(request.jurisdiction).clarification_pauses:
        return False
    if request.paused_at is not None:
        return True
    request.paused_at = at
    privacy.record_event(session, request, "clock_paused", actor=actor, at=at.isoformat())
    session.add(request)
    return True


def resume(
    session: Session,
    request: PrivacyRequest,
    *,
    at: datetime,
    actor: str,
    eu_country: str | None = None,
) -> int:
    """End a pause; the due date moves by the days paused. Returns those days."""
    if request.paused_at is None:
        return 0
    began = request.paused_at
    if request.clock_started_at is not None and request.clock_started_at > began:
        began = request.clock_started_at  # a pause before the clock started costs nothing
    days = 0
    if request.clock_started_at is not None:
        days = max((local(at, request) - local(began, request)).days, 0)
    request.paused_days += days
    request.paused_at = None
    privacy.record_event(session, request, "clock_resumed", actor=actor, at=at.isoformat(),
                         paused_days=days)
    recompute(session, request, actor=actor, eu_country=eu_country)
    return days
