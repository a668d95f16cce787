"""The detail pages: a request (thread, deadline history, audit trail, actions) and a message.

`request_view` / `message_view` gather what both the page and the JSON API show. The
customer's mail is shown as text, or as HTML sanitised by `bot.web.safe_html`; one-time
codes in our queued mail are masked (staff never need them, and must not use them).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from sqlalchemy import or_
from sqlmodel import Session, col, select
from starlette.responses import Response

from bot import privacy
from bot.lifecycle import clock
from bot.lifecycle.fulfil import RECTIFIABLE, contact_of
from bot.staff import ADMIN, AGENT, has_role
from bot.store.base import utcnow
from bot.store.mail import InboundMessage
from bot.store.outbox import OutboxItem
from bot.store.people import Contact
from bot.store.requests import CLOSED_STATUSES, AuditLog, PrivacyRequest, RequestEvent
from bot.store.staff import LabelCorrection
from bot.web import adapters, render, safe_html
from bot.web.deps import AdminStaff, CurrentStaff, SessionDep, WebDep
from bot.web.render import days_left
from classifiers.contract import CHANNELS, INTENTS, KINDS, LANGUAGES

router = APIRouter(include_in_schema=False)
_CODE = re.compile(r"(?<![\d-])\d{4}-\d{4}(?![\d-])")
AUDIT_LIMIT = 500


def masked(body: str) -> str:
    return _CODE.sub("****-****", body or "")


@dataclass
class RequestView:
    request: PrivacyRequest
    contact: Contact | None
    messages: list[InboundMessage]
    replies: list[OutboxItem]
    events: list[RequestEvent]
    audit: list[AuditLog]
    source: InboundMessage | None
    timeline: list[dict[str, Any]] = field(default_factory=list)


def request_view(session: Session, request: PrivacyRequest) -> RequestView:
    msg_filter = col(InboundMessage.request_id) == request.id
    if request.source_message_id:
        msg_filter = or_(msg_filter, col(InboundMessage.id) == request.source_message_id)
    messages = list(session.exec(select(InboundMessage).where(msg_filter)
                                 .order_by(col(InboundMessage.id))))
    replies = list(session.exec(select(OutboxItem).where(OutboxItem.request_id == request.id)
                                .order_by(col(OutboxItem.id))))
    events = list(session.exec(select(RequestEvent).where(RequestEvent.request_id == request.id)
                               .order_by(col(RequestEvent.id))))
    contact = contact_of(session, request) if request.email or request.contact_id else None
    targets = [f"request:{request.reference}", *(f"message:{m.id}" for m in messages)]
    if contact is not None:
        targets.append(f"contact:{contact.id}")
    audit = list(session.exec(select(AuditLog).where(col(AuditLog.target).in_(targets))
                              .order_by(col(AuditLog.id)).limit(AUDIT_LIMIT)))
    source = next((m for m in messages if m.id == request.source_message_id), None)
    timeline: list[dict[str, Any]] = [
        {"dir": "in", "at": m.received_at or m.fetched_at, "m": m} for m in messages
    ]
    timeline += [{"dir": "out", "at": o.created_at, "o": o} for o in replies]
    timeline.sort(key=lambda t: t["at"])
    return RequestView(request, contact, messages, replies, events, audit,
                       source or (messages[0] if messages else None), timeline)


def message_audit(session: Session, message: InboundMessage) -> list[AuditLog]:
    return list(session.exec(select(AuditLog).where(AuditLog.target == f"message:{message.id}")
                             .order_by(col(AuditLog.id)).limit(AUDIT_LIMIT)))


def corrections(session: Session, message: InboundMessage) -> list[LabelCorrection]:
    return list(session.exec(select(LabelCorrection)
                             .where(LabelCorrection.message_id == message.id)
                             .order_by(col(LabelCorrection.id))))


def find_request(session: Session, reference: str) -> PrivacyRequest:
    found = privacy.find_by_reference(session, reference.strip().upper())
    if found is None:
        raise HTTPException(404, f"no request {reference[:40]}")
    return found


def find_message(session: Session, message_id: int) -> InboundMessage:
    found = session.get(InboundMessage, message_id)
    if found is None:
        raise HTTPException(404, f"no message {message_id}")
    return found


def _label_choices() -> dict[str, Any]:
    return {"kinds": KINDS, "intents": INTENTS, "channels": CHANNELS, "languages": LANGUAGES}


@router.get("/requests/{reference}")
def request_page(request: Request, reference: str, session: SessionDep, web: WebDep,
                 staff: CurrentStaff, template: str = "blank") -> Response:
    r = find_request(session, reference)
    view = request_view(session, r)
    name = view.contact.first_name if view.contact else ""
    subject, body = adapters.draft(web.mailer, session, template=template,
                                   language=r.language, request=r, name=name)
    return render.page(
        request, "request.html", v=view, r=r, now=utcnow(),
        left=days_left(r.due_at, r.jurisdiction, utcnow()),
        closed=clock.is_closed(r), needs_identity=clock.needs_identity(r),
        can_act=has_role(staff, AGENT), is_admin=has_role(staff, ADMIN),
        closed_statuses=CLOSED_STATUSES, rectifiable=RECTIFIABLE,
        templates=adapters.REPLY_TEMPLATES, template=template, draft_subject=subject,
        draft_body=body, nonce=secrets.token_urlsafe(12), masked=masked,
        clean_html=safe_html.clean, remote=safe_html.remote_references, **_label_choices(),
    )


@router.get("/requests/{reference}/erase")
def erase_confirmation(request: Request, reference: str, session: SessionDep,
                       staff: AdminStaff) -> Response:
    """Step one of two: what an erasure removes; step two posts the typed reference."""
    r = find_request(session, reference)
    view = request_view(session, r)
    return render.page(request, "erase.html", r=r, v=view, closed=clock.is_closed(r))


@router.get("/messages/{message_id}")
def message_page(request: Request, message_id: int, session: SessionDep, web: WebDep,
                 staff: CurrentStaff, template: str = "blank") -> Response:
    m = find_message(session, message_id)
    req = session.get(PrivacyRequest, m.request_id) if m.request_id else None
    subject, body = adapters.draft(web.mailer, session, template=template,
                                   language=m.language or "en", request=None)
    if m.subject and template == "blank":
        subject = m.subject if m.subject.lower().startswith("re:") else f"Re: {m.subject}"
    return render.page(
        request, "message.html", m=m, req=req, audit=message_audit(session, m),
        corrections=corrections(session, m), can_act=has_role(staff, AGENT),
        templates=adapters.REPLY_TEMPLATES, template=template, draft_subject=subject,
        draft_body=body, nonce=secrets.token_urlsafe(12), clean_html=safe_html.clean,
        remote=safe_html.remote_references, **_label_choices(),
    )
