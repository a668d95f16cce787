"""The fetch stage: a small blocking IMAP client for the one folder the bot reads.

The async worker calls it through `asyncio.to_thread`; one `Mailbox` belongs to one
thread at a time. It never sets \\Seen (bodies are fetched with BODY.PEEK) and never
deletes: the only messages that ever leave the folder are those `move_processed()` is
given, and only when a processed folder is configured. Every failure is a one-line
`MailboxError` without the password; the caller closes, waits and reconnects.
"""

from __future__ import annotations

import logging
import re
import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from types import TracebackType

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from bot import metrics
from bot.config import ImapSettings
from bot.envelope import RawMessage

log = logging.getLogger(__name__)

IDLE_SLICE = 1.0  # seconds between checks of the stop event while in IDLE


class MailboxError(Exception):
    """The mailbox cannot be used right now; the message is one line, with no secrets."""


class Mailbox:
    def __init__(self, settings: ImapSettings) -> None:
        self.settings = settings
        self._client: IMAPClient | None = None
        self.uidvalidity = 0  # of the selected folder, set by connect()
        self.uidnext = 0  # as reported when the folder was selected
        self._seen_uid: int | None = None  # highest UID a fetch on this connection saw

    def __enter__(self) -> Mailbox:
        self.connect()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- connection --------------------------------------------------------------
    def connect(self) -> None:
        """Connect, log in and select the folder (read-write, for MOVE)."""
        s = self.settings
        self.close()
        with self._errors(f"cannot connect to {s.host}:{s.port}"):
            context = self._ssl_context() if s.tls != "none" else None
            client = IMAPClient(
                s.host,
                port=s.port,
                ssl=s.tls == "ssl",
                ssl_context=context,
                timeout=s.timeout,
            )
        self._client = client
        try:
            if s.tls == "starttls":
                with self._errors(f"STARTTLS with {s.host}:{s.port} failed"):
                    client.starttls(context)
            with self._errors(f"cannot log in to {s.host}:{s.port} as {s.username!r}"):
                client.login(s.username, s.password.get_secret_value())
            with self._errors(f"cannot select folder {s.folder!r}"):
                selected = client.select_folder(s.folder)
        except MailboxError:
            self.close()
            raise
        self.uidvalidity = int(selected[b"UIDVALIDITY"])
        self.uidnext = int(selected.get(b"UIDNEXT", 0))
        log.info(
            "imap: selected %s uidvalidity=%s uidnext=%s", s.folder, self.uidvalidity, self.uidnext
        )

    def _ssl_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if not self.settings.verify_certificates:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        return context

    def close(self) -> None:
        """Log out (or just drop the socket when the connection is already broken)."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:  # broken already: make sure the socket goes
            with suppress(Exception):
                client.shutdown()

    @property
    def has_idle(self) -> bool:
        with self._errors("CAPABILITY"):
            return bool(self._require().has_capability("IDLE"))

    # -- reading -----------------------------------------------------------------
    @metrics.FETCH_SECONDS.time()
    def fetch_after(self, last_uid: int, *, limit: int | None = None) -> list[RawMessage]:
        """Up to `limit` messages with UID > last_uid, oldest first, left unseen.

        Sizes are fetched first so that a message over max_message_bytes is fetched
        truncated (BODY.PEEK[]<0.N>, `truncated=True`, for triage) rather than whole.
        """
        limit = limit or self.settings.batch_size
        cap = self.settings.max_message_bytes
        client = self._require()
        with self._errors("fetch"):
            client.noop()  # let the server report mail that arrived since the last command
            # `n:*` always matches the last message, even when its UID is below n
            found = client.search(["UID", f"{last_uid + 1}:*"])
            newer = sorted(uid for uid in found if uid > last_uid)
            uids = newer[:limit]
            if newer and len(newer) == len(uids):
                self._seen_uid = max(self._seen_uid or 0, newer[-1])
            elif not newer:
                self._seen_uid = max(self._seen_uid or 0, last_uid)
            if not uids:
                return []
            meta = client.fetch(uids, ["RFC822.SIZE", "INTERNALDATE"])
            sizes = {uid: int(data.get(b"RFC822.SIZE", 0)) for uid, data in meta.items()}
            arrived = {uid: _aware(data.get(b"INTERNALDATE")) for uid, data in meta.items()}
            whole = [uid for uid in uids if uid in sizes and sizes[uid] <= cap]
            large = [uid for uid in uids if uid in sizes and sizes[uid] > cap]
            bodies: dict[int, bytes] = {}
            if whole:
                for uid, data in client.fetch(whole, ["BODY.PEEK[]"]).items():
                    bodies[uid] = bytes(data[b"BODY[]"])
            if large:
                for uid, data in client.fetch(large, [f"BODY.PEEK[]<0.{cap}>"]).items():
                    bodies[uid] = bytes(data[b"BODY[]<0>"])
                log.warning("imap: uids %s over %s bytes, fetched truncated", large, cap)
        # a UID missing here was expunged by someone else meanwhile
        return [
            RawMessage(
                mailbox=self.settings.folder,
                uidvalidity=self.uidvalidity,
                uid=uid,
                raw=bodies[uid],
                truncated=uid in large,
                internal_date=arrived.get(uid),
            )
            for uid in uids
            if uid in bodies
        ]

    def wait_for_new(self, timeout: float, *, stop: threading.Event | None = None) -> bool:
        """IDLE until the server reports new mail (True) or timeout/stop (False).

        Returns False at once when IDLE is off or unavailable: polling is the caller's.
        The stop event is checked at least every IDLE_SLICE seconds.
        """
        if not self.settings.idle or not self.has_idle:
            return False
        client = self._require()
        deadline = time.monotonic() + min(timeout, self.settings.idle_timeout)
        with self._errors("IDLE"):
            if self._arrived_since_fetch(client):
                return True
            client.idle()
            woke = False
            while not woke and not (stop is not None and stop.is_set()):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                wait = min(IDLE_SLICE, remaining)
                started = time.monotonic()
                responses = client.idle_check(timeout=wait)
                woke = _reports_new_mail(responses)
                if not responses and time.monotonic() - started < wait / 2:
                    # readable but no line: the server closed the connection
                    raise MailboxError("IDLE: connection closed by the server")
            _text, responses = client.idle_done()
            return woke or _reports_new_mail(responses)

    def _arrived_since_fetch(self, client: IMAPClient) -> bool:
        """Mail that arrived during the last round's own commands (its EXISTS was
        consumed by them, so IDLE would never report it): look before idling."""
        if self._seen_uid is None:
            return False
        _text, responses = client.noop()  # the server reports what arrived meanwhile
        if _reports_new_mail(responses):
            return True
        found = client.search(["UID", f"{self._seen_uid + 1}:*"])
        return any(uid > self._seen_uid for uid in found)

    # -- writing -----------------------------------------------------------------
    def move_processed(self, uids: Iterable[int]) -> None:
        """Move exactly these UIDs to processed_folder (a no-op when it is unset)."""
        target = self.settings.processed_folder
        uids = sorted(set(uids))
        if not target or not uids:
            return
        client = self._require()
        with self._errors(f"move to {target!r}"):
            if not client.folder_exists(target):
                client.create_folder(target)
            if client.has_capability("MOVE"):
                client.move(uids, target)
            elif client.has_capability("UIDPLUS"):
                client.copy(uids, target)
                client.add_flags(uids, [b"\\Deleted"], silent=True)
                client.uid_expunge(uids)  # only these UIDs, never a plain EXPUNGE
            else:  # no way to expunge only ours: copy, and leave the originals
                client.copy(uids, target)

    # -- helpers -----------------------------------------------------------------
    def _require(self) -> IMAPClient:
        if self._client is None:
            raise MailboxError("not connected")
        return self._client

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        """Turn socket, TLS and IMAP errors into a one-line MailboxError."""
        try:
            yield
        except MailboxError:
            raise
        except LoginError as exc:
            raise MailboxError(self._one_line(f"{doing}: login failed: {exc}")) from exc
        except (IMAPClientError, OSError) as exc:  # OSError: refused, timeout, ssl
            reason = str(exc) or type(exc).__name__
            raise MailboxError(self._one_line(f"{doing}: {reason}")) from exc

    def _one_line(self, text: str) -> str:
        text = " ".join(re.sub(r"\bb(['\"])(.*?)\1", r"\2", text).split())  # b'...' -> ...
        secret = self.settings.password.get_secret_value()
        return text.replace(secret, "***") if secret else text


def _aware(value: object) -> datetime | None:
    """INTERNALDATE as an aware UTC datetime (imapclient gives naive local time)."""
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        value = value.astimezone()  # imapclient converted it to this machine's local time
    return value.astimezone(UTC)


def _reports_new_mail(responses: list[tuple[object, ...]]) -> bool:
    for response in responses:
        if len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT"):
            return True
        if response and response[0] == b"BYE":
            raise MailboxError("IDLE: the server said BYE")
    return False
