"""Inbound mail and the IMAP checkpoint."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.store.base import json_dict, json_list, stamp, when

# status of an inbound message
RECEIVED = "received"  # stored raw, not yet processed
PROCESSED = "processed"
TRIAGE = "triage"  # a stage failed or a person must look; reason in triage_reason


class Checkpoint(SQLModel, table=True):
    """Where the fetch stage is in one mailbox: (mailbox, UIDVALIDITY, last UID)."""

    mailbox: str = Field(primary_key=True, max_length=200)
    uidvalidity: int = 0
    last_uid: int = 0
    last_fetch_at: datetime | None = when()


class InboundMessage(SQLModel, table=True):
    __tablename__ = "inbound_message"
    __table_args__ = (UniqueConstraint("mailbox", "uidvalidity", "uid"),)

    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(max_length=200)
    uidvalidity: int
    uid: int
    # sha256 of the raw bytes: the same message fetched again (after a UIDVALIDITY
    # change, or by a second worker) is recognised and not processed twice
    raw_sha256: str = Field(max_length=64, unique=True)
    raw: bytes | None = Field(default=None, sa_type=LargeBinary)  # None once purged
    size: int = 0
    truncated: bool = False
    message_id: str = Field(default="", max_length=998, index=True)
    in_reply_to: str = Field(default="", max_length=998)
    fetched_at: datetime = stamp()
    received_at: datetime | None = when()  # IMAP INTERNALDATE: when our server got it
    status: str = Field(default=RECEIVED, max_length=20, index=True)
    attempts: int = 0  # processing attempts (a poison message stops after a few)
    triage_reason: str = Field(default="", sa_type=Text)
    processed_at: datetime | None = when()
    # what the parse stage found (personal data: purged with the body)
    from_addr: str = Field(default="", max_length=320, index=True)
    from_name: str = Field(default="", max_length=300)
    subject: str = Field(default="", sa_type=Text)
    sent_at: datetime | None = when()
    text: str = Field(default="", sa_type=Text)  # the sender's own words
    html: str = Field(default="", sa_type=Text)
    attachments: list[Any] = json_list()
    defects: list[Any] = json_list()
    # what the classify and decide stages concluded
    kind: str = Field(default="", max_length=20, index=True)
    intents: list[Any] = json_list()
    channels: list[Any] = json_list()
    language: str = Field(default="", max_length=8)
    scores: dict[str, Any] = json_dict()
    needs_review: bool = Field(default=False, index=True)
    rule_hits: list[Any] = json_list()
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    request_id: int | None = Field(default=None, foreign_key="privacy_request.id", index=True)
    reviewed: bool = False
    purged_at: datetime | None = when()  # raw bytes and text purged (bot.jobs.retention)
