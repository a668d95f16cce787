"""The staff web app in Debian's Chromium (Playwright) against a real uvicorn on 127.0.0.1.

The store is filled the way production fills it: the shared examples and a hostile HTML
mail are APPENDed to Dovecot and processed by `run_once`. Then a staff member logs in,
filters the queue, opens a request, corrects a label, sends a reply that reaches the
SMTP test server, and opens the hostile mail: nothing in it runs or loads.

`BOT_SCREENSHOT=1` also writes the queue's screenshot to docs/queue.png (the README's).
"""

from __future__ import annotations

import asyncio
import email
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

import pytest
import uvicorn
from sqlmodel import col, select

from bot import send
from bot.app import App
from bot.config import Settings, WebSettings
from bot.pipeline import run_once
from bot.staff import create_staff
from bot.store.db import session_scope
from bot.store.mail import InboundMessage
from bot.store.staff import LabelCorrection
from bot.web import create_app
from tests.conftest import wait_until
from tests.dovecot import free_port
from tests.test_web_support import PASSWORD, SECRET

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
HOSTILE_SUBJECT = "My account <script>window.__pwned='subject'</script>"


def hostile_mail() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Mallory <mallory@example.org>"
    msg["To"] = "admin@carerra.co"
    msg["Subject"] = HOSTILE_SUBJECT
    msg["Message-ID"] = "<hostile-1@example.org>"
    msg["Date"] = "Tue, 24 Nov 2026 10:00:00 +0000"
    msg.set_content("Hello, what are your opening hours? <script>window.__pwned='text'</script>")
    msg.add_alternative(
        "<html><head><link rel='stylesheet' href='http://remote.example/style.css'>"
        "<style>body{background:url(http://remote.example/bg.png)}</style></head><body>"
        "<p>Hello, what are your opening hours?</p>"
        "<script>window.__pwned='script'; alert('script')</script>"
        "<img src='x' onerror=\"window.__pwned='onerror'; alert('onerror')\">"
        "<img src='http://remote.example/pixel.gif' srcset='http://remote.example/2x.gif 2x'>"
        "<div style=\"background-image:url('http://remote.example/div.png')\">styled</div>"
        "<table background='http://remote.example/table.png'><tr><td>t</td></tr></table>"
        "<iframe src='http://remote.example/frame'></iframe>"
        "<svg onload=\"window.__pwned='svg'\"><image href='http://remote.example/svg.png'/></svg>"
        "<a href=\"javascript:window.__pwned='link'\">click</a>"
        "<object data='http://remote.example/o.swf'></object>"
        "<form action='http://remote.example/steal'><input name=q></form>"
        "<meta http-equiv='refresh' content='0;url=http://remote.example/'>"
        "</body></html>",
        subtype="html",
    )
    return bytes(msg)


@dataclass
class Live:
    url: str
    app: App
    settings: Settings


@pytest.fixture
def live(examples, mailbox, smtp_server, make_settings) -> Iterator[Live]:  # type: ignore[no-untyped-def]
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium", pytrace=False)
    settings = make_settings().model_copy(update={
        "web": WebSettings(secure_cookies=False, session_secret=SECRET, port=free_port())})
    raws = [(examples / f).read_bytes() for f in sorted(os.listdir(examples))
            if f.endswith(".eml")]
    # a backlog of five weeks: our server received them on different days (INTERNALDATE),
    # so the deadlines differ and the oldest are overdue
    now = datetime.now(UTC)
    with mailbox.client() as client:
        for i, raw in enumerate([*raws, hostile_mail()]):
            client.append("INBOX", raw, msg_time=now - timedelta(days=(i * 37) % 38, hours=i))
    app = App(settings)
    asyncio.run(run_once(app))
    with session_scope(app.engine) as session:
        create_staff(session, name="otto", role="agent", password=PASSWORD)
    server = uvicorn.Server(uvicorn.Config(
        create_app(settings, bot_app=app), host="127.0.0.1", port=settings.web.port,
        log_config=None, access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, name="uvicorn", daemon=True)
    thread.start()
    try:
        wait_until(lambda: server.started or not thread.is_alive(), timeout=30, what="uvicorn")
        assert server.started, "uvicorn did not start"
        yield Live(f"http://127.0.0.1:{settings.web.port}", app, settings)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        app.close()


@pytest.fixture
def browser_page(live: Live):  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1440, "height": 1000})
        page = context.new_page()
        page.set_default_timeout(15_000)
        try:
            yield page
        finally:
            context.close()
            browser.close()


def log_in(page, live: Live) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{live.url}/queue")
    assert page.url.startswith(f"{live.url}/login")
    page.fill("input[name=name]", "otto")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Log in')")
    page.wait_for_url(f"{live.url}/queue")


def test_staff_work_the_queue_in_a_browser(live: Live, browser_page, smtp_server) -> None:  # type: ignore[no-untyped-def]
    page = browser_page
    acknowledged = len(smtp_server.messages)
    log_in(page, live)
    rows = page.locator("table.queue tbody tr")
    assert rows.count() > 3
    if os.environ.get("BOT_SCREENSHOT"):
        page.screenshot(path=str(ROOT / "docs" / "queue.png"), full_page=True)

    # filter: access requests only
    page.select_option("select[name=type]", "access")
    page.click("button:has-text('Filter')")
    page.wait_for_url("**/queue?*type=access*")
    assert rows.count() >= 1
    for i in range(rows.count()):
        assert "access" in rows.nth(i).locator("td").nth(2).inner_text()

    # open the first request
    link = rows.first.locator("a").first
    reference = link.inner_text().strip()
    link.click()
    page.wait_for_url(f"**/requests/{reference}")
    assert page.locator("h1").inner_text().startswith(reference)

    # correct a label of its message: it is also asked for in a machine-readable format
    page.click("summary:has-text('Correct the labels')")
    page.check("input[name=intents][value=portability]")
    page.click("button:has-text('Save correction')")
    page.wait_for_url(f"**/requests/{reference}*")
    assert "Labels corrected" in page.locator(".flash").inner_text()
    with session_scope(live.app.engine) as session:
        (correction,) = session.exec(select(LabelCorrection)).all()
        assert "portability" in correction.after["intents"] and correction.actor == "otto"

    # a reply from a template (the script loads it on change), edited, queued, sent
    page.select_option("select[name=template]", "other")
    page.wait_for_url(f"**/requests/{reference}?template=other*")
    assert f"[{reference}]" in page.input_value("input[name=subject]")
    page.fill("textarea[name=body]", "Hello,\n\nYour copy is being prepared.\n\nCarerra")
    page.click("button:has-text('Queue reply')")
    assert "Reply queued" in page.locator(".flash").inner_text()
    # the bot's sender (Playwright's sync API holds this thread's event loop)
    with ThreadPoolExecutor(1) as pool:
        pool.submit(lambda: asyncio.run(send.flush(live.app.engine, live.settings))).result()
    arrived = smtp_server.wait_for(acknowledged + 1, timeout=10)[-1]
    reply = email.message_from_bytes(arrived.data, policy=default_policy)
    assert f"[{reference}]" in reply["Subject"]
    assert "Your copy is being prepared." in reply.get_content()


def test_hostile_mail_runs_and_loads_nothing(live: Live, browser_page) -> None:  # type: ignore[no-untyped-def]
    page = browser_page
    with session_scope(live.app.engine) as session:
        hostile = session.exec(select(InboundMessage).where(
            col(InboundMessage.message_id) == "<hostile-1@example.org>")).one()
        assert "<script>" in hostile.html and hostile.id is not None
    requested: list[str] = []
    dialogs: list[str] = []
    console: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
    # anything not for our server is refused (and recorded by the listener above)
    page.context.route("**/*", lambda route: route.continue_()
                       if route.request.url.startswith(live.url) else route.abort())
    log_in(page, live)

    for url in (f"/messages/{hostile.id}", "/queue/messages", "/queue/messages?view=all"):
        page.goto(live.url + url)
        page.wait_for_load_state("networkidle")
        if url.startswith("/messages/"):
            page.click("summary:has-text('HTML version')")  # show the sanitised HTML
            page.wait_for_load_state("networkidle")
            assert page.locator(".mailhtml-body").inner_text().startswith("Hello, what are")
            assert "<script>" in page.locator("h2.subject").inner_text()  # shown as text
        assert page.evaluate("() => window.__pwned === undefined")
        assert page.evaluate("() => document.querySelectorAll('.mailhtml-body script, "
                             ".mailhtml-body iframe, .mailhtml-body object, "
                             ".mailhtml-body [onerror], .mailhtml-body [style]').length") == 0
    assert dialogs == []
    outside = [u for u in requested if not u.startswith(live.url)]
    assert outside == [], outside
    assert not [c for c in console if "Content Security Policy" in c or "pageerror" in c], console
