"""Logging set-up: plain or JSON lines. Log lines carry ids, never bodies or addresses.

The code logs ids as `key=value` (`message=12 kind=human request=CAR-2026-00042`,
`reply sent outbox=7`); with `worker.log_json = true` each line is one JSON object and
those ids are also fields of their own (`message_id`, `request_ref`, `outbox_id`, ...),
as is anything passed with `extra=`. Both formats mask e-mail addresses as a last line
of defence (an exception text can quote SQL parameters): the code itself never puts
one in a message.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Any

ADDRESS = re.compile(r"[\w.!#$%&*+/=?^{|}~-]+@[\w-]+(?:\.[\w-]+)+")  # quotes around it stay
MASK = "<address>"
# `key=value` in a message -> a JSON field (the ids operators search by)
ID_FIELDS = {
    "message": "message_id",
    "outbox": "outbox_id",
    "request": "request_ref",
    "staff": "staff_id",
    "contact": "contact_id",
    "kind": "kind",
    "intents": "intents",
    "status": "status",
    "attempt": "attempt",
    "uidvalidity": "uidvalidity",
    "job": "job",
}
_PAIR = re.compile(r"(?<![\w.])([a-z_]+)=([\w.:,\-]+)")
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName",
                                                    "color_message"}  # uvicorn's, with ANSI


def redact(text: str) -> str:
    """Mask every e-mail address in `text`."""
    return ADDRESS.sub(MASK, text)


def id_fields(message: str) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for key, value in _PAIR.findall(message):
        name = ID_FIELDS.get(key)
        if name is None or value in ("-", ""):
            continue
        fields[name] = int(value) if value.isdigit() else value
    return fields


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        message = redact(record.getMessage())
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": message,
        }
        entry.update(id_fields(message))
        for key, value in vars(record).items():  # extra={...}
            if key not in _STANDARD and not key.startswith("_"):
                entry.setdefault(key, redact(value) if isinstance(value, str) else value)
        if record.exc_info:
            entry["exc"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


class PlainFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup(level: str = "INFO", *, json_lines: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if json_lines else PlainFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("aiosmtpd", "mail.log", "apscheduler", "imapclient", "alembic", "flufl.bounce"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
