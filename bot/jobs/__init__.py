"""The scheduled jobs, each runnable once: `python -m bot jobs run NAME [--dry-run]`.

    digest        daily deadline digest to staff (once per local day)   bot.jobs.deadlines
    escalation    overdue requests flagged once and mailed to admins    bot.jobs.deadlines
    outbox        mail failing past its deadline failed; staff told     bot.jobs.failed
    bounces       undeliverable marks lifted after their time           bot.bounces
    retention     raw mail and exports of closed requests purged        bot.jobs.retention
    verification  code reminders and expiry, housekeeping               bot.lifecycle.jobs

`run_due` is what `once` and the `run` worker's scheduler call: each job whose period
(see bot.jobs.runs) has not been claimed yet runs, claimed in its own transaction, so
cron starting `once` every minute and several workers still run each job once per
period. Bounce DSNs themselves are handled as they arrive, by the record stage.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from bot import bounces
from bot.config import Settings
from bot.jobs import deadlines, failed, retention, runs
from bot.store.base import utcnow
from bot.store.db import session_scope

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger(__name__)
NAMES = ("outbox", "escalation", "digest", "bounces", "retention", "verification")


@dataclass(frozen=True)
class Outcome:
    name: str
    summary: str
    ran: bool = True  # False: not due, or claimed by someone else


Runner = Callable[[Engine, Settings, datetime, runs.Gate, bool, bool], str]


def _digest(e: Engine, s: Settings, now: datetime, gate: runs.Gate, dry: bool, forced: bool) -> str:
    day = runs.digest_day(s, now) or now.date().isoformat()
    return deadlines.digest(e, s, now=now, day=day, gate=gate, dry_run=dry,
                            unique=not forced).summary()


def _escalation(e: Engine, s: Settings, now: datetime, gate: runs.Gate, dry: bool,
                forced: bool) -> str:
    return deadlines.escalate(e, s, now=now, gate=gate, dry_run=dry).summary()


def _outbox(e: Engine, s: Settings, now: datetime, gate: runs.Gate, dry: bool,
            forced: bool) -> str:
    return failed.give_up_and_report(e, s, now=now, gate=gate, dry_run=dry).summary()


def _bounces(e: Engine, s: Settings, now: datetime, gate: runs.Gate, dry: bool,
             forced: bool) -> str:
    with session_scope(e) as session:
        if not gate(session):
            return "bounces: (ran this period already)"
    return bounces.expire(e, s, now, dry_run=dry).summary()


def _retention(e: Engine, s: Settings, now: datetime, gate: runs.Gate, dry: bool,
               forced: bool) -> str:
    return retention.purge(e, s, now=now, gate=gate, dry_run=dry).summary()


def _verification(e: Engine, s: Settings, now: datetime, gate: runs.Gate, dry: bool,
                  forced: bool) -> str:
    from bot.lifecycle import run_lifecycle_jobs

    if dry:
        return "verification: no dry run (reminders and expiry are idempotent)"
    return "verification: " + run_lifecycle_jobs(e, s, now).summary()


RUNNERS: dict[str, Runner] = {
    "digest": _digest, "escalation": _escalation, "outbox": _outbox,
    "bounces": _bounces, "retention": _retention, "verification": _verification,
}


def _period(name: str, settings: Settings, now: datetime) -> str | None:
    """The period a scheduled job is due for; None when it is not scheduled now."""
    j = settings.jobs
    if name == "digest":
        return runs.digest_day(settings, now)
    interval = {"escalation": j.escalation_interval, "outbox": j.failed_mail_interval,
                "bounces": j.bounces_interval, "retention": j.retention_interval}.get(name)
    return runs.every(interval, now) if interval else None  # verification: its own job


def run_due(engine: Engine, settings: Settings, now: datetime | None = None) -> list[Outcome]:
    """Run every job that is due and not yet claimed for its period; one failure never
    stops the others."""
    now = now or utcnow()
    done = []
    for name in NAMES:
        period = _period(name, settings, now)
        if period is None:
            continue
        claimed: list[bool] = []

        def gate(session, name=name, period=period, claimed=claimed):  # type: ignore[no-untyped-def]
            claimed.append(runs.claim(session, name, period))
            return claimed[-1]

        try:
            summary = RUNNERS[name](engine, settings, now, gate, False, False)
        except Exception:
            log.exception("job %s failed", name)
            continue
        if claimed and claimed[0]:
            _finish(engine, name, summary)
            done.append(Outcome(name, summary))
    return done


def run_job(
    engine: Engine, settings: Settings, name: str, *, dry_run: bool = False,
    now: datetime | None = None,
) -> list[Outcome]:
    """Run one job (or "all") now, due or not; a dry run changes nothing."""
    now = now or utcnow()
    names = NAMES if name == "all" else (name,)
    out = []
    for job in names:
        period = _period(job, settings, now) or now.date().isoformat()
        gate = runs.open_gate if dry_run else runs.gate(job, period, force=True)
        summary = RUNNERS[job](engine, settings, now, gate, dry_run, True)
        if not dry_run and job != "verification":
            _finish(engine, job, summary)
        out.append(Outcome(job, summary))
    return out


def _finish(engine: Engine, name: str, summary: str) -> None:
    with session_scope(engine) as session:
        runs.finish(session, name, summary)


async def scheduled(app: App) -> None:
    """The `run` worker's job: the due jobs, then what they queued goes out."""
    import asyncio

    from bot.pipeline import Counts, flush_outbox

    done = await asyncio.to_thread(run_due, app.engine, app.settings)
    if done and not app.stopping.is_set():
        await flush_outbox(app, Counts())
