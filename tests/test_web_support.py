"""Shared by tests/test_web*.py and tests/test_browser*.py: the app, staff, a seeded store.

No tests here. The web app is driven through httpx's ASGI transport (the real app, its
middleware and dependencies, in process) or, for the browser tests, a real uvicorn.
"""

from __future__ import annotations

import itertools
import re
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.engine import Engine

from bot import people, privacy
from bot.config import ComplianceSettings, DatabaseSettings, Settings, SmtpSettings, WebSettings
from bot.lifecycle.intake import intake
from bot.staff import create_staff
from bot.store.base import utcnow
from bot.store.db import session_scope
from bot.store.mail import PROCESSED, TRIAGE, InboundMessage
from bot.web import create_app

PASSWORD = "correct horse battery staple"  # noqa: S105 - the tests' staff password
SECRET = "test-session-secret-" + "x" * 24
STAFF = {"vera": "viewer", "otto": "agent", "ada": "admin"}
_UIDS = itertools.count(1)
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def settings_for(db_url: str, *, secure: bool = False, smtp: SmtpSettings | None = None,
                 jurisdiction: str = "uk") -> Settings:
    values: dict[str, Any] = {
        "database": DatabaseSettings(url=db_url),
        "web": WebSettings(secure_cookies=secure, session_secret=SECRET),
        "compliance": ComplianceSettings(jurisdiction=jurisdiction),  # type: ignore[arg-type]
    }
    if smtp is not None:
        values["smtp"] = smtp
    return Settings(**values)


@dataclass
class Web:
    app: FastAPI
    settings: Settings

    @property
    def engine(self) -> Engine:
        return self.app.state.web.engine  # type: ignore[no-any-return]

    def client(self, *, https: bool = False) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            transport=httpx.ASGITransport(app=self.app),
            base_url="https://testserver" if https else "http://testserver",
        )


def make_web(settings: Settings) -> Web:
    web = Web(create_app(settings), settings)
    with session_scope(web.engine) as session:
        for name, role in STAFF.items():
            create_staff(session, name=name, role=role, password=PASSWORD)
    return web


@pytest.fixture
def web(db_url: str) -> Iterator[Web]:
    """The app on a fresh store (SQLite and PostgreSQL), with a viewer, an agent, an admin."""
    built = make_web(settings_for(db_url))
    yield built
    built.app.state.web.bot.close()


# for a test that needs one backend only: @SQLITE_ONLY (the `web` fixture then runs once)
SQLITE_ONLY = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


async def login(client: httpx.AsyncClient, name: str, password: str = PASSWORD) -> httpx.Response:
    """Log in through the form, as a browser does (the login form's CSRF cookie included)."""
    form = await client.get("/login")
    token = _CSRF.search(form.text)
    assert token, form.text
    return await client.post("/login", data={"name": name, "password": password,
                                             "csrf_token": token.group(1)})


async def csrf_token(client: httpx.AsyncClient) -> str:
    me = await client.get("/api/me")
    assert me.status_code == 200, me.text
    return str(me.json()["csrf_token"])


@pytest.fixture
async def as_staff(web: Web) -> AsyncIterator[Callable[[str], Any]]:
    """`client = await as_staff("otto")`: a logged-in client; closed afterwards."""
    clients: list[httpx.AsyncClient] = []

    async def build(name: str) -> httpx.AsyncClient:
        client = web.client()
        clients.append(client)
        response = await login(client, name)
        assert response.status_code == 303, response.text
        return client

    yield build
    for client in clients:
        await client.aclose()


def add_message(engine: Engine, *, sender: str = "ann@example.com", subject: str = "Hello",
                text: str = "Please help.", html: str = "", kind: str = "human",
                intents: tuple[str, ...] = ("other",), channels: tuple[str, ...] = (),
                language: str = "en", status: str = TRIAGE, needs_review: bool = True,
                reviewed: bool = False, raw: bytes | None = None,
                received: datetime | None = None) -> int:
    """A message as the pipeline leaves it (parsed, classified, decided)."""
    with session_scope(engine) as session:
        row = InboundMessage(
            mailbox="INBOX", uidvalidity=1, uid=next(_UIDS), raw_sha256=uuid.uuid4().hex * 2,
            raw=raw or f"From: {sender}\r\nSubject: {subject}\r\n\r\n{text}\r\n".encode(),
            message_id=f"<{uuid.uuid4().hex}@example.com>",
            received_at=received or utcnow(), status=status, from_addr=sender,
            subject=subject, text=text, html=html, kind=kind,
            intents=list(intents) if kind == "human" else [],
            channels=list(channels), language=language, needs_review=needs_review,
            reviewed=reviewed, scores={i: 0.9 for i in intents},
            rule_hits=[{"rule": "other", "reason": "a person wrote about something else"}],
            triage_reason="a person wrote about something else" if status == TRIAGE else "",
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def add_request(engine: Engine, settings: Settings, *, types: tuple[str, ...] = ("access",),
                email: str = "ann@example.com", language: str = "en",
                received: datetime | None = None, verified: bool = False,
                needs_review: bool = False, text: str = "Please send me my data.",
                subject: str = "My data") -> str:
    """A request opened the way the record stage opens one (source message, intake)."""
    received = received or utcnow()
    message_id = add_message(engine, sender=email, subject=subject, text=text,
                             intents=types, language=language, status=PROCESSED,
                             needs_review=needs_review, received=received)
    with session_scope(engine) as session:
        contact = people.get_or_create_contact(session, email)
        request = privacy.open_request(
            session, types=list(types), email=email, contact_id=contact.id,
            received_at=received, jurisdiction=settings.compliance.jurisdiction, prefix="CAR",
            language=language, needs_review=needs_review, source_message_id=message_id,
            country=settings.compliance.eu_country,
        )
        intake(session, request, settings=settings,
               authenticated="dmarc=pass" if verified else "", received_at=received)
        message = session.get(InboundMessage, message_id)
        assert message is not None
        message.request_id, message.contact_id = request.id, contact.id
        session.add(message)
        return request.reference


def days_ago(n: float) -> datetime:
    return datetime.now(UTC) - timedelta(days=n)
