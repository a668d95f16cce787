"""A request has just been opened by the record stage: identity, clock, sign-up, assignee.

`intake()` decides, in the message's transaction, whether the sender is verified by our
server's authentication results, whether the UK clock starts now or waits for identity
evidence, whether a newsletter sign-up needs its double opt-in (or must be declined for
a suppressed address), and who a complaint goes to. `issue_for_acknowledgement()` then
mints the code that the one acknowledgement carries (no second message).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from bot import deadlines, people, privacy
from bot.config import Settings
from bot.lifecycle import clock, subscribe
from bot.lifecycle.verification import BOTH, IDENTITY, SUBSCRIBE, issue_code, mark_verified
from bot.reply import _long_date
from bot.store.requests import PrivacyRequest


@dataclass(frozen=True)
class Intake:
    purpose: str = ""  # the code the acknowledgement must carry: identity|subscribe|both|""
    clock_waits: bool = False  # UK: the time limit starts when the person confirms
    subscribe_declined: bool = False  # suppressed address: a neutral line, nothing else
    verified: bool = False


def intake(
    session: Session,
    request: PrivacyRequest,
    *,
    settings: Settings,
    authenticated: str,
    received_at: datetime,
    subscribe_channels: tuple[str, ...] = (),
    review_subscription: bool = False,
) -> Intake:
    """`authenticated`: why the sender counts as verified ("" if not) — a contact we held
    before this message whose mail passed DMARC/DKIM at our server."""
    eu = settings.compliance.eu_country
    if "complaint" in request.types:
        assign(session, request, assignee=settings.compliance.senior_assignee, actor="bot")
    identity = bool(clock.IDENTITY_TYPES & set(request.types))
    if identity and authenticated:
        mark_verified(session, request, method="auth_results", at=received_at, actor="bot",
                      eu_country=eu, detail=authenticated)
    waits = (
        identity and not request.verified
        and deadlines.regime(request.jurisdiction).clock_waits_for_identity
    )
    if waits:
        privacy.record_event(session, request, "clock_waiting",
                             reason="identity evidence requested")
        clock.recompute(session, request, actor="bot", eu_country=eu)  # provisional
    else:
        clock.start(session, request, at=received_at, actor="bot", reason="request received",
                    eu_country=eu)
    declined = confirm = False
    if "subscribe" in request.types:
        if people.is_suppressed(session, request.email):
            subscribe.decline_suppressed(session, request, at=received_at)
            declined = True
        elif not review_subscription:
            request.subscribe_channels = sorted(subscribe_channels or ("email",))
            confirm = True
    purpose = ""
    if identity and not request.verified:
        purpose = BOTH if confirm else IDENTITY
    elif confirm:
        purpose = SUBSCRIBE
    clock.settle_status(request)
    session.add(request)
    return Intake(purpose=purpose, clock_waits=bool(waits), subscribe_declined=declined,
                  verified=request.verified)


def issue_for_acknowledgement(
    session: Session,
    request: PrivacyRequest,
    found: Intake,
    *,
    settings: Settings,
    language: str,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The template context for the acknowledgement, with a fresh code if one is needed.

    `language` is the one the acknowledgement is rendered in (dates are written in it).
    """
    context: dict[str, Any] = {
        "clock_waits": found.clock_waits and bool(found.purpose),
        "subscribe_declined": found.subscribe_declined,
    }
    if not found.purpose or clock.is_closed(request):
        return context
    issued = issue_code(session, request, purpose=found.purpose, settings=settings, now=now)
    expires = deadlines.local_day(issued.expires_at, request.jurisdiction)
    context.update(
        code=issued.code,
        link=issued.link,
        code_expires=_long_date(expires, language),
        verify_identity=found.purpose in (IDENTITY, BOTH),
        confirm_subscription=found.purpose in (SUBSCRIBE, BOTH),
        _code_row=issued.row,
    )
    return context


def assign(session: Session, request: PrivacyRequest, *, assignee: str, actor: str) -> None:
    """Give the request to a person or a role (complaints: the senior role, high priority)."""
    request.assigned_to = assignee[:200]
    if "complaint" in request.types:
        request.priority = "high"
    privacy.record_event(session, request, "assigned", actor=actor, assignee=request.assigned_to)
    privacy.audit(session, "request.assigned", f"request:{request.reference}", actor=actor,
                  assignee=request.assigned_to)
    session.add(request)
