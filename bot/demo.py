"""`python -m bot demo`: the whole bot on loopback, for a newcomer to watch.

Starts a local IMAP server (pymap, in-memory) and an SMTP sink (aiosmtpd) on free
loopback ports, seeds the mailbox with the sample messages in bot/demo_mail/, runs one
round of the real pipeline against a fresh SQLite file, and shows what the bot
understood and every reply it sent (also saved as .eml files under var/demo/outbox/).
"""

from __future__ import annotations

import asyncio
import contextlib
import email
import logging
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from email.policy import default as default_policy
from pathlib import Path

import imapclient
from aiosmtpd.controller import Controller
from sqlmodel import col, select

from bot.app import App
from bot.config import (
    DatabaseSettings,
    ImapSettings,
    Settings,
    SmtpSettings,
)
from bot.pipeline import run_once
from bot.store.db import session_scope
from bot.store.mail import InboundMessage

SAMPLES = Path(__file__).with_name("demo_mail")
WORKDIR = Path("var/demo")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SaveToFolder:
    """aiosmtpd handler: every accepted message becomes an .eml file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope) -> str:  # type: ignore[no-untyped-def]  # noqa: N802
        self.count += 1
        path = self.folder / f"reply-{self.count:03d}.eml"
        path.write_bytes(envelope.original_content or envelope.content)
        return "250 OK"


@contextlib.contextmanager
def imap_server(port: int) -> Iterator[None]:
    proc = subprocess.Popen(  # noqa: S603 - our own interpreter, fixed arguments
        [sys.executable, "-c", "import sys; from pymap.main import main; sys.exit(main())",
         "--host", "127.0.0.1", "--port", str(port),
         "--no-tls", "dict", "--demo-user", "demo", "--demo-password", "demo"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the demo IMAP server (pymap) did not start") from None
                time.sleep(0.1)
        yield
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def demo(*, keep: bool = False) -> int:
    logging.getLogger().setLevel(logging.WARNING)  # the tables below tell the story
    if WORKDIR.exists():
        shutil.rmtree(WORKDIR)
    outbox = WORKDIR / "outbox"
    outbox.mkdir(parents=True)
    imap_port, smtp_port = free_port(), free_port()
    settings = Settings(
        imap=ImapSettings(host="127.0.0.1", port=imap_port, username="demo", password="demo",  # noqa: S106 - the local demo server
                          tls="none", poll_interval=2.0),
        smtp=SmtpSettings(host="127.0.0.1", port=smtp_port, tls="none"),
        database=DatabaseSettings(url=f"sqlite:///{WORKDIR / 'demo.db'}"),
    )
    handler = SaveToFolder(outbox)
    smtp = Controller(handler, hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    try:
        with imap_server(imap_port):
            samples = sorted(SAMPLES.glob("*.eml"))
            with imapclient.IMAPClient("127.0.0.1", port=imap_port, ssl=False) as client:
                client.login("demo", "demo")
                for path in samples:
                    client.append("INBOX", path.read_bytes().replace(b"\n", b"\r\n"))
            print(f"Demo mailbox on 127.0.0.1:{imap_port} (user demo / demo) "
                  f"seeded with {len(samples)} messages; SMTP sink on 127.0.0.1:{smtp_port}.")
            print("Loading the classifier and processing the mailbox ...\n")
            app = App(settings)
            try:
                counts = asyncio.run(run_once(app))
                _show(app, outbox)
                print(f"\nSummary: {counts.summary()}")
                print(f"Replies saved under {outbox}/  ·  database: {WORKDIR / 'demo.db'}")
                if keep:
                    from bot.worker import run

                    app.close()
                    print(f"\nWorker running: APPEND mail to 127.0.0.1:{imap_port} "
                          "(demo/demo) and watch; Ctrl-C stops.")
                    asyncio.run(run(settings))
            finally:
                app.close()
    finally:
        smtp.stop()
    return 0


def _show(app: App, outbox: Path) -> None:
    with session_scope(app.engine) as session:
        rows = session.exec(select(InboundMessage).order_by(col(InboundMessage.id))).all()
        print(f"{'from':30} {'kind':10} {'lang':4} {'intents':22} {'channels':15} "
              f"{'status':9} rules that fired")
        for r in rows:
            rules = ",".join(h["rule"] for h in r.rule_hits)
            print(f"{r.from_addr[:30]:30} {r.kind:10} {r.language:4} "
                  f"{','.join(r.intents)[:22]:22} {','.join(r.channels)[:15]:15} "
                  f"{r.status:9} {rules}")
    replies = sorted(outbox.glob("*.eml"))
    for path in replies:
        sent = email.message_from_bytes(path.read_bytes(), policy=default_policy)
        print(f"\n--- {path.name}: To: {sent['To']} | Subject: {sent['Subject']}")
    if replies:
        message = email.message_from_bytes(replies[0].read_bytes(), policy=default_policy)
        body = message.get_body(("plain",))
        print(f"\n=== {replies[0].name} in full ===\n{body.get_content() if body else ''}")
