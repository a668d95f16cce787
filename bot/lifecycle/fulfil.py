"""Doing what the person asked: export (access, portability), rectification, restriction,
objection. Erasure has its own module (`bot.lifecycle.erasure`).

Same contract as `bot.lifecycle.staff`: keyword-only, the caller's Session, an `actor`,
a `LifecycleError` when not allowed, no commit. Nothing is released or changed for an
unverified request (`NotVerified`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime

from sqlmodel import Session, select

from bot import people, privacy
from bot.lifecycle.errors import LifecycleError, MissingReason, NotVerified, WrongRequestType
from bot.lifecycle.export import build_export
from bot.lifecycle.mailer import Attachment, Mailer, sentence
from bot.lifecycle.staff import ensure_open
from bot.store.base import utcnow
from bot.store.outbox import OutboxItem
from bot.store.people import Contact
from bot.store.requests import PrivacyRequest, RequestEvent

log = logging.getLogger(__name__)

EXPORT_TYPES = frozenset({"access", "portability"})
RECTIFIABLE = ("first_name", "last_name", "phone", "postal_address")


def _require(request: PrivacyRequest, wanted: frozenset[str] | set[str], what: str) -> None:
    if not wanted & set(request.types):
        raise WrongRequestType(f"request {request.reference} did not ask for {what}")


def _require_verified(request: PrivacyRequest) -> None:
    if not request.verified:
        raise NotVerified(f"request {request.reference}: identity not verified")


def contact_of(session: Session, request: PrivacyRequest) -> Contact | None:
    contact = session.get(Contact, request.contact_id) if request.contact_id else None
    return contact or (people.find_contact(session, request.email) if request.email else None)


# --- access / portability ----------------------------------------------------------------

def approve_export(
    session: Session,
    request: PrivacyRequest,
    *,
    actor: str,
    mailer: Mailer,
    now: datetime | None = None,
) -> OutboxItem:
    """Staff approve the export: it is built now and mailed, attached, to the verified address."""
    ensure_open(request)
    _require(request, EXPORT_TYPES, "a copy of their data")
    _require_verified(request)
    if request.export_approved_at is not None:
        raise LifecycleError(f"the export for {request.reference} was already approved")
    now = now or utcnow()
    export = build_export(session, email=request.email, company=mailer.settings.company.name,
                          reference=request.reference)
    request.export_approved_at = now
    request.export_approved_by = actor[:200]
    session.add(request)
    privacy.record_event(session, request, "export_approved", actor=actor,
                         bytes=len(export.zip_bytes))
    privacy.audit(session, "request.export_approved", f"request:{request.reference}",
                  actor=actor, bytes=len(export.zip_bytes))
    log.info("request=%s export approved (%d bytes)", request.reference, len(export.zip_bytes))
    return mailer.queue(
        session, request, purpose="export", template="export", actor=actor,
        context={"attachment": export.filename},
        attachments=(Attachment(export.filename, "application/zip", export.zip_bytes),),
    )


# --- rectification ----------------------------------------------------------------------

def rectify_contact(
    session: Session,
    request: PrivacyRequest,
    *,
    actor: str,
    changes: Mapping[str, str],
    now: datetime | None = None,
) -> list[str]:
    """Staff correct the contact; the audit log keeps old -> new per field.

    Returns the fields that changed. Log lines name fields, never values.
    """
    ensure_open(request)
    _require(request, {"rectification"}, "a correction")
    _require_verified(request)
    unknown = sorted(set(changes) - set(RECTIFIABLE))
    if unknown:
        raise LifecycleError(f"cannot change {', '.join(unknown)}; only {', '.join(RECTIFIABLE)}")
    contact = contact_of(session, request)
    if contact is None:
        raise LifecycleError(f"request {request.reference} has no contact record to correct")
    ledger: dict[str, dict[str, str]] = {}
    for field in RECTIFIABLE:
        if field not in changes:
            continue
        new = " ".join(str(changes[field]).split()) if field != "postal_address" else str(
            changes[field]
        ).strip()
        old = getattr(contact, field)
        if new != old:
            setattr(contact, field, new)
            ledger[field] = {"old": old, "new": new}
    if ledger:
        contact.updated_at = now or utcnow()
        session.add(contact)
        privacy.audit(session, "contact.rectified", f"contact:{contact.id}", actor=actor,
                      request=request.reference, changes=ledger)
    privacy.record_event(session, request, "contact_rectified", actor=actor,
                         fields=sorted(ledger))
    log.info("request=%s rectified fields=%s", request.reference, ",".join(sorted(ledger)))
    return sorted(ledger)


# --- restriction and objection ----------------------------------------------------------

def _set_flag(
    session: Session, request: PrivacyRequest, *, flag: str, value: bool, actor: str, event: str
) -> Contact:
    contact = contact_of(session, request)
    if contact is None:
        contact = people.get_or_create_contact(session, request.email)
        request.contact_id = contact.id
        session.add(request)
    setattr(contact, flag, value)
    contact.updated_at = utcnow()
    session.add(contact)
    privacy.record_event(session, request, event, actor=actor)
    privacy.audit(session, f"contact.{event}", f"contact:{contact.id}", actor=actor,
                  request=request.reference)
    return contact


def restrict_processing(session: Session, request: PrivacyRequest, *, actor: str) -> None:
    """Art. 18: mark the contact restricted — marketing exports show every channel false.

    Protective, so no identity check: restricting cannot harm the person.
    """
    ensure_open(request)
    _require(request, {"restriction"}, "a restriction")
    _set_flag(session, request, flag="restricted", value=True, actor=actor, event="restricted")


def lift_restriction(
    session: Session, request: PrivacyRequest, *, actor: str, reason: str, mailer: Mailer
) -> OutboxItem:
    """Art. 18(3): tell the person, with the reason, when a restriction is lifted.

    Allowed on a closed request too (the restriction outlives it).
    """
    if not reason.strip():
        raise MissingReason("lifting a restriction needs a reason the person is told")
    _require(request, {"restriction"}, "a restriction")
    contact = contact_of(session, request)
    if contact is None or not contact.restricted:
        raise LifecycleError("the contact's processing is not restricted")
    lifted = session.exec(select(RequestEvent).where(
        RequestEvent.request_id == request.id, RequestEvent.event == "restriction_lifted"
    )).all()
    _set_flag(session, request, flag="restricted", value=False, actor=actor,
              event="restriction_lifted")
    return mailer.queue(
        session, request, purpose=f"restriction-lifted:{len(lifted) + 1}",
        template="restriction_lifted",
        actor=actor, context={"reason": sentence(reason)},
    )


def record_objection(session: Session, request: PrivacyRequest, *, actor: str) -> None:
    """Art. 21 (CCPA: opt-out of sale/sharing): flag the contact; exports honour it.

    No identity check: an objection (like an opt-out) only ever stops processing.
    """
    ensure_open(request)
    _require(request, {"objection"}, "an objection")
    _set_flag(session, request, flag="objected", value=True, actor=actor, event="objected")


def withdraw_objection(session: Session, request: PrivacyRequest, *, actor: str) -> None:
    """The objection was withdrawn or did not cover marketing: clear the flag."""
    _require(request, {"objection"}, "an objection")
    _set_flag(session, request, flag="objected", value=False, actor=actor,
              event="objection_withdrawn")
