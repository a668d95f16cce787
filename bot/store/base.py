"""Column helpers shared by every table."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite hands back naive ones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


def utcnow() -> datetime:
    return datetime.now(UTC)


def stamp() -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


def when(*, index: bool = False, nullable: bool = True) -> Any:
    return Field(default=None, sa_type=UTCDateTime, index=index, nullable=nullable)


def _empty_list() -> list[Any]:
    # a plain function, not `list`: pydantic inspects a builtin's signature on every
    # call, which made building a row four times slower
    return []


def _empty_dict() -> dict[str, Any]:
    return {}


def json_list() -> Any:
    return Field(default_factory=_empty_list, sa_type=JSON, nullable=False)


def json_dict() -> Any:
    return Field(default_factory=_empty_dict, sa_type=JSON, nullable=False)
