"""Real mail servers for the test suite, as pytest fixtures (loaded by the main conftest).

IMAP — a private Dovecot (Debian's dovecot-imapd), one per test session:
  ``dovecot_server``  session   the `DovecotServer`: host, port, tls_port, add_user(),
                                restart(), log()
  ``dovecot``         session   the `ImapAccount` "bot"/"botpass" (state persists; reset())
  ``mailbox``         function  a fresh `ImapAccount` (new user, empty INBOX) per test

PostgreSQL — a throw-away cluster of the session's own (tests/pgcluster.py):
  ``private_postgres`` session  the `PostgresCluster`: create_database(), stop(mode),
                                start(), restart(); never the shared server on :5432

SMTP — an aiosmtpd server in a background thread:
  ``smtp_server``     function  the session's `SmtpServer`, cleared (messages and faults)
                                and running at the start of every test

Nothing here sleeps to synchronise: servers are polled with a deadline and message
arrival is waited for on a Condition.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.dovecot import DOVECOT, MISSING, DovecotServer, ImapAccount, free_port
from tests.pgcluster import PostgresCluster

__all__ = ["DovecotServer", "ImapAccount", "Received", "SmtpServer"]


@dataclass(frozen=True)
class Received:
    """One message the SMTP server accepted (or took in before dropping the line)."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    received_at: datetime  # UTC
    replied: bool = True  # False: recorded, then the connection was cut before "250"


class SmtpServer:
    """An aiosmtpd server on 127.0.0.1 in a background thread that records every message.

    Faults for the sender's tests — all cleared by `clear()`:
      fail_next(n, code, skip=0)  the next n messages (after `skip` that pass) get `code`
                                (421/451/550...) after DATA and are not recorded; 421 also
                                closes the line
      fail_recipient(addr, code)  RCPT TO for addr gets `code`, until clear()
      drop_next(n)              the next n messages are recorded, then the connection is
                                closed without any reply to DATA
      stall_next(n)             the next n messages get no answer after their content:
                                the server waits until the client hangs up (not recorded)
      hold_next(n)              the next n messages wait after their content until
                                release() (wait_held() blocks until one waits), then are
                                recorded and accepted as usual
      on_message(callback)      callback(Received) runs (in a worker thread) for every
                                recorded message before the server answers: a mailbox
                                delivery, an auto-responder
      stop() / start()          down (connections refused) / up again on the same port
    """

    host = "127.0.0.1"

    def __init__(self) -> None:
        self.port = free_port()
        self._controller: Controller | None = None
        self._cond = threading.Condition()
        self._messages: list[Received] = []
        self._fail: list[int | None] = []  # per message to come: a reply code, or None (pass)
        self._fail_rcpt: dict[str, int] = {}
        self._drop = 0
        self._stall = 0
        self._hold = 0
        self._gate = threading.Event()  # held messages wait for this
        self._holding = threading.Event()  # set once a message waits at the gate
        self._on_message: Callable[[Received], None] | None = None

    # -- running ---------------------------------------------------------------
    def start(self) -> None:
        """Start (or keep running) on the same port."""
        if self._controller is None:
            controller = Controller(
                _Handler(self), hostname=self.host, port=self.port, enable_SMTPUTF8=True
            )
            controller.start()
            self._controller = controller

    def stop(self) -> None:
        """Down: the port refuses connections until start()."""
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    @property
    def running(self) -> bool:
        return self._controller is not None

    # -- what arrived ----------------------------------------------------------
    @property
    def messages(self) -> list[Received]:
        with self._cond:
            return list(self._messages)

    def wait_for(self, count: int, timeout: float = 5.0) -> list[Received]:
        """Block until at least `count` messages were recorded; fail after `timeout`."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self._messages) >= count, timeout):
                raise AssertionError(
                    f"expected {count} SMTP messages within {timeout}s, got {len(self._messages)}"
                )
            return list(self._messages)

    def clear(self) -> None:
        """Forget every message and every fault."""
        with self._cond:
            self._messages.clear()
            self._fail.clear()
            self._fail_rcpt.clear()
            self._drop = self._stall = self._hold = 0
            self._on_message = None
            self._gate.set()  # free anything still held, then a fresh gate
            self._gate, self._holding = threading.Event(), threading.Event()

    # -- faults ----------------------------------------------------------------
    def fail_next(self, n: int = 1, code: int = 451, *, skip: int = 0) -> None:
        with self._cond:
            self._fail += [None] * skip + [code] * n

    def fail_recipient(self, address: str, code: int = 550) -> None:
        with self._cond:
            self._fail_rcpt[address.lower()] = code

    def drop_next(self, n: int = 1) -> None:
        with self._cond:
            self._drop += n

    def stall_next(self, n: int = 1) -> None:
        with self._cond:
            self._stall += n

    def hold_next(self, n: int = 1) -> None:
        with self._cond:
            self._hold += n

    def wait_held(self, timeout: float = 5.0) -> None:
        """Block until a message waits at the gate (hold_next); fail after `timeout`."""
        if not self._holding.wait(timeout):
            raise AssertionError(f"no SMTP message was held within {timeout}s")

    def release(self) -> None:
        """Let held messages (and later hold_next ones) through."""
        self._gate.set()

    def on_message(self, callback: Callable[[Received], None] | None) -> None:
        with self._cond:
            self._on_message = callback

    # -- called by the handler, in the server thread ---------------------------
    def _rcpt_fault(self, address: str) -> int | None:
        with self._cond:
            return self._fail_rcpt.get(address.lower())

    def _data_fault(self) -> int | None:
        with self._cond:
            return self._fail.pop(0) if self._fail else None

    def _stalls(self) -> bool:
        with self._cond:
            stall = self._stall > 0
            self._stall -= stall
            return stall

    def _gate_for(self) -> tuple[threading.Event, threading.Event] | None:
        with self._cond:
            if self._hold <= 0:
                return None
            self._hold -= 1
            return self._gate, self._holding

    def _record(self, envelope: Any) -> tuple[Received, bool]:
        """Record the message; True when the connection must now be dropped."""
        with self._cond:
            drop = self._drop > 0
            self._drop -= drop
            received = Received(
                mail_from=envelope.mail_from,
                rcpt_tos=tuple(envelope.rcpt_tos),
                data=bytes(envelope.original_content),
                received_at=datetime.now(UTC),
                replied=not drop,
            )
            self._messages.append(received)
            self._cond.notify_all()
            return received, drop

    def _callback(self) -> Callable[[Received], None] | None:
        with self._cond:
            return self._on_message


_TEXT = {
    421: "4.3.2 Service not available, closing transmission channel",
    450: "4.2.1 Mailbox unavailable, try again later",
    451: "4.3.0 Local error in processing, try again later",
    452: "4.3.1 Insufficient system storage",
    550: "5.1.1 Mailbox unavailable",
    552: "5.3.4 Message too big",
    554: "5.7.1 Transaction failed",
}


def _reply(code: int, server: Any) -> str:
    if code == 421:  # the server closes the line right after saying so
        asyncio.get_running_loop().call_soon(server.transport.close)
    return f"{code} {_TEXT.get(code, 'Fault injected by the test')}"


class _Handler:
    def __init__(self, owner: SmtpServer) -> None:
        self.owner = owner

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        code = self.owner._rcpt_fault(address)
        if code is not None:
            return _reply(code, server)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        code = self.owner._data_fault()
        if code is not None:
            return _reply(code, server)
        if self.owner._stalls():  # no answer: connection_lost() cancels this coroutine
            await asyncio.get_running_loop().create_future()
        gate = self.owner._gate_for()
        if gate is not None:
            opened, holding = gate
            holding.set()
            if not await asyncio.to_thread(opened.wait, 60.0):
                return "451 4.4.7 Held too long by the test"
        received, drop = self.owner._record(envelope)
        callback = self.owner._callback()
        if callback is not None:
            await asyncio.to_thread(callback, received)
        if drop:
            server.transport.abort()  # connection_lost() cancels this coroutine
            await asyncio.get_running_loop().create_future()
        return "250 Message accepted for delivery"


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotServer]:
    if not os.access(DOVECOT, os.X_OK):
        pytest.fail(MISSING, pytrace=False)
    directory = Path(tempfile.mkdtemp(prefix="dovecot-"))  # short: socket paths
    server = None
    try:
        server = DovecotServer(directory)
        server.start()
        yield server
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="session")
def dovecot(dovecot_server: DovecotServer) -> ImapAccount:
    """The "bot" account, shared by the session: call reset() for a clean INBOX."""
    return dovecot_server.default


@pytest.fixture
def mailbox(dovecot_server: DovecotServer) -> ImapAccount:
    """A brand-new user, so INBOX is empty and UIDs start at 1."""
    return dovecot_server.add_user()


@pytest.fixture(scope="session")
def smtp_server_session() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def smtp_server(smtp_server_session: SmtpServer) -> Iterator[SmtpServer]:
    """The SMTP sink, running, with no messages and no faults."""
    server = smtp_server_session
    server.start()
    server.clear()
    yield server
    server.start()
    server.clear()


@pytest.fixture(scope="session")
def private_postgres() -> Iterator[PostgresCluster]:
    """A PostgreSQL cluster of this test session's own (tests/pgcluster.py) that tests may
    stop and restart; the shared server on :5432 is never touched."""
    directory = Path(tempfile.mkdtemp(prefix="pg-"))
    cluster = PostgresCluster(directory)
    started = False
    try:
        cluster.init()
        cluster.start()
        started = True
        yield cluster
    finally:
        if started:
            cluster.stop("immediate")
        shutil.rmtree(directory, ignore_errors=True)
