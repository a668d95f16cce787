"""Retention on SQLite and PostgreSQL: raw mail of closed (or no) requests and exports of
closed requests are purged after their days; open requests' mail, recent mail, the consent
ledger and the audit log stay; a dry run lists ids and counts and changes nothing."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import func, select

from bot.config import DatabaseSettings, RetentionSettings, Settings
from bot.jobs import run_job
from bot.store.base import utcnow
from bot.store.db import make_engine, migrate, session_scope
from bot.store.mail import InboundMessage
from bot.store.outbox import SENT, OutboxItem
from bot.store.people import ConsentEvent
from bot.store.requests import COMPLETED, AuditLog, PrivacyRequest
from tests.test_web_support import add_message, add_request, days_ago

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def store(db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(db_url)
    migrate(engine)
    yield engine
    engine.dispose()


def seed(engine, settings: Settings) -> dict[str, int]:  # type: ignore[no-untyped-def]
    closed_ref = add_request(engine, settings, email="old@example.org", received=days_ago(400))
    open_ref = add_request(engine, settings, email="open@example.org", received=days_ago(400))
    recent_ref = add_request(engine, settings, email="new@example.org", received=days_ago(10))
    stray = add_message(engine, sender="spam@example.net", received=days_ago(400))
    ids: dict[str, int] = {"stray": stray}
    with session_scope(engine) as session:
        for name, ref in (("closed", closed_ref), ("open", open_ref), ("recent", recent_ref)):
            r = session.exec(select(PrivacyRequest).where(PrivacyRequest.reference == ref)).one()
            assert r.source_message_id is not None and r.id is not None
            ids[name] = r.source_message_id
            ids[f"{name}_request"] = r.id
            if name != "open":
                r.status, r.closed_at = COMPLETED, utcnow()
                session.add(r)
        for name, age in (("export_old", 100), ("export_new", 5)):
            item = OutboxItem(
                idempotency_key=name, to_addr="old@example.org", subject="Your data",
                body="attached", message_id=f"<{name}@carerra.co>", template="export",
                request_id=ids["closed_request"], status=SENT, created_at=days_ago(age),
                attachments=[{"filename": "personal-data.zip", "content_type": "application/zip",
                              "data": base64.b64encode(b"PK secret").decode()}],
            )
            session.add(item)
            session.flush()
            assert item.id is not None
            ids[name] = item.id
        session.add(ConsentEvent(email_hash="h" * 64, channel="email", opted_in=False,
                                 source="message", source_message_id=ids["closed"]))
    return ids


def settings_for(db_url: str) -> Settings:
    return Settings(database=DatabaseSettings(url=db_url),
                    retention=RetentionSettings(raw_days=180, export_days=30))


def snapshot(engine) -> dict[str, object]:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return {
            "messages": {m.id: (m.raw, m.text, m.purged_at)
                         for m in session.exec(select(InboundMessage))},
            "outbox": {o.id: o.attachments for o in session.exec(select(OutboxItem))},
            "audit": session.exec(select(func.count()).select_from(AuditLog)).one(),
        }


def test_dry_run_lists_then_purge_removes_only_what_is_due(store, db_url) -> None:  # type: ignore[no-untyped-def]
    settings = settings_for(db_url)
    ids = seed(store, settings)
    before = snapshot(store)

    (dry,) = run_job(store, settings, "retention", dry_run=True)
    assert dry.summary == (
        f"retention: would purge messages=2 exports=1 "
        f"message_ids={min(ids['closed'], ids['stray'])},{max(ids['closed'], ids['stray'])} "
        f"outbox_ids={ids['export_old']}"
    )
    assert "@" not in dry.summary
    assert snapshot(store) == before  # nothing changed

    (done,) = run_job(store, settings, "retention")
    assert done.summary == "retention: purged messages=2 exports=1"
    with session_scope(store) as session:
        rows = {m.id: m for m in session.exec(select(InboundMessage))}
        for gone in (ids["closed"], ids["stray"]):
            assert rows[gone].raw is None and rows[gone].text == "" and rows[gone].purged_at
            assert rows[gone].raw_sha256  # still recognised if fetched again
        for kept in (ids["open"], ids["recent"]):
            assert rows[kept].raw and rows[kept].text and rows[kept].purged_at is None
        export_old = session.get(OutboxItem, ids["export_old"])
        export_new = session.get(OutboxItem, ids["export_new"])
        assert export_old is not None and export_new is not None
        assert export_old.attachments[0]["filename"] == "personal-data.zip"
        assert "data" not in export_old.attachments[0] and "data" in export_new.attachments[0]
        assert session.exec(select(func.count()).select_from(ConsentEvent)).one() == 1
        (audit,) = session.exec(select(AuditLog).where(AuditLog.action == "retention.purged"))
        assert audit.detail["messages"] == 2 and audit.detail["outbox_ids"] == [ids["export_old"]]
        # the request itself stays, with its history: the minimum record
        assert session.get(PrivacyRequest, ids["closed_request"]) is not None

    (again,) = run_job(store, settings, "retention")
    assert again.summary == "retention: purged messages=0 exports=0"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_command_line_dry_run_prints_ids_and_changes_nothing(store, db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ids = seed(store, settings_for(db_url))
    before = snapshot(store)
    env = {**os.environ, "BOT_DATABASE__URL": db_url, "BOT_CONFIG": str(ROOT / "config.toml")}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "jobs", "run", "retention", "--dry-run"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    assert line.startswith("dry run: retention: would purge messages=2 exports=1")
    assert str(ids["stray"]) in line and "@" not in line
    assert snapshot(store) == before


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_retention_is_scheduled_once_per_interval(store, db_url) -> None:  # type: ignore[no-untyped-def]
    from bot.jobs import run_due

    settings = settings_for(db_url)
    seed(store, settings)
    now = utcnow()
    first = [o.summary for o in run_due(store, settings, now) if o.name == "retention"]
    assert first == ["retention: purged messages=2 exports=1"]
    assert not [o for o in run_due(store, settings, now) if o.name == "retention"]
    later = now + timedelta(seconds=settings.jobs.retention_interval)
    assert [o.name for o in run_due(store, settings, later)].count("retention") == 1
