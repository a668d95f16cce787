"""Send the outbox over SMTP (aiosmtplib), after the decision that queued it committed.

Claiming marks rows `sending` with a lease, so two flushes (or two workers) never
send the same row. A 4xx reply or a refused connection is retried with exponential
backoff and jitter until `give_up_after_hours`; a 5xx is permanent and shows to staff.

One bad reply never holds up the others: a 4xx/5xx is that reply's alone, and when
the line breaks (421, a timeout, a dropped connection) only the reply in flight is
charged a retry; the rest of the batch goes on over a new connection.

Double sends. Before each message the sender checks it still owns the row (its claim
is fenced by `attempts`) and, late in a batch, extends the lease over one SMTP
transaction (`_in_flight`), so a reply whose lease ran out and that another sender
took is skipped, never sent twice. Two windows remain, and a retry then carries the
same Message-ID and Date (byte-identical copies, which receivers can collapse):
- the line drops after the server took the message but before we read its 250 (the
  classic SMTP duplicate; RFC 5321 section 4.1.1.4): we cannot tell, so we retry —
  losing a reply is worse than a duplicate;
- the process stalls (SIGSTOP, a paused VM) longer than the in-flight lease between
  the ownership check and the 250, or dies before `_finish` records the outcome.

The database calls run in a worker thread, never on the event loop: under SQLite a
record stage holding the write lock makes them wait, and the loop also serves the
embedded web app and the mailbox watch.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import logging
import random
import ssl
from dataclasses import dataclass
from datetime import timedelta
from email import charset as _charset
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

import aiosmtplib
from sqlalchemy import ColumnElement, or_, update
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from bot import metrics
from bot.config import Settings
from bot.reply import one_line
from bot.store.base import utcnow
from bot.store.db import begin_writing, is_postgres, retrying, session_scope
from bot.store.outbox import FAILED, PENDING, SENDING, SENT, OutboxItem

log = logging.getLogger(__name__)
LEASE = timedelta(minutes=5)
# one SMTP transaction is MAIL, RCPT, DATA and the content, each bounded by the timeout
IN_FLIGHT_TIMEOUTS = 6
SKEW = timedelta(seconds=60)  # margin for clocks of several workers
MAX_RECONNECTS = 3  # per batch: a server that breaks every line is treated as down
_UTF8_QP = _charset.Charset("utf-8")
_UTF8_QP.body_encoding = _charset.QP  # readable replies, not base64


@dataclass
class SendCounts:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    skipped: int = 0  # our lease ran out and another sender took the reply


class TemporaryFailure(Exception):
    """Retry later (SMTP 4xx, connection refused, timeout)."""


def _header(value: str, limit: int = 998) -> str | Header:
    text = one_line(value, limit)  # CR/LF can never start a new header
    return text if text.isascii() else Header(text, "utf-8")


def build_message(item: OutboxItem, settings: Settings) -> Message:
    """The MIME message for one outbox row (compat32 classes: several times faster than
    the `email.policy` header objects, and every value is already one line)."""
    text = MIMEText(item.body, "plain", _UTF8_QP)
    msg: Message = text
    if item.attachments:  # e.g. a data export (bot.lifecycle.fulfil)
        msg = MIMEMultipart()
        msg.attach(text)
        for attachment in item.attachments:
            _maintype, _, subtype = str(attachment.get("content_type", "")).partition("/")
            part = MIMEApplication(base64.b64decode(attachment["data"]), subtype or "octet-stream")
            filename = one_line(str(attachment.get("filename", "attachment")), 200)
            part.add_header("Content-Disposition", "attachment", filename=filename)
            msg.attach(part)
    msg["From"] = formataddr(
        (one_line(settings.smtp.from_name), settings.smtp.from_address), charset="utf-8"
    )
    msg["To"] = one_line(item.to_addr, 320)
    msg["Subject"] = _header(item.subject, 300)
    msg["Date"] = format_datetime(item.created_at)  # stable: a retry is the same message
    msg["Message-ID"] = one_line(item.message_id, 250)
    for name, value in item.headers.items():
        msg[one_line(name, 76)] = _header(str(value), 4000)
    return msg


def claim(engine: Engine, limit: int) -> list[OutboxItem]:
    """Take up to `limit` due rows for this sender; nobody else gets them until the lease ends."""
    now = utcnow()
    with session_scope(engine) as session:
        begin_writing(session)  # SQLite: no other worker claims between our read and write
        query = (
            select(OutboxItem)
            .where(
                or_(
                    (col(OutboxItem.status) == PENDING) & (col(OutboxItem.next_attempt_at) <= now),
                    (col(OutboxItem.status) == SENDING) & (col(OutboxItem.claimed_until) < now),
                )
            )
            .order_by(col(OutboxItem.id))
            .limit(limit)
        )
        if is_postgres(engine):
            query = query.with_for_update(skip_locked=True)
        items = list(session.exec(query))
        for item in items:
            item.status = SENDING
            item.claimed_until = now + LEASE
            item.attempts += 1
            session.add(item)
    return items


def _ours(item: OutboxItem) -> ColumnElement[bool]:
    """Still our claim: `claim` bumps `attempts`, so a later claim by anyone changes it."""
    return (
        (col(OutboxItem.id) == item.id)
        & (col(OutboxItem.status) == SENDING)
        & (col(OutboxItem.attempts) == item.attempts)
    )


def _in_flight(settings: Settings) -> timedelta:
    """The longest one SMTP transaction can take, plus the clock margin."""
    return timedelta(seconds=IN_FLIGHT_TIMEOUTS * settings.smtp.timeout) + SKEW


def _still_ours(engine: Engine, item: OutboxItem, settings: Settings) -> bool:
    """Before sending: True when the row is still ours for one whole SMTP transaction.

    Early in a batch the claim's lease covers it and this costs nothing; later the
    lease is extended with one conditional UPDATE, which fails when another sender
    has claimed the row since our lease ran out."""
    now = utcnow()
    needed = _in_flight(settings)
    if item.claimed_until is not None and item.claimed_until - now >= needed:
        return True
    with engine.begin() as conn:
        until = now + max(LEASE, needed)
        if not conn.execute(update(OutboxItem).where(_ours(item)).values(
            claimed_until=until
        )).rowcount:
            return False
    item.claimed_until = until
    return True


def _finish(engine: Engine, item: OutboxItem, **values: object) -> None:
    """Record the outcome at once (one UPDATE, only while the claim is ours): the window
    in which a crash could make us send a reply twice is this statement."""
    with engine.begin() as conn:
        done = conn.execute(
            update(OutboxItem).where(_ours(item)).values(claimed_until=None, **values)
        ).rowcount
    if not done:  # another sender claimed it after our lease ran out: its outcome counts
        log.warning("outcome not recorded, claim lost outbox=%s", item.id)


def _backoff(item: OutboxItem, settings: Settings) -> timedelta:
    """Exponential from `retry_base_seconds`, with +-20 % jitter so that replies deferred
    together (a server outage) do not all come back in the same second."""
    base = settings.smtp.retry_base_seconds * (2 ** min(item.attempts - 1, 10))
    return timedelta(seconds=base * random.uniform(0.8, 1.2))


def _tls_context(settings: Settings) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if not settings.smtp.verify_certificates:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def smtp_client(settings: Settings) -> aiosmtplib.SMTP:
    s = settings.smtp
    return aiosmtplib.SMTP(
        hostname=s.host,
        port=s.port,
        use_tls=s.tls == "ssl",
        start_tls=s.tls == "starttls",
        tls_context=_tls_context(settings) if s.tls != "none" else None,
        timeout=s.timeout,
        username=s.username or None,
        password=s.password.get_secret_value() if s.username else None,
    )


async def flush(engine: Engine, settings: Settings, *, limit: int = 100) -> SendCounts:
    """Send every due reply (in batches of `limit`), one SMTP connection per batch."""
    counts = SendCounts()
    while True:
        items = await asyncio.to_thread(claim, engine, limit)
        if not items:
            return counts
        stop = await _send_batch(engine, settings, items, counts)
        if stop or len(items) < limit:
            return counts


async def _send_batch(
    engine: Engine, settings: Settings, items: list[OutboxItem], counts: SendCounts
) -> bool:
    """Send `items` in order; after a broken line the rest go on over a new connection
    (up to MAX_RECONNECTS times). True when the server is unreachable: stop flushing."""
    rest = items
    for _ in range(MAX_RECONNECTS + 1):
        client = smtp_client(settings)
        try:
            await client.connect()
        except (aiosmtplib.SMTPException, OSError) as exc:
            log.warning("smtp connect failed: %s", type(exc).__name__)
            for item in rest:
                await asyncio.to_thread(
                    _retry_or_give_up, engine, settings, item, f"connect: {exc}", counts)
            return True
        try:
            rest = await _send_over(client, engine, settings, rest, counts)
        finally:
            await _close(client)
        if not rest:
            return False
    for item in rest:  # every line broke: treat the server as down
        await asyncio.to_thread(_retry_or_give_up, engine, settings, item,
                                "the connection broke repeatedly", counts)
    return True


async def _send_over(
    client: aiosmtplib.SMTP, engine: Engine, settings: Settings, items: list[OutboxItem],
    counts: SendCounts,
) -> list[OutboxItem]:
    """Send over one connection; returns the replies not tried because the line broke."""
    for index, item in enumerate(items):
        if not await asyncio.to_thread(_still_ours, engine, item, settings):
            counts.skipped += 1
            log.warning("reply taken over by another sender outbox=%s", item.id)
            continue
        try:
            await metrics.time_send(client.send_message(build_message(item, settings)))
        except (aiosmtplib.SMTPException, OSError) as exc:
            code = _reply_code(exc)
            if code is None or code == 421 or not client.is_connected:
                # the line broke: only this reply is charged a retry (it may even have
                # arrived, see the module docstring); the rest were never tried
                await asyncio.to_thread(
                    _retry_or_give_up, engine, settings, item, _describe(exc), counts)
                return items[index + 1 :]
            if 400 <= code < 500:
                await asyncio.to_thread(
                    _retry_or_give_up, engine, settings, item, _describe(exc), counts)
            else:
                await asyncio.to_thread(_fail, engine, item, _describe(exc), counts)
            continue
        # the server has it: recording that must not be lost to a database blip, or the
        # reply would go again when its lease ends (retried in place: rare, and brief)
        done = functools.partial(_finish, engine, item, status=SENT, sent_at=utcnow(),
                                 last_error="")
        await asyncio.to_thread(retrying, done, what="recording a sent reply")
        counts.sent += 1
        log.info("reply sent outbox=%s", item.id)
    return []


async def _close(client: aiosmtplib.SMTP) -> None:
    if client.is_connected:
        try:
            await client.quit()
        except (aiosmtplib.SMTPException, OSError):
            client.close()


def _reply_code(exc: BaseException) -> int | None:
    """The SMTP reply code behind a failure, None when the connection itself failed."""
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused) and exc.recipients:
        return exc.recipients[0].code
    if isinstance(exc, aiosmtplib.SMTPResponseException) and not isinstance(
        exc, aiosmtplib.SMTPServerDisconnected | aiosmtplib.SMTPTimeoutError
    ):
        return exc.code
    return None


def _describe(exc: BaseException) -> str:
    code = _reply_code(exc)
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused) and exc.recipients:
        return f"{code} {exc.recipients[0].message}"
    if code is not None and isinstance(exc, aiosmtplib.SMTPResponseException):
        return f"{code} {exc.message}"
    return type(exc).__name__


def _retry_or_give_up(
    engine: Engine, settings: Settings, item: OutboxItem, error: str, counts: SendCounts
) -> None:
    deadline = item.created_at + timedelta(hours=settings.smtp.give_up_after_hours)
    now = utcnow()
    if item.attempts >= settings.smtp.max_attempts or now >= deadline:
        _fail(engine, item, f"gave up after {item.attempts} attempts: {error}", counts)
        return
    _finish(  # the last try is at the deadline, not after it
        engine, item, status=PENDING, last_error=error[:500],
        next_attempt_at=min(now + _backoff(item, settings), deadline),
    )
    counts.retried += 1
    log.info("reply deferred outbox=%s attempt=%s", item.id, item.attempts)


def _fail(engine: Engine, item: OutboxItem, error: str, counts: SendCounts) -> None:
    _finish(engine, item, status=FAILED, last_error=error[:500])
    counts.failed += 1
    log.warning("reply failed outbox=%s", item.id)
