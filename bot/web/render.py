"""Rendering pages (Jinja2, autoescape on everywhere), redirects, one-shot flash notes.

A flash note survives one redirect in a short signed cookie, so an action's outcome
("Reply queued", a refusal by the lifecycle) is shown on the page it lands on.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi.templating import Jinja2Templates
from itsdangerous import BadSignature, TimestampSigner
from jinja2 import Environment, FileSystemLoader
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot import deadlines

TEMPLATES = Path(__file__).with_name("templates")
FLASH_COOKIE = "carerra_flash"


def templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["day"] = _day
    env.filters["when"] = _when
    env.filters["pretty"] = _pretty
    env.globals["query"] = _query
    return Jinja2Templates(env=env)


def _day(value: datetime | date | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        value = value.astimezone(UTC).date()
    return value.isoformat()


def _when(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if value else "—"


def _pretty(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}={_pretty(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(_pretty(v) for v in value) or "—"
    return "" if value is None else str(value)


def _query(params: dict[str, Any], **changes: Any) -> str:
    """A query string from the current filters with some changed (None/"" dropped)."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "", False)}, doseq=True)


def days_left(due_at: datetime | None, jurisdiction: str, now: datetime) -> int | None:
    if due_at is None:
        return None
    return (deadlines.local_day(due_at, jurisdiction) - deadlines.local_day(now, jurisdiction)).days


def _signer(request: Request) -> TimestampSigner:
    return TimestampSigner(request.app.state.web.secret, salt="carerra-flash")


def page(request: Request, template_name: str, status_code: int = 200, **context: Any) -> Response:
    web = request.app.state.web
    flash = None
    raw = request.cookies.get(FLASH_COOKIE)
    if raw:
        try:
            flash = json.loads(_signer(request).unsign(raw, max_age=300))
        except (BadSignature, ValueError):
            flash = None
    context.setdefault("staff", getattr(request.state, "staff", None))
    context.setdefault("csrf_token", getattr(request.state, "csrf", ""))
    context["flash"] = flash
    response = web.templates.TemplateResponse(request, template_name, context,
                                              status_code=status_code)
    if raw:
        response.delete_cookie(FLASH_COOKIE, path="/")
    return response


def redirect(request: Request, url: str, *, ok: str = "", error: str = "") -> Response:
    response = RedirectResponse(url, status_code=303)
    if ok or error:
        note = json.dumps({"kind": "error" if error else "ok", "text": (error or ok)[:500]})
        response.set_cookie(
            FLASH_COOKIE, _signer(request).sign(note).decode(), max_age=300, path="/",
            httponly=True, samesite="strict", secure=request.app.state.web.cookies.secure,
        )
    return response


def local_path(url: str | None, default: str) -> str:
    """Only a path on this site may be a redirect target (no open redirect)."""
    if url and url.startswith("/") and not url.startswith("//") and "\\" not in url:
        return url
    return default
