"""A throw-away PostgreSQL cluster of the tests' own, on a free port (never :5432).

Debian's binaries (/usr/lib/postgresql/<newest>/bin): `initdb` into a temp dir, the
server started with `pg_ctl` listening on 127.0.0.1 and a socket in that dir. The
database-fault tests restart it under a running worker; the machine's shared
PostgreSQL is never touched. As root, every command runs as the `postgres` user.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

import psycopg

from tests.dovecot import free_port


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    if not found:
        raise RuntimeError("no /usr/lib/postgresql/*/bin/initdb: install postgresql")
    return Path(found[-1]).parent


class PostgresCluster:
    host = "127.0.0.1"

    def __init__(self, directory: Path) -> None:
        self.dir = directory
        self.data = directory / "data"
        self.log = directory / "postgres.log"
        self.port = free_port()
        self.bin = _bindir()
        self._as_postgres = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True)  # noqa: S603
        if result.returncode != 0:
            tail = self.log.read_text()[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])}: {result.stderr.strip()}\n{tail}")

    def init(self) -> None:
        self.dir.chmod(0o755)
        if self._as_postgres:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--no-sync", "--no-instructions")

    def start(self) -> None:
        options = (f"-p {self.port} -k {self.dir} -c listen_addresses={self.host} "
                   "-c fsync=off -c full_page_writes=off")  # commits stay synchronous
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options,
                  "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        """`fast`: sessions are told to end; `immediate`: killed, recovery at next start."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def restart(self, mode: str = "immediate") -> None:
        self.stop(mode)
        self.start()

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@{self.host}:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
