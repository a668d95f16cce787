"""The web as processes: `python -m bot web`, `run` with the web enabled, `staff add`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
from sqlmodel import select

from bot.store.db import make_engine, migrate, session_scope
from bot.store.staff import StaffUser
from tests.conftest import wait_until
from tests.dovecot import free_port
from tests.test_end_to_end import _env
from tests.test_web_support import PASSWORD, SECRET

ROOT = Path(__file__).resolve().parents[1]


def bot(*args: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    return subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "bot", *args], cwd=ROOT, env={**clean, **env}, input=stdin,
        capture_output=True, text=True, timeout=120, check=False,
    )


def start(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    return subprocess.Popen(  # noqa: S603 - our own command
        [sys.executable, "-m", "bot", *args], cwd=ROOT, env={**clean, **env},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def healthy(port: int) -> dict | None:
    try:
        response = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
    except httpx.HTTPError:
        return None
    return response.json() if response.status_code == 200 else None


def test_staff_add_reads_the_password_from_stdin(sqlite_url: str) -> None:
    env = {"BOT_DATABASE__URL": sqlite_url}
    made = bot("staff", "add", "Nina", "--role", "agent", env=env, stdin=PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    assert "nina" in made.stdout and PASSWORD not in made.stdout + made.stderr
    again = bot("staff", "add", "nina", "--role", "agent", env=env, stdin=PASSWORD + "\n")
    short = bot("staff", "add", "omar", "--role", "viewer", env=env, stdin="short\n")
    role = bot("staff", "add", "pia", "--role", "boss", env=env, stdin=PASSWORD + "\n")
    bad_email = bot("staff", "add", "quin", "--role", "admin", "--email", "a@b.co\r\nBcc: x@y.z",
                    env=env, stdin=PASSWORD + "\n")
    for failed in (again, short, role, bad_email):
        assert failed.returncode == 2, failed.stderr
        assert "Traceback" not in failed.stderr
    assert len(short.stderr.strip().splitlines()) == 1 and "10 characters" in short.stderr
    admin = bot("staff", "add", "rosa", "--role", "admin", "--email", "dpo@carerra.co",
                env=env, stdin=PASSWORD + "\n")
    assert admin.returncode == 0, admin.stderr
    engine = make_engine(sqlite_url)
    with session_scope(engine) as session:
        nina, rosa = session.exec(select(StaffUser).order_by(StaffUser.id)).all()
        assert (nina.name, nina.role, nina.email) == ("nina", "agent", "")
        assert nina.password_hash.startswith("$argon2") and PASSWORD not in nina.password_hash
        # an admin with an address receives the escalations (bot.jobs.staffmail)
        assert (rosa.role, rosa.email) == ("admin", "dpo@carerra.co")
    engine.dispose()
    exported = bot("staff", "export-corrections", env=env)
    assert exported.returncode == 0 and exported.stdout == ""


def test_web_command_serves_until_sigterm(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    migrate(engine)
    engine.dispose()
    port = free_port()
    server = start("web", env={"BOT_DATABASE__URL": sqlite_url, "BOT_WEB__PORT": str(port),
                               "BOT_WEB__SECURE_COOKIES": "false"})
    try:
        wait_until(lambda: healthy(port) or server.poll() is not None, timeout=60,
                   what="the web server")
        assert server.poll() is None, server.communicate()[1][-2000:]
        queue = httpx.get(f"http://127.0.0.1:{port}/queue", follow_redirects=False, timeout=5)
        assert queue.status_code == 303 and queue.headers["location"].startswith("/login")
    finally:
        server.send_signal(signal.SIGTERM)
        out, err = server.communicate(timeout=60)
    assert server.returncode == 0, err[-2000:]
    assert "session_secret is empty" in err  # a random key, and a warning saying so


def test_run_serves_the_web_app_on_its_engine(mailbox, smtp_server, make_settings) -> None:  # type: ignore[no-untyped-def]
    settings = make_settings()
    port = free_port()
    env = {**_env(settings), "BOT_IMAP__POLL_INTERVAL": "3600", "BOT_WEB__ENABLED_IN_RUN": "true",
           "BOT_WEB__PORT": str(port), "BOT_WEB__SESSION_SECRET": SECRET}
    worker = start("run", env=env)
    health: object = None
    try:
        health = wait_until(lambda: (h := healthy(port)) and h["mailbox_connected"] and h
                            or worker.poll() is not None, timeout=120, what="run + web")
    except AssertionError:
        pass  # reported below with the worker's log
    finally:
        worker.send_signal(signal.SIGTERM)
        out, err = worker.communicate(timeout=60)
    assert isinstance(health, dict) and health["status"] == "ok", err[-3000:]
    assert worker.returncode == 0, err[-2000:]
    assert "session_secret is empty" not in err
    assert healthy(port) is None  # the web app stopped with the worker
