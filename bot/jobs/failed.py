"""Outbox give-up: mail still failing after `smtp.give_up_after_hours` is failed, and
staff are told once about every reply that failed or bounced.

The sender (bot.send) already gives up when it tries an item past its deadline; this
job also catches an item that waits in `pending` past it (nothing flushed it, e.g. a
worker that was down). Each failed or bounced item gets `staff_notified_at`, an audit
row and, for a request, an event; one mail to `jobs.digest_recipients` lists them.
Staff notices that fail themselves are marked but not reported (no notice loops).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from bot import privacy
from bot.config import Settings
from bot.jobs import staffmail
from bot.jobs.runs import Gate, Outcome
from bot.store.db import session_scope
from bot.store.outbox import BOUNCED, FAILED, PENDING, OutboxItem
from bot.store.requests import PrivacyRequest

log = logging.getLogger(__name__)


@dataclass
class FailedResult(Outcome):
    JOB = "outbox"
    gave_up: list[int] = field(default_factory=list)
    reported: list[int] = field(default_factory=list)
    queued: int = 0


def give_up_and_report(
    engine: Engine, settings: Settings, *, now: datetime, gate: Gate, dry_run: bool = False,
) -> FailedResult:
    result = FailedResult()
    deadline = now - timedelta(hours=settings.smtp.give_up_after_hours)
    with session_scope(engine) as session:
        if not gate(session):
            result.skipped = "ran this period already"
            return result
        stale = session.exec(select(OutboxItem.id).where(
            OutboxItem.status == PENDING, col(OutboxItem.attempts) >= 1,
            col(OutboxItem.created_at) < deadline,
        )).all()
        unreported = list(session.exec(select(OutboxItem).where(
            col(OutboxItem.status).in_([FAILED, BOUNCED]),
            col(OutboxItem.staff_notified_at).is_(None),
        ).order_by(col(OutboxItem.id))))
        if dry_run:
            result.gave_up = [i for i in stale if i is not None]
            result.reported = [o.id for o in unreported if o.id is not None]
            session.rollback()
            return result
        conn = session.connection()
        for item_id in stale:
            hours = settings.smtp.give_up_after_hours
            if conn.execute(update(OutboxItem).where(
                col(OutboxItem.id) == item_id, col(OutboxItem.status) == PENDING,
            ).values(status=FAILED, last_error=f"gave up after {hours:g} hours")).rowcount:
                assert item_id is not None
                result.gave_up.append(item_id)
                session.expire_all()
        if result.gave_up:
            unreported = list(session.exec(select(OutboxItem).where(
                col(OutboxItem.status).in_([FAILED, BOUNCED]),
                col(OutboxItem.staff_notified_at).is_(None),
            ).order_by(col(OutboxItem.id))))
        told: list[OutboxItem] = []
        for item in unreported:
            if not conn.execute(update(OutboxItem).where(
                col(OutboxItem.id) == item.id, col(OutboxItem.staff_notified_at).is_(None),
            ).values(staff_notified_at=now)).rowcount:
                continue  # another worker reported it
            if item.template.startswith("staff_"):
                continue
            request = session.get(PrivacyRequest, item.request_id) if item.request_id else None
            detail = {"outbox": item.id, "template": item.template, "status": item.status,
                      "error": staffmail.redact(item.last_error)}
            if request is not None and item.status == FAILED:
                privacy.record_event(session, request, "reply_failed", **detail)
            target = f"request:{request.reference}" if request else f"outbox:{item.id}"
            privacy.audit(session, "outbox.failed_reported", target, **detail)
            told.append(item)
        result.reported = [o.id for o in told if o.id is not None]
        if told:
            refs = {r.id: r.reference for r in session.exec(select(PrivacyRequest).where(
                col(PrivacyRequest.id).in_([o.request_id for o in told if o.request_id])))}
            body = "\n".join([
                f"{len(told)} message(s) from the bot could not be delivered:", "",
                *(f"  outbox {o.id:<8} {refs.get(o.request_id, '-'):<16} {o.template:<12} "
                  f"{o.status}: {staffmail.redact(o.last_error) or '-'}" for o in told),
                "", "They are shown on each request's page; the person may need another way "
                "to be reached.",
            ])
            key = ",".join(str(o.id) for o in told)
            for to in settings.jobs.digest_recipients:
                if staffmail.queue(session, settings, to=to, template="staff_failed",
                                   subject=f"Undelivered mail: {len(told)} item(s)",
                                   body=body, key=key):
                    result.queued += 1
    if result.gave_up or result.reported:
        log.warning("%s", result.summary())
    return result
