"""Lifecycle mail: rendered in the request's language, queued in the outbox, sent after commit.

Every message carries the reference in its subject and the headers of
`bot.reply.reply_headers`, threads to the person's messages, and has an idempotency key
per request and purpose, so a retried staff action never mails twice.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from bot import people, privacy
from bot.config import Settings
from bot.deadlines import local_day
from bot.lifecycle.errors import NoAddress
from bot.reply import Replies, _long_date, new_message_id, reply_headers
from bot.store.mail import InboundMessage
from bot.store.outbox import PENDING, OutboxItem
from bot.store.people import Contact
from bot.store.requests import PrivacyRequest

ROOT = Path(__file__).resolve().parents[2]

# every variable a reply template may use, with its neutral value; callers override some
TEMPLATE_DEFAULTS: dict[str, Any] = {
    "name": "",
    "reference": "",
    "request_types": [],
    "unsubscribed": [],
    "subscribe_channels": [],
    "needs_review": False,
    "due": None,
    # a one-time code for the address (identity, newsletter double opt-in)
    "code": "",
    "link": "",
    "code_expires": "",
    "verify_identity": False,
    "confirm_subscription": False,
    "clock_waits": False,  # UK: the time limit starts when the person confirms
    "subscribe_declined": False,
    "reminder": False,
    # closing, extension, clarification, export, restriction
    "outcome": "",
    "reason": "",
    "authority": "",
    "erased": False,
    "question": "",
    "clock_paused": False,
    "attachment": "",
}


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes

    def as_json(self) -> dict[str, str]:
        return {
            "filename": self.filename,
            "content_type": self.content_type,
            "data": base64.b64encode(self.data).decode("ascii"),
        }


@dataclass
class Mailer:
    """What a staff action needs to write to the person: the settings and the templates."""

    settings: Settings
    replies: Replies = field(default=None)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.replies is None:
            directory = Path(self.settings.worker.replies_dir)
            if not directory.is_absolute() and not directory.is_dir():
                directory = ROOT / directory
            self.replies = Replies(directory, self.settings.company)

    @property
    def eu_country(self) -> str:
        return self.settings.compliance.eu_country

    def words(self, language: str) -> dict[str, Any]:
        lang = language if language in self.replies.languages() else "en"
        return self.replies.words(lang)

    def long_date(self, day: date, language: str) -> str:
        lang = language if language in self.replies.languages() else "en"
        return _long_date(day, lang)

    def queue(
        self,
        session: Session,
        request: PrivacyRequest,
        *,
        purpose: str,
        template: str,
        actor: str,
        context: dict[str, Any] | None = None,
        attachments: tuple[Attachment, ...] = (),
    ) -> OutboxItem:
        """Queue one message for `purpose` (once per request: a repeat returns the first)."""
        assert request.id is not None
        key = f"{request.reference}:{purpose}"[:200]
        existing = session.exec(select(OutboxItem).where(OutboxItem.idempotency_key == key)).first()
        if existing is not None:
            return existing
        if not request.email:
            raise NoAddress(f"request {request.reference} has no address to write to")
        contact = session.get(Contact, request.contact_id) if request.contact_id else None
        contact = contact or people.find_contact(session, request.email)
        values = {
            **TEMPLATE_DEFAULTS,
            "name": contact.first_name if contact else "",
            "reference": request.reference,
            "request_types": list(request.types),
            "authority": self.settings.company.supervisory_authority,
            "due": local_day(request.due_at, request.jurisdiction) if request.due_at else None,
            **(context or {}),
        }
        rendered = self.replies.render(template, request.language, **values)
        in_reply_to, references = thread_of(session, request)
        domain = self.settings.smtp.from_address.rpartition("@")[2] or "localhost"
        item = OutboxItem(
            idempotency_key=key,
            to_addr=request.email,
            subject=rendered.subject,
            body=rendered.body,
            headers=reply_headers(
                in_reply_to=in_reply_to, references=references,
                loop_token=self.settings.company.privacy_address,
            ),
            attachments=[a.as_json() for a in attachments],
            message_id=new_message_id(domain),
            template=template,
            language=rendered.language,
            inbound_message_id=request.source_message_id,
            request_id=request.id,
            status=PENDING,
        )
        session.add(item)
        session.flush()
        privacy.record_event(session, request, "mail_queued", actor=actor, template=template,
                             purpose=purpose, outbox=item.id)
        return item


def thread_of(session: Session, request: PrivacyRequest) -> tuple[str, tuple[str, ...]]:
    """In-Reply-To the person's latest message; References their messages and ours."""
    theirs = [
        m for m in session.exec(
            select(InboundMessage.message_id)
            .where(InboundMessage.request_id == request.id)
            .order_by(col(InboundMessage.id))
        ) if m
    ]
    if request.source_message_id:
        source = session.get(InboundMessage, request.source_message_id)
        if source is not None and source.message_id and source.message_id not in theirs:
            theirs.insert(0, source.message_id)
    ours = [
        m for m in session.exec(
            select(OutboxItem.message_id)
            .where(OutboxItem.request_id == request.id)
            .order_by(col(OutboxItem.id))
        ) if m
    ]
    in_reply_to = theirs[-1] if theirs else (ours[-1] if ours else "")
    return in_reply_to, tuple(dict.fromkeys([*theirs, *ours][-20:]))


def sentence(text: str) -> str:
    """A staff-typed reason as one sentence: trimmed, ending in a full stop."""
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?" else text + "."
