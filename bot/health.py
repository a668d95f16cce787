"""What the `run` worker knows about itself, and the /healthz verdict built from it.

`Health` lives in the worker's `App` and is updated by one-line calls in bot.worker
(start, job runs, mailbox failures). `report(app)` turns it, plus what the database
says, into four checks — each `ok`, `failing` or `unknown`:

    database   SELECT 1 answers
    outbox     no reply has been due for longer than health.outbox_stuck_seconds
    mailbox    connected, or down for at most health.mailbox_down_seconds   (run only)
    scheduler  every interval job ran within its interval + scheduler_stale_seconds (run only)

Healthy means no check is `failing`. In a separate `python -m bot web` process the
worker's state is not visible: mailbox and scheduler are `unknown` there, and what the
database knows (the outbox, the last fetch any worker recorded) is still reported.
Nothing in a report is personal data: counts, ages, times and a redacted error line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, text
from sqlmodel import Session, col, select

from bot.logs import redact
from bot.store.base import utcnow
from bot.store.mail import Checkpoint
from bot.store.outbox import PENDING, SENDING, OutboxItem

if TYPE_CHECKING:
    from bot.app import App

OK, FAILING, UNKNOWN = "ok", "failing", "unknown"
# the worker's interval jobs (bot.worker job names) and the setting holding each interval;
# the mailbox watch is not here: it runs for the worker's lifetime (the mailbox check)
INTERVAL_JOBS = {
    "flush_job": "worker.outbox_interval",
    "lifecycle_job": "worker.lifecycle_interval",
    "scheduled": "jobs.check_interval",  # bot.jobs: digest, escalation, bounces, retention
}
NOT_HERE = "not visible from this process (`python -m bot web`): ask the run worker's /healthz"


@dataclass
class JobRun:
    started: datetime | None = None
    finished: datetime | None = None
    runs: int = 0


@dataclass
class Health:
    """The live state of one `run` worker (empty and `live=False` in any other process)."""

    live: bool = False  # set by the `run` worker when it starts
    started_at: datetime | None = None
    last_fetch: datetime | None = None  # the end of the last successful fetch round
    failures: int = 0  # consecutive mailbox failures (backoff grows with them)
    last_error: str = ""  # the last mailbox failure, one line, addresses redacted
    last_error_at: datetime | None = None
    jobs: dict[str, JobRun] = field(default_factory=dict)
    # incidents of the mailbox watch (bot.worker): one starts with the first failure and
    # ends with the next successful fetch round
    incidents: int = 0  # since the worker started
    down_since: datetime | None = None  # the current incident started; None: none now
    down_reason: str = ""  # what started it (one line, redacted); "" when none
    recovered_at: datetime | None = None  # the end of the last incident
    last_downtime_seconds: float | None = None  # how long the last incident lasted
    _connected: bool = False
    _changed_at: datetime = field(default_factory=utcnow)  # when _connected last changed

    @property
    def mailbox_connected(self) -> bool:
        return self._connected

    @mailbox_connected.setter
    def mailbox_connected(self, value: bool) -> None:
        if value != self._connected:
            self._connected, self._changed_at = value, utcnow()

    @property
    def connection_changed_at(self) -> datetime:
        return self._changed_at

    def start(self) -> None:
        self.live, self.started_at, self._changed_at = True, utcnow(), utcnow()

    def mailbox_failed(self, error: str) -> None:
        self.last_error, self.last_error_at = redact(error)[:300], utcnow()

    def watch_failed(self, error: str) -> bool:
        """A failed round of the mailbox watch; True when it starts a new incident."""
        self.failures += 1
        self.mailbox_failed(error)
        self.down_reason = self.last_error
        if self.down_since is None:
            self.down_since = utcnow()
            self.incidents += 1
            return True
        return False

    def watch_recovered(self) -> float | None:
        """A successful round: ends the incident; returns its length in seconds, if any."""
        self.failures = 0
        if self.down_since is None:
            return None
        self.recovered_at = utcnow()
        self.last_downtime_seconds = (self.recovered_at - self.down_since).total_seconds()
        self.down_since, self.down_reason = None, ""
        return self.last_downtime_seconds

    def job_started(self, name: str) -> None:
        run = self.jobs.setdefault(name, JobRun())
        run.started, run.runs = utcnow(), run.runs + 1

    def job_finished(self, name: str) -> None:
        self.jobs.setdefault(name, JobRun()).finished = utcnow()


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def _age(now: datetime, value: datetime | None) -> float | None:
    return round((now - value).total_seconds(), 1) if value else None


def report(app: App, *, now: datetime | None = None) -> tuple[bool, dict[str, Any]]:
    """(healthy, the JSON body of /healthz)."""
    now = now or utcnow()
    database, outbox = _store_checks(app, now)
    checks = {
        "database": database,
        "outbox": outbox,
        "mailbox": _mailbox(app, now),
        "scheduler": _scheduler(app, now),
    }
    healthy = all(c["status"] != FAILING for c in checks.values())
    body: dict[str, Any] = {
        "status": "ok" if healthy else FAILING,
        "process": "run" if app.health.live else "web",
        "time": _iso(now),
        # kept at the top level for scripts written against the first /healthz
        "mailbox_connected": app.health.mailbox_connected if app.health.live else None,
        "last_fetch": _iso(app.health.last_fetch),
        "checks": checks,
    }
    return healthy, body


def _store_checks(app: App, now: datetime) -> tuple[dict[str, Any], dict[str, Any]]:
    limit = app.settings.health.outbox_stuck_seconds
    try:
        with Session(app.engine) as session:
            session.connection().execute(text("SELECT 1")).one()
            figures = outbox_figures(session, now)
            fetched = session.exec(select(func.max(col(Checkpoint.last_fetch_at)))).one()
    except Exception as exc:  # down, refused, wrong password, locked: say which kind only
        failing = {"status": FAILING, "error": type(exc).__name__}
        return failing, {"status": UNKNOWN, "reason": "the database is not reachable"}
    database = {"status": OK, "last_fetch_recorded": _iso(fetched),
                "last_fetch_recorded_age_seconds": _age(now, fetched)}
    stuck = figures["oldest_due_seconds"] is not None and figures["oldest_due_seconds"] > limit
    outbox: dict[str, Any] = {"status": FAILING if stuck else OK, **figures,
                              "limit_seconds": limit}
    if stuck:
        outbox["reason"] = f"a reply has been due for more than {limit:.0f}s without a send"
    return database, outbox


def outbox_figures(session: Session, now: datetime) -> dict[str, Any]:
    """Due replies (pending and due, or claimed by a sender whose lease ran out)."""
    pending_due = (col(OutboxItem.status) == PENDING) & (col(OutboxItem.next_attempt_at) <= now)
    lease_over = (col(OutboxItem.status) == SENDING) & (col(OutboxItem.claimed_until) < now)
    due, first_pending = session.exec(
        select(func.count(), func.min(col(OutboxItem.next_attempt_at))).where(pending_due)
    ).one()
    over, first_lease = session.exec(
        select(func.count(), func.min(col(OutboxItem.claimed_until))).where(lease_over)
    ).one()
    unsent = session.exec(
        select(func.min(col(OutboxItem.created_at)))
        .where(col(OutboxItem.status).in_((PENDING, SENDING)))
    ).one()
    oldest = min((t for t in (first_pending, first_lease) if t is not None), default=None)
    return {
        "due": int(due) + int(over),
        "oldest_due_seconds": _age(now, _aware(oldest)),
        "oldest_unsent_seconds": _age(now, _aware(unsent)),
    }


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:  # aggregates skip the column type
        return value.replace(tzinfo=UTC)
    return value


def _mailbox(app: App, now: datetime) -> dict[str, Any]:
    h = app.health
    if not h.live:
        return {"status": UNKNOWN, "reason": NOT_HERE}
    imap, limit = app.settings.imap, app.settings.health.mailbox_down_seconds
    out: dict[str, Any] = {
        "connected": h.mailbox_connected,
        "since": _iso(h.connection_changed_at),
        "last_fetch": _iso(h.last_fetch),
        "last_fetch_age_seconds": _age(now, h.last_fetch),
        "consecutive_failures": h.failures,
        "last_error": h.last_error or None,
        "last_error_at": _iso(h.last_error_at),
        "limit_seconds": limit,
        "incidents": h.incidents,
        "down_since": _iso(h.down_since),
        "down_reason": h.down_reason or None,
        "recovered_at": _iso(h.recovered_at),
        "last_downtime_seconds": h.last_downtime_seconds,
    }
    if h.mailbox_connected:
        # a round ends after IDLE times out (or the poll interval): no fetch for longer
        # than that plus the limit means a round hangs
        round_limit = (imap.idle_timeout if imap.idle else imap.poll_interval) + limit
        since = h.last_fetch or h.connection_changed_at
        if (now - since).total_seconds() > round_limit:
            return {**out, "status": FAILING,
                    "reason": f"connected, but no fetch round for more than {round_limit:.0f}s"}
        return {**out, "status": OK}
    down = (now - h.connection_changed_at).total_seconds()
    if down > limit:
        return {**out, "status": FAILING, "reason": f"disconnected for more than {limit:.0f}s"}
    return {**out, "status": OK, "reason": "reconnecting"}


def _scheduler(app: App, now: datetime) -> dict[str, Any]:
    h = app.health
    if not h.live:
        return {"status": UNKNOWN, "reason": NOT_HERE}
    slack = app.settings.health.scheduler_stale_seconds
    jobs: dict[str, Any] = {}
    late: list[str] = []
    for name, run in sorted(h.jobs.items()):
        jobs[name] = {"last_started": _iso(run.started), "last_finished": _iso(run.finished),
                      "running": run.started is not None and (run.finished is None
                                                              or run.finished < run.started),
                      "runs": run.runs}
    for name, setting in INTERVAL_JOBS.items():
        section, key = setting.split(".")
        interval = float(getattr(getattr(app.settings, section), key))
        last = h.jobs.get(name)
        since = (last.finished if last and last.finished else None) or h.started_at or now
        if (now - since).total_seconds() > interval + slack:
            late.append(name)
    if app.stopping.is_set():
        return {"status": FAILING, "reason": "the worker is stopping", "jobs": jobs}
    if late:
        return {"status": FAILING, "jobs": jobs,
                "reason": f"no finished run of {', '.join(late)} within its interval + "
                          f"{slack:.0f}s"}
    return {"status": OK, "jobs": jobs}
