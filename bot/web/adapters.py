"""Thin adapters for what the staff pages need and `bot.lifecycle` does not offer (yet).

- a reply written (or edited from a template) by staff, queued in the outbox for a
  request or for a message that has none: `Mailer.queue` renders templates only;
- correcting a message's labels (kept as a training example), marking a message or a
  request reviewed.

Same contract as the lifecycle: keyword-only, the caller's Session, an `actor`, a
`LifecycleError` when not allowed, a RequestEvent/AuditLog row, no commit.
"""

from __future__ import annotations

import re
from typing import Any

from sqlmodel import Session

from bot import privacy
from bot.config import Settings
from bot.deadlines import local_day
from bot.lifecycle import LifecycleError, Mailer, MissingReason, NoAddress
from bot.lifecycle.mailer import TEMPLATE_DEFAULTS, thread_of
from bot.reply import new_message_id, one_line, reply_headers
from bot.store.mail import InboundMessage
from bot.store.outbox import PENDING, OutboxItem
from bot.store.requests import PrivacyRequest
from bot.store.staff import LabelCorrection
from classifiers.contract import CHANNELS, INTENTS, KINDS

REPLY_TEMPLATES = ("blank", "other", "closed", "clarification", "extension")
MAX_BODY = 20_000
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_NONCE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


# --- replies written by staff -----------------------------------------------------------

def draft(mailer: Mailer, session: Session, *, template: str, language: str,
          request: PrivacyRequest | None, name: str = "") -> tuple[str, str]:
    """(subject, body) to start from: a reply template rendered for this request, or blank."""
    reference = request.reference if request else ""
    company = mailer.settings.company
    if template not in REPLY_TEMPLATES or template == "blank":
        subject = f"[{reference}] Your request" if reference else "Your message"
        greeting = f"Dear {name}," if name else "Hello,"
        body = (f"{greeting}\n\n\n\nKind regards,\n{company.name} Privacy Team\n"
                f"{company.privacy_address}\n{company.postal_address}\n")
        return subject, body
    values: dict[str, Any] = {
        **TEMPLATE_DEFAULTS,
        "name": name,
        "reference": reference,
        "request_types": list(request.types) if request else [],
        "authority": company.supervisory_authority,
        "due": local_day(request.due_at, request.jurisdiction)
        if request and request.due_at else None,
        "outcome": "completed",
    }
    rendered = mailer.replies.render(template, language, **values)
    return rendered.subject, rendered.body


def _headers(settings: Settings, in_reply_to: str, references: tuple[str, ...]) -> dict[str, str]:
    """Threading and our loop token; not `Auto-Submitted`: a person wrote this one."""
    headers = reply_headers(in_reply_to=in_reply_to, references=references,
                            loop_token=settings.company.privacy_address)
    for name in ("Auto-Submitted", "Precedence"):
        headers.pop(name, None)
    return headers


def _clean(subject: str, body: str, reference: str, nonce: str) -> tuple[str, str]:
    if not _NONCE.match(nonce):
        raise LifecycleError("the reply form is incomplete: reload the page")
    body = body.replace("\r\n", "\n").strip()
    if not body:
        raise MissingReason("write the reply")
    if len(body) > MAX_BODY:
        raise LifecycleError(f"the reply is longer than {MAX_BODY} characters")
    subject = one_line(subject, 250) or "Your request"
    if reference and f"[{reference}]" not in subject:
        subject = f"[{reference}] {subject}"  # replies to us thread by the reference
    return subject, body + "\n"


def _existing(session: Session, key: str) -> OutboxItem | None:
    from sqlmodel import select

    return session.exec(select(OutboxItem).where(OutboxItem.idempotency_key == key)).first()


def queue_request_reply(session: Session, request: PrivacyRequest, *, subject: str, body: str,
                        nonce: str, actor: str, settings: Settings) -> OutboxItem:
    """Queue a staff reply to the requester; the form's nonce makes a resubmit a no-op."""
    assert request.id is not None
    if not request.email:
        raise NoAddress(f"request {request.reference} has no address to write to")
    subject, body = _clean(subject, body, request.reference, nonce)
    key = f"{request.reference}:staff-reply:{nonce}"[:200]
    existing = _existing(session, key)
    if existing is not None:
        return existing
    in_reply_to, references = thread_of(session, request)
    item = OutboxItem(
        idempotency_key=key, to_addr=request.email, subject=subject, body=body,
        headers=_headers(settings, in_reply_to, references),
        message_id=new_message_id(settings.smtp.from_address.rpartition("@")[2] or "localhost"),
        template="staff", language=request.language,
        inbound_message_id=request.source_message_id, request_id=request.id, status=PENDING,
    )
    session.add(item)
    session.flush()
    privacy.record_event(session, request, "mail_queued", actor=actor, template="staff",
                         purpose="staff-reply", outbox=item.id)
    privacy.audit(session, "request.reply_queued", f"request:{request.reference}",
                  actor=actor, outbox=item.id)
    return item


def queue_message_reply(session: Session, message: InboundMessage, *, subject: str, body: str,
                        nonce: str, actor: str, settings: Settings) -> OutboxItem:
    """Queue a staff reply to the sender of a message that opened no request."""
    if message.request_id is not None:
        raise LifecycleError("this message belongs to a request: reply from the request")
    if not message.from_addr or message.kind != "human":
        raise NoAddress("only a person's message with a sender address can be answered")
    subject, body = _clean(subject, body, "", nonce)
    key = f"message:{message.id}:staff-reply:{nonce}"[:200]
    existing = _existing(session, key)
    if existing is not None:
        return existing
    refs = tuple(r for r in (message.message_id,) if r)
    item = OutboxItem(
        idempotency_key=key, to_addr=message.from_addr, subject=subject, body=body,
        headers=_headers(settings, message.message_id, refs),
        message_id=new_message_id(settings.smtp.from_address.rpartition("@")[2] or "localhost"),
        template="staff", language=message.language or "en", inbound_message_id=message.id,
        status=PENDING,
    )
    session.add(item)
    session.flush()
    privacy.audit(session, "message.reply_queued", f"message:{message.id}", actor=actor,
                  outbox=item.id)
    return item


# --- labels and review -------------------------------------------------------------------

def labels_of(message: InboundMessage) -> dict[str, Any]:
    return {"kind": message.kind, "intents": sorted(message.intents),
            "channels": sorted(message.channels), "language": message.language}


def correct_labels(session: Session, message: InboundMessage, *, kind: str,
                   intents: list[str], channels: list[str], language: str,
                   actor: str) -> LabelCorrection | None:
    """Relabel a message by the rules of labels.md; None when nothing changed."""
    if kind not in KINDS:
        raise LifecycleError(f"kind must be one of {', '.join(KINDS)}")
    wanted, chans = set(intents), set(channels)
    if wanted - set(INTENTS) or chans - set(CHANNELS):
        raise LifecycleError("unknown intent or channel")
    language = language.strip().lower()
    if not _LANGUAGE.match(language):
        raise LifecycleError("language is a two-letter ISO 639-1 code, e.g. en")
    if kind != "human":
        wanted, chans = set(), set()
    elif not wanted:
        raise LifecycleError("a person's message has at least one intent ('other' if none fits)")
    if "other" in wanted and len(wanted) > 1:
        raise LifecycleError("'other' never appears together with another intent")
    if chans and not {"unsubscribe", "subscribe"} & wanted:
        raise LifecycleError("channels belong only to unsubscribe or subscribe")
    before = labels_of(message)
    new_intents, new_channels = sorted(wanted), sorted(chans)
    after = {"kind": kind, "intents": new_intents, "channels": new_channels,
             "language": language}
    if before == after:
        return None
    message.kind, message.intents = kind, list(new_intents)
    message.channels, message.language = list(new_channels), language
    session.add(message)
    assert message.id is not None
    correction = LabelCorrection(message_id=message.id, actor=actor[:200], before=before,
                                 after=after)
    session.add(correction)
    privacy.audit(session, "message.labels_corrected", f"message:{message.id}", actor=actor,
                  before=before, after=after)
    return correction


def mark_message_reviewed(session: Session, message: InboundMessage, *, actor: str) -> bool:
    if message.reviewed:
        return False
    message.reviewed = True
    session.add(message)
    privacy.audit(session, "message.reviewed", f"message:{message.id}", actor=actor)
    return True


def mark_request_reviewed(session: Session, request: PrivacyRequest, *, actor: str) -> bool:
    if not request.needs_review:
        return False
    request.needs_review = False
    session.add(request)
    privacy.record_event(session, request, "reviewed", actor=actor)
    privacy.audit(session, "request.reviewed", f"request:{request.reference}", actor=actor)
    return True
