"""CSRF: a synchroniser token per session, checked on every unsafe request.

The token is random, stored with the server-side session (`StaffSession.csrf_token`)
and put in every form as the hidden field `csrf_token`; JSON clients send it in the
`X-CSRF-Token` header (`GET /api/me` tells them). `bot.web.deps.current_staff` compares
it, in constant time, on every POST — a request without a session is turned away
before (303/401), one with a session and no or a wrong token gets 403.

The login form has no session yet: it carries a random token that must equal the one in
a short-lived cookie signed with the session secret (signed double submit), so another
site cannot log a browser in to an account of its choosing.
"""

from __future__ import annotations

import hmac
import secrets

from itsdangerous import BadSignature, TimestampSigner
from starlette.requests import Request

HEADER = "X-CSRF-Token"
FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
LOGIN_COOKIE = "carerra_login_csrf"
LOGIN_MAX_AGE = 2 * 3600
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def new_token() -> str:
    return secrets.token_urlsafe(32)


def same(sent: str, expected: str) -> bool:
    return bool(sent) and bool(expected) and hmac.compare_digest(sent.encode(), expected.encode())


async def sent_token(request: Request) -> str:
    """The token an unsafe request carries: the header, else the form field ("" if none)."""
    if request.method in SAFE_METHODS:
        return ""
    header = request.headers.get(HEADER, "")
    if header:
        return header
    if request.headers.get("content-type", "").startswith(_FORMS):
        value = (await request.form()).get(FIELD)
        return value if isinstance(value, str) else ""
    return ""


def _login_signer(secret: str) -> TimestampSigner:
    return TimestampSigner(secret, salt="carerra-login-csrf")


def login_pair(secret: str) -> tuple[str, str]:
    """(the form's token, the cookie's value) for a fresh login form."""
    token = new_token()
    return token, _login_signer(secret).sign(token).decode()


def login_ok(secret: str, cookie: str | None, sent: str) -> bool:
    if not cookie:
        return False
    try:
        token = _login_signer(secret).unsign(cookie, max_age=LOGIN_MAX_AGE).decode()
    except BadSignature:
        return False
    return same(sent, token)
