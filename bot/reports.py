"""Read-only views of the store for the command line (interfaces.md)."""

from __future__ import annotations

import csv
import json
from typing import IO, Any

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from bot import people
from bot.store.db import session_scope
from bot.store.people import Contact
from bot.store.requests import PrivacyRequest
from classifiers.contract import CHANNELS


def list_requests(engine: Engine) -> list[dict[str, Any]]:
    with session_scope(engine) as session:
        rows = session.exec(select(PrivacyRequest).order_by(col(PrivacyRequest.id))).all()
        return [
            {
                "reference": r.reference,
                "types": list(r.types),
                "status": r.status,
                "email": r.email,
                "received_at": r.received_at.isoformat(),
                "due_at": r.due_at.isoformat() if r.due_at else None,
                "verified": r.verified,
                "needs_review": r.needs_review,
            }
            for r in rows
        ]


def show_preferences(engine: Engine, email: str) -> dict[str, Any]:
    with session_scope(engine) as session:
        contact = people.find_contact(session, email)
        return {
            "email": people.normalise(email),
            "channels": people.channels_of(session, contact),
            "suppressed": people.is_suppressed(session, email),
        }


def export_preferences(engine: Engine, out: IO[str], *, as_json: bool) -> None:
    with session_scope(engine) as session:
        contacts = session.exec(select(Contact).order_by(col(Contact.id))).all()
        # restricted / objected contacts: all channels false (bot.people's docstring)
        current = people.marketing_channels(session, contacts)
        suppressed = {c.id for c in contacts if people.is_suppressed(session, c.email)}
    rows = [
        {
            "email": c.email,
            "channels": current.get(c.id or 0, dict.fromkeys(CHANNELS, False)),
            "suppressed": c.id in suppressed,
        }
        for c in contacts
    ]
    if as_json:
        json.dump(rows, out, ensure_ascii=False)
        out.write("\n")
        return
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["email", *(f"{ch}_opt_in" for ch in CHANNELS)])
    for row in rows:
        flags = ("true" if row["channels"][ch] else "false" for ch in CHANNELS)
        writer.writerow([row["email"], *flags])
