"""Scheduled lifecycle work: verification reminders and expiry, and privacy housekeeping.

`run_lifecycle_jobs(engine, settings, now)` is what the scheduler (and `once`) calls; it
runs `run_verification_jobs` and `run_housekeeping`. Each request is its own
transaction, so one failure never stops the others; everything is idempotent.

- Reminder: one, `verification_reminder_days` after the code went out, with a fresh
  code (the old one cannot be re-sent: only its hash is stored) valid until the
  original expiry. Not for a newsletter sign-up alone: an unconfirmed address is not
  mailed again.
- Expiry: a code that expired unused closes the request — refused, "identity not
  verified", with the right to complain (a refusal needs both, Art. 12(4)); a sign-up
  alone lapses silently.
- Housekeeping: once the mail that carried a code has left, the code in its stored body
  is masked; once an erasure notice has left, its address, subject and body are wiped.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.config import Settings
from bot.lifecycle import clock, subscribe
from bot.lifecycle.mailer import Mailer
from bot.lifecycle.staff import _mail_code, close_request
from bot.lifecycle.verification import BOTH, IDENTITY, SUBSCRIBE, active_code
from bot.reply import Replies
from bot.store.base import utcnow
from bot.store.db import session_scope
from bot.store.outbox import FAILED, SENT, OutboxItem
from bot.store.requests import (
    AWAITING_IDENTITY,
    CLOSED_STATUSES,
    REFUSED,
    PrivacyRequest,
    VerificationCode,
)

log = logging.getLogger(__name__)
_CODE = re.compile(r"(?<![\d-])\d{4}-\d{4}(?![\d-])")
MASK = "****-****"


@dataclass
class JobCounts:
    reminded: int = 0
    expired: int = 0  # identity never verified: refused and told
    lapsed: int = 0  # a sign-up never confirmed: closed quietly
    codes_masked: int = 0
    notices_wiped: int = 0
    failed: int = 0

    def summary(self) -> str:
        return " ".join(f"{k}={v}" for k, v in self.__dict__.items())


def run_lifecycle_jobs(
    engine: Engine,
    settings: Settings,
    now: datetime | None = None,
    *,
    replies: Replies | None = None,
) -> JobCounts:
    counts = run_verification_jobs(engine, settings, now, replies=replies)
    run_housekeeping(engine, counts)
    return counts


def run_verification_jobs(
    engine: Engine,
    settings: Settings,
    now: datetime | None = None,
    *,
    replies: Replies | None = None,
) -> JobCounts:
    now = now or utcnow()
    mailer = Mailer(settings, replies) if replies else Mailer(settings)
    counts = JobCounts()
    with session_scope(engine) as session:
        waiting = list(session.exec(
            select(PrivacyRequest.id).where(PrivacyRequest.status == AWAITING_IDENTITY)
        ))
    for request_id in waiting:
        try:
            with session_scope(engine) as session:
                request = session.get(PrivacyRequest, request_id)
                if request is not None and request.status == AWAITING_IDENTITY:
                    _one(session, request, mailer, now, counts)
        except Exception:
            counts.failed += 1
            log.exception("verification job failed for request id=%s", request_id)
    if counts.reminded or counts.expired or counts.lapsed:
        log.info("verification jobs: %s", counts.summary())
    return counts


def _latest_code(session: Session, request: PrivacyRequest) -> VerificationCode | None:
    return session.exec(
        select(VerificationCode).where(VerificationCode.request_id == request.id)
        .order_by(col(VerificationCode.id).desc())
    ).first()


def _one(
    session: Session, request: PrivacyRequest, mailer: Mailer, now: datetime, counts: JobCounts
) -> None:
    latest = _latest_code(session, request)
    if latest is None or latest.used_at is not None:
        return  # no code went out (staff must send one), or it was used
    identity = clock.needs_identity(request)
    active = active_code(session, request, now)
    if active is None:  # expired (or revoked after too many wrong codes) and unused
        if identity:
            close_request(
                session, request, actor="bot", outcome=REFUSED, mailer=mailer, now=now,
                reason=mailer.words(request.language)["reasons"]["identity_not_verified"],
            )
            counts.expired += 1
        else:
            subscribe.lapse(session, request, at=now)
            counts.lapsed += 1
        return
    due = active.created_at + timedelta(days=mailer.settings.compliance.verification_reminder_days)
    if identity and request.verification_reminded_at is None and now >= due:
        purpose = BOTH if clock.awaits_subscription(request) else IDENTITY
        if purpose == IDENTITY and active.purpose == SUBSCRIBE:
            purpose = BOTH
        _mail_code(session, request, purpose=purpose, actor="bot", mailer=mailer, now=now,
                   reminder=True, expires_at=active.expires_at)
        request.verification_reminded_at = now
        session.add(request)
        counts.reminded += 1


def run_housekeeping(engine: Engine, counts: JobCounts | None = None) -> JobCounts:
    counts = counts or JobCounts()
    with session_scope(engine) as session:
        pending = session.exec(
            select(VerificationCode, OutboxItem)
            .join(OutboxItem, col(OutboxItem.id) == col(VerificationCode.outbox_id))
            .where(
                col(VerificationCode.redacted).is_(False),
                col(OutboxItem.status).in_([SENT, FAILED]),
            )
        ).all()
        for code, item in pending:
            item.body = _CODE.sub(MASK, item.body)
            code.redacted = True
            session.add_all([item, code])
            counts.codes_masked += 1
        erased = session.exec(
            select(OutboxItem)
            .join(PrivacyRequest, col(PrivacyRequest.id) == col(OutboxItem.request_id))
            .where(
                col(PrivacyRequest.erased_at).is_not(None),
                col(PrivacyRequest.status).in_(list(CLOSED_STATUSES)),
                col(OutboxItem.status).in_([SENT, FAILED]),
                OutboxItem.to_addr != "",
            )
        ).all()
        for item in erased:
            item.to_addr = item.subject = item.body = item.last_error = ""
            item.headers = {}
            session.add(item)
            counts.notices_wiped += 1
    return counts
