"""The fetch stage's bookkeeping: checkpoint by (mailbox, UIDVALIDITY, UID), raw first.

A batch of raw messages and the new checkpoint are committed together, before any
message is read: a crash after that loses nothing (the rows wait as `received`), and
a crash before it fetches the same UIDs again. When UIDVALIDITY changes the mailbox
is scanned from the start and already-stored messages are recognised by the hash of
their bytes.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from bot.envelope import RawMessage
from bot.store.base import utcnow
from bot.store.db import session_scope
from bot.store.mail import Checkpoint, InboundMessage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Position:
    uidvalidity: int
    last_uid: int


def position(engine: Engine, mailbox: str, uidvalidity: int) -> Position:
    """Where to continue; a changed UIDVALIDITY restarts the scan at UID 0."""
    with session_scope(engine) as session:
        cp = session.get(Checkpoint, mailbox)
        if cp is None:
            return Position(uidvalidity, 0)
        if cp.uidvalidity != uidvalidity:
            log.warning(
                "UIDVALIDITY of %s changed from %s to %s: rescanning, duplicates are skipped",
                mailbox, cp.uidvalidity, uidvalidity,
            )
            return Position(uidvalidity, 0)
        return Position(uidvalidity, cp.last_uid)


def store_batch(engine: Engine, mailbox: str, batch: list[RawMessage]) -> int:
    """Store new raw messages and move the checkpoint, in one transaction. Returns new rows."""
    if not batch:
        return 0
    hashes = {m.uid: hashlib.sha256(m.raw).hexdigest() for m in batch}
    with session_scope(engine) as session:
        known = set(
            session.exec(
                select(InboundMessage.raw_sha256).where(
                    col(InboundMessage.raw_sha256).in_(set(hashes.values()))
                )
            )
        )
        added = 0
        for message in batch:
            digest = hashes[message.uid]
            if digest in known:
                continue
            known.add(digest)
            session.add(
                InboundMessage(
                    mailbox=mailbox,
                    uidvalidity=message.uidvalidity,
                    uid=message.uid,
                    raw_sha256=digest,
                    raw=message.raw,
                    size=len(message.raw),
                    truncated=message.truncated,
                    received_at=message.internal_date,
                )
            )
            added += 1
        cp = session.get(Checkpoint, mailbox) or Checkpoint(mailbox=mailbox)
        cp.uidvalidity = batch[-1].uidvalidity
        cp.last_uid = max(m.uid for m in batch)
        cp.last_fetch_at = utcnow()
        session.add(cp)
    return added


def touch(engine: Engine, mailbox: str, uidvalidity: int) -> None:
    """Record a successful (possibly empty) fetch, and a new UIDVALIDITY if it changed."""
    with session_scope(engine) as session:
        cp = session.get(Checkpoint, mailbox) or Checkpoint(mailbox=mailbox)
        if cp.uidvalidity != uidvalidity:
            cp.uidvalidity, cp.last_uid = uidvalidity, 0
        cp.last_fetch_at = utcnow()
        session.add(cp)
