"""Column helpers shared by every table."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime
from sqlmodel import Field


def utcnow() -> datetime:
    return datetime.now(UTC)


def stamp() -> Any:
    return Field(default_factory=utcnow, sa_type=DateTime(timezone=True), nullable=False)


def when(*, index: bool = False, nullable: bool = True) -> Any:
    return Field(default=None, sa_type=DateTime(timezone=True), index=index, nullable=nullable)


def json_list() -> Any:
    return Field(default_factory=list, sa_type=JSON, nullable=False)


def json_dict() -> Any:
    return Field(default_factory=dict, sa_type=JSON, nullable=False)
