"""Shared by the benchmarks: servers, a realistic corpus, the bot's environment, the machine.

The servers are the test suite's own (tests/servers.py, tests/dovecot): a private
Dovecot started from Python and an aiosmtpd sink in a background thread.
"""

from __future__ import annotations

import email
import json
import os
import platform
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from email.policy import default as default_policy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python bench/x.py` puts bench/, not the repo, on the path
    sys.path.insert(0, str(ROOT))

from tests.servers import DovecotServer, ImapAccount, SmtpServer  # noqa: E402

EXAMPLES = Path(
    os.environ.get("BOT_EXAMPLES", ROOT.parent / "shared" / "examples")
)
PG_ADMIN = os.environ.get("BOT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


# --- the corpus -----------------------------------------------------------------------

@dataclass(frozen=True)
class Sample:
    file: str
    kind: str  # the label: human, bounce, spam, auto_reply
    raw: bytes


@dataclass(frozen=True)
class Mail:
    raw: bytes
    message_id: str  # with the angle brackets, as the reply's In-Reply-To carries it
    sender: str
    kind: str
    source: str  # which example it was made from


def load_samples(examples: Path = EXAMPLES) -> list[Sample]:
    labels = [json.loads(line) for line in (examples / "labels.jsonl").read_text().splitlines()]
    return [Sample(lab["file"], lab["kind"], (examples / lab["file"]).read_bytes())
            for lab in labels]


_ADDR_IN_FROM = re.compile(rb"([\w.+-]+)@([\w.-]+\w)")


def vary(sample: Sample, n: int, run: str) -> Mail:
    """A distinct message from one example: its own Message-ID and its own sender.

    Only the top-level header block changes (the body, and any message a bounce
    quotes, stay as written). The sender gets a sub-domain of its own
    (`a.b@example.net` -> `a.b@m42.example.net`): the local part, which robot
    detection reads (postmaster, mailer-daemon), is kept.
    """
    raw = sample.raw
    crlf = raw.split(b"\n", 1)[0].endswith(b"\r")
    sep = b"\r\n\r\n" if crlf else b"\n\n"
    head, _, body = raw.partition(sep)
    nl = b"\r\n" if crlf else b"\n"
    lines = head.split(nl)
    out: list[bytes] = []
    sender = ""
    domain = "example.org"
    message_id = f"<bench.{run}.{n}@{{domain}}>"
    current = b""
    for line in lines:
        if line[:1] in (b" ", b"\t"):  # folded continuation of the previous header
            if current in (b"from", b"reply-to"):
                line = _ADDR_IN_FROM.sub(lambda m: _sub(m, n), line)
            if current == b"message-id":
                continue
            out.append(line)
            continue
        name = line.split(b":", 1)[0].strip().lower()
        current = name
        if name in (b"from", b"reply-to"):
            match = _ADDR_IN_FROM.search(line)
            if match and name == b"from":
                domain = match.group(2).decode()
                sender = f"{match.group(1).decode()}@m{n}.{domain}".lower()
            line = _ADDR_IN_FROM.sub(lambda m: _sub(m, n), line)
        elif name == b"message-id":
            continue  # replaced below
        out.append(line)
    message_id = message_id.format(domain=domain)
    out.append(b"Message-ID: " + message_id.encode())
    return Mail(nl.join(out) + sep + body, message_id, sender, sample.kind, sample.file)


def _sub(match: re.Match[bytes], n: int) -> bytes:
    return match.group(1) + b"@m" + str(n).encode() + b"." + match.group(2)


def build_corpus(count: int, run: str | None = None) -> list[Mail]:
    """`count` distinct messages cycling through the 40 examples (28 of 40 are human)."""
    samples = load_samples()
    run = run or uuid.uuid4().hex[:8]
    return [vary(samples[i % len(samples)], i, run) for i in range(count)]


def reply_target(raw: bytes) -> tuple[str, str]:
    """(To, In-Reply-To) of a reply the SMTP server received."""
    msg = email.message_from_bytes(raw, policy=default_policy)
    return str(msg.get("To", "")).lower(), str(msg.get("In-Reply-To", "")).strip()


# --- the servers ----------------------------------------------------------------------

@contextmanager
def servers() -> Iterator[tuple[DovecotServer, SmtpServer]]:
    """A private Dovecot and an SMTP sink, both stopped and removed afterwards."""
    directory = Path(tempfile.mkdtemp(prefix="dovecot-bench-"))  # short: socket paths
    dovecot = DovecotServer(directory)
    smtp = SmtpServer()
    try:
        dovecot.start()
        smtp.start()
        yield dovecot, smtp
    finally:
        smtp.stop()
        dovecot.stop()
        shutil.rmtree(directory, ignore_errors=True)


@contextmanager
def database(spec: str, workdir: Path) -> Iterator[str]:
    """A fresh database URL for one bot run.

    `sqlite` (a new file under workdir); `postgres` (a new database on BOT_TEST_PG's
    server); a postgresql://… URL (a new database on that URL's server: the URL is only
    used to create and drop it); or a sqlite:///… URL used as given.
    """
    if spec == "sqlite":
        yield f"sqlite:///{workdir / f'bot-{uuid.uuid4().hex[:6]}.db'}"
        return
    if spec.startswith("sqlite:"):
        yield spec
        return
    admin = PG_ADMIN if spec in ("postgres", "postgresql") else spec
    if not admin.startswith(("postgresql://", "postgres://")):
        raise SystemExit(f"--database: expected sqlite, postgres or a URL, not {spec!r}")
    import psycopg

    admin = "postgresql://" + admin.split("://", 1)[1]
    name = f"bot_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = admin.split("?", 1)[0].rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def check_database(db_url: str) -> dict:
    """What the bot left in its database: rows by status, and work done twice."""
    from sqlalchemy import text

    from bot.store.db import make_engine

    twice = {
        # the same inbound message recorded more than once (two threads processed it)
        "messages_processed_twice": "SELECT count(*) FROM (SELECT target FROM audit_log "
        "WHERE action = 'message.processed' GROUP BY target HAVING count(*) > 1) t",
        "requests_opened_twice": "SELECT count(*) FROM (SELECT source_message_id FROM "
        "privacy_request WHERE source_message_id IS NOT NULL GROUP BY source_message_id "
        "HAVING count(*) > 1) t",
    }
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            out: dict = {
                table: dict(conn.execute(text(
                    f"SELECT status, count(*) FROM {table} GROUP BY status"  # noqa: S608
                )).all())
                for table in ("inbound_message", "outbox")
            }
            out["requests"] = conn.execute(text("SELECT count(*) FROM privacy_request")).scalar()
            for key, sql in twice.items():
                out[key] = conn.execute(text(sql)).scalar()
            return out
    finally:
        engine.dispose()


def bot_env(account: ImapAccount, smtp: SmtpServer, db_url: str, **extra: str) -> dict[str, str]:
    """The environment for `python -m bot …` pointed at these servers and this database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    env.update(
        BOT_IMAP__HOST=account.host,
        BOT_IMAP__PORT=str(account.port),
        BOT_IMAP__USERNAME=account.user,
        BOT_IMAP__PASSWORD=account.password,
        BOT_IMAP__TLS="none",
        BOT_SMTP__HOST=smtp.host,
        BOT_SMTP__PORT=str(smtp.port),
        BOT_SMTP__TLS="none",
        BOT_DATABASE__URL=db_url,
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


@dataclass(frozen=True)
class Exit:
    status: int  # exit status; -N for signal N
    rss_kb: int  # peak resident set size of that process
    cpu_s: float  # user + system CPU seconds


def parse_settings(pairs: list[str]) -> dict[str, str]:
    """`BOT_KEY=VALUE` strings (from --set) as a dict; the BOT_ prefix is required."""
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.upper().startswith("BOT_"):
            raise SystemExit(f"--set: expected BOT_<SECTION>__<KEY>=VALUE, not {pair!r}")
        out[key.upper()] = value
    return out


def wait_rusage(proc: subprocess.Popen[bytes], timeout: float | None = None) -> Exit:
    """Wait for the child; its exit status, peak RSS and CPU time (that child alone).

    With timeout, raises TimeoutError when it has not exited in time.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, 0 if deadline is None else os.WNOHANG)
        if pid == proc.pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return Exit(proc.returncode, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError
        time.sleep(0.01)


def log_times(log: Path, pattern: str) -> list[float]:
    """Epoch seconds of the bot's log lines matching pattern (plain formatter, local time)."""
    found = []
    stamp = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3}) ")
    rx = re.compile(pattern)
    for line in log.read_text(errors="replace").splitlines():
        m = stamp.match(line)
        if m and rx.search(line):
            t = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S").timestamp()
            found.append(t + int(m.group(2)) / 1000)
    return found


def log_problems(log: Path, limit: int = 6) -> list[str]:
    """Warnings and errors in a bot log, alike lines counted once: 'N x first line'."""
    stamp = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ")
    groups: dict[str, list[str]] = {}
    for line in log.read_text(errors="replace").splitlines():
        if not (" ERROR " in line or " WARNING " in line
                or line.startswith(("Traceback", "error:", "configuration error:"))):
            continue
        text = stamp.sub("", line)
        key = re.sub(r"\d+", "#", text)[:90]
        groups.setdefault(key, []).append(text)
    out = [f"{len(v)} x {v[0]}" for v in groups.values()]
    return out[:limit] + ([f"... {len(out) - limit} more kinds"] if len(out) > limit else [])


# --- the machine ----------------------------------------------------------------------

def machine() -> dict[str, str]:
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_kb = 0
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    dovecot = _version(["/usr/sbin/dovecot", "--version"])
    return {
        "cpu": cpu,
        "cores": f"{len(os.sched_getaffinity(0))} usable ({os.cpu_count()} online)",
        "ram": f"{mem_kb / 1024 / 1024:.1f} GiB",
        "os": f"{_os_name()} (kernel {platform.release()})",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "dovecot": dovecot,
        "date": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
    }


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return platform.system()


def _version(cmd: list[str]) -> str:
    try:
        return subprocess.run(  # noqa: S603 - fixed arguments
            cmd, capture_output=True, text=True, timeout=10
        ).stdout.strip()
    except OSError:
        return "unknown"


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]
