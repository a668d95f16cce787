"""Staff of the web app: users, their sessions, login attempts, and label corrections.

- `StaffUser`: a login name, a role (viewer < agent < admin) and an argon2 hash.
- `StaffSession`: server-side sessions. The cookie carries a random token (signed with
  `web.session_secret`); only its SHA-256 is stored, next to the session's CSRF token.
- `LoginAttempt`: failed and successful logins by name and by client (a keyed hash of
  the address, never the address), for the lockout; rows older than a day are purged.
- `LabelCorrection`: what a staff member changed on a message's classification; the
  training examples `bot.staff.export_corrections` writes are built from it.

The queue's indexes on other domains' tables are declared here too (they exist for the
web's queries): `privacy_request (status, due_at, id)`, a partial index over open
requests in due order, `audit_log (target)`, and a partial index over the inbound
messages staff still have to look at. Migration 0003 creates them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, text
from sqlmodel import Field, SQLModel

from bot.store.base import UTCDateTime, json_dict, stamp, when
from bot.store.mail import InboundMessage
from bot.store.requests import OPEN_STATUSES, AuditLog, PrivacyRequest

VIEWER, AGENT, ADMIN = "viewer", "agent", "admin"
ROLES = (VIEWER, AGENT, ADMIN)

# literal SQL shared by the partial indexes and the queries that must match them
# (SQLite uses a partial index only when the query repeats its WHERE term)
OPEN_SQL = "status IN ({})".format(", ".join(f"'{s}'" for s in OPEN_STATUSES))
UNHANDLED_SQL = "reviewed = false AND (status = 'triage' OR needs_review = true)"


class StaffUser(SQLModel, table=True):
    __tablename__ = "staff_user"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True)  # lower-case login name
    role: str = Field(max_length=10)  # viewer | agent | admin
    password_hash: str = Field(max_length=200)
    active: bool = True
    email: str = Field(default="", max_length=320)  # admins get escalations here
    created_at: datetime = stamp()
    password_changed_at: datetime = stamp()
    last_login_at: datetime | None = when()


class StaffSession(SQLModel, table=True):
    __tablename__ = "staff_session"

    token_hash: str = Field(primary_key=True, max_length=64)  # sha256 of the cookie token
    staff_id: int = Field(foreign_key="staff_user.id", index=True)
    csrf_token: str = Field(max_length=64)  # the synchroniser token of this session
    created_at: datetime = stamp()
    last_seen_at: datetime = stamp()
    expires_at: datetime = Field(sa_type=UTCDateTime, nullable=False, index=True)


class LoginAttempt(SQLModel, table=True):
    __tablename__ = "login_attempt"
    __table_args__ = (
        Index("ix_login_attempt_name_at", "name", "at"),
        Index("ix_login_attempt_client_at", "client", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100)  # the name typed (lower-cased), known or not
    client: str = Field(max_length=64)  # keyed hash of the client address
    at: datetime = stamp()
    ok: bool = False


class LabelCorrection(SQLModel, table=True):
    """One staff correction of a message's labels: a training example in waiting.

    It holds labels only; the text comes from the message when exporting, so an erased
    message (its text wiped) drops out of the training data by itself.
    """

    __tablename__ = "label_correction"

    id: int | None = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="inbound_message.id", index=True)
    at: datetime = stamp()
    actor: str = Field(max_length=200)
    before: dict[str, Any] = json_dict()  # {"kind", "intents", "channels", "language"}
    after: dict[str, Any] = json_dict()


# --- indexes for the web's queries on other domains' tables ----------------------------
_req = PrivacyRequest.__table__.c  # type: ignore[attr-defined]
_msg = InboundMessage.__table__.c  # type: ignore[attr-defined]
Index("ix_privacy_request_status_due", _req.status, _req.due_at, _req.id)
Index(
    "ix_privacy_request_open_due", _req.due_at, _req.id,
    sqlite_where=text(OPEN_SQL), postgresql_where=text(OPEN_SQL),
)
Index("ix_audit_log_target", AuditLog.__table__.c.target)  # type: ignore[attr-defined]
Index(
    "ix_inbound_message_unhandled", _msg.id,
    sqlite_where=text(UNHANDLED_SQL), postgresql_where=text(UNHANDLED_SQL),
)
Index("ix_inbound_message_kind_id", _msg.kind, _msg.id)
