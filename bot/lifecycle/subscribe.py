"""Newsletter sign-up with double opt-in: consent is ledgered only when the person confirms.

A `subscribe` intent opens a request; the acknowledgement carries a one-time code (see
`bot.lifecycle.verification`). Replying with it (or opening the link) records consent
per channel in the append-only ledger, with the wording and the confirming message.
A suppressed address is never opted in: the person gets only a neutral line
("we cannot add this address to our mailing lists") and the refusal is audited.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlmodel import Session

from bot import deadlines, people, privacy
from bot.lifecycle import clock
from bot.lifecycle.errors import LifecycleError, RequestClosed, WrongRequestType
from bot.lifecycle.mailer import Mailer
from bot.store.base import utcnow
from bot.store.people import Contact
from bot.store.requests import COMPLETED, REFUSED, PrivacyRequest
from classifiers.contract import CHANNELS

log = logging.getLogger(__name__)

WORDING = "newsletter sign-up by email, confirmed with a one-time code ({via})"


def _contact(session: Session, request: PrivacyRequest) -> Contact:
    contact = session.get(Contact, request.contact_id) if request.contact_id else None
    contact = contact or people.get_or_create_contact(session, request.email)
    if request.contact_id is None:
        request.contact_id = contact.id
    return contact


def record_confirmed_subscription(
    session: Session,
    request: PrivacyRequest,
    *,
    at: datetime,
    via: str,
    message_id: int | None = None,
) -> list[str]:
    """The person confirmed: opt in the channels they asked for (never a suppressed one)."""
    channels = sorted(c for c in request.subscribe_channels if c in CHANNELS)
    contact = _contact(session, request)
    request.subscribe_confirmed_at = at
    how = people.ConsentSource(
        source="confirmation",
        wording=WORDING.format(via=via),
        actor="person",
        message_id=message_id,
        request_reference=request.reference,
    )
    try:
        changed = people.subscribe(session, contact, channels, how)
    except people.SuppressedAddress:
        privacy.record_event(session, request, "subscription_refused", reason="suppressed")
        _close_quietly(session, request, REFUSED, "address on the suppression list", at)
        return []
    privacy.record_event(session, request, "subscription_confirmed", actor="person",
                         channels=changed or channels, message=message_id)
    privacy.audit(session, "preferences.opted_in", f"request:{request.reference}",
                  actor="person", channels=changed or channels, via=via)
    if set(request.types) == {"subscribe"}:
        _close_quietly(session, request, COMPLETED, "subscription confirmed", at)
    return changed


def decline_suppressed(session: Session, request: PrivacyRequest, *, at: datetime) -> None:
    """At intake: a suppressed address asked to subscribe. Audit it; say nothing more."""
    privacy.audit(session, "preferences.opt_in_refused", f"request:{request.reference}",
                  reason="suppressed")
    privacy.record_event(session, request, "subscription_refused", reason="suppressed")
    log.info("request=%s: subscription refused (suppressed address)", request.reference)
    request.subscribe_channels = []
    if set(request.types) == {"subscribe"}:
        _close_quietly(session, request, REFUSED, "address on the suppression list", at)


def lapse(session: Session, request: PrivacyRequest, *, at: datetime) -> None:
    """The confirmation code expired unused: no consent, no further mail to that address."""
    privacy.record_event(session, request, "subscription_lapsed")
    request.subscribe_channels = []
    if set(request.types) == {"subscribe"}:
        _close_quietly(session, request, "withdrawn", "subscription not confirmed", at)
    else:
        clock.settle_status(request)
        session.add(request)


def _close_quietly(
    session: Session, request: PrivacyRequest, outcome: str, reason: str, at: datetime
) -> None:
    """Closed by the bot without a message (the acknowledgement said all there was to say)."""
    request.status = outcome
    request.closed_at = at
    request.close_reason = reason
    request.closed_by = "bot"
    privacy.record_event(session, request, "closed", outcome=outcome, notified=False)
    privacy.audit(session, "request.closed", f"request:{request.reference}", outcome=outcome)
    session.add(request)


def send_subscribe_confirmation(
    session: Session,
    request: PrivacyRequest,
    *,
    actor: str,
    channels: list[str],
    mailer: Mailer,
    now: datetime | None = None,
) -> int:
    """Staff: send the double opt-in code for `channels` (e.g. after a mixed message)."""
    from bot.lifecycle.verification import BOTH, SUBSCRIBE, issue_code

    now = now or utcnow()
    if clock.is_closed(request):
        raise RequestClosed(f"request {request.reference} is closed")
    if "subscribe" not in request.types:
        raise WrongRequestType(f"request {request.reference} is not a newsletter sign-up")
    wanted = sorted(set(channels) & set(CHANNELS))
    if not wanted:
        raise LifecycleError("name at least one channel: email, sms, post or phone")
    if people.is_suppressed(session, request.email):
        decline_suppressed(session, request, at=now)
        return 0
    request.subscribe_channels = wanted
    request.subscribe_confirmed_at = None
    purpose = BOTH if clock.needs_identity(request) else SUBSCRIBE
    issued = issue_code(session, request, purpose=purpose, settings=mailer.settings, now=now,
                        actor=actor)
    item = mailer.queue(
        session, request, purpose=f"subscribe-code:{issued.row.id}", template="verify",
        actor=actor,
        context={
            "code": issued.code,
            "link": issued.link,
            "code_expires": mailer.long_date(
                deadlines.local_day(issued.expires_at, request.jurisdiction), request.language
            ),
            "verify_identity": purpose == BOTH,
            "confirm_subscription": True,
            "subscribe_channels": wanted,
        },
    )
    issued.row.outbox_id = item.id
    clock.settle_status(request)
    session.add(request)
    assert item.id is not None
    return item.id
