"""Mail to staff (digest, escalation, failed mail): plain English text through the outbox.

It names requests by reference, types, status and dates — never a customer's address or
words. The idempotency key holds a keyed hash of the recipient, not the address.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime

from sqlmodel import Session, select

from bot import people
from bot.config import Settings
from bot.deadlines import local_day
from bot.reply import new_message_id, one_line
from bot.store.outbox import PENDING, OutboxItem
from bot.store.requests import PrivacyRequest
from bot.store.staff import ADMIN, StaffUser

_ADDRESS = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+")


def redact(text: str) -> str:
    """An SMTP error line may quote the recipient: never in a staff mail."""
    return _ADDRESS.sub("[address]", one_line(text, 200))


def admin_recipients(session: Session, settings: Settings) -> list[str]:
    admins = session.exec(select(StaffUser.email).where(
        StaffUser.role == ADMIN, StaffUser.active == True, StaffUser.email != "",  # noqa: E712
    )).all()
    return sorted({*(a.strip().lower() for a in admins), *settings.jobs.escalation_recipients})


def request_line(r: PrivacyRequest, now: datetime) -> str:
    due = local_day(r.due_at, r.jurisdiction) if r.due_at else None
    days = (due - local_day(now, r.jurisdiction)).days if due else None
    when = "no due date" if due is None else f"due {due.isoformat()}"
    if days is not None:
        when += f" ({-days} days overdue)" if days < 0 else f" ({days} days left)"
    types = ",".join(r.types) or "-"
    return f"  {r.reference:<16} {types:<24} {r.status:<22} {when}"


def queue(
    session: Session, settings: Settings, *, to: str, template: str, subject: str, body: str,
    key: str, unique: bool = True,
) -> int | None:
    """Queue one staff mail; None when this key was queued before (a repeated run)."""
    key = f"{template}:{key[:60]}:" + people.keyed_digest(session, f"{key}\n{to.lower()}")
    if not unique:
        key += ":" + uuid.uuid4().hex[:8]
    key = key[:200]
    if session.exec(select(OutboxItem.id).where(OutboxItem.idempotency_key == key)).first():
        return None
    domain = settings.smtp.from_address.rpartition("@")[2] or "localhost"
    item = OutboxItem(
        idempotency_key=key, to_addr=to, subject=one_line(subject, 250),
        body=body.rstrip() + "\n\n-- \nCarerra privacy inbox bot (automatic staff notice)\n",
        headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
                 "Precedence": "bulk", "X-Loop": settings.company.privacy_address},
        message_id=new_message_id(domain), template=template, language="en", status=PENDING,
    )
    session.add(item)
    session.flush()
    return item.id
