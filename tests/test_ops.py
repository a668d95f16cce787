"""Operations: /healthz, Prometheus /metrics and JSON logs, on real servers.

Dovecot and aiosmtpd carry the mail; the worker is a real `python -m bot run` process
where its live state matters, the web app an in-process ASGI app elsewhere.
"""

from __future__ import annotations

import asyncio
import email
import io
import json
import logging
import os
import re
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import timedelta
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import update
from sqlmodel import col, select

from bot import logs
from bot.app import App
from bot.config import DatabaseSettings, Settings, WebSettings
from bot.pipeline import run_once
from bot.store.base import utcnow
from bot.store.db import session_scope
from bot.store.mail import InboundMessage
from bot.store.outbox import OutboxItem
from bot.store.requests import PrivacyRequest
from bot.web import create_app
from tests.conftest import wait_until
from tests.dovecot import free_port
from tests.test_end_to_end import _env, load_examples

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "metrics-token-" + "z" * 20  # noqa: S105 - the tests' own token
BROKEN = (
    b"From: Quentin Broken-Mime <quentin.brokenmime@example.net>\r\n"
    b"To: admin@carerra.co\r\nSubject: Zebra-striped crocodile invoice 7781\r\n"
    b"Message-ID: <broken-ops@example.net>\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: multipart/mixed; boundary=\"never-closed\"\r\n\r\n"
    b"--never-closed\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64 at all\xff\xfe\r\n"
)


# --- helpers ----------------------------------------------------------------------------

def client(app: Any, host: str = "127.0.0.1", **headers: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(host, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://bot.test", headers=headers)


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """{(metric sample name, sorted labels): value} from a /metrics page."""
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def value(page: dict, name: str, **labels: str) -> float:
    return page.get((name, tuple(sorted(labels.items()))), 0.0)


def personal_strings(raw: bytes) -> set[str]:
    """Addresses, display names, the subject and body lines of one test mail."""
    msg = email.message_from_bytes(raw, policy=default_policy)
    found: set[str] = set()
    for header in ("From", "To", "Cc", "Reply-To", "Sender"):
        try:
            addresses = msg[header].addresses if msg[header] else ()
        except Exception:  # noqa: S112 - an unparseable header: nothing to look for
            continue
        for address in addresses:
            if "@" in address.addr_spec and not address.addr_spec.endswith("@carerra.co"):
                found.add(address.addr_spec.lower())
            if len(address.display_name) >= 5:
                found.add(address.display_name.lower())
    try:
        subject = str(msg["Subject"] or "")
    except Exception:
        subject = ""
    if len(subject) >= 12:
        found.add(subject.lower())
    try:
        body = msg.get_body(("plain",))
        text = body.get_content() if body is not None else ""
    except Exception:
        text = ""
    found |= {line.strip().lower() for line in text.splitlines() if len(line.strip()) >= 30}
    return found


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    """Everything logged at INFO and above, as the JSON lines `log_json = true` writes."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logs.JsonFormatter())
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield out
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


# --- /healthz ---------------------------------------------------------------------------

def _start_worker(env: dict[str, str]) -> subprocess.Popen[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    return subprocess.Popen(  # noqa: S603 - our own command
        [sys.executable, "-m", "bot", "run"], cwd=ROOT, env={**clean, **env},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _get(port: int, path: str) -> httpx.Response | None:
    try:
        return httpx.get(f"http://127.0.0.1:{port}{path}", timeout=5)
    except httpx.HTTPError:
        return None


def _health(port: int, status: int) -> dict | None:
    response = _get(port, "/healthz")
    return response.json() if response is not None and response.status_code == status else None


def test_run_worker_healthz_follows_the_mailbox_and_metrics_time_fetch_and_send(
    examples, dovecot_server, smtp_server, make_settings
):  # type: ignore[no-untyped-def]
    """A live `run`: healthy; the Dovecot user disabled -> 503 naming the mailbox; back -> 200.

    The mailbox user's name is an address: it must not appear in /healthz or the logs.
    """
    user = f"ops-{uuid.uuid4().hex[:8]}@mailhost.example.org"
    account = dovecot_server.add_user(user, "ops-secret-pw")
    settings = make_settings(username=account.user, password=account.password)
    port = free_port()
    worker = _start_worker({
        **_env(settings), "BOT_IMAP__POLL_INTERVAL": "3600", "BOT_WEB__ENABLED_IN_RUN": "true",
        "BOT_WEB__PORT": str(port), "BOT_WEB__SESSION_SECRET": "s" * 40,
        "BOT_HEALTH__MAILBOX_DOWN_SECONDS": "1", "BOT_WORKER__LOG_JSON": "true",
    })
    entry = dovecot_server.dir / "users" / user
    parked = entry.with_name(user + ".off")
    mail = (examples / "ex13.eml").read_bytes()
    bodies: list[str] = []
    failure: AssertionError | None = None
    try:
        up = wait_until(
            lambda: ((h := _health(port, 200)) and h["checks"]["mailbox"]["status"] == "ok"
                     and h["mailbox_connected"]
                     and h["checks"]["scheduler"]["jobs"].get("flush_job", {}).get("runs")
                     and h) or worker.poll() is not None,
            timeout=90, what="a healthy worker")
        assert isinstance(up, dict), worker.communicate()[1][-3000:]
        assert up["process"] == "run" and up["status"] == "ok"
        assert {c["status"] for c in up["checks"].values()} == {"ok"}

        account.append(mail)  # IDLE wakes the worker; the reply goes out
        smtp_server.wait_for(1, timeout=60)
        page = wait_until(lambda: (r := _get(port, "/metrics")) is not None
                          and value(got := samples(r.text), "privacy_bot_replies",
                                    status="sent") == 1 and got, timeout=10, what="metrics")
        assert isinstance(page, dict)
        assert value(page, "privacy_bot_send_seconds_count", outcome="accepted") == 1
        assert value(page, "privacy_bot_fetch_seconds_count") >= 1
        assert value(page, "privacy_bot_mailbox_connected") == 1
        assert value(page, "privacy_bot_health_check", check="mailbox") == 1
        assert value(page, "process_resident_memory_bytes") > 0
        # the example alert rules use only metrics this page has
        names = {n for (n, _labels) in page}
        alerts = (ROOT / "deploy" / "prometheus-alerts.yml").read_text()
        used = set(re.findall(r"\bprivacy_bot_\w+", alerts))
        assert len(used) >= 8 and used <= names, used - names

        entry.rename(parked)  # the mailbox is gone: logins fail from now on
        dovecot_server.kick(user)
        # 503 once down for a second; wait for a reconnect that failed to log in
        down = wait_until(lambda: (h := _health(port, 503))
                          and "login failed" in (h["checks"]["mailbox"]["last_error"] or "")
                          and h, timeout=30, what="a 503 after a failed login")
        assert isinstance(down, dict)
        bodies.append(json.dumps(down))
        mailbox = down["checks"]["mailbox"]
        assert down["status"] == "failing" and mailbox["status"] == "failing"
        assert not mailbox["connected"] and mailbox["consecutive_failures"] >= 1
        assert "<address>" in mailbox["last_error"]  # the login name, redacted
        assert down["checks"]["database"]["status"] == "ok"
        metrics_down = _get(port, "/metrics")
        assert metrics_down is not None
        assert value(samples(metrics_down.text), "privacy_bot_health_check", check="mailbox") == 0

        parked.rename(entry)  # back: the worker reconnects by itself (backoff)
        again = wait_until(lambda: _health(port, 200), timeout=40, what="healthy again")
        assert isinstance(again, dict) and again["mailbox_connected"]
        assert again["checks"]["mailbox"]["last_error"]  # the last failure stays visible
        bodies.append(json.dumps(again))
    except AssertionError as exc:
        failure = exc
    finally:
        if parked.exists():
            parked.rename(entry)
        worker.send_signal(signal.SIGTERM)
        _out, err = worker.communicate(timeout=60)
    if failure is not None:
        raise AssertionError(f"{failure}\n--- the worker's log ---\n{err[-4000:]}") from failure
    assert worker.returncode == 0, err[-3000:]
    for body in bodies:
        assert user not in body and "ops-secret-pw" not in body
    lines = [json.loads(line) for line in err.splitlines() if line.strip()]  # all JSON
    assert any(line.get("message_id") and line.get("request_ref") for line in lines)
    assert any("login failed" in line["msg"] for line in lines)
    text = err.lower()
    assert user not in text and "ops-secret-pw" not in text
    assert not {s for s in personal_strings(mail) if s in text}


async def test_web_process_healthz_reports_the_store_and_says_the_worker_is_unknown(
    db_url: str,
) -> None:
    settings = Settings(database=DatabaseSettings(url=db_url),
                        web=WebSettings(session_secret="s" * 40))
    app = create_app(settings)
    engine = app.state.web.engine
    async with client(app) as web:
        ok = await web.get("/healthz")
        assert ok.status_code == 200, ok.text
        body = ok.json()
        assert body["process"] == "web" and body["mailbox_connected"] is None
        assert body["checks"]["mailbox"]["status"] == "unknown"
        assert body["checks"]["scheduler"]["status"] == "unknown"
        assert "not visible" in body["checks"]["mailbox"]["reason"]
        assert body["checks"]["outbox"] == {"status": "ok", "due": 0, "oldest_due_seconds": None,
                                            "oldest_unsent_seconds": None, "limit_seconds": 600.0}

        # a reply due for two hours and never tried: no flush runs anywhere
        with session_scope(engine) as session:
            session.add(OutboxItem(
                idempotency_key="ops-stuck", to_addr="stuck.person@example.com",
                subject="Your request", body="...", message_id="<ops-stuck@carerra.co>",
                template="ack", next_attempt_at=utcnow() - timedelta(hours=2),
                created_at=utcnow() - timedelta(hours=2),
            ))
        stuck = await web.get("/healthz")
        assert stuck.status_code == 503
        outbox = stuck.json()["checks"]["outbox"]
        assert outbox["status"] == "failing" and outbox["due"] == 1
        assert 7100 < outbox["oldest_due_seconds"] < 7300
        assert "stuck.person" not in stuck.text

        # sent at last: healthy again
        with session_scope(engine) as session:
            session.exec(update(OutboxItem).values(status="sent"))  # type: ignore[call-overload]
        assert (await web.get("/healthz")).status_code == 200
    app.state.web.bot.close()


async def test_healthz_in_a_worker_fails_when_the_outbox_job_stops_finishing(
    sqlite_url: str,
) -> None:
    """The worker's App as `run` wires it (Health.start, job start/finish), no scheduler:
    once the outbox job is later than its interval + scheduler_stale_seconds -> 503."""
    settings = Settings.model_validate({
        "database": {"url": sqlite_url}, "web": {"session_secret": "s" * 40},
        "worker": {"outbox_interval": 2.0, "lifecycle_interval": 3600.0},
        "jobs": {"check_interval": 3600.0},
        "health": {"scheduler_stale_seconds": 0.0, "mailbox_down_seconds": 3600.0},
    })
    bot = App(settings)
    bot.health.start()
    app = create_app(settings, bot_app=bot)
    async with client(app) as web:
        first = await web.get("/healthz")
        assert first.status_code == 200, first.text
        assert first.json()["process"] == "run"
        late = await wait_for_status(web, 503)
        scheduler = late["checks"]["scheduler"]
        assert scheduler["status"] == "failing" and "flush_job" in scheduler["reason"]
        assert "lifecycle_job" not in scheduler["reason"]
        bot.health.job_started("flush_job")
        bot.health.job_finished("flush_job")
        again = await web.get("/healthz")
        assert again.status_code == 200, again.text
        assert again.json()["checks"]["scheduler"]["jobs"]["flush_job"]["runs"] == 1
    bot.close()


async def wait_for_status(web: httpx.AsyncClient, status: int, timeout: float = 10.0) -> dict:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        response = await web.get("/healthz")
        if response.status_code == status:
            return response.json()  # type: ignore[no-any-return]
        assert asyncio.get_running_loop().time() < deadline, response.text
        await asyncio.sleep(0.05)  # polling interval, not a synchronisation sleep


async def test_healthz_is_503_when_the_database_is_unreachable() -> None:
    closed = free_port()
    settings = Settings(database=DatabaseSettings(url=f"postgresql://bot@127.0.0.1:{closed}/bot"),
                        web=WebSettings(session_secret="s" * 40))
    app = create_app(settings)
    async with client(app) as web:
        response = await web.get("/healthz")
        metrics = await web.get("/metrics")
    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["database"] == {"status": "failing", "error": "OperationalError"}
    assert checks["outbox"]["status"] == "unknown"
    assert metrics.status_code == 200  # the process metrics still serve
    assert value(samples(metrics.text), "privacy_bot_database_up") == 0


# --- /metrics ---------------------------------------------------------------------------

async def test_metrics_after_real_mail_match_the_store(
    examples, mailbox, smtp_server, make_settings, make_app, db_url
):  # type: ignore[no-untyped-def]
    picked = ["ex01.eml", "ex03.eml", "ex05.eml", "ex06.eml", "ex13.eml", "ex14.eml",
              "ex22.eml", "ex10.eml", "ex35.eml"]
    mailbox.append_many([(examples / name).read_bytes() for name in picked] + [BROKEN])
    settings = make_settings(db_url)
    app = make_app(settings)
    web = create_app(settings, bot_app=app)
    async with client(web) as c:
        before = samples((await c.get("/metrics")).text)
        counts = await run_once(app)
        assert counts.sent >= 5
        response = await c.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    page = samples(response.text)

    with session_scope(app.engine) as session:
        messages = session.exec(select(InboundMessage)).all()
        requests = session.exec(select(PrivacyRequest)).all()
    expected: dict[tuple[str, str], int] = {}
    for m in messages:
        if m.kind:
            for intent in m.intents or ["none"]:
                expected[(m.kind, intent)] = expected.get((m.kind, intent), 0) + 1
    got = {(dict(labels)["kind"], dict(labels)["intent"]): v
           for (name, labels), v in page.items() if name == "privacy_bot_messages"}
    assert got == expected
    assert ("human", "access") in got and ("spam", "none") in got
    assert sum(v for (k, _), v in got.items() if k == "human") >= 5

    sent = len(smtp_server.messages)
    assert value(page, "privacy_bot_replies", status="sent") == sent == counts.sent
    assert value(page, "privacy_bot_queue_size", queue="outbox_due") == 0
    assert value(page, "privacy_bot_queue_size", queue="triage") == sum(
        m.status == "triage" and not m.reviewed for m in messages) >= 1  # the broken one
    assert value(page, "privacy_bot_queue_size", queue="needs_review") == sum(
        m.needs_review and not m.reviewed for m in messages)
    by_status: dict[str, int] = {}
    for r in requests:
        by_status[r.status] = by_status.get(r.status, 0) + 1
    assert {dict(labels)["status"]: v for (name, labels), v in page.items()
            if name == "privacy_bot_requests"} == by_status
    assert value(page, "privacy_bot_requests_overdue") == 0
    assert value(page, "privacy_bot_last_fetch_timestamp_seconds", folder="INBOX") > 0
    # the histograms of this process (a session-wide registry: compare with before)
    grew = (value(page, "privacy_bot_send_seconds_count", outcome="accepted")
            - value(before, "privacy_bot_send_seconds_count", outcome="accepted"))
    assert grew == sent
    assert value(page, "privacy_bot_fetch_seconds_count") > value(
        before, "privacy_bot_fetch_seconds_count")
    assert value(page, "process_resident_memory_bytes") > 0

    # one request past its due date
    with session_scope(app.engine) as session:
        session.exec(update(PrivacyRequest)  # type: ignore[call-overload]
                     .where(col(PrivacyRequest.id) == requests[0].id)
                     .values(due_at=utcnow() - timedelta(days=1)))
    async with client(web) as c:
        later = samples((await c.get("/metrics")).text)
    assert value(later, "privacy_bot_requests_overdue") == 1


async def test_metrics_token_or_loopback(sqlite_url: str) -> None:
    open_settings = Settings(database=DatabaseSettings(url=sqlite_url),
                             web=WebSettings(session_secret="s" * 40))
    app = create_app(open_settings)
    async with client(app) as local:
        assert (await local.get("/metrics")).status_code == 200
    async with client(app, host="198.51.100.7") as remote:
        refused = await remote.get("/metrics")
        assert refused.status_code == 403 and "privacy_bot" not in refused.text
    app.state.web.bot.close()

    guarded = Settings(database=DatabaseSettings(url=sqlite_url),
                       web=WebSettings(session_secret="s" * 40, metrics_token=TOKEN))
    app = create_app(guarded)
    for host in ("127.0.0.1", "198.51.100.7"):  # with a token, loopback is not enough
        async with client(app, host=host) as anonymous:
            missing = await anonymous.get("/metrics")
            assert missing.status_code == 401 and missing.headers["www-authenticate"]
        async with client(app, host=host, authorization="Bearer wrong-token") as wrong:
            assert (await wrong.get("/metrics")).status_code == 401
        async with client(app, host=host, authorization=f"Bearer {TOKEN}") as right:
            ok = await right.get("/metrics")
            assert ok.status_code == 200 and "privacy_bot_database_up 1.0" in ok.text
    app.state.web.bot.close()


# --- logs -------------------------------------------------------------------------------

async def test_json_logs_carry_ids_and_no_personal_data(
    examples, mailbox, smtp_server, make_settings, make_app, json_log
):  # type: ignore[no-untyped-def]
    raws = [raw for raw, _ in load_examples(examples)] + [BROKEN]
    mailbox.append_many(raws)
    smtp_server.fail_next(1, 451)  # one deferred reply: its log line too
    app = make_app(make_settings())
    counts = await run_once(app)
    assert counts.sent >= 20 and counts.triaged >= 1
    logging.getLogger("bot.test").exception(  # an exception text quoting an address
        "message=1 failed", exc_info=ValueError("duplicate key: (someone.else@example.com)"))

    lines = [json.loads(line) for line in json_log.getvalue().splitlines()]
    assert len(lines) > len(raws)
    assert {"ts", "level", "logger", "msg"} <= set(lines[0])
    assert any(line.get("message_id") and line.get("kind") for line in lines)
    assert any(str(line.get("request_ref", "")).startswith("CAR-") for line in lines)
    assert any(isinstance(line.get("outbox_id"), int) for line in lines)
    assert any("deferred" in line["msg"] and line.get("outbox_id") for line in lines)
    text = json_log.getvalue().lower()
    leaked = {s for raw in raws for s in personal_strings(raw) if s in text}
    assert not leaked, f"personal data in the logs: {sorted(leaked)[:5]}"
    assert "someone.else@example.com" not in text and "<address>" in text
    assert sum(len(personal_strings(raw)) for raw in raws) > 100  # the check is not vacuous
