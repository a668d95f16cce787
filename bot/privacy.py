"""Privacy requests: references, deadlines, events and the audit log."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Table, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot import deadlines
from bot.store.base import utcnow
from bot.store.db import is_postgres
from bot.store.requests import AuditLog, Counter, PrivacyRequest, RequestEvent

# intents that open a privacy request (unsubscribe is acted on at once; other -> staff)
REQUEST_TYPES = (
    "access",
    "erasure",
    "rectification",
    "portability",
    "restriction",
    "objection",
    "complaint",
    "subscribe",
)
# requests that release, delete or change personal data: identity first (compliance.md)
IDENTITY_TYPES = frozenset({"access", "portability", "erasure", "rectification"})


def next_reference(session: Session, prefix: str, year: int) -> str:
    """CAR-2026-00042: numbered per year, unique under concurrent workers.

    On PostgreSQL the number is taken in a transaction of its own, committed at once: the
    counter row's lock would otherwise be held until the caller's batch commits, and a
    second worker would wait for it there (the workers' record stages ran one after the
    other). A batch that rolls back then leaves a gap in the numbers, never a repeat.
    SQLite has one writer anyway: the caller's transaction takes the number.
    """
    name = f"reference:{year}"
    bind = session.get_bind()
    if isinstance(bind, Engine) and is_postgres(bind):
        with bind.begin() as conn:
            conn.execute(
                pg_insert(Counter).values(name=name, value=0).on_conflict_do_nothing()
            )
            value = conn.execute(_increment(name)).scalar_one()
        return f"{prefix}-{year}-{value:05d}"
    # a counter row read once per session is kept (the identity map holds it weakly, so
    # each get would read it again); one made here is not: the message's savepoint
    # could still roll it back
    known = session.info.setdefault("counters", {})
    if name not in known:
        counter = session.get(Counter, name)
        if counter is not None:
            known[name] = counter
        else:
            try:
                with session.begin_nested():
                    session.add(Counter(name=name, value=0))
            except IntegrityError:
                pass  # another worker created the counter first
    value = session.execute(_increment(name)).scalar_one()
    return f"{prefix}-{year}-{value:05d}"


def _increment(name: str):  # type: ignore[no-untyped-def]
    return (update(Counter).where(col(Counter.name) == name)
            .values(value=col(Counter.value) + 1).returning(col(Counter.value)))


def open_request(
    session: Session,
    *,
    types: Sequence[str],
    email: str,
    contact_id: int | None,
    received_at: datetime,
    jurisdiction: str,
    prefix: str,
    language: str = "en",
    verified: bool = False,
    needs_review: bool = False,
    source_message_id: int | None = None,
    country: str | None = None,
) -> PrivacyRequest:
    request = PrivacyRequest(
        reference=next_reference(session, prefix, received_at.year),
        types=sorted(types),
        email=email,
        contact_id=contact_id,
        received_at=received_at,
        due_at=deadlines.due_at(received_at, jurisdiction,
                                country=country if jurisdiction == "eu" else None),
        jurisdiction=jurisdiction,
        language=language,
        verified=verified,
        needs_review=needs_review,
        priority="high" if "complaint" in types else "normal",
        source_message_id=source_message_id,
    )
    session.add(request)
    session.flush()
    assert request.id is not None and request.due_at is not None
    record_event(session, request, "opened", types=request.types)
    record_event(
        session, request, "deadline_set", due_at=request.due_at.isoformat(), rule=jurisdiction
    )
    audit(session, "request.opened", f"request:{request.reference}", types=request.types)
    return request


def find_by_reference(session: Session, reference: str) -> PrivacyRequest | None:
    return session.exec(
        select(PrivacyRequest).where(PrivacyRequest.reference == reference)
    ).first()


def record_event(
    session: Session, request: PrivacyRequest, event: str, *, actor: str = "bot", **detail: Any
) -> None:
    assert request.id is not None
    _append(session, _EVENT, dict(
        request_id=request.id, at=utcnow(), event=event, actor=actor, detail=detail
    ))


def audit(session: Session, action: str, target: str, *, actor: str = "bot", **detail: Any) -> None:
    _append(session, _AUDIT, dict(
        at=utcnow(), action=action, target=target, actor=actor, detail=detail
    ))


_EVENT = RequestEvent.__table__  # type: ignore[attr-defined]
_AUDIT = AuditLog.__table__  # type: ignore[attr-defined]
_APPENDS = "batched_appends"


def _append(session: Session, table: Table, row: dict[str, Any]) -> None:
    # append-only rows nobody reads back in the same transaction: no model object to
    # validate, track and flush; inside batched_appends one INSERT per table and batch
    pending = session.info.get(_APPENDS)
    if pending is None:
        session.execute(table.insert().values(**row))
    else:
        pending.append((table, row))


@contextmanager
def batched_appends(session: Session) -> Iterator[list[tuple[Table, dict[str, Any]]]]:
    """Request events and audit rows of a whole batch, written as one executemany per
    table when the block ends without an error (before the caller commits).

    The caller owns the list: a message whose savepoint rolls back must drop the rows it
    added (`del rows[mark:]`), as its other writes were dropped.
    """
    rows: list[tuple[Table, dict[str, Any]]] = []
    session.info[_APPENDS] = rows
    try:
        yield rows
    finally:
        session.info.pop(_APPENDS, None)
    by_table: dict[Table, list[dict[str, Any]]] = {}
    for table, row in rows:
        by_table.setdefault(table, []).append(row)
    for table, many in by_table.items():
        session.execute(table.insert(), many)
