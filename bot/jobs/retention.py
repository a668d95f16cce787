"""Retention: raw mail and exports are kept only as long as they are needed.

- A message received more than `retention.raw_days` ago whose request is closed (or
  that has none, and is processed) loses its raw bytes, text, HTML and attachment list;
  its row stays (ids, dates, kind, labels, the sha256 that recognises it if fetched
  again) with `purged_at`.
- A data export attached to mail of a closed request, sent more than
  `retention.export_days` ago, loses its content; the file name stays.
- The consent ledger, the suppression list, request events and the audit log are never
  touched; each purge adds one audit row with ids and counts.

`--dry-run` lists the ids and counts that would go and changes nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, or_, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot import privacy
from bot.config import Settings
from bot.jobs.runs import Gate
from bot.store.db import session_scope
from bot.store.mail import RECEIVED, InboundMessage
from bot.store.outbox import BOUNCED, FAILED, SENT, OutboxItem
from bot.store.requests import CLOSED_STATUSES, PrivacyRequest

log = logging.getLogger(__name__)
BATCH = 500  # rows purged per statement round


@dataclass
class RetentionResult:
    messages: list[int] = field(default_factory=list)
    exports: list[int] = field(default_factory=list)  # outbox ids
    dry_run: bool = False
    skipped: str = ""

    def summary(self) -> str:
        verb = "would purge" if self.dry_run else "purged"
        line = f"retention: {verb} messages={len(self.messages)} exports={len(self.exports)}"
        if self.dry_run:
            line += f" message_ids={_ids(self.messages)} outbox_ids={_ids(self.exports)}"
        return line + (f" ({self.skipped})" if self.skipped else "")


def _ids(ids: list[int]) -> str:
    return ",".join(map(str, ids)) or "-"


def purge(
    engine: Engine, settings: Settings, *, now: datetime, gate: Gate, dry_run: bool = False,
) -> RetentionResult:
    result = RetentionResult(dry_run=dry_run)
    with session_scope(engine) as session:
        if not gate(session):
            result.skipped = "ran this period already"
            return result
        result.messages = _old_messages(session, now - timedelta(days=settings.retention.raw_days))
        exports = _old_exports(session, now - timedelta(days=settings.retention.export_days))
        result.exports = [o.id for o in exports if o.id is not None]
        if dry_run:
            session.rollback()
            return result
        conn = session.connection()
        for start in range(0, len(result.messages), BATCH):  # Core: never loads the bodies
            conn.execute(
                update(InboundMessage)
                .where(col(InboundMessage.id).in_(result.messages[start:start + BATCH]))
                .values(raw=None, text="", html="", attachments=[], purged_at=now)
            )
        for item in exports:
            item.attachments = [
                {"filename": a.get("filename", ""), "content_type": a.get("content_type", ""),
                 "purged": now.date().isoformat()} for a in item.attachments
            ]
            session.add(item)
        if result.messages or result.exports:
            privacy.audit(session, "retention.purged", "retention",
                          messages=len(result.messages), exports=len(result.exports),
                          message_ids=result.messages[:1000], outbox_ids=result.exports[:1000],
                          raw_days=settings.retention.raw_days,
                          export_days=settings.retention.export_days)
    log.info("%s", result.summary())
    return result


def _old_messages(session: Session, cutoff: datetime) -> list[int]:
    received = func.coalesce(InboundMessage.received_at, InboundMessage.fetched_at)
    rows = session.exec(
        select(InboundMessage.id)
        .outerjoin(PrivacyRequest, col(PrivacyRequest.id) == col(InboundMessage.request_id))
        .where(
            col(InboundMessage.purged_at).is_(None),
            InboundMessage.status != RECEIVED,
            received < cutoff,
            or_(col(InboundMessage.request_id).is_(None),
                col(PrivacyRequest.status).in_(CLOSED_STATUSES)),
        ).order_by(col(InboundMessage.id))
    ).all()
    return [i for i in rows if i is not None]


def _old_exports(session: Session, cutoff: datetime) -> list[OutboxItem]:
    items = session.exec(
        select(OutboxItem)
        .join(PrivacyRequest, col(PrivacyRequest.id) == col(OutboxItem.request_id))
        .where(
            OutboxItem.template == "export",
            col(OutboxItem.status).in_([SENT, FAILED, BOUNCED]),
            col(OutboxItem.created_at) < cutoff,
            col(PrivacyRequest.status).in_(CLOSED_STATUSES),
        ).order_by(col(OutboxItem.id))
    ).all()
    return [o for o in items if any("data" in a for a in o.attachments)]
