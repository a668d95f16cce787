"""The queue: requests in due order, the messages staff must look at, spam, bulk actions."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import RedirectResponse, Response

from bot.deadlines import local_day
from bot.lifecycle import LifecycleError
from bot.privacy import REQUEST_TYPES
from bot.staff import AGENT, has_role
from bot.store.base import utcnow
from bot.web import listing, render, service
from bot.web.deps import AgentStaff, CurrentStaff, SessionDep, WebDep
from classifiers.contract import KINDS, LANGUAGES

log = logging.getLogger(__name__)
router = APIRouter(include_in_schema=False)
MULTI = frozenset({"intents", "channels", "ids"})


async def form_params(request: Request) -> dict[str, Any]:
    """The posted form as a dict; fields that may repeat (checkboxes) as lists."""
    form = await request.form()
    return {k: (form.getlist(k) if k in MULTI else form.get(k)) for k in form}


FormParams = Annotated[dict[str, Any], Depends(form_params)]


def _filters(model: Any) -> dict[str, Any]:
    return {k: v for k, v in model.model_dump().items() if k not in ("after", "limit")}


@router.get("/")
def home(staff: CurrentStaff) -> Response:
    return RedirectResponse("/queue", status_code=303)


@router.get("/queue")
def queue(request: Request, session: SessionDep, staff: CurrentStaff,
          f: Annotated[listing.RequestQuery, Query()]) -> Response:
    now = utcnow()
    page = listing.list_requests(session, f, me=staff.name, now=now)
    today = {j: local_day(now, j) for j in {r.jurisdiction for r in page.rows}}
    rows = [
        {"r": r, "left": (local_day(r.due_at, r.jurisdiction) - today[r.jurisdiction]).days
         if r.due_at else None}
        for r in page.rows
    ]
    return render.page(
        request, "queue.html", tab="requests", rows=rows, next_cursor=page.next_cursor,
        f=f, params=_filters(f), first_page=not f.after, counts=listing.counts(session, now=now),
        types=REQUEST_TYPES, languages=LANGUAGES, statuses=listing.STATUS_CHOICES,
        can_act=has_role(staff, AGENT), bulk=service.BULK_REQUEST_ACTIONS,
    )


@router.get("/queue/messages")
def messages(request: Request, session: SessionDep, staff: CurrentStaff,
             f: Annotated[listing.MessageQuery, Query()]) -> Response:
    page = listing.list_messages(session, f)
    return render.page(
        request, "messages.html", tab="spam" if f.view == "spam" else "messages",
        rows=page.rows, next_cursor=page.next_cursor, f=f, params=_filters(f),
        first_page=not f.after, counts=listing.counts(session, now=utcnow()), kinds=KINDS,
        languages=LANGUAGES, can_act=has_role(staff, AGENT), bulk=service.BULK_MESSAGE_ACTIONS,
    )


@router.post("/queue/bulk")
def bulk(request: Request, session: SessionDep, web: WebDep, staff: AgentStaff,
         params: FormParams) -> Response:
    target = "messages" if params.get("target") == "messages" else "requests"
    back = render.local_path(params.get("next"), "/queue" if target == "requests"
                             else "/queue/messages")
    ids = [str(i) for i in params.get("ids") or []]
    if not ids:
        return render.redirect(request, back, error="Select at least one row.")
    try:
        result = service.run_bulk(service.Ctx(session, staff, web.mailer), target=target,
                                  action=str(params.get("action") or ""), ids=ids,
                                  params=params)
        session.commit()
    except LifecycleError as exc:
        session.rollback()
        return render.redirect(request, back, error=str(exc))
    log.info("staff=%s bulk %s/%s: %d done", staff.id, target, params.get("action"), result.done)
    return render.redirect(request, back, ok=result.summary())
