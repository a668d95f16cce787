"""Server-side staff sessions behind a signed cookie.

The cookie holds a random token signed with `web.session_secret` (itsdangerous); the
database holds only the token's SHA-256, the staff id, the session's CSRF token and its
times. A session ends after `IDLE` without a request or `ABSOLUTE` after login, at
logout, when the user is deactivated or their password changes. A login always starts a
new session (no fixation). The cookie is HttpOnly, SameSite=Strict, Secure unless
`web.secure_cookies = false` (plain-HTTP loopback development and tests), and then
also named with the `__Host-` prefix, which browsers accept only from HTTPS, for path /
and without a Domain.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from itsdangerous import BadSignature, Signer
from sqlalchemy import delete
from sqlmodel import Session, col
from starlette.responses import Response

from bot.store.base import utcnow
from bot.store.staff import StaffSession, StaffUser
from bot.web import csrf

IDLE = timedelta(hours=2)
ABSOLUTE = timedelta(hours=12)
TOUCH_EVERY = timedelta(minutes=1)  # last_seen_at is written at most this often


@dataclass(frozen=True)
class Cookies:
    secret: str
    secure: bool

    @property
    def name(self) -> str:
        return "__Host-carerra_staff" if self.secure else "carerra_staff"

    def _signer(self) -> Signer:
        return Signer(self.secret, salt="carerra-staff-session")

    def token(self, value: str | None) -> str | None:
        if not value:
            return None
        try:
            return self._signer().unsign(value).decode()
        except BadSignature:
            return None

    def set(self, response: Response, token: str) -> None:
        response.set_cookie(
            self.name, self._signer().sign(token).decode(), max_age=int(ABSOLUTE.total_seconds()),
            path="/", secure=self.secure, httponly=True, samesite="strict",
        )

    def clear(self, response: Response) -> None:
        response.delete_cookie(self.name, path="/", secure=self.secure, httponly=True,
                               samesite="strict")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start(session: Session, user: StaffUser, *, now: datetime | None = None) -> str:
    """A new session for `user`; returns the token for the cookie. The caller commits."""
    assert user.id is not None
    now = now or utcnow()
    session.execute(delete(StaffSession).where(col(StaffSession.expires_at) < now))
    token = secrets.token_urlsafe(32)
    session.add(StaffSession(token_hash=_digest(token), staff_id=user.id,
                             csrf_token=csrf.new_token(), created_at=now, last_seen_at=now,
                             expires_at=now + ABSOLUTE))
    return token


def load(session: Session, token: str | None,
         *, now: datetime | None = None) -> tuple[StaffSession, StaffUser] | None:
    """The live session and its active user, or None. Touches last_seen_at (commits)."""
    if not token:
        return None
    now = now or utcnow()
    row = session.get(StaffSession, _digest(token))
    if row is None or row.expires_at <= now or row.last_seen_at <= now - IDLE:
        return None
    user = session.get(StaffUser, row.staff_id)
    if user is None or not user.active:
        return None
    if now - row.last_seen_at >= TOUCH_EVERY:
        row.last_seen_at = now
        session.add(row)
        session.commit()
    return row, user


def end(session: Session, token: str | None) -> None:
    if token:
        session.execute(delete(StaffSession).where(col(StaffSession.token_hash) == _digest(token)))
