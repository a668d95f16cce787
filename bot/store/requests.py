"""Privacy requests, their events (deadline history, state changes) and the audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Text
from sqlmodel import Field, SQLModel

from bot.store.base import json_dict, json_list, stamp, when

OPEN = "open"
OPEN_STATUSES = (OPEN, "awaiting_identity", "awaiting_clarification", "in_progress", "extended")
CLOSED_STATUSES = ("completed", "refused", "withdrawn")


class PrivacyRequest(SQLModel, table=True):
    __tablename__ = "privacy_request"

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(max_length=40, unique=True)  # e.g. CAR-2026-00042
    types: list[Any] = json_list()
    status: str = Field(default=OPEN, max_length=30, index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    email: str = Field(default="", max_length=320, index=True)
    language: str = Field(default="en", max_length=8)
    jurisdiction: str = Field(default="uk", max_length=10)
    received_at: datetime = stamp()
    due_at: datetime | None = when(index=True)
    verified: bool = False
    priority: str = Field(default="normal", max_length=10)  # normal | high
    assigned_to: str = Field(default="", max_length=200, index=True)
    needs_review: bool = Field(default=False, index=True)
    source_message_id: int | None = None
    closed_at: datetime | None = when()
    close_reason: str = Field(default="", sa_type=Text)


class Counter(SQLModel, table=True):
    """Named counters, e.g. "reference:2026" for the yearly request numbers."""

    name: str = Field(primary_key=True, max_length=60)
    value: int = 0


class RequestEvent(SQLModel, table=True):
    __tablename__ = "request_event"

    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="privacy_request.id", index=True)
    at: datetime = stamp()
    event: str = Field(max_length=40)  # opened, deadline_set, attached_message, closed...
    actor: str = Field(default="bot", max_length=200)
    detail: dict[str, Any] = json_dict()


class AuditLog(SQLModel, table=True):
    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = stamp()
    actor: str = Field(default="bot", max_length=200)
    action: str = Field(max_length=60, index=True)
    target: str = Field(default="", max_length=80)  # "message:12", "request:CAR-2026-00042"
    detail: dict[str, Any] = json_dict()
