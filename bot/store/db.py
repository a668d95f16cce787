"""One engine per process, sessions, and schema migrations (Alembic, run at start-up).

Database faults: a unit of work (`session_scope`) either commits whole or not at all,
so one that failed for a passing reason — SQLite busy/locked, a PostgreSQL restart
(connection lost, refused, "the database system is shutting down"), a serialization
failure or deadlock — can simply run again: `retrying()` does that with exponential
backoff and jitter up to a deadline. PostgreSQL connections are pinged before use, so a
pool left over from before a restart does not fail the next unit of work.
"""

from __future__ import annotations

import functools
import logging
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ParamSpec, TypeVar

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import event, exc
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
P = ParamSpec("P")
T = TypeVar("T")
RETRY_DEADLINE = 120.0  # seconds a unit of work keeps being retried before it fails
RETRY_BASE, RETRY_CAP = 0.25, 8.0  # first delay and largest delay between two tries
# PostgreSQL SQLSTATEs that a retry can cure: connection exceptions (08...), the server
# shutting down, crashed or starting (57P01-57P03), too many connections, serialization
# failure and deadlock (a concurrent transaction won)
_PG_TRANSIENT = ("08", "57P01", "57P02", "57P03", "53300", "40001", "40P01")


def _normalise_url(url: str) -> str:
    """Accept postgresql:// and postgres:// and use the psycopg 3 driver for them."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url.removeprefix("postgres://")
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def make_engine(url: str, *, echo: bool = False, busy_timeout: float = 30.0) -> Engine:
    url = _normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, echo=echo, connect_args={"check_same_thread": False, "timeout": busy_timeout}
        )
        pragmas = functools.partial(_sqlite_pragmas, busy_ms=int(busy_timeout * 1000))
        event.listen(engine, "connect", pragmas)
        return engine
    return create_engine(
        url, echo=echo, pool_pre_ping=True, pool_size=5, max_overflow=5,
        connect_args={"connect_timeout": 10},  # a server that does not answer is down
    )


def _sqlite_pragmas(dbapi_conn, _record, *, busy_ms: int) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers (web) never block the worker
    cur.execute("PRAGMA synchronous=NORMAL")  # durable across process crashes in WAL
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={busy_ms}")
    cur.close()


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def alembic_config(engine: Engine) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (idempotent, safe for several workers)."""
    with engine.begin() as conn:
        if is_postgres(engine):
            # one migrator at a time when several workers start together
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242001)")
        else:  # a second migrator waits for this one
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        cfg = alembic_config(engine)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def begin_writing(session: Session) -> None:
    """Make the session's transaction a writer's from its first statement.

    SQLite: `BEGIN IMMEDIATE` takes the database's write lock now (waiting, up to the
    busy timeout, for another process's writer). So what the transaction reads cannot
    change before it writes (a deferred transaction that read first fails with "database
    is locked" once another process has committed), and its savepoints nest in one real
    transaction (pysqlite begins one only at the first INSERT or UPDATE: a SAVEPOINT
    issued before that opens a transaction of its own, and its RELEASE commits it).
    PostgreSQL: nothing (advisory and row locks do this where needed).
    Call it before the transaction's first statement.
    """
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A unit of work: commit on success, roll back on any exception."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


# --- transient faults -----------------------------------------------------------------

def is_transient(error: BaseException) -> bool:
    """True for a database failure that the same unit of work may survive when run again."""
    if isinstance(error, exc.DBAPIError):
        if error.connection_invalidated:
            return True
        if error.orig is not None:
            error = error.orig
    if isinstance(error, sqlite3.OperationalError):
        text = str(error).lower()
        return "locked" in text or "busy" in text
    try:
        import psycopg
    except ImportError:  # pragma: no cover - installed with the package
        return False
    if isinstance(error, psycopg.OperationalError | psycopg.InterfaceError):
        state = getattr(error, "sqlstate", None)
        return state is None or state.startswith(_PG_TRANSIENT)  # None: no server answer
    if isinstance(error, psycopg.errors.SerializationFailure | psycopg.errors.DeadlockDetected):
        return True
    return isinstance(error, exc.DisconnectionError)


def describe(error: BaseException) -> str:
    """One line naming the failure, without the SQL or its parameters (personal data)."""
    cause = error.orig if isinstance(error, exc.DBAPIError) and error.orig else error
    first = (str(cause).strip().splitlines() or [""])[0][:200]
    return f"{type(cause).__name__}: {first}" if first else type(cause).__name__


def retrying(
    work: Callable[[], T], *, what: str, stop: threading.Event | None = None,
    deadline: float = RETRY_DEADLINE,
) -> T:
    """Run `work` (one whole unit of work) again after a transient failure.

    Exponential backoff with jitter from RETRY_BASE to RETRY_CAP seconds; the failure is
    raised when it is not transient, when `deadline` seconds have passed, or when `stop`
    is set. One WARNING line when the fault starts and one INFO line when it is over.
    """
    started = time.monotonic()
    attempt = 0
    while True:
        try:
            result = work()
        except Exception as error:
            waited = time.monotonic() - started
            if not is_transient(error) or waited > deadline or (stop is not None and stop.is_set()):
                if attempt:
                    log.error("database: %s gave up after %d retries (%.1fs): %s",
                              what, attempt, waited, describe(error))
                raise
            delay = min(RETRY_CAP, RETRY_BASE * 2 ** attempt) * random.uniform(0.8, 1.2)
            attempt += 1
            if attempt == 1:
                log.warning("database: %s failed (%s); retrying with backoff",
                            what, describe(error))
            else:
                log.debug("database: %s retry %d in %.2fs", what, attempt, delay)
            if stop is not None:
                stop.wait(delay)
            else:
                time.sleep(delay)
            continue
        if attempt:
            log.info("database: %s succeeded after %d retries (%.1fs)",
                     what, attempt, time.monotonic() - started)
        return result


def retry_transient(what: str) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Decorator form of `retrying()` for a function that is one whole unit of work."""

    def wrap(function: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(function)
        def run(*args: P.args, **kwargs: P.kwargs) -> T:
            return retrying(lambda: function(*args, **kwargs), what=what)

        return run

    return wrap
