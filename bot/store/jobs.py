"""The scheduled jobs' own tables: when each job last ran, and addresses that bounced.

- `JobRun`: one row per job. `period` is the last period the job was claimed for (a
  local day for the digest, an interval number for the others). A worker claims a
  period with one conditional UPDATE (`period <> :new`), so of several workers — or a
  `once` from cron every minute — exactly one runs the job per period.
- `UndeliverableAddress`: an address a permanent bounce (5.x.x) reported, as a keyed
  hash (it outlives an erasure without being one more copy of the address), until when
  nothing is sent to it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Text
from sqlmodel import Field, SQLModel

from bot.store.base import UTCDateTime, stamp, when


class JobRun(SQLModel, table=True):
    __tablename__ = "job_run"

    name: str = Field(primary_key=True, max_length=40)
    period: str = Field(default="", max_length=40)
    started_at: datetime | None = when()
    finished_at: datetime | None = when()
    summary: str = Field(default="", sa_type=Text)  # counts only, never personal data


class UndeliverableAddress(SQLModel, table=True):
    __tablename__ = "undeliverable_address"

    email_hash: str = Field(primary_key=True, max_length=64)  # bot.people.address_hash
    since: datetime = stamp()
    until: datetime = Field(sa_type=UTCDateTime, nullable=False, index=True)
    outbox_id: int | None = None  # the mail whose bounce put it here
    status: str = Field(default="", max_length=20)  # the DSN status, e.g. 5.1.1
