"""staff web app: users, sessions, login attempts, label corrections; queue indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 10:00:00

Tables of `bot.store.staff`, and the indexes the staff queue pages need at 100,000
requests: open requests in due order (partial), (status, due_at, id) for one status,
audit_log.target for a request's audit trail, the inbound messages staff still have to
look at (partial) and (kind, id) for the spam filter. Plain CREATE INDEX statements
(no table rebuild), so they are cheap on a large SQLite store.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TZ = sa.DateTime(timezone=True)
_STR = sqlmodel.sql.sqltypes.AutoString
# the same literal text as bot.store.staff.OPEN_SQL / UNHANDLED_SQL (a migration is a
# snapshot: it does not import the models)
_OPEN = ("status IN ('open', 'awaiting_identity', 'awaiting_clarification', "
         "'in_progress', 'extended')")
_UNHANDLED = "reviewed = false AND (status = 'triage' OR needs_review = true)"


def upgrade() -> None:
    op.create_table(
        "staff_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", _STR(length=100), nullable=False),
        sa.Column("role", _STR(length=10), nullable=False),
        sa.Column("password_hash", _STR(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("password_changed_at", _TZ, nullable=False),
        sa.Column("last_login_at", _TZ, nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "staff_session",
        sa.Column("token_hash", _STR(length=64), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("csrf_token", _STR(length=64), nullable=False),
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("last_seen_at", _TZ, nullable=False),
        sa.Column("expires_at", _TZ, nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_user.id"]),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_index("ix_staff_session_staff_id", "staff_session", ["staff_id"])
    op.create_index("ix_staff_session_expires_at", "staff_session", ["expires_at"])
    op.create_table(
        "login_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", _STR(length=100), nullable=False),
        sa.Column("client", _STR(length=64), nullable=False),
        sa.Column("at", _TZ, nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_login_attempt_name_at", "login_attempt", ["name", "at"])
    op.create_index("ix_login_attempt_client_at", "login_attempt", ["client", "at"])
    op.create_table(
        "label_correction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("at", _TZ, nullable=False),
        sa.Column("actor", _STR(length=200), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["inbound_message.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_label_correction_message_id", "label_correction", ["message_id"])

    op.create_index("ix_privacy_request_status_due", "privacy_request",
                    ["status", "due_at", "id"])
    op.create_index("ix_privacy_request_open_due", "privacy_request", ["due_at", "id"],
                    sqlite_where=sa.text(_OPEN), postgresql_where=sa.text(_OPEN))
    op.create_index("ix_audit_log_target", "audit_log", ["target"])
    op.create_index("ix_inbound_message_unhandled", "inbound_message", ["id"],
                    sqlite_where=sa.text(_UNHANDLED), postgresql_where=sa.text(_UNHANDLED))
    op.create_index("ix_inbound_message_kind_id", "inbound_message", ["kind", "id"])


def downgrade() -> None:
    op.drop_index("ix_inbound_message_kind_id", table_name="inbound_message")
    op.drop_index("ix_inbound_message_unhandled", table_name="inbound_message")
    op.drop_index("ix_audit_log_target", table_name="audit_log")
    op.drop_index("ix_privacy_request_open_due", table_name="privacy_request")
    op.drop_index("ix_privacy_request_status_due", table_name="privacy_request")
    op.drop_index("ix_label_correction_message_id", table_name="label_correction")
    op.drop_table("label_correction")
    op.drop_index("ix_login_attempt_client_at", table_name="login_attempt")
    op.drop_index("ix_login_attempt_name_at", table_name="login_attempt")
    op.drop_table("login_attempt")
    op.drop_index("ix_staff_session_expires_at", table_name="staff_session")
    op.drop_index("ix_staff_session_staff_id", table_name="staff_session")
    op.drop_table("staff_session")
    op.drop_table("staff_user")
