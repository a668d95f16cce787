"""Contacts, their per-channel preferences, the consent ledger and the suppression list."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.store.base import stamp, when


class Contact(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320, unique=True)  # lower-cased
    first_name: str = Field(default="", max_length=200)
    last_name: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=64)
    postal_address: str = Field(default="", sa_type=Text)
    restricted: bool = False  # Art. 18: processing restricted
    objected: bool = False  # Art. 21: objection to legitimate-interest processing
    undeliverable_since: datetime | None = when()
    created_at: datetime = stamp()
    updated_at: datetime = stamp()


class Preference(SQLModel, table=True):
    """Current consent for one channel (PECR: consent is per channel)."""

    __table_args__ = (UniqueConstraint("contact_id", "channel"),)

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", index=True)
    channel: str = Field(max_length=10)  # email | sms | post | phone
    opted_in: bool = False
    updated_at: datetime = stamp()


class ConsentEvent(SQLModel, table=True):
    """Append-only ledger (Art. 7(1)): who changed which channel, when, how, in what words.

    It holds a keyed hash of the address, never the address, so it survives erasure.
    Triggers created by the migration refuse UPDATE and DELETE.
    """

    __tablename__ = "consent_event"

    id: int | None = Field(default=None, primary_key=True)
    email_hash: str = Field(max_length=64, index=True)
    contact_id: int | None = Field(default=None, index=True)  # no FK: outlives the contact
    channel: str = Field(max_length=10)
    opted_in: bool
    at: datetime = stamp()
    source: str = Field(max_length=20)  # message | import | staff | confirmation
    source_message_id: int | None = None  # inbound_message.id
    actor: str = Field(default="bot", max_length=200)
    wording: str = Field(default="", sa_type=Text)  # what was said or shown
    request_reference: str = Field(default="", max_length=40)


class Suppression(SQLModel, table=True):
    """Addresses that must never be marketed again, as keyed hashes (ICO guidance)."""

    email_hash: str = Field(primary_key=True, max_length=64)
    reason: str = Field(default="erasure", max_length=40)
    created_at: datetime = stamp()


class Secret(SQLModel, table=True):
    """Per-database secrets the bot generates itself (the address-hashing key)."""

    name: str = Field(primary_key=True, max_length=60)
    value: str = Field(max_length=200)
