"""Worker processes and the exactly-once invariant, for tests/test_multiworker.py and
tests/test_chaos.py (and bench/multiworker.py).

A backlog is built from the shared examples (bench.common.build_corpus: each message
its own Message-ID and sender), APPENDed to a Dovecot user, and drained by real
`python -m bot` processes. `check()` then reads the store and the SMTP server and
returns what was done twice or not at all.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from bench.common import Mail, bot_env, build_corpus, reply_target
from bot.store.db import make_engine
from tests.servers import SmtpServer

__all__ = ["Mail", "Outcome", "Worker", "bot_env", "build_corpus", "check", "counts_line"]

ROOT = Path(__file__).resolve().parents[1]


class Worker:
    """`python -m bot ARGS` with its stderr read line by line (log markers as events)."""

    def __init__(self, env: dict[str, str], *args: str, markers: tuple[str, ...] = ()) -> None:
        self.proc = subprocess.Popen(  # noqa: S603 - our own module
            [sys.executable, "-m", "bot", *args], cwd=ROOT, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        self.seen = {marker: threading.Event() for marker in markers}
        self.hits: Counter[str] = Counter()  # log lines per marker
        self.errors: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            for marker, event in self.seen.items():
                if marker in line:
                    self.hits[marker] += 1
                    event.set()
            if " ERROR " in line or line.startswith(("Traceback", "error:")):
                self.errors.append(line.rstrip())

    def wait_marker(self, marker: str, timeout: float) -> bool:
        """True once the marker was logged; False if the process ended first (or timeout)."""
        event = self.seen[marker]
        step = 0.05
        waited = 0.0
        while not event.wait(step):
            waited += step
            if self.proc.poll() is not None or waited > timeout:
                return event.is_set()
        return True

    def finish(self, timeout: float = 300) -> tuple[int, str]:
        """Wait for the exit; (exit status, stdout)."""
        out, _ = self.proc.communicate(timeout=timeout)
        self._reader.join(timeout=10)
        return self.proc.returncode, out


def counts_line(stdout: str) -> dict[str, int]:
    """`fetched=… processed=… sent=…` of `python -m bot once` as a dict."""
    last = stdout.strip().splitlines()[-1] if stdout.strip() else ""
    return {
        key: int(value)
        for key, _, value in (part.partition("=") for part in last.split())
        if value.isdigit()
    }


@dataclass
class Outcome:
    rows: int = 0  # inbound rows
    statuses: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    missing_uids: list[int] = field(default_factory=list)  # APPENDed, never stored
    decided_twice: int = 0  # message.processed audited more than once for one row
    requests_twice: int = 0  # two requests opened from one message
    outbox: Counter[str] = field(default_factory=Counter)
    replies: int = 0  # messages the SMTP server received
    copies: Counter[str] = field(default_factory=Counter)  # In-Reply-To -> replies
    humans_unanswered: list[str] = field(default_factory=list)  # Message-IDs
    humans_twice: list[str] = field(default_factory=list)
    robots_answered: list[str] = field(default_factory=list)


def mid(value: str) -> str:
    """A Message-ID compared without its angle brackets, lower case."""
    return value.strip().strip("<>").lower()


def check(db_url: str, uids: list[int], smtp: SmtpServer) -> Outcome:
    """The store and the SMTP server after a drain, measured against the APPENDed UIDs.

    Acknowledgements are counted at the SMTP server by the In-Reply-To of each reply:
    every message the bot classified `human` must have exactly one, robots none.
    """
    out = Outcome()
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            stored = conn.execute(text(
                "SELECT uid, status, kind, message_id FROM inbound_message"
                " WHERE mailbox = 'INBOX'"
            )).all()
            out.decided_twice = conn.execute(text(
                "SELECT count(*) FROM (SELECT target FROM audit_log WHERE action ="
                " 'message.processed' GROUP BY target HAVING count(*) > 1) t"
            )).scalar_one()
            out.requests_twice = conn.execute(text(
                "SELECT count(*) FROM (SELECT source_message_id FROM privacy_request"
                " WHERE source_message_id IS NOT NULL GROUP BY source_message_id"
                " HAVING count(*) > 1) t"
            )).scalar_one()
            out.outbox = Counter(dict(conn.execute(  # type: ignore[arg-type]
                text("SELECT status, count(*) FROM outbox GROUP BY status")
            ).all()))
    finally:
        engine.dispose()
    out.rows = len(stored)
    out.statuses = Counter(row.status for row in stored)
    out.kinds = Counter(row.kind for row in stored)
    out.missing_uids = sorted(set(uids) - {row.uid for row in stored})
    received = smtp.messages
    out.replies = len(received)
    copies = out.copies = Counter(mid(reply_target(m.data)[1]) for m in received)
    for row in stored:
        n = copies.get(mid(row.message_id), 0) if row.message_id else 0
        if row.kind != "human":
            if n:
                out.robots_answered.append(row.message_id)
        elif n == 0:
            out.humans_unanswered.append(row.message_id)
        elif n > 1:
            out.humans_twice.append(row.message_id)
    return out
