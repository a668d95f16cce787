"""The fetch stage's bookkeeping: checkpoint by (mailbox, UIDVALIDITY, UID), raw first.

A batch of raw messages and the new checkpoint are committed together, before any
message is read: a crash after that loses nothing (the rows wait as `received`), and
a crash before it fetches the same UIDs again. When UIDVALIDITY changes the mailbox
is scanned from the start and already-stored messages are recognised by the hash of
their bytes.

Several workers (PostgreSQL): `fetch_batch` reads the checkpoint, fetches the next
batch from IMAP and stores it while holding a lock on the folder
(`pg_advisory_xact_lock`, released by the commit or by the death of the process), so
two workers take consecutive batches, never the same one, and the checkpoint only
moves forward. SQLite has one worker per store and takes no lock.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.envelope import RawMessage
from bot.store.base import utcnow
from bot.store.db import begin_writing, is_postgres, session_scope
from bot.store.mail import Checkpoint, InboundMessage

log = logging.getLogger(__name__)

FETCH_LOCK = 4242003  # advisory lock class: one fetcher per folder (db.migrate uses 4242001)


class Source(Protocol):  # bot.fetch.Mailbox
    uidvalidity: int

    def fetch_after(self, last_uid: int, *, limit: int | None = None) -> list[RawMessage]: ...


@dataclass(frozen=True)
class Position:
    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class Fetched:
    batch: list[RawMessage]  # what IMAP returned after the checkpoint (empty: up to date)
    added: int  # new rows stored (a message already stored, by its hash, is not)


def fetch_batch(engine: Engine, mailbox: str, source: Source, *, limit: int) -> Fetched:
    """Fetch the batch after the checkpoint and store it with the new checkpoint.

    An empty fetch records the time of the fetch (and a new UIDVALIDITY)."""
    with session_scope(engine) as session:
        if is_postgres(engine):  # the lock is the transaction's: held until commit
            session.connection().execute(
                text("SELECT pg_advisory_xact_lock(:k, hashtext(:m))"),
                {"k": FETCH_LOCK, "m": mailbox},
            )
        else:  # SQLite: the database's write lock, so another worker waits for this batch
            begin_writing(session)
        pos = _position(session, mailbox, source.uidvalidity)
        batch = source.fetch_after(pos.last_uid, limit=limit)
        added = store_batch(session, mailbox, batch)
        _advance(session, mailbox, source.uidvalidity, batch)
    return Fetched(batch, added)


def _position(session: Session, mailbox: str, uidvalidity: int) -> Position:
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


def store_batch(session: Session, mailbox: str, batch: list[RawMessage]) -> int:
    """Add the messages whose bytes are not stored yet (raw first); returns how many."""
    if not batch:
        return 0
    hashes = {m.uid: hashlib.sha256(m.raw).hexdigest() for m in batch}
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
    return added


def _advance(session: Session, mailbox: str, uidvalidity: int, batch: list[RawMessage]) -> None:
    """Move the checkpoint past `batch`: forward only within one UIDVALIDITY."""
    cp = session.get(Checkpoint, mailbox) or Checkpoint(mailbox=mailbox)
    if cp.uidvalidity != uidvalidity:
        cp.uidvalidity, cp.last_uid = uidvalidity, 0
    if batch:
        cp.last_uid = max(cp.last_uid, *(m.uid for m in batch))
    cp.last_fetch_at = utcnow()
    session.add(cp)
