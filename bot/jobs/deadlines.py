"""The daily deadline digest to staff, and escalation of overdue requests to admins.

- digest: once per local day (after `jobs.digest_hour`), to `jobs.digest_recipients`:
  overdue open requests, those due within `jobs.digest_due_within_days`, and replies
  that failed or bounced in the last week — references, types, status and dates only.
- escalation: each overdue open request is flagged once (`escalated_at`, an event, an
  audit row), and the newly flagged ones are mailed to the active admins that have an
  email and to `jobs.escalation_recipients`.

"Overdue" is what the web queue calls overdue: an open status and a due date passed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot import privacy
from bot.config import Settings
from bot.jobs import staffmail
from bot.jobs.runs import Gate, Outcome
from bot.store.db import is_postgres, session_scope
from bot.store.outbox import BOUNCED, FAILED, OutboxItem
from bot.store.requests import OPEN_STATUSES, PrivacyRequest

log = logging.getLogger(__name__)
FAILED_MAIL_DAYS = 7


@dataclass
class DigestResult(Outcome):
    JOB = "digest"
    overdue: list[str] = field(default_factory=list)  # references
    due_soon: list[str] = field(default_factory=list)
    failed_mail: list[int] = field(default_factory=list)  # outbox ids
    queued: int = 0


def digest(
    engine: Engine, settings: Settings, *, now: datetime, day: str, gate: Gate,
    dry_run: bool = False, unique: bool = True,
) -> DigestResult:
    result = DigestResult()
    recipients = settings.jobs.digest_recipients
    if not recipients:
        result.skipped = "no jobs.digest_recipients"
        return result
    with session_scope(engine) as session:
        if not gate(session):
            result.skipped = f"already sent for {day}"
            return result
        overdue, soon = _due(session, settings, now)
        failed = list(session.exec(
            select(OutboxItem).where(
                col(OutboxItem.status).in_([FAILED, BOUNCED]),
                col(OutboxItem.created_at) >= now - timedelta(days=FAILED_MAIL_DAYS),
                ~col(OutboxItem.template).startswith("staff_"),
            ).order_by(col(OutboxItem.id))
        ))
        result.overdue = [r.reference for r in overdue]
        result.due_soon = [r.reference for r in soon]
        result.failed_mail = [o.id for o in failed if o.id is not None]
        if dry_run:
            session.rollback()
            return result
        body = _digest_body(session, settings, now, day, overdue, soon, failed)
        subject = (f"Privacy requests {day}: {len(overdue)} overdue, "
                   f"{len(soon)} due within {settings.jobs.digest_due_within_days} days")
        for to in recipients:
            if staffmail.queue(session, settings, to=to, template="staff_digest",
                               subject=subject, body=body, key=day, unique=unique):
                result.queued += 1
    log.info("%s", result.summary())
    return result


def _due(
    session: Session, settings: Settings, now: datetime
) -> tuple[list[PrivacyRequest], list[PrivacyRequest]]:
    horizon = now + timedelta(days=settings.jobs.digest_due_within_days)
    rows = list(session.exec(
        select(PrivacyRequest).where(
            col(PrivacyRequest.status).in_(OPEN_STATUSES),
            col(PrivacyRequest.due_at).is_not(None),
            col(PrivacyRequest.due_at) <= horizon,
        ).order_by(col(PrivacyRequest.due_at), col(PrivacyRequest.id))
    ))
    overdue = [r for r in rows if r.due_at is not None and r.due_at < now]
    return overdue, [r for r in rows if r not in overdue]


def _digest_body(
    session: Session, settings: Settings, now: datetime, day: str,
    overdue: list[PrivacyRequest], soon: list[PrivacyRequest], failed: list[OutboxItem],
) -> str:
    lines = [f"Deadline digest for {day} ({settings.jobs.timezone}).", ""]
    lines.append(f"Overdue ({len(overdue)}):")
    lines += [staffmail.request_line(r, now) for r in overdue] or ["  none"]
    lines += ["", f"Due within {settings.jobs.digest_due_within_days} days ({len(soon)}):"]
    lines += [staffmail.request_line(r, now) for r in soon] or ["  none"]
    lines += ["", f"Replies not delivered in the last {FAILED_MAIL_DAYS} days ({len(failed)}):"]
    refs = _references(session, [o.request_id for o in failed])
    lines += [
        f"  outbox {o.id:<8} {refs.get(o.request_id or 0, '-'):<16} {o.template:<12} "
        f"{o.status}: {staffmail.redact(o.last_error) or '-'}"
        for o in failed
    ] or ["  none"]
    return "\n".join(lines)


def _references(session: Session, ids: list[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    rows = session.exec(select(PrivacyRequest.id, PrivacyRequest.reference)
                        .where(col(PrivacyRequest.id).in_(wanted))).all()
    return {i: ref for i, ref in rows if i is not None}


# --- escalation --------------------------------------------------------------------------

@dataclass
class EscalationResult(Outcome):
    JOB = "escalation"
    escalated: list[str] = field(default_factory=list)  # references
    recipients: int = 0
    queued: int = 0


def escalate(
    engine: Engine, settings: Settings, *, now: datetime, gate: Gate, dry_run: bool = False,
) -> EscalationResult:
    result = EscalationResult()
    with session_scope(engine) as session:
        if not gate(session):
            result.skipped = "ran this period already"
            return result
        query = select(PrivacyRequest).where(
            col(PrivacyRequest.status).in_(OPEN_STATUSES),
            col(PrivacyRequest.due_at) < now,
            col(PrivacyRequest.escalated_at).is_(None),
        ).order_by(col(PrivacyRequest.due_at), col(PrivacyRequest.id))
        if is_postgres(engine):
            query = query.with_for_update(skip_locked=True)
        candidates = list(session.exec(query))
        recipients = staffmail.admin_recipients(session, settings)
        result.recipients = len(recipients)
        if dry_run:
            result.escalated = [r.reference for r in candidates]
            session.rollback()
            return result
        flagged: list[PrivacyRequest] = []
        for r in candidates:
            changed = session.connection().execute(
                update(PrivacyRequest)
                .where(col(PrivacyRequest.id) == r.id, col(PrivacyRequest.escalated_at).is_(None))
                .values(escalated_at=now)
            ).rowcount
            if not changed:
                continue  # another worker flagged it first
            due = r.due_at.date().isoformat() if r.due_at else ""
            privacy.record_event(session, r, "escalated", due=due, recipients=len(recipients))
            privacy.audit(session, "request.escalated", f"request:{r.reference}", due=due,
                          recipients=len(recipients))
            flagged.append(r)
        result.escalated = [r.reference for r in flagged]
        if flagged:
            body = "\n".join([
                f"{len(flagged)} privacy request(s) passed their legal deadline and are "
                "still open:", "", *(staffmail.request_line(r, now) for r in flagged), "",
                "Each is escalated once; the daily digest keeps listing them until closed.",
            ])
            subject = f"Escalation: {len(flagged)} overdue privacy request(s)"
            key = ",".join(str(r.id) for r in flagged)
            for to in recipients:
                if staffmail.queue(session, settings, to=to, template="staff_escalation",
                                   subject=subject, body=body, key=key):
                    result.queued += 1
    if result.escalated:
        log.info("%s", result.summary())
    return result
