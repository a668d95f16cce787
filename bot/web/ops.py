"""/healthz and /metrics: for monitoring, no staff session.

/healthz   200 when healthy, 503 when a check fails (bot.health); no personal data, no login.
/metrics   Prometheus text (bot.metrics). With `web.metrics_token` set
           (BOT_WEB__METRICS_TOKEN) it wants `Authorization: Bearer TOKEN` (401 otherwise);
           without a token only loopback clients get it (403 otherwise). Behind a reverse
           proxy on the same host every client looks like loopback: set a token there.
"""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Request
from prometheus_client import CONTENT_TYPE_LATEST
from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse, Response

from bot import health, metrics
from bot.config import is_loopback
from bot.web.deps import WebDep

router = APIRouter()


@router.get("/healthz", include_in_schema=False)
async def healthz(web: WebDep) -> Response:
    healthy, body = await run_in_threadpool(health.report, web.bot)
    return JSONResponse(body, status_code=200 if healthy else 503)


def _refusal(request: Request, web: WebDep) -> Response | None:
    token = web.settings.web.metrics_token.get_secret_value()
    if token:
        scheme, _, sent = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(sent.strip().encode(),
                                                              token.encode()):
            return None
        return JSONResponse({"detail": "a bearer token is required"}, status_code=401,
                            headers={"WWW-Authenticate": 'Bearer realm="metrics"'})
    client = request.client.host if request.client else ""
    if is_loopback(client):
        return None
    return JSONResponse({"detail": "metrics are served to loopback clients only "
                                   "(or set web.metrics_token)"}, status_code=403)


@router.get("/metrics", include_in_schema=False)
async def prometheus(request: Request, web: WebDep) -> Response:
    refused = _refusal(request, web)
    if refused is not None:
        return refused
    page = await run_in_threadpool(metrics.render, web.bot)
    return Response(page, media_type=CONTENT_TYPE_LATEST)
