"""Everything the bot holds about one person, as JSON and CSV in one zip (Art. 15, Art. 20).

Sections: the contact, current preferences, the consent ledger, requests with their
events, the person's messages (the text they wrote, not the raw MIME) and our replies.
Staff names are shown as "staff" (another person's data); internal ids and rule
details are left out; one-time codes in old replies are masked.

`build_export` only reads. Sending it is `bot.lifecycle.fulfil.approve_export`, which
requires a verified identity and a staff member's approval.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_
from sqlmodel import Session, col, select

from bot import people
from bot.store.base import utcnow
from bot.store.mail import InboundMessage
from bot.store.outbox import OutboxItem
from bot.store.people import ConsentEvent, Contact, Preference
from bot.store.requests import PrivacyRequest, RequestEvent

_CODE = re.compile(r"(?<![\d-])\d{4}-\d{4}(?![\d-])")
_EVENT_DETAIL = ("due_at", "outcome", "method", "channels", "template", "paused_days", "reason")
README = """This archive holds the personal data {company} holds about you, twice:
export.json    everything in one JSON document
*.csv          the same, one table per file (UTF-8, comma-separated)
  contact.csv          your contact details and flags
  preferences.csv      your current marketing choices, per channel
  consent.csv          every change to those choices: when, how, in what words
  requests.csv         your privacy requests
  request_events.csv   what happened to each request, and when
  messages.csv         the messages you sent us (your own words)
  replies.csv          the messages we sent you
"""


@dataclass(frozen=True)
class Export:
    data: dict[str, Any]
    zip_bytes: bytes
    filename: str

    @property
    def json_bytes(self) -> bytes:
        return _json(self.data)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _who(actor: str) -> str:
    return actor if actor in ("bot", "person") else "staff"


def build_export(
    session: Session,
    *,
    contact: Contact | None = None,
    email: str = "",
    company: str = "Carerra",
    reference: str = "",
) -> Export:
    address = people.normalise(email or (contact.email if contact else ""))
    contact = contact or (people.find_contact(session, address) if address else None)
    requests = _requests(session, address, contact)
    request_ids = [r.id for r in requests if r.id is not None]
    data: dict[str, Any] = {
        "generated_at": utcnow().isoformat(),
        "email": address,
        "contact": _contact(contact),
        "preferences": _preferences(session, contact),
        "consent": _consent(session, address, contact),
        "requests": [_request(r) for r in requests],
        "request_events": _events(session, requests),
        "messages": _messages(session, address, contact, request_ids),
        "replies": _replies(session, address),
    }
    name = f"personal-data-{reference or 'export'}.zip"
    return Export(data=data, zip_bytes=_zip(data, company), filename=name)


def _requests(session: Session, address: str, contact: Contact | None) -> list[PrivacyRequest]:
    clauses = [col(PrivacyRequest.email) == address] if address else []
    if contact is not None and contact.id is not None:
        clauses.append(col(PrivacyRequest.contact_id) == contact.id)
    if not clauses:
        return []
    return list(session.exec(
        select(PrivacyRequest).where(or_(*clauses)).order_by(col(PrivacyRequest.id))
    ))


def _contact(contact: Contact | None) -> dict[str, Any] | None:
    if contact is None:
        return None
    return {
        "email": contact.email,
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "phone": contact.phone,
        "postal_address": contact.postal_address,
        "processing_restricted": contact.restricted,
        "objected_to_processing": contact.objected,
        "undeliverable_since": _iso(contact.undeliverable_since),
        "created_at": _iso(contact.created_at),
        "updated_at": _iso(contact.updated_at),
    }


def _preferences(session: Session, contact: Contact | None) -> list[dict[str, Any]]:
    if contact is None or contact.id is None:
        return []
    rows = session.exec(select(Preference).where(Preference.contact_id == contact.id))
    return [
        {"channel": p.channel, "opted_in": p.opted_in, "updated_at": _iso(p.updated_at)}
        for p in sorted(rows, key=lambda p: p.channel)
    ]


def _consent(session: Session, address: str, contact: Contact | None) -> list[dict[str, Any]]:
    clauses = []
    if address:
        clauses.append(col(ConsentEvent.email_hash) == people.address_hash(session, address))
    if contact is not None and contact.id is not None:
        clauses.append(col(ConsentEvent.contact_id) == contact.id)
    if not clauses:
        return []
    rows = session.exec(select(ConsentEvent).where(or_(*clauses)).order_by(col(ConsentEvent.id)))
    return [
        {
            "at": _iso(e.at), "channel": e.channel, "opted_in": e.opted_in, "source": e.source,
            "by": _who(e.actor), "wording": e.wording, "request": e.request_reference,
        }
        for e in rows
    ]


def _request(r: PrivacyRequest) -> dict[str, Any]:
    return {
        "reference": r.reference, "types": list(r.types), "status": r.status,
        "received_at": _iso(r.received_at), "due_at": _iso(r.due_at),
        "identity_verified": r.verified, "extended": r.extended_at is not None,
        "extension_reason": r.extension_reason, "closed_at": _iso(r.closed_at),
        "close_reason": r.close_reason,
    }


def _events(session: Session, requests: list[PrivacyRequest]) -> list[dict[str, Any]]:
    by_id = {r.id: r.reference for r in requests}
    if not by_id:
        return []
    rows = session.exec(
        select(RequestEvent).where(col(RequestEvent.request_id).in_(list(by_id)))
        .order_by(col(RequestEvent.id))
    )
    return [
        {
            "request": by_id[e.request_id], "at": _iso(e.at), "event": e.event, "by": _who(e.actor),
            **{k: e.detail[k] for k in _EVENT_DETAIL if k in e.detail},
        }
        for e in rows
    ]


def _messages(
    session: Session, address: str, contact: Contact | None, request_ids: list[int]
) -> list[dict[str, Any]]:
    clauses = [col(InboundMessage.from_addr) == address] if address else []
    if contact is not None and contact.id is not None:
        clauses.append(col(InboundMessage.contact_id) == contact.id)
    if request_ids:
        clauses.append(col(InboundMessage.request_id).in_(request_ids))
    if not clauses:
        return []
    rows = session.exec(
        select(InboundMessage).where(or_(*clauses), col(InboundMessage.kind) == "human")
        .order_by(col(InboundMessage.id))
    )
    return [
        {
            "received_at": _iso(m.received_at or m.fetched_at), "from": m.from_addr,
            "subject": m.subject, "text": m.text, "language": m.language,
            "understood_as": list(m.intents), "channels": list(m.channels),
            "attachments": [a.get("filename", "") for a in m.attachments],
        }
        for m in rows
    ]


def _replies(session: Session, address: str) -> list[dict[str, Any]]:
    if not address:
        return []
    rows = session.exec(
        select(OutboxItem).where(OutboxItem.to_addr == address).order_by(col(OutboxItem.id))
    )
    return [
        {
            "created_at": _iso(o.created_at), "sent_at": _iso(o.sent_at), "status": o.status,
            "subject": o.subject, "text": _CODE.sub("****-****", o.body),
            "attachments": [a.get("filename", "") for a in o.attachments],
        }
        for o in rows
    ]


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def _csv(rows: Iterable[dict[str, Any]]) -> bytes:
    rows = list(rows)
    out = io.StringIO()
    columns = list(dict.fromkeys(k for row in rows for k in row)) or ["(none)"]
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue().encode("utf-8")


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if value is None:
        return ""
    return value


def _zip(data: dict[str, Any], company: str) -> bytes:
    tables = {
        "contact.csv": [data["contact"]] if data["contact"] else [],
        "preferences.csv": data["preferences"],
        "consent.csv": data["consent"],
        "requests.csv": data["requests"],
        "request_events.csv": data["request_events"],
        "messages.csv": data["messages"],
        "replies.csv": data["replies"],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", README.format(company=company))
        archive.writestr("export.json", _json(data))
        for name, rows in tables.items():
            archive.writestr(name, _csv(rows))
    return buffer.getvalue()
