"""Erasure (Art. 17, CCPA delete): remove the person, keep the proof and the suppression.

What goes: the contact and its preferences; of every message from or about the person
the raw MIME, addresses, names, subject, text, HTML, attachment names, Message-IDs;
of every reply to them the address, subject, body, headers and attachments; the
address on their requests; free texts staff wrote about them (reasons, notes, the old
and new values of a rectification). What stays: a keyed hash of the address on the
suppression list (never marketed again) and in the consent ledger; the minimum audit
record — references, types, dates, actors, statuses; the raw bytes' SHA-256, so a
rescan of the mailbox does not take the message in again.

The confirmation of the erasure is the one message that still needs the address: it
goes out through the outbox and `run_lifecycle_jobs` wipes its address once it is sent.
The copy in the IMAP mailbox is outside the database: the operator deletes it there.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from bot import people, privacy
from bot.lifecycle import clock
from bot.lifecycle.errors import ErasureBlocked, NoAddress, NotVerified, WrongRequestType
from bot.lifecycle.fulfil import EXPORT_TYPES, contact_of
from bot.lifecycle.mailer import Mailer
from bot.lifecycle.staff import close_request, ensure_open
from bot.lifecycle.verification import revoke_codes
from bot.store.base import utcnow
from bot.store.mail import InboundMessage
from bot.store.outbox import FAILED, PENDING, SENDING, OutboxItem
from bot.store.people import Contact, Preference
from bot.store.requests import COMPLETED, AuditLog, PrivacyRequest, RequestEvent
from classifiers.contract import CHANNELS

log = logging.getLogger(__name__)
ERASED = "[erased]"
_FREE_TEXT_KEYS = ("detail", "note", "question", "changes")


@dataclass(frozen=True)
class ErasureReport:
    messages: int
    replies: int
    requests: int
    contact_deleted: bool
    notice_outbox_id: int | None


def execute_erasure(
    session: Session,
    request: PrivacyRequest,
    *,
    actor: str,
    mailer: Mailer,
    now: datetime | None = None,
) -> ErasureReport:
    """Erase the person behind a verified erasure request, then close it as completed.

    Refused (ErasureBlocked) while the person has an open complaint (the records are
    needed to answer it, Art. 17(3)(e)) or an open request for a copy of their data
    whose export was not sent yet (erasing first would make it impossible).
    """
    ensure_open(request)
    if "erasure" not in request.types:
        raise WrongRequestType(f"request {request.reference} did not ask for erasure")
    if not request.verified:
        raise NotVerified(f"request {request.reference}: identity not verified")
    if not request.email:
        raise NoAddress(f"request {request.reference} has no address")
    now = now or utcnow()
    address = people.normalise(request.email)
    contact = contact_of(session, request)
    theirs = _their_requests(session, address, contact)
    _check_blockers(request, theirs)

    if contact is not None:
        people.withdraw(session, contact, CHANNELS, people.ConsentSource(
            source="staff", wording=f"erasure request {request.reference}", actor=actor,
            request_reference=request.reference,
        ))
    people.suppress(session, address, "erasure")
    request_ids = [r.id for r in theirs if r.id is not None]
    messages = _scrub_messages(session, address, contact, request_ids)
    replies = _scrub_replies(session, address, request_ids, now)
    _scrub_free_text(session, request_ids, contact)
    for other in theirs:
        revoke_codes(session, other, now=now)
        if other.id != request.id and not clock.is_closed(other):
            close_request(session, other, actor=actor, outcome=COMPLETED, notify=False,
                          reason=f"superseded by the erasure under {request.reference}",
                          mailer=mailer, now=now)
        other.contact_id = None
        other.extension_reason = ERASED if other.extension_reason else ""
        if other.id != request.id:
            other.email = ""
        session.add(other)
    deleted = _delete_contact(session, contact)
    request.erased_at = now
    privacy.record_event(session, request, "erasure_executed", actor=actor, messages=messages,
                         replies=replies, requests=len(theirs), contact_deleted=deleted)
    privacy.audit(session, "request.erasure_executed", f"request:{request.reference}",
                  actor=actor, messages=messages, replies=replies, requests=len(theirs))
    notice = close_request(session, request, actor=actor, outcome=COMPLETED, mailer=mailer,
                           now=now)
    request.email = ""  # the notice in the outbox is the last place; wiped once sent
    session.add(request)
    log.info("request=%s erasure executed (%d messages, %d replies)", request.reference,
             messages, replies)
    return ErasureReport(messages, replies, len(theirs), deleted, notice.id if notice else None)


def _their_requests(
    session: Session, address: str, contact: Contact | None
) -> list[PrivacyRequest]:
    clauses = [func.lower(PrivacyRequest.email) == address]
    if contact is not None and contact.id is not None:
        clauses.append(col(PrivacyRequest.contact_id) == contact.id)
    return list(session.exec(select(PrivacyRequest).where(or_(*clauses))))


def _check_blockers(request: PrivacyRequest, theirs: list[PrivacyRequest]) -> None:
    for other in theirs:
        if clock.is_closed(other):
            continue
        if "complaint" in other.types:
            raise ErasureBlocked(
                f"complaint {other.reference} is open: its records are needed; close it first"
            )
        if EXPORT_TYPES & set(other.types) and other.export_approved_at is None:
            raise ErasureBlocked(
                f"request {other.reference} asks for a copy of the data: "
                "send the export (or close that request) first"
            )


def _scrub_messages(
    session: Session, address: str, contact: Contact | None, request_ids: list[int]
) -> int:
    # "_" and "%" are LIKE wildcards and common in addresses: escaped, or another
    # person's messages (ann.lee vs annxlee) would be wiped too
    escaped = address.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    clauses = [
        func.lower(InboundMessage.from_addr) == address,
        func.lower(InboundMessage.text).like(pattern, escape="\\"),
        func.lower(InboundMessage.subject).like(pattern, escape="\\"),
        func.lower(InboundMessage.html).like(pattern, escape="\\"),
    ]
    if contact is not None and contact.id is not None:
        clauses.append(col(InboundMessage.contact_id) == contact.id)
    if request_ids:
        clauses.append(col(InboundMessage.request_id).in_(request_ids))
    rows = {m.id: m for m in session.exec(select(InboundMessage).where(or_(*clauses)))}
    # robots quoting what we sent the person (bounces, out-of-office): look into the raw
    needle = address.encode()
    for m in session.exec(
        select(InboundMessage).where(col(InboundMessage.kind).in_(["bounce", "auto_reply"]))
    ):
        if m.id not in rows and m.raw and needle in m.raw.lower():
            rows[m.id] = m
    for m in rows.values():
        m.raw = None
        m.from_addr = m.from_name = m.subject = m.text = m.html = ""
        m.message_id = m.in_reply_to = m.triage_reason = ""
        m.attachments, m.defects = [], []
        m.contact_id = None
        session.add(m)
    return len(rows)


def _scrub_replies(session: Session, address: str, request_ids: list[int], now: datetime) -> int:
    clauses = [func.lower(OutboxItem.to_addr) == address]
    if request_ids:
        clauses.append(col(OutboxItem.request_id).in_(request_ids))
    rows = list(session.exec(select(OutboxItem).where(or_(*clauses))))
    for item in rows:
        if item.status in (PENDING, SENDING):
            item.status = FAILED  # nothing more goes to them but the erasure notice
            item.claimed_until = None
            item.last_error = "cancelled: the person's data was erased"
        else:
            item.last_error = ""  # an SMTP error may quote the address
        item.to_addr = item.subject = item.body = ""
        item.headers, item.attachments = {}, []
        item.idempotency_key = f"erased:{item.id}"  # older keys may hold the address
        session.add(item)
    return len(rows)


def _scrub_free_text(session: Session, request_ids: list[int], contact: Contact | None) -> None:
    for req in session.exec(select(PrivacyRequest).where(col(PrivacyRequest.id).in_(request_ids))):
        if req.close_reason:
            req.close_reason = ERASED
            session.add(req)
    events = select(RequestEvent).where(col(RequestEvent.request_id).in_(request_ids))
    for event in session.exec(events):
        _blank(event, session)
    if contact is not None and contact.id is not None:
        for row in session.exec(select(AuditLog).where(AuditLog.target == f"contact:{contact.id}")):
            _blank(row, session)


def _blank(row: RequestEvent | AuditLog, session: Session) -> None:
    if any(k in row.detail for k in _FREE_TEXT_KEYS):
        row.detail = {k: (ERASED if k in _FREE_TEXT_KEYS else v) for k, v in row.detail.items()}
        session.add(row)


def _delete_contact(session: Session, contact: Contact | None) -> bool:
    if contact is None or contact.id is None:
        return False
    for pref in session.exec(select(Preference).where(Preference.contact_id == contact.id)):
        session.delete(pref)
    for m in session.exec(select(InboundMessage).where(InboundMessage.contact_id == contact.id)):
        m.contact_id = None
        session.add(m)
    session.flush()
    session.delete(contact)
    session.flush()
    return True
