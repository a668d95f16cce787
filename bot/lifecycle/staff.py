"""Staff actions on a request's course: verify, clarify, extend, close.

Each is a keyword-only function taking the caller's Session, the request, the acting
staff member (`actor`) and what the action needs. It changes the request, records a
RequestEvent and an AuditLog row, queues the message for the person in the outbox, and
raises a `LifecycleError` subclass when the transition is not allowed. It never
commits: the caller's unit of work does (`bot.store.db.session_scope`).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from bot import deadlines, privacy
from bot.lifecycle import clock
from bot.lifecycle.errors import (
    ExtensionRefused,
    LifecycleError,
    MissingReason,
    RequestClosed,
)
from bot.lifecycle.mailer import Mailer, sentence
from bot.lifecycle.verification import (
    BOTH,
    IDENTITY,
    SUBSCRIBE,
    issue_code,
    mark_verified,
    revoke_codes,
)
from bot.store.base import utcnow
from bot.store.outbox import OutboxItem
from bot.store.requests import CLOSED_STATUSES, REFUSED, PrivacyRequest, RequestEvent


def ensure_open(request: PrivacyRequest) -> None:
    if clock.is_closed(request):
        raise RequestClosed(f"request {request.reference} is already {request.status}")


# --- identity ---------------------------------------------------------------------------

def verify_identity(
    session: Session,
    request: PrivacyRequest,
    *,
    actor: str,
    note: str,
    mailer: Mailer,
    now: datetime | None = None,
) -> None:
    """Staff confirmed the person's identity another way (say what, in `note`)."""
    ensure_open(request)
    if not note.strip():
        raise MissingReason("say how the identity was confirmed")
    now = now or utcnow()
    mark_verified(session, request, method="staff", at=now, actor=actor,
                  eu_country=mailer.eu_country, detail=note.strip()[:500])
    if not clock.awaits_subscription(request):
        revoke_codes(session, request, now=now)


def send_verification(
    session: Session,
    request: PrivacyRequest,
    *,
    actor: str,
    mailer: Mailer,
    now: datetime | None = None,
) -> OutboxItem:
    """Mail a fresh one-time code (the acknowledgement could not carry one, or it was lost)."""
    ensure_open(request)
    if not clock.needs_identity(request) and not clock.awaits_subscription(request):
        raise LifecycleError(f"request {request.reference} waits for no confirmation")
    purpose = IDENTITY if not clock.awaits_subscription(request) else (
        BOTH if clock.needs_identity(request) else SUBSCRIBE
    )
    return _mail_code(session, request, purpose=purpose, actor=actor, mailer=mailer,
                      now=now or utcnow(), reminder=False)


def _mail_code(
    session: Session,
    request: PrivacyRequest,
    *,
    purpose: str,
    actor: str,
    mailer: Mailer,
    now: datetime,
    reminder: bool,
    expires_at: datetime | None = None,
) -> OutboxItem:
    issued = issue_code(session, request, purpose=purpose, settings=mailer.settings, now=now,
                        expires_at=expires_at, actor=actor)
    waits = (
        purpose in (IDENTITY, BOTH) and request.clock_started_at is None
        and deadlines.regime(request.jurisdiction).clock_waits_for_identity
    )
    expires = deadlines.local_day(issued.expires_at, request.jurisdiction)
    item = mailer.queue(
        session, request, purpose=f"code:{issued.row.id}", template="verify", actor=actor,
        context={
            "code": issued.code,
            "link": issued.link,
            "code_expires": mailer.long_date(expires, request.language),
            "verify_identity": purpose in (IDENTITY, BOTH),
            "confirm_subscription": purpose in (SUBSCRIBE, BOTH),
            "subscribe_channels": list(request.subscribe_channels),
            "clock_waits": waits,
            "reminder": reminder,
        },
    )
    issued.row.outbox_id = item.id
    session.add(issued.row)
    clock.settle_status(request)
    session.add(request)
    return item


# --- clarification (UK: the clock stops) -----------------------------------------------

def request_clarification(
    session: Session,
    request: PrivacyRequest,
    *,
    actor: str,
    question: str,
    mailer: Mailer,
    now: datetime | None = None,
) -> OutboxItem:
    """Ask the person what we need to know. In the UK this pauses the clock."""
    ensure_open(request)
    if not question.strip():
        raise MissingReason("write the question for the person")
    now = now or utcnow()
    paused = clock.pause(session, request, at=now, actor=actor)
    asked = sum(1 for e in _events(session, request) if e.event == "clarification_requested")
    privacy.record_event(session, request, "clarification_requested", actor=actor,
                         clock_paused=paused)
    privacy.audit(session, "request.clarification_requested", f"request:{request.reference}",
                  actor=actor, clock_paused=paused)
    if not clock.needs_identity(request):
        request.status = clock.AWAITING_CLARIFICATION  # (outside the UK the clock runs on)
    clock.settle_status(request)
    session.add(request)
    return mailer.queue(
        session, request, purpose=f"clarification:{asked + 1}", template="clarification",
        actor=actor, context={"question": question.strip(), "clock_paused": paused},
    )


def clarification_received(
    session: Session,
    request: PrivacyRequest,
    *,
    actor: str,
    eu_country: str | None = None,
    now: datetime | None = None,
    message_id: int | None = None,
) -> int:
    """The person answered (or staff say so): the clock resumes. Returns days paused."""
    ensure_open(request)
    if request.status != clock.AWAITING_CLARIFICATION and request.paused_at is None:
        raise LifecycleError(f"request {request.reference} is not waiting for a clarification")
    now = now or utcnow()
    days = clock.resume(session, request, at=now, actor=actor, eu_country=eu_country)
    privacy.record_event(session, request, "clarification_received", actor=actor,
                         message=message_id, paused_days=days)
    privacy.audit(session, "request.clarification_received", f"request:{request.reference}",
                  actor=actor, paused_days=days)
    if request.status == clock.AWAITING_CLARIFICATION:
        request.status = clock.OPEN
    clock.settle_status(request)
    session.add(request)
    return days


# --- extension --------------------------------------------------------------------------

def extend_request(
    session: Session,
    request: PrivacyRequest,
    *,
    actor: str,
    reason: str,
    mailer: Mailer,
    now: datetime | None = None,
) -> OutboxItem:
    """Extend once (GDPR: two further months; CCPA: 45 days) and tell the person why.

    Allowed only within the first period (by the unextended deadline) and once the clock
    has started.
    """
    ensure_open(request)
    if not reason.strip():
        raise MissingReason("an extension needs a reason the person is told")
    if request.extended_at is not None:
        raise ExtensionRefused(f"request {request.reference} was already extended")
    if request.clock_started_at is None:
        raise ExtensionRefused("the clock has not started (identity not yet confirmed)")
    now = now or utcnow()
    eu = mailer.eu_country
    window = clock.due_day(request, eu_country=eu)  # the unextended deadline
    if deadlines.local_day(now, request.jurisdiction) > window:
        raise ExtensionRefused(
            f"too late: an extension had to be notified by {window.isoformat()}"
        )
    previous = request.due_at
    request.extended_at = now
    request.extension_reason = sentence(reason)
    privacy.record_event(session, request, "extended", actor=actor,
                         previous_due_at=previous.isoformat() if previous else None)
    clock.recompute(session, request, actor=actor, eu_country=eu)
    privacy.audit(session, "request.extended", f"request:{request.reference}", actor=actor)
    clock.settle_status(request)
    session.add(request)
    return mailer.queue(
        session, request, purpose="extension", template="extension", actor=actor,
        context={"reason": request.extension_reason},
    )


# --- closing ----------------------------------------------------------------------------

def close_request(
    session: Session,
    request: PrivacyRequest,
    *,
    actor: str,
    outcome: str,
    reason: str = "",
    mailer: Mailer,
    notify: bool = True,
    now: datetime | None = None,
) -> OutboxItem | None:
    """Close as completed, refused or withdrawn.

    A refusal needs a reason; it is recorded and always sent to the person with their
    right to complain to the supervisory authority (Art. 12(4)). `notify=False` (not for
    refusals) closes without a message, e.g. when the export mail already said it all.
    """
    ensure_open(request)
    if outcome not in CLOSED_STATUSES:
        raise LifecycleError(f"outcome must be one of {', '.join(CLOSED_STATUSES)}")
    if outcome == REFUSED and not reason.strip():
        raise MissingReason("a refusal needs a reason the person is told")
    now = now or utcnow()
    if request.paused_at is not None:
        clock.resume(session, request, at=now, actor=actor, eu_country=mailer.eu_country)
    request.status = outcome
    request.closed_at = now
    request.closed_by = actor[:200]
    request.close_reason = sentence(reason)
    revoke_codes(session, request, now=now)
    send = (notify or outcome == REFUSED) and bool(request.email)
    privacy.record_event(session, request, "closed", actor=actor, outcome=outcome, notified=send)
    privacy.audit(session, "request.closed", f"request:{request.reference}", actor=actor,
                  outcome=outcome, reason_given=bool(request.close_reason))
    session.add(request)
    if not send:
        return None
    return mailer.queue(
        session, request, purpose="closed", template="closed", actor=actor,
        context={
            "outcome": outcome,
            "reason": request.close_reason,
            "erased": request.erased_at is not None,
        },
    )


def _events(session: Session, request: PrivacyRequest) -> list[RequestEvent]:
    from sqlmodel import select

    return list(session.exec(select(RequestEvent).where(RequestEvent.request_id == request.id)))
