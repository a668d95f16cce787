"""The JSON API under /api/: the queue, the detail pages and every action, for scripts.

Same authentication as the pages (the session cookie); POSTs need the session's CSRF
token in the `X-CSRF-Token` header (`GET /api/me` returns it). Without a session every
route answers 401. The OpenAPI document is `GET /api/openapi.json` (behind login too).
"""

from __future__ import annotations

import logging
import secrets
from datetime import datetime
from typing import Annotated, Any, Generic, Literal, TypeVar

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlmodel import Session

from bot.lifecycle import LifecycleError
from bot.store.base import utcnow
from bot.store.mail import InboundMessage
from bot.store.requests import PrivacyRequest
from bot.web import listing, safe_html, service
from bot.web.actions import pick_action
from bot.web.deps import AgentStaff, CurrentStaff, SessionDep, WebDep
from bot.web.detail import (
    corrections,
    find_message,
    find_request,
    masked,
    message_audit,
    request_view,
)

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["staff"])
T = TypeVar("T")


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class Me(_Out):
    name: str
    role: str
    csrf_token: str


class RequestPublic(_Out):
    reference: str
    types: list[str]
    status: str
    email: str
    language: str
    jurisdiction: str
    priority: str
    assigned_to: str
    needs_review: bool
    verified: bool
    verification_method: str
    received_at: datetime
    due_at: datetime | None
    clock_started_at: datetime | None
    paused_at: datetime | None
    extended_at: datetime | None
    extension_reason: str
    closed_at: datetime | None
    closed_by: str
    close_reason: str
    export_approved_at: datetime | None
    erased_at: datetime | None


class MessagePublic(_Out):
    id: int
    status: str
    kind: str
    intents: list[str]
    channels: list[str]
    language: str
    scores: dict[str, float]
    rule_hits: list[dict[str, Any]]
    defects: list[Any]
    triage_reason: str
    needs_review: bool
    reviewed: bool
    from_addr: str
    from_name: str
    subject: str
    received_at: datetime | None
    request_id: int | None


class MessageDetail(MessagePublic):
    text: str
    html: str = Field(description="sanitised: no script, no remote content")
    attachments: list[Any]


class ReplyPublic(_Out):
    id: int
    status: str
    template: str
    to_addr: str
    subject: str
    body: str = Field(description="one-time codes masked")
    attachments: list[str]
    created_at: datetime
    sent_at: datetime | None
    last_error: str


class EventPublic(_Out):
    at: datetime
    event: str
    actor: str
    detail: dict[str, Any]


class AuditPublic(_Out):
    at: datetime
    actor: str
    action: str
    target: str
    detail: dict[str, Any]


class CorrectionPublic(_Out):
    at: datetime
    actor: str
    before: dict[str, Any]
    after: dict[str, Any]


class RequestDetail(BaseModel):
    request: RequestPublic
    messages: list[MessageDetail]
    replies: list[ReplyPublic]
    events: list[EventPublic]
    audit: list[AuditPublic]


class MessageFull(BaseModel):
    message: MessageDetail
    request: RequestPublic | None
    corrections: list[CorrectionPublic]
    audit: list[AuditPublic]


class Listing(BaseModel, Generic[T]):
    items: list[T]
    next: str = Field(description="pass as `after` for the next page; empty on the last")


class Counts(BaseModel):
    open_requests: int
    overdue: int
    unhandled: int
    spam: int


class ActionIn(BaseModel):
    """The parameters an action uses (see the action's name); others are ignored."""

    model_config = ConfigDict(extra="forbid")
    assignee: str = ""
    note: str = ""
    question: str = ""
    reason: str = ""
    outcome: str = ""
    notify: bool = True
    confirm: str = ""
    subject: str = ""
    body: str = Field(default="", max_length=20_000)
    nonce: str = ""
    first_name: str = ""
    last_name: str = ""
    phone: str = ""
    postal_address: str = ""
    kind: str = ""
    intents: list[str] = []
    channels: list[str] = []
    language: str = ""


class ActionOut(BaseModel):
    ok: bool
    message: str


class BulkIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    target: Literal["requests", "messages"]
    action: str
    ids: list[str] = Field(max_length=500, description="references, or message ids")
    params: ActionIn = ActionIn()


def _message_detail(m: InboundMessage) -> MessageDetail:
    out = MessageDetail.model_validate(m)
    out.html = safe_html.clean(m.html)
    return out


def _reply(o: Any) -> ReplyPublic:
    return ReplyPublic(
        id=o.id, status=o.status, template=o.template, to_addr=o.to_addr, subject=o.subject,
        body=masked(o.body), attachments=[str(a.get("filename", "")) for a in o.attachments],
        created_at=o.created_at, sent_at=o.sent_at, last_error=o.last_error,
    )


def _params(body: ActionIn) -> dict[str, Any]:
    params = body.model_dump()
    params["nonce"] = body.nonce or secrets.token_urlsafe(12)
    return params


def _run(session: Session, web: WebDep, staff: Any, action: service.Action, row: Any,
         params: dict[str, Any]) -> JSONResponse:
    try:
        note = action.run(service.Ctx(session, staff, web.mailer), row, params)
        session.commit()
    except LifecycleError as exc:
        session.rollback()
        return JSONResponse({"ok": False, "message": str(exc)}, status_code=409)
    return JSONResponse({"ok": True, "message": note})


@router.get("/me")
def me(request: Request, staff: CurrentStaff) -> Me:
    return Me(name=staff.name, role=staff.role, csrf_token=request.state.csrf)


@router.get("/counts")
def counts(session: SessionDep, staff: CurrentStaff) -> Counts:
    return Counts.model_validate(listing.counts(session, now=utcnow()).__dict__)


@router.get("/requests")
def list_requests(session: SessionDep, staff: CurrentStaff,
                  f: Annotated[listing.RequestQuery, Query()]) -> Listing[RequestPublic]:
    page = listing.list_requests(session, f, me=staff.name, now=utcnow())
    return Listing[RequestPublic](items=[RequestPublic.model_validate(r) for r in page.rows],
                                  next=page.next_cursor)


@router.get("/requests/{reference}")
def get_request(reference: str, session: SessionDep, staff: CurrentStaff) -> RequestDetail:
    v = request_view(session, find_request(session, reference))
    return RequestDetail(
        request=RequestPublic.model_validate(v.request),
        messages=[_message_detail(m) for m in v.messages],
        replies=[_reply(o) for o in v.replies],
        events=[EventPublic.model_validate(e) for e in v.events],
        audit=[AuditPublic.model_validate(a) for a in v.audit],
    )


@router.post("/requests/{reference}/actions/{name}", responses={409: {"model": ActionOut}})
def request_action(reference: str, name: str, body: ActionIn, session: SessionDep, web: WebDep,
                   staff: CurrentStaff) -> ActionOut:
    action = pick_action(service.REQUEST_ACTIONS, name, staff)
    r = find_request(session, reference)
    log.info("staff=%s api action=%s request=%s", staff.id, name, r.reference)
    return _run(session, web, staff, action, r, _params(body))  # type: ignore[return-value]


@router.get("/messages")
def list_messages(session: SessionDep, staff: CurrentStaff,
                  f: Annotated[listing.MessageQuery, Query()]) -> Listing[MessagePublic]:
    page = listing.list_messages(session, f)
    return Listing[MessagePublic](items=[MessagePublic.model_validate(m) for m in page.rows],
                                  next=page.next_cursor)


@router.get("/messages/{message_id}")
def get_message(message_id: int, session: SessionDep, staff: CurrentStaff) -> MessageFull:
    m = find_message(session, message_id)
    req = session.get(PrivacyRequest, m.request_id) if m.request_id else None
    return MessageFull(
        message=_message_detail(m),
        request=RequestPublic.model_validate(req) if req else None,
        corrections=[CorrectionPublic.model_validate(c) for c in corrections(session, m)],
        audit=[AuditPublic.model_validate(a) for a in message_audit(session, m)],
    )


@router.post("/messages/{message_id}/actions/{name}", responses={409: {"model": ActionOut}})
def message_action(message_id: int, name: str, body: ActionIn, session: SessionDep, web: WebDep,
                   staff: CurrentStaff) -> ActionOut:
    action = pick_action(service.MESSAGE_ACTIONS, name, staff)
    m = find_message(session, message_id)
    log.info("staff=%s api action=%s message=%s", staff.id, name, m.id)
    return _run(session, web, staff, action, m, _params(body))  # type: ignore[return-value]


@router.post("/bulk", responses={409: {"model": ActionOut}})
def bulk(body: BulkIn, session: SessionDep, web: WebDep, staff: AgentStaff) -> ActionOut:
    try:
        result = service.run_bulk(service.Ctx(session, staff, web.mailer), target=body.target,
                                  action=body.action, ids=body.ids, params=_params(body.params))
        session.commit()
    except LifecycleError as exc:
        session.rollback()
        return JSONResponse({"ok": False, "message": str(exc)},  # type: ignore[return-value]
                            status_code=409)
    return ActionOut(ok=True, message=result.summary())


@router.get("/openapi.json", include_in_schema=False)
def openapi(request: Request, staff: CurrentStaff) -> JSONResponse:
    return JSONResponse(request.app.openapi())
