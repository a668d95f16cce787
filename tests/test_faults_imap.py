"""IMAP faults under the running worker, against the tests' private Dovecot.

Each test runs the mailbox job of `python -m bot run` (in a thread: `Watcher`, or the
real `run` process) and breaks the IMAP side: Dovecot restarted between two batches
of a backlog, the connection dropped during IDLE, the password changed on the server,
UIDVALIDITY reset, the folder missing and renamed. Each ends with the same invariant —
every message stored and processed once, every customer acknowledged exactly once —
plus one ERROR log line per incident and a `Health` that said down, why, and recovered.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from imapclient import IMAPClient
from sqlmodel import select

from bot.health import report
from bot.store.db import session_scope
from bot.store.mail import Checkpoint
from tests.conftest import wait_until
from tests.dovecot import free_port
from tests.faults_support import (
    Watcher,
    address,
    assert_exactly_once,
    counts,
    human,
    lines,
    replied_to,
)
from tests.test_end_to_end import _env

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def worker_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO)
    return caplog


def test_dovecot_restarted_between_two_batches_loses_and_repeats_nothing(
    mailbox, dovecot_server, smtp_server, make_settings, make_app, worker_log
):  # type: ignore[no-untyped-def]
    total = 150
    mailbox.append_many([human(n, "rs") for n in range(total)])
    app = make_app(make_settings(batch_size=10))

    with Watcher(app) as watcher:
        wait_until(lambda: counts(app.engine)[0] >= 10, timeout=60, what="the first batch")
        dovecot_server.restart()  # every session drops, the port refuses for a moment
        stored_at_restart = counts(app.engine)[0]
        wait_until(lambda: counts(app.engine)[1] == total and len(smtp_server.messages)
                   == total, timeout=90, what="the whole backlog answered")
        wait_until(lambda: app.health.recovered_at, timeout=10, what="recovered")
        assert watcher.alive

    assert stored_at_restart < total, "the restart came in the middle of the backlog"
    assert_exactly_once(app.engine, smtp_server, [address(n, "rs") for n in range(total)])
    h = app.health
    assert h.incidents == 1 and h.failures == 0 and h.down_since is None
    assert h.last_error.startswith("mailbox: ")
    assert h.last_downtime_seconds is not None and h.last_downtime_seconds > 0
    errors = lines(worker_log.records, logging.ERROR)
    assert len(errors) == 1, errors  # one incident, one line
    assert "retrying with backoff" in errors[0]
    assert any("recovered after" in line for line in lines(worker_log.records, logging.INFO))


def _start_run(env: dict[str, str]) -> subprocess.Popen[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    return subprocess.Popen(  # noqa: S603 - our own command
        [sys.executable, "-m", "bot", "run"], cwd=ROOT, env={**clean, **env},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _healthz(port: int) -> dict | None:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5).json()
    except (httpx.HTTPError, ValueError):
        return None


def test_connection_dropped_during_idle_run_answers_mail_sent_after_the_drop(
    mailbox, dovecot_server, smtp_server, make_settings
):  # type: ignore[no-untyped-def]
    """The real `run` (scheduler, IDLE, /healthz): the server drops the session in IDLE."""
    settings = make_settings()
    port = free_port()
    worker = _start_run({
        **_env(settings), "BOT_IMAP__POLL_INTERVAL": "3600",  # only IDLE wakes it up
        "BOT_WEB__ENABLED_IN_RUN": "true", "BOT_WEB__PORT": str(port),
        "BOT_WEB__SESSION_SECRET": "s" * 40, "BOT_HEALTH__MAILBOX_DOWN_SECONDS": "0",
    })
    try:
        mailbox.append(human(1, "idle"))
        smtp_server.wait_for(1, timeout=90)  # start-up, first round, reply
        wait_until(lambda: (h := _healthz(port)) and h["mailbox_connected"]
                   and h["checks"]["mailbox"]["incidents"] == 0, timeout=30,
                   what="connected and idle")
        dovecot_server.kick(mailbox.user)  # the server ends the session under IDLE
        mailbox.append(human(2, "idle"))  # arrives while the worker is cut off
        smtp_server.wait_for(2, timeout=60)
        healthy = wait_until(lambda: (h := _healthz(port)) and h["mailbox_connected"]
                             and h["checks"]["mailbox"]["recovered_at"] and h,
                             timeout=30, what="/healthz: recovered")
        assert isinstance(healthy, dict)
        box = healthy["checks"]["mailbox"]
        assert box["status"] == "ok" and box["incidents"] == 1
        assert box["last_error"].startswith("mailbox: ") and box["down_reason"] is None
        assert box["consecutive_failures"] == 0 and box["last_downtime_seconds"] > 0
        mailbox.append(human(3, "idle"))  # and IDLE works again on the new session
        smtp_server.wait_for(3, timeout=30)
    finally:
        worker.send_signal(signal.SIGTERM)
        _out, err = worker.communicate(timeout=60)
    assert worker.returncode == 0, err[-3000:]
    assert replied_to(smtp_server) == {address(n, "idle"): 1 for n in (1, 2, 3)}
    errors = [line for line in err.splitlines() if " ERROR " in line]
    assert len(errors) == 1, err[-3000:]
    assert "mailbox: " in errors[0] and "retrying with backoff" in errors[0]
    assert "recovered after" in err


def test_login_failure_backs_off_says_so_and_recovers(
    mailbox, dovecot_server, smtp_server, make_settings, make_app, worker_log
):  # type: ignore[no-untyped-def]
    """The password changes on the server: no tight loop, a clear line, health says so."""
    app = make_app(make_settings())
    app.settings.health.mailbox_down_seconds = 0
    entry = dovecot_server.dir / "users" / mailbox.user
    original = entry.read_text()
    attempts: list[float] = []
    with Watcher(app) as watcher:
        mailbox.append(human(1, "pw"))
        smtp_server.wait_for(1, timeout=60)
        entry.write_text(original.replace(mailbox.password, "changed-on-the-server"))
        dovecot_server.kick(mailbox.user)
        seen = 0
        deadline = time.monotonic() + 30
        while len(attempts) < 3 and time.monotonic() < deadline:  # three failed logins
            if app.health.failures != seen:
                seen = app.health.failures
                attempts.append(time.monotonic())
            time.sleep(0.02)  # sampling the failure counter, not synchronising
        assert len(attempts) == 3, app.health
        down_healthy, down = report(app)
        entry.write_text(original)  # the password is restored
        wait_until(lambda: _logs_in(mailbox), timeout=10, what="Dovecot re-read the password")
        mailbox.append(human(2, "pw"))
        smtp_server.wait_for(2, timeout=30)
        wait_until(lambda: app.health.recovered_at, timeout=10, what="recovered")
        up_healthy, up = report(app)
        assert watcher.alive

    gaps = [b - a for a, b in zip(attempts, attempts[1:], strict=False)]
    assert gaps[0] >= 1.6 and gaps[1] >= 3.2, gaps  # ~2 s, then ~4 s (±20 % jitter)
    assert not down_healthy and down["checks"]["mailbox"]["status"] == "failing"
    assert "login failed" in down["checks"]["mailbox"]["down_reason"]
    assert down["checks"]["mailbox"]["consecutive_failures"] == 3
    assert up_healthy and up["checks"]["mailbox"]["connected"]
    assert up["checks"]["mailbox"]["incidents"] == 1
    assert replied_to(smtp_server) == {address(1, "pw"): 1, address(2, "pw"): 1}
    errors = lines(worker_log.records, logging.ERROR)
    assert len(errors) == 1, errors  # the first failed login (the kick came first: IDLE)
    said = " ".join(errors + lines(worker_log.records, logging.WARNING))
    assert "login failed" in said
    assert "changed-on-the-server" not in worker_log.text and mailbox.password not in said


def _logs_in(account) -> bool:  # type: ignore[no-untyped-def]
    try:
        with account.client():
            return True
    except IMAPClient.Error:
        return False


def test_uidvalidity_reset_under_run_rescans_without_repeating(
    mailbox, smtp_server, make_settings, make_app, worker_log
):  # type: ignore[no-untyped-def]
    mailbox.append_many([human(n, "uv") for n in range(3)])
    app = make_app(make_settings())

    with Watcher(app) as watcher:
        smtp_server.wait_for(3, timeout=60)
        _old, new = mailbox.set_uidvalidity_change()  # kicks the worker's session too
        mailbox.append(human(3, "uv"))  # UID 4 under the new UIDVALIDITY

        def caught_up() -> bool:
            with session_scope(app.engine) as session:
                cp = session.exec(select(Checkpoint)).one()
            return (cp.uidvalidity, cp.last_uid) == (new, 4) and counts(app.engine)[1] == 4

        wait_until(caught_up, timeout=60, what="the rescan under the new UIDVALIDITY")
        smtp_server.wait_for(4, timeout=30)
        wait_until(lambda: app.health.recovered_at, timeout=10, what="recovered")
        assert watcher.alive

    assert_exactly_once(app.engine, smtp_server, [address(n, "uv") for n in range(4)])
    assert any("UIDVALIDITY of INBOX changed" in r.getMessage() for r in worker_log.records)
    assert app.health.incidents == 1


def test_folder_missing_then_renamed_away_says_which_and_recovers(
    mailbox, smtp_server, make_settings, make_app, worker_log
):  # type: ignore[no-untyped-def]
    # IDLE is renewed every 2 s: Dovecot tells a session in IDLE nothing about a rename
    app = make_app(make_settings(folder="Privacy", idle_timeout=2))
    with Watcher(app) as watcher:
        # 1. the folder does not exist yet
        wait_until(lambda: "cannot select folder 'Privacy'" in app.health.down_reason,
                   timeout=30, what="health names the missing folder")
        assert not app.health.mailbox_connected and report(app)[1]["checks"]["mailbox"][
            "down_reason"].endswith(app.health.down_reason[-40:])
        mailbox.append(human(1, "fo"), folder="Privacy")  # created, with mail in it
        smtp_server.wait_for(1, timeout=60)
        wait_until(lambda: app.health.recovered_at, timeout=10, what="recovered")
        first_recovery = app.health.recovered_at

        # 2. renamed away while the worker watches it, then back
        with mailbox.client() as client:
            client.rename_folder("Privacy", "Privacy-old")
        wait_until(lambda: "cannot select folder 'Privacy'" in app.health.down_reason,
                   timeout=30, what="health names the renamed folder")
        mailbox.append(human(2, "fo"), folder="Privacy-old")  # mail keeps arriving there
        with mailbox.client() as client:
            client.rename_folder("Privacy-old", "Privacy")
        smtp_server.wait_for(2, timeout=60)
        wait_until(lambda: app.health.recovered_at != first_recovery, timeout=10,
                   what="recovered again")
        assert watcher.alive and app.health.mailbox_connected

    assert_exactly_once(app.engine, smtp_server, [address(n, "fo") for n in (1, 2)])
    assert app.health.incidents == 2
    errors = lines(worker_log.records, logging.ERROR)
    assert len(errors) == 2, errors  # one line per incident
    said = errors + lines(worker_log.records, logging.WARNING)
    assert sum("Mailbox doesn't exist: Privacy" in line for line in said) >= 2, said
