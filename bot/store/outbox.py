"""Replies waiting to be sent: written with the decision, sent after commit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Text
from sqlmodel import Field, SQLModel

from bot.store.base import json_dict, json_list, stamp, when

PENDING = "pending"
SENDING = "sending"  # claimed by a sender; lease in claimed_until
SENT = "sent"
FAILED = "failed"  # permanent (5xx, or gave up): shown to staff
BOUNCED = "bounced"  # accepted, then a 5.x.x delivery report came back (bot.bounces)


class OutboxItem(SQLModel, table=True):
    __tablename__ = "outbox"

    id: int | None = Field(default=None, primary_key=True)
    # unique per (inbound message, template): the same reply can never be queued twice
    idempotency_key: str = Field(max_length=200, unique=True)
    to_addr: str = Field(max_length=320, index=True)
    subject: str = Field(sa_type=Text)
    body: str = Field(sa_type=Text)
    headers: dict[str, Any] = json_dict()
    # files to attach: [{"filename", "content_type", "data" (base64)}] (e.g. a data export)
    attachments: list[Any] = json_list()
    message_id: str = Field(max_length=250, index=True)  # ours, for threading and bounces
    template: str = Field(max_length=60)
    language: str = Field(default="en", max_length=8)
    inbound_message_id: int | None = Field(default=None, foreign_key="inbound_message.id")
    request_id: int | None = Field(default=None, foreign_key="privacy_request.id", index=True)
    status: str = Field(default=PENDING, max_length=20, index=True)
    attempts: int = 0
    next_attempt_at: datetime = stamp()
    claimed_until: datetime | None = when()
    last_error: str = Field(default="", sa_type=Text)
    created_at: datetime = stamp()
    sent_at: datetime | None = when()
    staff_notified_at: datetime | None = when()  # failed: staff told (bot.jobs.failed)
