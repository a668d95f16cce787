"""Helpers shared by the tests/test_lifecycle*.py files (a real store, no mail servers)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, col, select

from bot import privacy
from bot.config import ComplianceSettings, DatabaseSettings, Settings
from bot.lifecycle import Mailer
from bot.lifecycle.intake import Intake, intake, issue_for_acknowledgement
from bot.store.db import make_engine, migrate
from bot.store.outbox import OutboxItem
from bot.store.requests import PrivacyRequest, RequestEvent

RECEIVED = datetime(2026, 1, 20, 10, 0, tzinfo=UTC)  # a Tuesday


def store(db_url: str) -> Iterator[Engine]:
    """The body of each test file's `engine` fixture: a migrated store, disposed after."""
    engine = make_engine(db_url)
    migrate(engine)
    yield engine
    engine.dispose()


def settings_for(jurisdiction: str = "uk", db: str = "sqlite://", **compliance: Any) -> Settings:
    return Settings(
        database=DatabaseSettings(url=db),
        compliance=ComplianceSettings(jurisdiction=jurisdiction, **compliance),  # type: ignore[arg-type]
    )


def mailer_for(jurisdiction: str = "uk", **compliance: Any) -> Mailer:
    return Mailer(settings_for(jurisdiction, **compliance))


def open_request(
    session: Session,
    settings: Settings,
    *,
    types: list[str],
    email: str = "ann@example.com",
    received: datetime = RECEIVED,
    authenticated: str = "",
    contact_id: int | None = None,
    subscribe_channels: tuple[str, ...] = (),
    language: str = "en",
    review: bool = False,
) -> tuple[PrivacyRequest, Intake, dict[str, Any]]:
    """Open a request the way the record stage does; returns it, the intake and the
    acknowledgement's lifecycle context (with the plain code, if one was needed)."""
    request = privacy.open_request(
        session, types=types, email=email, contact_id=contact_id, received_at=received,
        jurisdiction=settings.compliance.jurisdiction, prefix="CAR", language=language,
        country=settings.compliance.eu_country,
    )
    found = intake(session, request, settings=settings, authenticated=authenticated,
                   received_at=received, subscribe_channels=subscribe_channels,
                   review_subscription=review)
    context = issue_for_acknowledgement(session, request, found, settings=settings,
                                        language=language, now=received)
    session.flush()
    return request, found, context


def events(session: Session, request: PrivacyRequest) -> list[RequestEvent]:
    return list(session.exec(
        select(RequestEvent).where(RequestEvent.request_id == request.id)
        .order_by(col(RequestEvent.id))
    ))


def event_names(session: Session, request: PrivacyRequest) -> list[str]:
    return [e.event for e in events(session, request)]


def outbox(session: Session, request: PrivacyRequest | None = None) -> list[OutboxItem]:
    query = select(OutboxItem).order_by(col(OutboxItem.id))
    if request is not None:
        query = query.where(OutboxItem.request_id == request.id)
    return list(session.exec(query))


def local_due(request: PrivacyRequest) -> Any:
    from bot.deadlines import local_day

    assert request.due_at is not None
    return local_day(request.due_at, request.jurisdiction)


def places_holding(engine: Engine, *needles: str) -> list[str]:
    """Every table.column (and row id) whose value contains one of `needles`, looking at
    every text, JSON and binary column of every table (case-insensitive)."""
    found = []
    lowered = [n.lower() for n in needles]
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            for row in conn.execute(sa_select(table)).mappings():
                for column, value in row.items():
                    if value is None:
                        continue
                    if isinstance(value, bytes | bytearray | memoryview):
                        text = bytes(value).decode("latin-1").lower()
                    elif isinstance(value, dict | list):
                        text = json.dumps(value, ensure_ascii=False).lower()
                    else:
                        text = str(value).lower()
                    for needle in lowered:
                        if needle in text:
                            found.append(f"{table.name}.{column} (row {dict(row).get('id')})")
    return found
