"""The scheduled jobs on real servers: the deadline digest goes out once a day however often
`once` runs and however many workers race for it; overdue requests are escalated once to
admins; mail that keeps failing is given up and staff are told once; `jobs run` from the
command line; migration 0004 on SQLite and PostgreSQL."""

from __future__ import annotations

import email
import os
import subprocess
import sys
import threading
from datetime import timedelta
from email.policy import default as default_policy
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel, select

import bot.store.models  # noqa: F401  (fills the metadata)
from bot.config import JobsSettings, Settings
from bot.jobs import run_due
from bot.pipeline import run_once
from bot.staff import create_staff
from bot.store.base import utcnow
from bot.store.db import alembic_config, make_engine, session_scope
from bot.store.outbox import FAILED, PENDING, OutboxItem
from bot.store.requests import AuditLog, PrivacyRequest, RequestEvent
from bot.store.staff import StaffUser
from tests.test_web_support import PASSWORD, add_request, days_ago

ROOT = Path(__file__).resolve().parents[1]
DPO = "dpo@carerra.co"
BOSS = "boss@carerra.co"


def with_jobs(settings: Settings, **jobs: object) -> Settings:
    values = {"digest_recipients": [DPO], "digest_hour": 0, "timezone": "UTC", **jobs}
    return settings.model_copy(update={"jobs": JobsSettings(**values)})  # type: ignore[arg-type]


def bodies(smtp_server, address: str) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for m in smtp_server.messages:
        if address in m.rcpt_tos:
            msg = email.message_from_bytes(m.data, policy=default_policy)
            out.append(f"{msg['Subject']}\n{msg.get_content()}")
    return out


async def test_the_digest_goes_out_once_a_day_and_overdue_requests_are_escalated_once(
    db_url, mailbox, smtp_server, make_settings, make_app
):  # type: ignore[no-untyped-def]
    settings = with_jobs(make_settings(db_url), escalation_recipients=[])
    app = make_app(settings)
    late = add_request(app.engine, settings, email="late@example.org", verified=True,
                       received=days_ago(45))
    soon = add_request(app.engine, settings, email="soon@example.org", verified=True,
                       types=("erasure",), received=days_ago(28))
    later = add_request(app.engine, settings, email="later@example.org", verified=True,
                        received=days_ago(1))
    with session_scope(app.engine) as session:
        admin = create_staff(session, name="ada", role="admin", password=PASSWORD)
        admin.email = BOSS
        session.add(admin)
        create_staff(session, name="otto", role="agent", password=PASSWORD)

    for _ in range(3):  # cron runs `once` every minute
        await run_once(app)

    (digest,) = bodies(smtp_server, DPO)
    assert late in digest and soon in digest and later not in digest
    assert "1 overdue" in digest and "erasure" in digest
    assert "@example.org" not in digest  # no customer addresses
    (escalation,) = bodies(smtp_server, BOSS)
    assert late in escalation and soon not in escalation
    with session_scope(app.engine) as session:
        request = session.exec(select(PrivacyRequest).where(
            PrivacyRequest.reference == late)).one()
        assert request.escalated_at is not None
        assert session.exec(select(RequestEvent.event).where(
            RequestEvent.request_id == request.id)).all().count("escalated") == 1
        assert len(session.exec(select(AuditLog).where(
            AuditLog.action == "request.escalated")).all()) == 1

    # the next day: a new digest; the escalated request is not escalated again
    tomorrow = utcnow() + timedelta(days=1)
    assert "digest" in [o.name for o in run_due(app.engine, settings, tomorrow)]
    assert run_due(app.engine, settings, tomorrow) == []
    await run_once(app)
    assert len(bodies(smtp_server, DPO)) == 2 and len(bodies(smtp_server, BOSS)) == 1


def test_several_workers_racing_queue_one_digest(db_url, make_settings) -> None:  # type: ignore[no-untyped-def]
    settings = with_jobs(make_settings(db_url))
    engines = [make_engine(db_url) for _ in range(4)]
    try:
        from bot.store.db import migrate

        migrate(engines[0])
        add_request(engines[0], settings, email="late@example.org", verified=True,
                    received=days_ago(45))
        barrier = threading.Barrier(len(engines))
        ran: list[list[str]] = []

        def worker(engine) -> None:  # type: ignore[no-untyped-def]
            barrier.wait()
            ran.append([o.name for o in run_due(engine, settings)])

        threads = [threading.Thread(target=worker, args=(e,)) for e in engines]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert len(ran) == len(engines)
        names = sorted(n for r in ran for n in r)
        assert names.count("digest") == 1 and names.count("escalation") == 1
        with session_scope(engines[0]) as session:
            digests = session.exec(select(OutboxItem).where(
                OutboxItem.template == "staff_digest")).all()
            assert [d.to_addr for d in digests] == [DPO]
    finally:
        for engine in engines:
            engine.dispose()


async def test_mail_failing_past_its_deadline_is_given_up_and_staff_are_told_once(
    mailbox, smtp_server, make_settings, make_app
):  # type: ignore[no-untyped-def]
    settings = with_jobs(make_settings())
    app = make_app(settings)
    ref = add_request(app.engine, settings, email="gone@example.org", verified=True)
    old = utcnow() - timedelta(hours=settings.smtp.give_up_after_hours + 1)
    with session_scope(app.engine) as session:
        request = session.exec(select(PrivacyRequest)).one()
        # past the deadline: one the relay keeps refusing (451), one nobody flushed
        session.add(OutboxItem(idempotency_key="a", to_addr="gone@example.org", subject="s",
                               body="b", message_id="<a@carerra.co>", template="ack",
                               request_id=request.id, created_at=old, attempts=3))
        session.add(OutboxItem(idempotency_key="b", to_addr="stuck@example.org", subject="s",
                               body="b", message_id="<b@carerra.co>", template="other",
                               created_at=old, attempts=2, next_attempt_at=utcnow()
                               + timedelta(days=1)))
    smtp_server.fail_recipient("gone@example.org", 451)

    await run_once(app)
    await run_once(app)

    with session_scope(app.engine) as session:
        items = {o.idempotency_key: o for o in session.exec(select(OutboxItem))}
        assert items["a"].status == FAILED and items["b"].status == FAILED
        assert "gave up" in items["b"].last_error
        assert all(items[k].staff_notified_at for k in "ab")
        events = session.exec(select(RequestEvent.event).where(
            RequestEvent.request_id == request.id)).all()
        assert "reply_failed" in events
        assert len(session.exec(select(AuditLog).where(
            AuditLog.action == "outbox.failed_reported")).all()) == 2
    notices = [b for b in bodies(smtp_server, DPO) if b.startswith("Undelivered")]
    assert len(notices) == 1 and ref in notices[0]
    assert "@example.org" not in notices[0]
    digest = [b for b in bodies(smtp_server, DPO) if b.startswith("Privacy requests")]
    assert len(digest) == 1 and "outbox" in digest[0]  # the digest lists them too


def test_jobs_run_from_the_command_line(sqlite_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "BOT_DATABASE__URL": sqlite_url, "BOT_CONFIG": str(ROOT / "config.toml")}
    done = subprocess.run([sys.executable, "-m", "bot", "jobs", "run", "all", "--dry-run"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    assert line.startswith("dry run: outbox:") and "; digest: " in line
    assert "retention: would purge" in line
    engine = make_engine(sqlite_url)
    try:
        with engine.connect() as conn:  # a dry run claims nothing
            assert conn.execute(text("SELECT count(*) FROM job_run")).scalar() == 0
    finally:
        engine.dispose()
    done = subprocess.run([sys.executable, "-m", "bot", "jobs", "run", "escalation"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("escalation: escalated=0")
    bad = subprocess.run([sys.executable, "-m", "bot", "jobs", "run", "nonsense"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2


def test_0004_upgrades_a_database_with_rows_and_round_trips(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        cfg = alembic_config(engine)
        command.upgrade(cfg, "0003")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO staff_user (name, role, password_hash, active, created_at,"
                " password_changed_at) VALUES ('ada', 'admin', 'x', true,"
                " '2026-01-20 10:00:00+00:00', '2026-01-20 10:00:00+00:00')"))
        command.upgrade(cfg, "head")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT email FROM staff_user")).scalar() == ""
            assert {"job_run", "undeliverable_address"} <= set(inspect(conn).get_table_names())
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, SQLModel.metadata) == []
        command.downgrade(cfg, "0003")
        with engine.connect() as conn:
            assert "job_run" not in inspect(conn).get_table_names()
            columns = {c["name"] for c in inspect(conn).get_columns("privacy_request")}
            assert "escalated_at" not in columns
            assert conn.execute(text("SELECT count(*) FROM staff_user")).scalar() == 1
        command.upgrade(cfg, "head")
        assert StaffUser.__tablename__ == "staff_user"
    finally:
        engine.dispose()


async def test_the_worker_job_runs_the_due_jobs_and_sends_what_they_queued(
    smtp_server, make_settings, make_app
):  # type: ignore[no-untyped-def]
    from bot import jobs

    app = make_app(with_jobs(make_settings()))
    await jobs.scheduled(app)
    await jobs.scheduled(app)
    assert len(bodies(smtp_server, DPO)) == 1


def test_an_unknown_time_zone_is_a_configuration_error() -> None:
    import pytest

    from bot.config import JobsSettings

    with pytest.raises(ValueError, match="unknown time zone"):
        JobsSettings(timezone="Mars/Olympus")


def test_pending_mail_is_untouched_before_its_deadline(make_settings, make_app) -> None:  # type: ignore[no-untyped-def]
    from bot.jobs import run_job

    app = make_app(with_jobs(make_settings()))
    with session_scope(app.engine) as session:
        session.add(OutboxItem(idempotency_key="c", to_addr="x@example.org", subject="s",
                               body="b", message_id="<c@carerra.co>", template="ack",
                               attempts=1, status=PENDING))
    (outcome,) = run_job(app.engine, app.settings, "outbox")
    assert outcome.summary.startswith("outbox: gave_up=0 reported=0")
