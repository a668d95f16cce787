"""`contacts import FILE.csv`: customers and their marketing consent from a CSV file.

Columns: email,first_name,last_name,phone,postal_address,email_opt_in,sms_opt_in,
post_opt_in,phone_opt_in. Importing the same file twice changes nothing. A bad row is
reported with its line number and skipped. An import may record consent for a channel
nobody has decided on yet and may always record a withdrawal, but it never turns a
withdrawal back into consent, and never opts in a suppressed address: only the person
can do that (Art. 7(3), Art. 21(3)).
"""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot import people, privacy
from bot.store.db import session_scope
from bot.store.people import Preference
from classifiers.contract import CHANNELS

log = logging.getLogger(__name__)
FIELDS = ("first_name", "last_name", "phone", "postal_address")
REQUIRED = ("email",)
_TRUE = {"true", "1", "yes", "y"}
_FALSE = {"false", "0", "no", "n", ""}


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    refused_opt_ins: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"created={self.created} updated={self.updated} unchanged={self.unchanged} "
            f"skipped={self.skipped} refused_opt_ins={self.refused_opt_ins}"
        )


class BadRow(ValueError):
    pass


def _bool(value: str | None, column: str) -> bool | None:
    if value is None:
        return None
    text = value.strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False if text else None
    raise BadRow(f"{column}: {value!r} is not true/false, 1/0 or yes/no")


def _email(value: str | None) -> str:
    address = parseaddr((value or "").strip())[1].strip().lower()
    local, _, domain = address.partition("@")
    if not local or "." not in domain or any(c.isspace() for c in address):
        raise BadRow(f"email: {value!r} is not an email address")
    return address


class NotCsv(ValueError):
    """The file as a whole cannot be read as CSV text: nothing was imported."""


def _read_text(path: Path) -> str:
    """UTF-8 (with or without a BOM), else Windows-1252 (Excel's "CSV" on Windows)."""
    data = path.read_bytes()
    if b"\x00" in data:
        raise NotCsv(f"{path.name} is not a CSV text file (it holds binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise NotCsv(f"{path.name} is neither UTF-8 nor Windows-1252 text "
                     f"(byte {exc.start}); save it as CSV UTF-8") from None


def import_csv(engine: Engine, path: Path) -> ImportReport:
    """Raises NotCsv when the file is not text at all (then nothing is imported)."""
    report = ImportReport()
    text = _read_text(path)
    reader = csv.DictReader(text.splitlines())
    header = [h.strip().lower() for h in reader.fieldnames or []]
    reader.fieldnames = header
    if "email" not in header:
        report.problems.append("line 1: no 'email' column")
        return report
    for row in reader:
        line = reader.line_num
        try:
            email = _email(row.get("email"))
            wanted = {ch: _bool(row.get(f"{ch}_opt_in"), f"{ch}_opt_in") for ch in CHANNELS}
            details = {f: (row.get(f) or "").strip() for f in FIELDS}
        except BadRow as exc:
            report.skipped += 1
            report.problems.append(f"line {line}: {exc}")
            continue
        with session_scope(engine) as session:
            outcome = _apply(session, email, details, wanted, report, line)
        setattr(report, outcome, getattr(report, outcome) + 1)
    return report


def _apply(
    session: Session,
    email: str,
    details: dict[str, str],
    wanted: dict[str, bool | None],
    report: ImportReport,
    line: int,
) -> str:
    contact = people.find_contact(session, email)
    created = contact is None
    contact = contact or people.get_or_create_contact(session, email)
    changed = False
    for name, value in details.items():
        if value and getattr(contact, name) != value:
            setattr(contact, name, value)
            changed = True
    session.add(contact)
    session.flush()
    existing = {
        p.channel: p.opted_in
        for p in session.exec(select(Preference).where(Preference.contact_id == contact.id))
    }
    changes: dict[str, bool] = {}
    for channel, value in wanted.items():
        if value is None or existing.get(channel) == value:
            continue
        if value and channel in existing:  # never re-opts-in a withdrawal
            continue
        changes[channel] = value
    if any(changes.values()) and people.is_suppressed(session, email):
        report.refused_opt_ins += 1
        report.problems.append(f"line {line}: address is suppressed; opt-in refused")
        privacy.audit(session, "import.opt_in_refused", f"contact:{contact.id}")
        changes = {ch: v for ch, v in changes.items() if not v}
    if changes:
        people.set_channels(
            session, contact, changes, people.ConsentSource("import", "contacts import (CSV)")
        )
        changed = True
    if created:
        return "created"
    return "updated" if changed else "unchanged"
