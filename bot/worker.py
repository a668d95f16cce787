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
from collections.abc import Awaitable, Callable, Iterator
from contextlib import AsyncExitStack, contextmanager
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.exc import SQLAlchemyError

from bot import jobs, lifecycle
from bot.app import App
from bot.config import Settings
from bot.fetch import Mailbox, MailboxError
from bot.pipeline import Counts, fetch_and_process, flush_outbox, process_pending
from bot.store import db

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


RECONNECT_BASE, RECONNECT_CAP = 2.0, 300.0  # seconds: first and largest wait


def reconnect_delay(failures: int) -> float:
    """Exponential backoff with jitter: ~2 s, 4 s, 8 s ... up to 5 minutes (±20 %)."""
    return min(RECONNECT_CAP, RECONNECT_BASE * 2.0 ** max(failures - 1, 0)) * random.uniform(
        0.8, 1.2
    )


async def watch_mailbox(app: App) -> None:
    """The mailbox job: runs until stop; whatever fails, the watch goes on after a wait.

    A round that fails — the IMAP server down or restarting, a dropped connection, a
    refused login, a missing folder, the database unreachable — is one *incident*: one
    ERROR line when it starts (a WARNING if its reason changes, DEBUG for every other
    retry), `Health` says disconnected and why, and the next try waits longer each time
    (`reconnect_delay`). The first batch stored and recorded (or the first round, when
    there is no mail) ends the incident with one INFO line. Nothing is lost or done
    twice by starting over: stored mail is found by the checkpoint and by its hash, and
    decisions are committed once per batch.
    """
    while not app.stopping.is_set():
        try:
            await _watch_once(app)
        except Exception as exc:
            reason, before = _reason(exc), app.health.down_reason
            new = app.health.watch_failed(reason)
            delay = reconnect_delay(app.health.failures)
            if new:
                log.error("%s (retrying with backoff, next try in %.0fs)", reason, delay,
                          exc_info=not isinstance(exc, MailboxError | SQLAlchemyError))
            elif _kind(app.health.down_reason) != _kind(before):  # the same incident, news
                log.warning("still down, now %s (attempt %s, next try in %.0fs)",
                            reason, app.health.failures, delay)
            else:
                log.debug("still down (attempt %s): %s; next try in %.0fs",
                          app.health.failures, reason, delay)
            await _sleep_unless_stopping(app, delay)


def _reason(exc: Exception) -> str:
    """One line for the log and /healthz: no SQL, no parameters, no password."""
    if isinstance(exc, MailboxError):
        return f"mailbox: {exc}"
    if isinstance(exc, SQLAlchemyError):
        return f"database: {db.describe(exc)}"
    return f"mailbox watch: unexpected {type(exc).__name__}"


def _kind(reason: str) -> str:
    """The stable part of a reason ("mailbox: cannot connect to 127.0.0.1", "database")."""
    return ":".join(reason.split(":", 2)[:2])


async def _watch_once(app: App) -> None:
    imap = app.settings.imap
    box = Mailbox(imap)
    try:
        await asyncio.to_thread(box.connect)
        app.health.mailbox_connected = True
        idle = box.has_idle and imap.idle
        log.info("mailbox connected (idle=%s)", idle)
        while not app.stopping.is_set():
            counts = Counts()
            await asyncio.to_thread(process_pending, app, counts)  # leftovers of a crash
            # a long backlog: back up as soon as its first batch is stored and recorded
            await asyncio.to_thread(
                fetch_and_process, app, counts, box, after_batch=lambda: _recovered(app)
            )
            app.health.last_fetch = datetime.now(UTC)
            _recovered(app)
            if counts.processed and not app.stopping.is_set():
                await flush_outbox(app, counts)
            if counts.fetched:
                log.info("round: %s", counts.summary())
            if idle:
                await asyncio.to_thread(box.wait_for_new, imap.idle_timeout, stop=app.stopping)
            else:
                await _sleep_unless_stopping(app, imap.poll_interval)
    finally:
        app.health.mailbox_connected = False
        await asyncio.to_thread(box.close)


def _recovered(app: App) -> None:
    down = app.health.watch_recovered()
    if down is not None:
        log.info("mailbox: recovered after %.1fs down", down)


async def _sleep_unless_stopping(app: App, seconds: float) -> None:
    await asyncio.to_thread(app.stopping.wait, seconds)


async def flush_job(app: App) -> None:
    counts = Counts()
    await flush_outbox(app, counts)


async def lifecycle_job(app: App) -> None:
    """Verification reminders and expiry, then housekeeping (codes masked once sent)."""
    await asyncio.to_thread(
        lifecycle.run_lifecycle_jobs, app.engine, app.settings, replies=app.replies
    )
    await flush_outbox(app, Counts())


def _tracked(app: App, tasks: set[asyncio.Task[None]], job: Callable[[App], Awaitable[None]]):  # type: ignore[no-untyped-def]
    """Wrap a job so that shutdown can wait for it to finish (instead of cancelling it)."""

    async def run() -> None:
        task = asyncio.current_task()
        assert task is not None
        tasks.add(task)  # type: ignore[arg-type]
        app.health.job_started(job.__name__)
        try:
            await job(app)
        finally:
            tasks.discard(task)  # type: ignore[arg-type]
            app.health.job_finished(job.__name__)

    run.__name__ = job.__name__
    return run


async def run(settings: Settings) -> None:
    app = App(settings)
    app.health.start()  # /healthz: this process is a live worker
    loop = asyncio.get_running_loop()
    stopped = asyncio.Event()
    running: set[asyncio.Task[None]] = set()

    def stop() -> None:
        log.warning("stopping: finishing the current message")
        app.stopping.set()
        stopped.set()

    async with AsyncExitStack() as stack:
        stack.callback(app.close)
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop)
            stack.callback(loop.remove_signal_handler, sig)
        # migrate, load the model and its language data now, not on the first message
        await asyncio.to_thread(_warm_up, app)
        if settings.web.enabled_in_run:  # the staff web app on the same engine
            from bot.web import embedded

            await embedded(stack, app)
        scheduler = AsyncIOScheduler(timezone=UTC)
        now = datetime.now(UTC)
        scheduler.add_job(
            _tracked(app, running, watch_mailbox), "date", run_date=now, id="mailbox",
        )
        scheduler.add_job(
            _tracked(app, running, flush_job), "interval", id="outbox",
            seconds=settings.worker.outbox_interval, max_instances=1, coalesce=True,
            next_run_time=now,
        )
        scheduler.add_job(
            _tracked(app, running, lifecycle_job), "interval", id="lifecycle",
            seconds=settings.worker.lifecycle_interval, max_instances=1, coalesce=True,
            next_run_time=now,
        )
        scheduler.add_job(  # digest, escalation, outbox give-up, bounces, retention (bot.jobs)
            _tracked(app, running, jobs.scheduled), "interval", id="jobs",
            seconds=settings.jobs.check_interval, max_instances=1, coalesce=True,
            next_run_time=now,
        )
        scheduler.start()
        stack.callback(scheduler.shutdown, wait=False)
        log.info("worker running")
        await stopped.wait()
        scheduler.pause()
        # every job sees app.stopping and returns after the message it is on
        if running:
            await asyncio.wait(set(running), timeout=60)
    log.info("worker stopped")


def _warm_up(app: App) -> None:
    app.engine  # noqa: B018 - runs the migrations
    warm = getattr(app.classifier, "warm_up", None)
    if callable(warm):
        warm()
