"""The staff web app: `create_app(settings)` builds it; nothing is created at import time.

    /login, /logout, /healthz          auth.py      (the only pages without a session)
    /queue, /queue/messages, bulk      queue.py
    /requests/{ref}, /messages/{id}    detail.py    (+ the erasure confirmation)
    .../actions/{name}                 actions.py   (every form posts here)
    /staff                             people.py    (admin: staff management)
    /api/...                           api.py       (the same data as JSON; OpenAPI)
    /static/...                        vendored CSS and JS (no CDN, nothing fetched)

Every response carries a strict Content-Security-Policy (no inline script or style,
nothing remote; images only from us or data: URIs), nosniff, no referrer, no framing,
and `Cache-Control: no-store` (pages hold personal data).
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.app import App
from bot.config import Settings
from bot.web import render, sessions
from bot.web.deps import Forbidden, LoginRequired, WebState
from bot.web.listing import BadCursor

log = logging.getLogger(__name__)
STATIC = Path(__file__).with_name("static")
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


class SecurityHeaders:
    """Pure ASGI: the headers above on every response, and Server-Timing."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        static = scope["path"].startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() != b"cache-control"]
                headers += _HEADERS
                headers.append((b"cache-control",
                                b"public, max-age=3600" if static else b"no-store"))
                elapsed = (time.perf_counter() - started) * 1000
                headers.append((b"server-timing", f"app;dur={elapsed:.1f}".encode()))
                message["headers"] = headers
                log.debug("%s %s -> %s (%.1f ms)", scope["method"], scope["path"],
                          message["status"], elapsed)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _session_secret(settings: Settings) -> str:
    secret = settings.web.session_secret.get_secret_value()
    if secret:
        return secret
    log.warning("web.session_secret is empty: using a random key; staff sessions will not "
                "survive a restart (set BOT_WEB__SESSION_SECRET)")
    return secrets.token_urlsafe(32)


def create_app(settings: Settings, *, bot_app: App | None = None) -> FastAPI:
    """The web app on `bot_app`'s engine (one of its own when None, closed at shutdown)."""
    owned = bot_app is None
    holder = bot_app or App(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(lambda: holder.engine)  # migrate before the first request
        yield
        if owned:
            holder.close()

    app = FastAPI(
        title="Carerra privacy inbox — staff API", version="1",
        docs_url=None, redoc_url=None, openapi_url=None,  # /api/openapi.json, behind login
        lifespan=lifespan,
    )
    app.state.web = WebState(
        settings=settings, bot=holder,
        cookies=sessions.Cookies(_session_secret(settings), settings.web.secure_cookies),
        templates=render.templates(),
    )
    _handlers(app)
    from bot.web import actions, api, auth, detail, people, queue

    for module in (auth, queue, detail, actions, people, api):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders)
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, text: str) -> Response:
    if _is_api(request):
        return JSONResponse({"detail": text}, status_code=status)
    return render.page(request, "error.html", status_code=status, status=status, text=text)


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": "login required"}, status_code=401)
        target = request.url.path if request.method == "GET" else "/queue"
        query = f"?next={quote(target)}" if target not in ("/", "/queue") else ""
        return RedirectResponse(f"/login{query}", status_code=303)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return _error(request, 403, exc.reason)

    @app.exception_handler(BadCursor)
    async def bad_cursor(request: Request, exc: BadCursor) -> Response:
        return _error(request, 400, "invalid page cursor: start again from the first page")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": _plain(exc.errors())}, status_code=422)
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ())[1:]) or "input"
        return _error(request, 400, f"{where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))


def _plain(errors: Any) -> list[dict[str, Any]]:
    return [{"loc": e.get("loc"), "msg": e.get("msg"), "type": e.get("type")} for e in errors]
