"""`python -m bot run`: the long-running worker, wired in one place.

The engine, the classifier, the scheduler (and later the web app) start in one
AsyncExitStack and stop on SIGTERM/SIGINT. APScheduler runs two jobs: the mailbox
watch (IDLE when the server offers it, polling otherwise; it reconnects with backoff
when the server goes away) and the outbox flush. A stop is honoured between two
messages: what was stored but not processed waits as `received` for the next start.
"""

from __future__ import annotations

import asyncio
import logging
import random
import signal
from collections.abc import Iterator
from contextlib import AsyncExitStack, contextmanager
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.app import App
from bot.config import Settings
from bot.fetch import Mailbox, MailboxError
from bot.pipeline import Counts, fetch_and_process, flush_outbox, process_pending

log = logging.getLogger(__name__)


@contextmanager
def stop_on_signals(app: App) -> Iterator[None]:
    """For `once`: SIGTERM/SIGINT finish the current message, then stop."""

    def handler(signum: int, _frame: object) -> None:
        log.warning("signal %s: stopping after the current message", signum)
        app.stopping.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


async def watch_mailbox(app: App) -> None:
    """Fetch, process and answer; then wait in IDLE (or sleep) and go again."""
    imap = app.settings.imap
    box = Mailbox(imap)
    try:
        await asyncio.to_thread(box.connect)
        app.health.mailbox_connected = True
        app.health.failures = 0
        log.info("mailbox connected (idle=%s)", box.has_idle and imap.idle)
        while not app.stopping.is_set():
            counts = Counts()
            await asyncio.to_thread(fetch_and_process, app, counts, box)
            app.health.last_fetch = datetime.now(UTC)
            if counts.processed and not app.stopping.is_set():
                await flush_outbox(app, counts)
            if counts.fetched:
                log.info("round: %s", counts.summary())
            if box.has_idle and imap.idle:
                await asyncio.to_thread(box.wait_for_new, imap.idle_timeout, stop=app.stopping)
            else:
                await _sleep_unless_stopping(app, imap.poll_interval)
    except MailboxError as exc:
        app.health.failures += 1
        delay = min(300.0, 2 ** min(app.health.failures, 8)) * random.uniform(0.8, 1.2)
        log.error("mailbox: %s (retrying in %.0fs)", exc, delay)
        await _sleep_unless_stopping(app, delay)
    finally:
        app.health.mailbox_connected = False
        await asyncio.to_thread(box.close)


async def _sleep_unless_stopping(app: App, seconds: float) -> None:
    await asyncio.to_thread(app.stopping.wait, seconds)


async def flush_job(app: App) -> None:
    counts = Counts()
    await asyncio.to_thread(process_pending, app, counts)  # leftovers of a crash or stop
    if not app.stopping.is_set():
        await flush_outbox(app, counts)


async def run(settings: Settings) -> None:
    app = App(settings)
    loop = asyncio.get_running_loop()
    stopped = asyncio.Event()

    def stop() -> None:
        log.warning("stopping: finishing the current message")
        app.stopping.set()
        stopped.set()

    async with AsyncExitStack() as stack:
        stack.callback(app.close)
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop)
            stack.callback(loop.remove_signal_handler, sig)
        await asyncio.to_thread(lambda: (app.engine, app.classifier))  # migrate, load model
        scheduler = AsyncIOScheduler(timezone=UTC)
        now = datetime.now(UTC)
        scheduler.add_job(
            watch_mailbox, "interval", seconds=1, args=[app], id="mailbox",
            max_instances=1, coalesce=True, next_run_time=now,
        )
        scheduler.add_job(
            flush_job, "interval", seconds=settings.worker.outbox_interval, args=[app],
            id="outbox", max_instances=1, coalesce=True, next_run_time=now,
        )
        scheduler.start()
        stack.callback(scheduler.shutdown, wait=False)
        log.info("worker running")
        await stopped.wait()
    # asyncio.run() then waits for the worker threads, which see app.stopping and
    # return after the message they are on
    log.info("worker stopped")
