"""request lifecycle: clock, identity verification codes, extension, export, attachments

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 10:00:00

Adds to `privacy_request` the columns the lifecycle needs (clock start and pauses,
verification, extension, export approval, erasure, who closed it), the table
`verification_code` (one-time codes stored as keyed hashes) and `outbox.attachments`.
Every new NOT NULL column carries a server default, so existing rows stay valid.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TZ = sa.DateTime(timezone=True)


def _request_columns() -> tuple[sa.Column, ...]:  # type: ignore[type-arg]
    return (
        sa.Column("closed_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False,
                  server_default=""),
        sa.Column("clock_started_at", _TZ, nullable=True),
        sa.Column("paused_at", _TZ, nullable=True),
        sa.Column("paused_days", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("ack_due_at", _TZ, nullable=True),
        sa.Column("extended_at", _TZ, nullable=True),
        sa.Column("extension_reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("verified_at", _TZ, nullable=True),
        sa.Column("verification_method", sqlmodel.sql.sqltypes.AutoString(length=40),
                  nullable=False, server_default=""),
        sa.Column("verification_reminded_at", _TZ, nullable=True),
        sa.Column("subscribe_channels", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("subscribe_confirmed_at", _TZ, nullable=True),
        sa.Column("export_approved_at", _TZ, nullable=True),
        sa.Column("export_approved_by", sqlmodel.sql.sqltypes.AutoString(length=200),
                  nullable=False, server_default=""),
        sa.Column("erased_at", _TZ, nullable=True),
    )


def upgrade() -> None:
    with op.batch_alter_table("privacy_request", schema=None) as batch_op:
        for column in _request_columns():
            batch_op.add_column(column)
    # requests opened before this revision: their clock started when they were received
    op.execute(
        "UPDATE privacy_request SET clock_started_at = received_at "
        "WHERE clock_started_at IS NULL"
    )

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attachments", sa.JSON(), nullable=False,
                                      server_default="[]"))

    op.create_table(
        "verification_code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("code_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("expires_at", _TZ, nullable=False),
        sa.Column("used_at", _TZ, nullable=True),
        sa.Column("revoked_at", _TZ, nullable=True),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.Column("redacted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["privacy_request.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    with op.batch_alter_table("verification_code", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_verification_code_expires_at"), ["expires_at"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_verification_code_request_id"), ["request_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("verification_code", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verification_code_request_id"))
        batch_op.drop_index(batch_op.f("ix_verification_code_expires_at"))
    op.drop_table("verification_code")
    # plain ALTER TABLE ... DROP COLUMN (SQLite >= 3.35): a batch "move and copy" would
    # drop privacy_request, which other tables' foreign keys refuse while rows exist
    _drop_columns("outbox", ["attachments"])
    _drop_columns("privacy_request", [c.name for c in reversed(_request_columns())])


def _drop_columns(table: str, names: list[str]) -> None:
    for name in names:
        op.execute(f'ALTER TABLE {table} DROP COLUMN "{name}"')
