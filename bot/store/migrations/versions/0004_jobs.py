"""scheduled jobs: job runs, undeliverable addresses, escalation, purge and notice markers

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 10:00:00

Tables `job_run` (the period each scheduled job last ran for) and
`undeliverable_address` (keyed hashes of addresses that bounced, until when), and
nullable marker columns: `privacy_request.escalated_at`, `outbox.staff_notified_at`,
`inbound_message.purged_at`, plus `staff_user.email`. Plain ADD COLUMN statements (no
table rebuild on SQLite, so a large store upgrades in a moment).
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_TZ = sa.DateTime(timezone=True)
_STR = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "job_run",
        sa.Column("name", _STR(length=40), nullable=False),
        sa.Column("period", _STR(length=40), nullable=False),
        sa.Column("started_at", _TZ, nullable=True),
        sa.Column("finished_at", _TZ, nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "undeliverable_address",
        sa.Column("email_hash", _STR(length=64), nullable=False),
        sa.Column("since", _TZ, nullable=False),
        sa.Column("until", _TZ, nullable=False),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.Column("status", _STR(length=20), nullable=False),
        sa.PrimaryKeyConstraint("email_hash"),
    )
    op.create_index("ix_undeliverable_address_until", "undeliverable_address", ["until"])
    op.add_column("privacy_request", sa.Column("escalated_at", _TZ, nullable=True))
    op.add_column("outbox", sa.Column("staff_notified_at", _TZ, nullable=True))
    op.add_column("inbound_message", sa.Column("purged_at", _TZ, nullable=True))
    op.add_column("staff_user", sa.Column("email", _STR(length=320), nullable=False,
                                          server_default=""))


def downgrade() -> None:
    for table, column in (("staff_user", "email"), ("inbound_message", "purged_at"),
                          ("outbox", "staff_notified_at"), ("privacy_request", "escalated_at")):
        op.drop_column(table, column)  # plain DROP COLUMN (SQLite >= 3.35): no rebuild
    op.drop_index("ix_undeliverable_address_until", table_name="undeliverable_address")
    op.drop_table("undeliverable_address")
    op.drop_table("job_run")
