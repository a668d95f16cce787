"""What every route depends on: the web state, a database Session, the logged-in staff.

    SessionDep    a Session on the bot's engine for this request (the route commits)
    CurrentStaff  the logged-in, active staff user; on a POST also the CSRF check
    AgentStaff    ... who may act on requests and messages (agent or admin)
    AdminStaff    ... who may execute erasures and manage staff (admin)

Without a session a page redirects to the login form (303) and the JSON API answers
401; a staff member without the role gets 403; a POST without the session's CSRF token
gets 403.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.app import App
from bot.config import Settings
from bot.lifecycle import Mailer
from bot.staff import ADMIN, AGENT, has_role
from bot.store.db import begin_writing
from bot.store.staff import StaffUser
from bot.web import csrf, sessions


class LoginRequired(Exception):
    """No live session: pages redirect to /login, the API answers 401."""


class Forbidden(Exception):
    """Logged in, but the role (or the CSRF token) does not allow this."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class WebState:
    settings: Settings
    bot: App
    cookies: sessions.Cookies
    templates: Jinja2Templates
    _mailer: Mailer | None = field(default=None, repr=False)

    @property
    def engine(self) -> Engine:
        return self.bot.engine

    @property
    def secret(self) -> str:
        return self.cookies.secret

    @property
    def mailer(self) -> Mailer:
        if self._mailer is None:
            self._mailer = Mailer(self.settings, self.bot.replies)
        return self._mailer


def get_web(request: Request) -> WebState:
    return request.app.state.web  # type: ignore[no-any-return]


WebDep = Annotated[WebState, Depends(get_web)]


def get_session(request: Request, web: WebDep) -> Iterator[Session]:
    with Session(web.engine, expire_on_commit=False) as session:
        if request.method not in csrf.SAFE_METHODS:
            # SQLite: a staff action reads and writes under the write lock, so the
            # worker cannot commit between what the action checked and what it changes
            begin_writing(session)
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
SentToken = Annotated[str, Depends(csrf.sent_token)]


def current_staff(request: Request, session: SessionDep, web: WebDep, sent: SentToken) -> StaffUser:
    token = web.cookies.token(request.cookies.get(web.cookies.name))
    found = sessions.load(session, token)
    if found is None:
        raise LoginRequired
    row, user = found
    if request.method not in csrf.SAFE_METHODS and not csrf.same(sent, row.csrf_token):
        raise Forbidden("missing or wrong CSRF token: reload the page and try again")
    request.state.staff = user
    request.state.csrf = row.csrf_token
    request.state.session_token = token
    return user


CurrentStaff = Annotated[StaffUser, Depends(current_staff)]


def require(role: str) -> Callable[[StaffUser], StaffUser]:
    def check(user: CurrentStaff) -> StaffUser:
        if not has_role(user, role):
            raise Forbidden(f"this needs the {role} role")
        return user

    check.__name__ = f"require_{role}"
    return check


AgentStaff = Annotated[StaffUser, Depends(require(AGENT))]
AdminStaff = Annotated[StaffUser, Depends(require(ADMIN))]
