"""Privacy requests, their events (deadline history, state changes) and the audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Text
from sqlmodel import Field, SQLModel

from bot.store.base import UTCDateTime, json_dict, json_list, stamp, when

OPEN = "open"
AWAITING_IDENTITY = "awaiting_identity"  # a code was sent; nothing released or erased yet
AWAITING_CLARIFICATION = "awaiting_clarification"  # we asked a question (UK: clock paused)
IN_PROGRESS = "in_progress"
EXTENDED = "extended"
OPEN_STATUSES = (OPEN, AWAITING_IDENTITY, AWAITING_CLARIFICATION, IN_PROGRESS, EXTENDED)
COMPLETED, REFUSED, WITHDRAWN = "completed", "refused", "withdrawn"
CLOSED_STATUSES = (COMPLETED, REFUSED, WITHDRAWN)


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
    # the lifecycle (bot.lifecycle): who closed it, the clock, identity, extension, export
    closed_by: str = Field(default="", max_length=200)
    clock_started_at: datetime | None = when()  # None: UK clock waits for identity evidence
    paused_at: datetime | None = when()  # set while a clarification pauses the clock
    paused_days: int = 0  # days the clock was paused so far (they move the due date)
    ack_due_at: datetime | None = when()  # CCPA: acknowledge within 10 business days
    extended_at: datetime | None = when()
    extension_reason: str = Field(default="", sa_type=Text)
    verified_at: datetime | None = when()
    verification_method: str = Field(default="", max_length=40)  # auth_results | code | staff
    verification_reminded_at: datetime | None = when()
    # a newsletter sign-up waiting for its double opt-in: the channels a code was sent for;
    # consent is ledgered only when the person confirms (subscribe_confirmed_at)
    subscribe_channels: list[Any] = json_list()
    subscribe_confirmed_at: datetime | None = when()
    export_approved_at: datetime | None = when()
    export_approved_by: str = Field(default="", max_length=200)
    erased_at: datetime | None = when()
    escalated_at: datetime | None = when()  # overdue: admins told once (bot.jobs)


class VerificationCode(SQLModel, table=True):
    """A one-time code (and link token) mailed to the requester, stored only as keyed hashes.

    One row per code sent; a new code (a reminder, a re-issue) revokes the earlier ones.
    `purpose` says what confirming it does: prove the mailbox is theirs (identity), confirm
    a newsletter sign-up (subscribe, double opt-in), or both.
    """

    __tablename__ = "verification_code"

    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="privacy_request.id", index=True)
    purpose: str = Field(max_length=20)  # identity | subscribe | both
    code_hash: str = Field(max_length=64)
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = stamp()
    expires_at: datetime = Field(sa_type=UTCDateTime, nullable=False, index=True)
    used_at: datetime | None = when()
    revoked_at: datetime | None = when()
    failed_attempts: int = 0
    outbox_id: int | None = None  # the mail that carried it (its body is redacted once sent)
    redacted: bool = False


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
