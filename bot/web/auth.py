"""Login, logout, and (from bot.web.ops) /healthz and /metrics: the routes without a session."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Form, Request
from starlette.responses import Response
from starlette.status import HTTP_401_UNAUTHORIZED, HTTP_429_TOO_MANY_REQUESTS

from bot import staff as staff_domain
from bot.web import csrf, ops, render, sessions
from bot.web.deps import CurrentStaff, SessionDep, WebDep

log = logging.getLogger(__name__)
router = APIRouter()
WRONG = "Wrong name or password."
LOCKED = "Too many failed attempts: this login is locked for 15 minutes."


def _login_page(request: Request, web: WebDep, *, status: int = 200, error: str = "",
                name: str = "", next_url: str = "") -> Response:
    token, cookie = csrf.login_pair(web.secret)
    response = render.page(request, "login.html", status_code=status, login_csrf=token,
                           error=error, name=name, next_url=render.local_path(next_url, ""))
    response.set_cookie(csrf.LOGIN_COOKIE, cookie, max_age=csrf.LOGIN_MAX_AGE, path="/login",
                        secure=web.cookies.secure, httponly=True, samesite="strict")
    return response


@router.get("/login", include_in_schema=False)
def login_form(request: Request, web: WebDep, next: str = "") -> Response:
    return _login_page(request, web, next_url=next)


@router.post("/login", include_in_schema=False)
def login(
    request: Request,
    web: WebDep,
    session: SessionDep,
    name: Annotated[str, Form(max_length=100)] = "",
    password: Annotated[str, Form(max_length=1024)] = "",
    csrf_token: Annotated[str, Form(max_length=100)] = "",
    next: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    if not csrf.login_ok(web.secret, request.cookies.get(csrf.LOGIN_COOKIE), csrf_token):
        return _login_page(request, web, status=403, name=name, next_url=next,
                           error="The form expired: please try again.")
    client = request.client.host if request.client else "unknown"
    result = staff_domain.authenticate(session, name=name, password=password, client=client)
    if result.user is None:
        session.commit()
        status = HTTP_429_TOO_MANY_REQUESTS if result.locked else HTTP_401_UNAUTHORIZED
        return _login_page(request, web, status=status, name=name, next_url=next,
                           error=LOCKED if result.locked else WRONG)
    sessions.end(session, web.cookies.token(request.cookies.get(web.cookies.name)))
    token = sessions.start(session, result.user)
    session.commit()
    response = render.redirect(request, render.local_path(next, "/queue"))
    web.cookies.set(response, token)
    response.delete_cookie(csrf.LOGIN_COOKIE, path="/login")
    return response


@router.post("/logout", include_in_schema=False)
def logout(request: Request, web: WebDep, session: SessionDep, staff: CurrentStaff) -> Response:
    sessions.end(session, getattr(request.state, "session_token", None))
    session.commit()
    log.info("staff=%s logged out", staff.id)
    response = render.redirect(request, "/login")
    web.cookies.clear(response)
    return response


router.include_router(ops.router)  # /healthz and /metrics (bot.web.ops)
