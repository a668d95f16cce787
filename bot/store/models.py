"""Every table, imported in one place so SQLModel.metadata is complete (Alembic, tests)."""

from bot.store.jobs import JobRun, UndeliverableAddress
from bot.store.mail import Checkpoint, InboundMessage
from bot.store.outbox import OutboxItem
from bot.store.people import ConsentEvent, Contact, Preference, Secret, Suppression
from bot.store.requests import (
    AuditLog,
    Counter,
    PrivacyRequest,
    RequestEvent,
    VerificationCode,
)
from bot.store.staff import LabelCorrection, LoginAttempt, StaffSession, StaffUser  # noqa: F401

__all__ = [
    "AuditLog",
    "Checkpoint",
    "ConsentEvent",
    "Counter",
    "Contact",
    "InboundMessage",
    "JobRun",
    "OutboxItem",
    "Preference",
    "PrivacyRequest",
    "RequestEvent",
    "Secret",
    "Suppression",
    "UndeliverableAddress",
    "VerificationCode",
]
