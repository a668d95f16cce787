"""Claims on stored messages, so that several workers never decide the same one.

PostgreSQL: a worker claims up to N `received` rows, oldest first, by taking one
advisory lock per row id with `pg_try_advisory_lock` — the SKIP LOCKED of
`SELECT … FOR UPDATE SKIP LOCKED`: a row another worker holds is passed over, not
waited for. The locks belong to a connection the worker keeps until the batch is
committed (the decide + record transaction is a different one, so row locks taken by
`FOR UPDATE` would block it), and they vanish with that connection: a worker killed
with SIGKILL leaves nothing claimed, and its rows go to the next worker at once
rather than after a lease. The recording transaction still checks the row is
`received` before deciding it.

SQLite: one worker per store (SQLite has no such locks and serialises writers anyway);
within a process `App.processing` lets one thread process at a time. No claim taken.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import col, select

from bot.store.db import is_postgres, session_scope
from bot.store.mail import RECEIVED, InboundMessage

CLAIM_LOCK = 4242002  # advisory lock class for inbound rows (bot.ingest uses 4242003)

# the inner LIMIT is computed first, so exactly those candidates are tried
_TRY = text(
    "SELECT c.id, pg_try_advisory_lock(:k, c.id) AS mine FROM ("
    " SELECT id FROM inbound_message WHERE status = :received AND id > :after"
    " ORDER BY id LIMIT :n) c ORDER BY c.id"
)


@contextmanager
def received(engine: Engine, limit: int) -> Iterator[list[InboundMessage]]:
    """Up to `limit` rows waiting as `received`, oldest first, held until the block ends."""
    if not is_postgres(engine):
        yield _load(engine, limit=limit)
        return
    conn = engine.connect()
    try:
        ids = _lock(conn, limit)
        yield _load(engine, ids=ids) if ids else []
    finally:
        _release(conn)


def _lock(conn: Connection, limit: int) -> list[int]:
    mine: list[int] = []
    after = 0
    while len(mine) < limit:
        want = limit - len(mine)
        tried = conn.execute(
            _TRY, {"k": CLAIM_LOCK, "received": RECEIVED, "after": after, "n": want}
        ).all()
        conn.commit()  # session-level locks outlive the transaction
        mine += [row_id for row_id, locked in tried if locked]
        if len(tried) < want:
            break
        after = tried[-1][0]
    return mine


def _load(engine: Engine, *, limit: int = 0, ids: list[int] | None = None) -> list[InboundMessage]:
    """The rows, read after the claim: one decided meanwhile by another worker is left out."""
    query = select(InboundMessage).where(InboundMessage.status == RECEIVED)
    if ids is not None:
        query = query.where(col(InboundMessage.id).in_(ids))
    query = query.order_by(col(InboundMessage.id))
    if limit:
        query = query.limit(limit)
    with session_scope(engine) as session:
        return list(session.exec(query).all())


def _release(conn: Connection) -> None:
    try:
        conn.execute(text("SELECT pg_advisory_unlock_all()"))
        conn.commit()
    except Exception:  # the connection broke: its locks went with it; never reuse it
        with suppress(Exception):
            conn.invalidate()
    finally:
        conn.close()
