"""A private Dovecot for the tests: Debian's dovecot-imapd run as an instance of its own.

`DovecotServer` writes dovecot.conf from the template next to this file into a temp dir
(base_dir, state, log, users and Maildirs all inside it), listens on 127.0.0.1 on a free
port (plus an implicit-TLS port with a throw-away certificate when openssl exists) and
runs the master in the foreground so stopping it is a SIGTERM. `ImapAccount` is one user
on it, with helpers that each open a short connection.
"""

from __future__ import annotations

import glob
import grp
import itertools
import os
import pwd
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from imapclient import IMAPClient
from pydantic import SecretStr

from bot.config import ImapSettings

DOVECOT = "/usr/sbin/dovecot"
DOVEADM = "/usr/bin/doveadm"
TEMPLATE = Path(__file__).with_name("dovecot.conf.in")
MISSING = f"{DOVECOT} not found: install dovecot-imapd (.ci/run does this)"
START_DEADLINE = 15.0  # seconds for Dovecot to accept a LOGIN


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ImapAccount:
    """One user on the test Dovecot, with helpers that each use a short connection."""

    server: DovecotServer
    user: str
    password: str

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    def settings(self, **overrides: object) -> ImapSettings:
        """`ImapSettings` for the bot, plaintext on loopback; override any field."""
        fields: dict[str, object] = {
            "host": self.host,
            "port": self.port,
            "username": self.user,
            "password": SecretStr(self.password),
            "tls": "none",
            "timeout": 10.0,
        }
        return ImapSettings.model_validate(fields | overrides)

    @contextmanager
    def client(self, folder: str | None = None) -> Iterator[IMAPClient]:
        """A logged-in IMAPClient (with `folder` selected), logged out afterwards."""
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        try:
            client.login(self.user, self.password)
            if folder is not None:
                client.select_folder(folder)
            yield client
        finally:
            try:
                client.logout()
            except Exception:  # already broken: just drop the socket
                client.shutdown()

    def append(self, raw: bytes, folder: str = "INBOX", flags: tuple[bytes, ...] = ()) -> int:
        """Append one message; returns its UID."""
        with self.client() as client:
            _ensure_folder(client, folder)
            return _appenduids(client.append(folder, raw, flags=flags))[0]

    def append_many(self, raws: list[bytes], folder: str = "INBOX") -> list[int]:
        """Append many messages over one connection (MULTIAPPEND); returns their UIDs."""
        if not raws:
            return []
        with self.client() as client:
            _ensure_folder(client, folder)
            uids: list[int] = []
            for start in range(0, len(raws), 500):  # one command of bounded size
                uids += _appenduids(client.multiappend(folder, raws[start : start + 500]))
            return uids

    def uids(self, folder: str = "INBOX") -> list[int]:
        with self.client(folder) as client:
            return sorted(client.search("ALL"))

    def count(self, folder: str = "INBOX") -> int:
        with self.client() as client:
            return int(client.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"])

    def folder_exists(self, folder: str) -> bool:
        with self.client() as client:
            return bool(client.folder_exists(folder))

    def uidvalidity(self, folder: str = "INBOX") -> int:
        with self.client() as client:
            return int(client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def flags(self, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        """Flags of every message in `folder`, by UID (read without side effects)."""
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            uids = client.search("ALL")
            return {uid: tuple(f) for uid, f in client.get_flags(uids).items()} if uids else {}

    def fetch(self, uid: int, folder: str = "INBOX") -> bytes:
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            return bytes(client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"])

    def reset(self) -> None:
        """Empty INBOX and delete every other folder."""
        with self.client() as client:
            for _flags, _delim, name in client.list_folders():
                if name.upper() != "INBOX":
                    client.delete_folder(name)
            client.select_folder("INBOX")
            uids = client.search("ALL")
            if uids:
                client.set_flags(uids, [b"\\Deleted"], silent=True)
                client.expunge()

    def set_uidvalidity_change(self, folder: str = "INBOX") -> tuple[int, int]:
        """Make Dovecot give `folder` a new UIDVALIDITY, as a server migration would.

        The user's sessions are kicked, then the folder's UID list and indexes are
        removed: Dovecot assigns a new UIDVALIDITY and renumbers the messages from 1,
        so old UIDs may now name different messages. Returns (old, new).
        """
        old = self.uidvalidity(folder)
        self.server.kick(self.user)
        root = self.server.dir / "mail" / self.user
        path = root if folder.upper() == "INBOX" else root / f".{folder}"
        for name in ["dovecot-uidlist", *glob.glob("dovecot*.index*", root_dir=path)]:
            (path / name).unlink(missing_ok=True)
        new = self.uidvalidity(folder)
        if new == old:
            raise AssertionError(f"UIDVALIDITY of {folder} did not change ({old})")
        return old, new

    def restart(self) -> None:
        """Stop and start the whole Dovecot (every user's connections drop)."""
        self.server.restart()


def _ensure_folder(client: IMAPClient, folder: str) -> None:
    if folder.upper() != "INBOX" and not client.folder_exists(folder):
        client.create_folder(folder)


def _appenduids(response: bytes | tuple[str, list[bytes]]) -> list[int]:
    """UIDs from an `[APPENDUID validity uid-set]` response code (RFC 4315)."""
    if isinstance(response, tuple):  # multiappend() returns (typ, data)
        response = response[1][-1]
    match = re.search(rb"\[APPENDUID \d+ ([\d:,]+)\]", response)
    if not match:
        raise AssertionError(f"no APPENDUID in {response!r}")
    uids: list[int] = []
    for part in match.group(1).split(b","):
        low, _, high = part.partition(b":")
        uids += range(int(low), int(high or low) + 1)
    return uids


class DovecotServer:
    """A Dovecot instance of its own: config, state, logs and mail under one temp dir."""

    host = "127.0.0.1"

    def __init__(self, directory: Path) -> None:
        if not os.access(DOVECOT, os.X_OK):
            raise RuntimeError(MISSING)
        self.dir = directory
        self.conf = directory / "dovecot.conf"
        self.port = free_port()
        self.tls_port = 0
        self.cert_file: Path | None = None
        self._users = directory / "users"
        self._proc: subprocess.Popen[bytes] | None = None
        self._serial = itertools.count(1)
        self._write_config()
        self.default = self.add_user("bot", "botpass")

    def _write_config(self) -> None:
        root = os.geteuid() == 0
        me = pwd.getpwuid(os.geteuid()).pw_name
        mail_user = "dovecot" if root else me
        for sub in ("mail", "home"):
            (self.dir / sub).mkdir()
            shutil.chown(self.dir / sub, mail_user, mail_user if root else None)
        self._users.mkdir(mode=0o755)  # read by the auth process (the dovecot user)
        self.dir.chmod(0o755)
        values = {
            "DIR": str(self.dir),
            "PORT": str(self.port),
            "SSL": "no",
            "SSL_FILES": "",
            "TLS_PORT": "0",
            "INTERNAL_USER": "dovecot" if root else me,
            "INTERNAL_GROUP": "dovecot" if root else grp.getgrgid(os.getegid()).gr_name,
            "LOGIN_USER": "dovenull" if root else me,
            "MAIL_USER": mail_user,
            "MAIL_GROUP": mail_user if root else str(os.getegid()),
            "UNPRIVILEGED": "" if root else _UNPRIVILEGED,
        }
        if self._make_certificate():
            self.tls_port = free_port()
            values |= {
                "SSL": "yes",
                "TLS_PORT": str(self.tls_port),
                "SSL_FILES": f"ssl_cert = <{self.dir}/cert.pem\nssl_key = <{self.dir}/key.pem",
            }
        text = re.sub(r"@([A-Z_]+)@", lambda m: values[m.group(1)], TEMPLATE.read_text())
        self.conf.write_text(text)

    def _make_certificate(self) -> bool:
        openssl = shutil.which("openssl")
        if openssl is None:
            return False
        key, cert = self.dir / "key.pem", self.dir / "cert.pem"
        subprocess.run(  # noqa: S603 - fixed arguments
            f"{openssl} req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost "
            f"-keyout {key} -out {cert}".split(),
            check=True,
            capture_output=True,
        )
        key.chmod(0o644)  # read by the login processes
        self.cert_file = cert
        return True

    def add_user(self, name: str | None = None, password: str | None = None) -> ImapAccount:
        """A new user with an empty mailbox, usable at once."""
        name = name or f"user{next(self._serial):04d}"
        password = password or f"pw-{name}"
        if not re.fullmatch(r"[\w.@-]+", name) or (self._users / name).exists():
            raise ValueError(f"bad or existing user name {name!r}")
        entry = self._users / name
        entry.write_text(f"{name}:{{PLAIN}}{password}::::::\n")
        entry.chmod(0o644)
        return ImapAccount(self, name, password)

    def start(self) -> None:
        assert self._proc is None, "already running"
        log = (self.dir / "dovecot.log").open("ab")
        with log:  # the child keeps its own copy of the descriptor
            self._proc = subprocess.Popen(  # noqa: S603
                [DOVECOT, "-F", "-c", str(self.conf)], stdout=log, stderr=log
            )
        self._wait_until_ready()

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        # Without the kick, a session in IDLE outlives the master for ~10 s.
        self.doveadm("kick", "*")
        proc.terminate()  # the master stops every child (shutdown_clients = yes)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def restart(self) -> None:
        self.stop()
        self.start()

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + START_DEADLINE
        error: Exception | None = None
        while time.monotonic() < deadline:
            assert self._proc is not None
            if self._proc.poll() is not None:
                self._proc = None
                raise RuntimeError(f"dovecot exited at start-up:\n{self.log()}")
            try:
                with self.default.client():
                    return
            except (OSError, IMAPClient.Error) as exc:
                error = exc
                time.sleep(0.05)  # polling interval, not a synchronisation sleep
        self.stop()
        raise RuntimeError(f"dovecot did not accept a LOGIN in time ({error}):\n{self.log()}")

    def kick(self, user: str) -> None:
        """Disconnect every session of `user` and wait until they are gone."""
        self.doveadm("kick", user)
        deadline = time.monotonic() + 10
        while user in self.doveadm("who", user) and time.monotonic() < deadline:
            time.sleep(0.02)

    def doveadm(self, *args: str) -> str:
        result = subprocess.run(  # noqa: S603
            [DOVEADM, "-c", str(self.conf), *args], capture_output=True, text=True
        )
        if result.returncode not in (0, 68):  # 68: "no such user/session"
            raise RuntimeError(f"doveadm {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def log(self, lines: int = 40) -> str:
        path = self.dir / "dovecot.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


_UNPRIVILEGED = """\
service imap-login {
  chroot =
}
service anvil {
  chroot =
}
service ipc {
  chroot =
}
service old-stats {
  chroot =
}
"""
