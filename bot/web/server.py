"""Serving the web app with uvicorn: alone (`python -m bot web`) or inside `run`.

uvicorn's own access log is off: it would write query strings (a searched address)
to the log. `bot.web.app.SecurityHeaders` logs method, path, status and time at DEBUG.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Generator
from contextlib import AsyncExitStack, contextmanager

import uvicorn

from bot.app import App
from bot.config import Settings

log = logging.getLogger(__name__)
START_TIMEOUT = 30.0


def _config(app: object, settings: Settings) -> uvicorn.Config:
    return uvicorn.Config(
        app, host=settings.web.host, port=settings.web.port, log_config=None,  # type: ignore[arg-type]
        access_log=False, server_header=False, proxy_headers=False, lifespan="on",
    )


class _Embedded(uvicorn.Server):
    """A server that leaves the signals to us: it stops when told (`should_exit`)."""

    @contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


def serve(settings: Settings) -> None:
    """`python -m bot web`: serve until SIGINT/SIGTERM, then exit 0."""
    from bot.web.app import create_app

    async def main() -> None:
        server = _Embedded(_config(create_app(settings), settings))
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, setattr, server, "should_exit", True)
        log.info("web: serving on http://%s:%d", settings.web.host, settings.web.port)
        await server.serve()

    asyncio.run(main())


async def embedded(stack: AsyncExitStack, app: App) -> None:
    """Start the web app on `app`'s engine; the exit stack stops it."""
    from bot.web.app import create_app

    web_app = await asyncio.to_thread(create_app, app.settings, bot_app=app)  # imports: slow
    server = _Embedded(_config(web_app, app.settings))
    task = asyncio.create_task(server.serve(), name="web")
    loop = asyncio.get_running_loop()
    deadline = loop.time() + START_TIMEOUT
    while not server.started:
        if task.done() or loop.time() > deadline:
            server.should_exit = True
            exc = task.exception() if task.done() else None
            raise RuntimeError(f"web: could not start on {app.settings.web.host}:"
                               f"{app.settings.web.port}") from exc
        await asyncio.sleep(0.05)
    log.info("web: serving on http://%s:%d", app.settings.web.host, app.settings.web.port)

    async def stop() -> None:
        server.should_exit = True
        await task

    stack.push_async_callback(stop)
