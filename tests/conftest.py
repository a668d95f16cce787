"""Shared fixtures: real servers (tests/servers.py), a store on SQLite or PostgreSQL, settings."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

import classifiers
from bot.app import App
from bot.config import DatabaseSettings, Settings, SmtpSettings
from classifiers import Classifier

pytest_plugins = ["tests.servers"]

EXAMPLES = Path(
    os.environ.get("BOT_EXAMPLES", Path(__file__).resolve().parents[2] / "shared" / "examples")
)
PG_ADMIN = os.environ.get("BOT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def examples() -> Path:
    assert (EXAMPLES / "labels.jsonl").is_file(), f"the shared examples are missing: {EXAMPLES}"
    return EXAMPLES


@pytest.fixture(scope="session")
def clf() -> Classifier:
    """The production classifier (rules and the committed model), loaded once."""
    return classifiers.load()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'bot.db'}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database per test, dropped afterwards."""
    name = f"bot_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest) -> str:
    """Run the test once on SQLite and once on PostgreSQL."""
    return str(request.getfixturevalue(f"{request.param}_url"))


@pytest.fixture
def make_settings(mailbox, smtp_server, sqlite_url) -> Callable[..., Settings]:  # type: ignore[no-untyped-def]
    """Settings pointing at the test's Dovecot mailbox, SMTP server and database."""

    def build(db: str | None = None, **imap: object) -> Settings:
        return Settings(
            imap=mailbox.settings(**imap),
            smtp=SmtpSettings(
                host=smtp_server.host, port=smtp_server.port, tls="none",
                retry_base_seconds=0.05, timeout=5,
            ),
            database=DatabaseSettings(url=db or sqlite_url),
        )

    return build


@pytest.fixture
def make_app() -> Iterator[Callable[[Settings], App]]:
    apps: list[App] = []

    def build(settings: Settings) -> App:
        app = App(settings)
        apps.append(app)
        return app

    yield build
    for app in apps:
        app.close()


def wait_until(predicate: Callable[[], object], timeout: float = 30.0, what: str = "") -> object:
    """Poll `predicate` until it is truthy; fail after `timeout` (no fixed sleeps)."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what or predicate}")
        time.sleep(0.02)
