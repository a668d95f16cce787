"""Every form on a detail page posts to `.../actions/{name}` (Post/Redirect/Get).

The action's role is checked here (viewers act on nothing, erasure is for admins), the
lifecycle decides whether the request's state allows it, and the outcome is one flash
line on the page the browser lands on. The route commits once.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException, Request
from starlette.responses import Response

from bot.lifecycle import LifecycleError
from bot.staff import has_role
from bot.web import render, service
from bot.web.deps import CurrentStaff, Forbidden, SessionDep, WebDep
from bot.web.detail import find_message, find_request
from bot.web.queue import FormParams

log = logging.getLogger(__name__)
router = APIRouter(include_in_schema=False)


def pick_action(table: dict[str, service.Action], name: str, staff: object) -> service.Action:
    action = table.get(name)
    if action is None:
        raise HTTPException(404, f"no action {name[:40]}")
    if not has_role(staff, action.role):  # type: ignore[arg-type]
        raise Forbidden(f"{action.label} needs the {action.role} role")
    return action


@router.post("/requests/{reference}/actions/{name}")
def request_action(request: Request, reference: str, name: str, session: SessionDep,
                   web: WebDep, staff: CurrentStaff, params: FormParams) -> Response:
    action = pick_action(service.REQUEST_ACTIONS, name, staff)
    r = find_request(session, reference)
    back = f"/requests/{r.reference}"
    try:
        note = action.run(service.Ctx(session, staff, web.mailer), r, params)
        session.commit()
    except LifecycleError as exc:
        session.rollback()
        return render.redirect(request, back, error=str(exc))
    log.info("staff=%s action=%s request=%s", staff.id, name, r.reference)
    return render.redirect(request, render.local_path(params.get("next"), back), ok=note)


@router.post("/messages/{message_id}/actions/{name}")
def message_action(request: Request, message_id: int, name: str, session: SessionDep,
                   web: WebDep, staff: CurrentStaff, params: FormParams) -> Response:
    action = pick_action(service.MESSAGE_ACTIONS, name, staff)
    m = find_message(session, message_id)
    back = f"/messages/{m.id}"
    try:
        note = action.run(service.Ctx(session, staff, web.mailer), m, params)
        session.commit()
    except LifecycleError as exc:
        session.rollback()
        return render.redirect(request, render.local_path(params.get("next"), back),
                               error=str(exc))
    log.info("staff=%s action=%s message=%s", staff.id, name, m.id)
    return render.redirect(request, render.local_path(params.get("next"), back), ok=note)
