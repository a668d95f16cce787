"""Claiming a job's period: one conditional UPDATE of its `job_run` row.

`claim(session, name, period)` is the first statement of the job's transaction: it
creates the row if it is missing, then sets `period` only where it differs. The row
lock (PostgreSQL) or the database write lock (SQLite) makes a second worker wait until
the first commits, and then its UPDATE matches nothing: the job's work and its claim
commit together, so a period is either done once or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime
from typing import ClassVar
from zoneinfo import ZoneInfo

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from bot.config import Settings
from bot.store.base import utcnow
from bot.store.jobs import JobRun

Gate = Callable[[Session], bool]


@dataclass
class Outcome:
    """What one run of a job did, as the one line `jobs run` prints and the log keeps:
    `<job>: name=count ...` (a list counts as its length), then why it did nothing."""

    JOB: ClassVar[str] = ""
    skipped: str = ""

    def summary(self) -> str:
        values = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "skipped"}
        counts = " ".join(
            f"{name}={len(v) if isinstance(v, list) else v}" for name, v in values.items()
        )
        return f"{self.JOB}: {counts}" + (f" ({self.skipped})" if self.skipped else "")


def claim(session: Session, name: str, period: str, *, force: bool = False) -> bool:
    conn = session.connection()
    insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    conn.execute(insert(JobRun).values(name=name, period="", summary="")
                 .on_conflict_do_nothing(index_elements=["name"]))
    stmt = update(JobRun).where(col(JobRun.name) == name)
    if not force:
        stmt = stmt.where(col(JobRun.period) != period)
    return conn.execute(stmt.values(period=period, started_at=utcnow())).rowcount == 1


def finish(session: Session, name: str, summary: str) -> None:
    session.connection().execute(
        update(JobRun).where(col(JobRun.name) == name)
        .values(finished_at=utcnow(), summary=summary[:2000])
    )


def gate(name: str, period: str, *, force: bool = False) -> Gate:
    return lambda session: claim(session, name, period, force=force)


def open_gate(session: Session) -> bool:
    """For a dry run: nothing is claimed (the transaction is rolled back anyway)."""
    return True


def every(seconds: float, now: datetime) -> str:
    """The interval period `now` falls in."""
    return str(int(now.timestamp() // seconds))


def digest_day(settings: Settings, now: datetime) -> str | None:
    """The local day the digest is due for, or None before `digest_hour`."""
    local = now.astimezone(ZoneInfo(settings.jobs.timezone))
    return local.date().isoformat() if local.hour >= settings.jobs.digest_hour else None
