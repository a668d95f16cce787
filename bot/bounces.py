"""Bounces: a delivery report matched to the mail it bounces, and what follows from it.

`read_report` reads an RFC 3464 report (and the non-standard ones flufl.bounce knows,
through `ParsedMessage.bounced`): per failed recipient its status and action, and the
Message-IDs of our original found in the report (the message/rfc822 or
text/rfc822-headers part, a quoted `Message-ID:` line, the report's own In-Reply-To and
References). `record_bounce` (called by the record stage, in the message's transaction)
matches each failure to the outbox item it bounces — our Message-ID *and* the failed
recipient; without a Message-ID, the last mail sent to that recipient within
`bounces.match_days` — and then:

- permanent (5.x.x): the item becomes `bounced`, the address undeliverable for
  `bounces.undeliverable_days` (a keyed hash in `undeliverable_address`, and the
  contact's `undeliverable_since`), an event on the request, rows in the audit log;
- temporary (4.x.x, "delayed"): only noted (event and audit row);
- matched to nothing of ours: an audit row, nothing changed (a forged report cannot
  stop our mail to someone we never wrote to).

`hold_undeliverable` runs before each outbox flush: a pending item to an undeliverable
address is failed instead of sent. `expire` (the `bounces` job) lifts marks whose time
is over. Logs name ids and status codes, never addresses.
"""

from __future__ import annotations

import email
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import Message
from email.parser import HeaderParser
from email.policy import compat32

from sqlalchemy import delete, func, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot import people, privacy
from bot.config import Settings
from bot.envelope import Envelope
from bot.store.base import utcnow
from bot.store.db import session_scope
from bot.store.jobs import UndeliverableAddress
from bot.store.mail import InboundMessage
from bot.store.outbox import BOUNCED, FAILED, PENDING, SENT, OutboxItem
from bot.store.people import Contact
from bot.store.requests import PrivacyRequest

log = logging.getLogger(__name__)
REPORT_CAP = 256 * 1024  # bytes of a report read for its parts
_STATUS = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_QUOTED_ID = re.compile(r"^\s*message-id:\s*(<[^<>\s]{3,250}>)", re.IGNORECASE | re.MULTILINE)
_ID = re.compile(r"<[^<>\s]{3,250}>")


@dataclass(frozen=True)
class Failure:
    recipient: str  # lower-cased
    status: str = ""  # e.g. "5.1.1"; "" when the report gives none
    action: str = "failed"  # failed | delayed | ... (RFC 3464)
    original: str = ""  # Original-Recipient, when it differs

    @property
    def permanent(self) -> bool:
        if self.status:
            return self.status.startswith("5")
        return self.action == "failed"


@dataclass(frozen=True)
class Report:
    failures: tuple[Failure, ...]
    message_ids: tuple[str, ...]


def read_report(env: Envelope) -> Report:
    """What the report says; the parse stage's failed recipients fill in the rest."""
    msg = email.message_from_bytes(env.raw.raw[:REPORT_CAP], policy=compat32)
    failures: dict[str, Failure] = {}
    ids: list[str] = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype in ("message/delivery-status", "message/global-delivery-status"):
            for failure in _status_blocks(part):
                failures.setdefault(failure.recipient, failure)
        elif ctype == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                ids += _ID.findall(str(inner[0].get("Message-ID", "")))
        elif ctype in ("text/rfc822-headers", "text/rfc822-header"):
            headers = HeaderParser().parsestr(_text(part))
            ids += _ID.findall(str(headers.get("Message-ID", "")))
    parsed = env.parsed
    ids += _QUOTED_ID.findall(parsed.text[:50_000])  # non-standard reports quote the original
    ids += [i for i in (parsed.in_reply_to, *parsed.references) if i]
    for address in parsed.bounced:  # flufl.bounce reports permanent failures
        failures.setdefault(address.lower(), Failure(address.lower()))
    status = _STATUS.search(parsed.text[:20_000])
    if status and not any(f.status for f in failures.values()):
        failures = {a: Failure(a, status.group(), f.action) for a, f in failures.items()}
    return Report(tuple(failures.values()), tuple(dict.fromkeys(i.strip() for i in ids)))


def _text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload.decode("utf-8", "replace")
    return str(part.get_payload())


def _status_blocks(part: Message) -> list[Failure]:
    blocks = part.get_payload()
    if not isinstance(blocks, list):  # compat32 may leave an odd report as text
        text = _text(part).replace("\r\n", "\n")
        blocks = [email.message_from_string(b) for b in re.split(r"\n\s*\n", text) if b.strip()]
    found = []
    for block in blocks:
        if not isinstance(block, Message):
            continue
        recipient = _address(block.get("Final-Recipient", ""))
        if not recipient:
            continue  # the per-message block
        status = _STATUS.search(str(block.get("Status", "")))
        found.append(Failure(
            recipient=recipient,
            status=status.group() if status else "",
            action=str(block.get("Action", "failed")).strip().lower() or "failed",
            original=_address(block.get("Original-Recipient", "")),
        ))
    return found


def _address(value: object) -> str:
    """`rfc822;ann@example.org` -> `ann@example.org`."""
    text = str(value or "").partition(";")[2] if ";" in str(value or "") else str(value or "")
    text = text.strip().strip("<>").strip().lower()
    return text if "@" in text and len(text) <= 320 else ""


# --- recording -------------------------------------------------------------------------

@dataclass(frozen=True)
class BounceOutcome:
    bounced: tuple[int, ...] = ()  # outbox ids marked bounced
    delayed: tuple[int, ...] = ()  # outbox ids with a temporary failure noted
    unmatched: int = 0


def record_bounce(
    session: Session, row: InboundMessage, env: Envelope, settings: Settings,
    *, now: datetime | None = None,
) -> BounceOutcome:
    """Match the report's failures to our mail and record them (the caller commits)."""
    now = now or utcnow()
    report = read_report(env)
    bounced: list[int] = []
    delayed: list[int] = []
    unmatched = 0
    for failure in report.failures:
        item, how = match(session, report, failure, settings, now)
        if item is None:
            unmatched += 1
            privacy.audit(session, "bounce.unmatched", f"message:{row.id}",
                          status=failure.status, permanent=failure.permanent)
            continue
        assert item.id is not None
        if failure.permanent:
            _permanent(session, row, item, failure, how, settings, now)
            bounced.append(item.id)
        else:
            _temporary(session, row, item, failure, how)
            delayed.append(item.id)
    log.info("message=%s bounce: bounced=%s delayed=%s unmatched=%d", row.id,
             ",".join(map(str, bounced)) or "-", ",".join(map(str, delayed)) or "-", unmatched)
    return BounceOutcome(tuple(bounced), tuple(delayed), unmatched)


def match(
    session: Session, report: Report, failure: Failure, settings: Settings, now: datetime
) -> tuple[OutboxItem | None, str]:
    """The outbox item a failure is about, and how it was found."""
    recipients = {failure.recipient, failure.original} - {""}
    if report.message_ids:
        items = session.exec(
            select(OutboxItem).where(col(OutboxItem.message_id).in_(report.message_ids))
        ).all()
        for item in items:
            if people.normalise(item.to_addr) in recipients:
                return item, "message_id"
    since = now - timedelta(days=settings.bounces.match_days)
    item = session.exec(
        select(OutboxItem)
        .where(func.lower(OutboxItem.to_addr).in_(sorted(recipients)),
               col(OutboxItem.status).in_([SENT, BOUNCED]),
               col(OutboxItem.sent_at) >= since)
        .order_by(col(OutboxItem.sent_at).desc(), col(OutboxItem.id).desc())
    ).first()
    return (item, "recipient") if item is not None else (None, "")


def _request(session: Session, item: OutboxItem) -> PrivacyRequest | None:
    return session.get(PrivacyRequest, item.request_id) if item.request_id else None


def _permanent(
    session: Session, row: InboundMessage, item: OutboxItem, failure: Failure, how: str,
    settings: Settings, now: datetime,
) -> None:
    first = item.status != BOUNCED
    item.status = BOUNCED
    item.last_error = f"bounced: {failure.status or 'permanent failure'} (message {row.id})"
    session.add(item)
    until = now + timedelta(days=settings.bounces.undeliverable_days)
    mark_undeliverable(session, item.to_addr, until=until, outbox_id=item.id,
                       status=failure.status, now=now)
    request = _request(session, item)
    detail = {"outbox": item.id, "status": failure.status, "message": row.id, "matched_by": how,
              "until": until.date().isoformat()}
    if request is not None and first:
        privacy.record_event(session, request, "reply_bounced", **detail)
    if first:
        target = f"request:{request.reference}" if request else f"outbox:{item.id}"
        privacy.audit(session, "outbox.bounced", target, **detail)


def _temporary(
    session: Session, row: InboundMessage, item: OutboxItem, failure: Failure, how: str
) -> None:
    request = _request(session, item)
    detail = {"outbox": item.id, "status": failure.status, "dsn_action": failure.action,
              "message": row.id, "matched_by": how}
    if request is not None:
        privacy.record_event(session, request, "reply_delayed", **detail)
    target = f"request:{request.reference}" if request else f"outbox:{item.id}"
    privacy.audit(session, "outbox.delayed", target, **detail)


def mark_undeliverable(
    session: Session, address: str, *, until: datetime, outbox_id: int | None = None,
    status: str = "", now: datetime | None = None,
) -> None:
    now = now or utcnow()
    digest = people.address_hash(session, address)
    mark = session.get(UndeliverableAddress, digest)
    if mark is None:
        mark = UndeliverableAddress(email_hash=digest, since=now, until=until)
    mark.until, mark.outbox_id, mark.status = max(mark.until, until), outbox_id, status[:20]
    session.add(mark)
    contact = people.find_contact(session, address)
    if contact is not None and contact.undeliverable_since is None:
        contact.undeliverable_since = now
        session.add(contact)
        privacy.audit(session, "contact.undeliverable", f"contact:{contact.id}",
                      status=status, until=until.date().isoformat())


def is_undeliverable(session: Session, address: str, now: datetime | None = None) -> bool:
    mark = session.get(UndeliverableAddress, people.address_hash(session, address))
    return mark is not None and mark.until > (now or utcnow())


# --- before each flush, and the `bounces` job ------------------------------------------

def hold_undeliverable(engine: Engine, now: datetime | None = None) -> int:
    """Fail (instead of sending) pending mail to an address that bounced; returns how many."""
    now = now or utcnow()
    with session_scope(engine) as session:
        if session.exec(select(UndeliverableAddress.email_hash)
                        .where(col(UndeliverableAddress.until) > now).limit(1)).first() is None:
            return 0
        pending = session.exec(
            select(OutboxItem.id, OutboxItem.to_addr).where(OutboxItem.status == PENDING)
        ).all()
        held = 0
        for item_id, address in pending:
            if not is_undeliverable(session, address, now):
                continue
            changed = session.connection().execute(
                update(OutboxItem)
                .where(col(OutboxItem.id) == item_id, col(OutboxItem.status) == PENDING)
                .values(status=FAILED, last_error="not sent: the address bounced earlier")
            ).rowcount
            if changed:
                held += 1
                privacy.audit(session, "outbox.held_undeliverable", f"outbox:{item_id}")
    if held:
        log.warning("outbox: %d item(s) not sent to addresses that bounced", held)
    return held


@dataclass
class ExpireCounts:
    lifted: int = 0  # marks whose time was over
    contacts: int = 0  # contacts deliverable again

    def summary(self) -> str:
        return f"bounces: lifted={self.lifted} contacts={self.contacts}"


def expire(
    engine: Engine, settings: Settings, now: datetime | None = None, *, dry_run: bool = False
) -> ExpireCounts:
    """Lift undeliverable marks older than `bounces.undeliverable_days`."""
    now = now or utcnow()
    cutoff = now - timedelta(days=settings.bounces.undeliverable_days)
    counts = ExpireCounts()
    with session_scope(engine) as session:
        marks = session.exec(select(UndeliverableAddress.email_hash)
                             .where(col(UndeliverableAddress.until) <= now)).all()
        contacts = session.exec(select(Contact).where(
            col(Contact.undeliverable_since).is_not(None),
            col(Contact.undeliverable_since) <= cutoff,
        )).all()
        counts.lifted, counts.contacts = len(marks), len(contacts)
        if dry_run:
            session.rollback()
            return counts
        if marks:
            session.connection().execute(delete(UndeliverableAddress).where(
                col(UndeliverableAddress.email_hash).in_(list(marks))))
        for contact in contacts:
            if is_undeliverable(session, contact.email, now):
                counts.contacts -= 1
                continue  # bounced again since: the newer mark still holds
            contact.undeliverable_since = None
            session.add(contact)
            privacy.audit(session, "contact.deliverable_again", f"contact:{contact.id}")
    return counts
