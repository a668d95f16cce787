"""Migration 0002 on SQLite and PostgreSQL: upgrades a 0001 database with rows in it,
matches the models exactly, and downgrades cleanly."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

import bot.store.models  # noqa: F401  (fills the metadata)
from bot.store.db import alembic_config, make_engine

REQUEST_0001 = text(
    "INSERT INTO privacy_request (reference, types, status, email, language, jurisdiction,"
    " received_at, verified, priority, assigned_to, needs_review, close_reason) VALUES"
    " ('CAR-2026-00001', '[\"access\"]', 'open', 'a@example.org', 'en', 'uk',"
    " '2026-01-20 10:00:00+00:00', false, 'normal', '', false, '')"
)
OUTBOX_0001 = text(
    "INSERT INTO outbox (idempotency_key, to_addr, subject, body, headers, message_id,"
    " template, language, request_id, status, attempts, next_attempt_at, last_error,"
    " created_at) VALUES ('k', 'a@example.org', 's', 'b', '{}', '<m@carerra.co>', 'ack', 'en',"
    " 1, 'sent', 1, '2026-01-20 10:00:00+00:00', '', '2026-01-20 10:00:00+00:00')"
)


def test_0002_upgrades_a_database_with_rows_and_round_trips(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        cfg = alembic_config(engine)
        command.upgrade(cfg, "0001")
        with engine.begin() as conn:
            conn.execute(REQUEST_0001)
            conn.execute(OUTBOX_0001)
        command.upgrade(cfg, "head")

        with engine.connect() as conn:
            row = conn.execute(text(
                "SELECT clock_started_at, paused_days, subscribe_channels, closed_by,"
                " verification_method FROM privacy_request")).one()
            assert row.clock_started_at is not None  # old requests: started at receipt
            assert row.paused_days == 0 and row.closed_by == "" and row.verification_method == ""
            assert row.subscribe_channels in ([], "[]")
            assert conn.execute(text("SELECT attachments FROM outbox")).scalar() in ([], "[]")
            assert "verification_code" in inspect(conn).get_table_names()
            # the schema is exactly what the models say (autogenerate finds nothing to do)
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, SQLModel.metadata) == []

        command.downgrade(cfg, "0001")
        with engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("privacy_request")}
            assert "clock_started_at" not in columns and "reference" in columns
            assert "verification_code" not in inspect(conn).get_table_names()
            assert conn.execute(text("SELECT count(*) FROM privacy_request")).scalar() == 1
        command.upgrade(cfg, "head")
    finally:
        engine.dispose()
