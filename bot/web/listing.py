"""The queue's queries: requests and messages with filters, keyset paging, tab counts.

Keyset paging (`after` is an opaque cursor: the last row's due date and id) keeps every
page as fast as the first at 100,000 requests. The open-request filter is the literal
text of the partial index `ix_privacy_request_open_due` (due_at, id), so the planner may
walk it in due order and stop after a page; SQLite without statistics (no ANALYZE yet)
prefers probing `ix_privacy_request_status_due` per open status and sorting what matched,
which costs a few milliseconds at 100,000 requests — both plans are index-bound, neither
reads the table. Requests without a due date follow the dated ones.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from sqlalchemy import Text, bindparam, cast, func, or_, text
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from bot.privacy import REQUEST_TYPES
from bot.store.mail import InboundMessage
from bot.store.requests import CLOSED_STATUSES, OPEN_STATUSES, PrivacyRequest
from bot.store.staff import OPEN_SQL, UNHANDLED_SQL
from classifiers.contract import KINDS

STATUS_CHOICES = ("open", "closed", "all", *OPEN_STATUSES, *CLOSED_STATUSES)
REFERENCE = re.compile(r"^[A-Z]{2,6}-\d{4}-\d{3,}$")
T = TypeVar("T")


class _Query(BaseModel):
    model_config = ConfigDict(extra="ignore")

    @model_validator(mode="before")
    @classmethod
    def _blank_is_absent(cls, data: Any) -> Any:
        # an empty field of a GET form means "no filter"
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if v not in ("", None)}
        return data


class RequestQuery(_Query):
    status: str = "open"
    type: str = ""
    language: str = Field(default="", max_length=8)
    due_within: int | None = Field(default=None, ge=0, le=3650)  # days
    overdue: bool = False
    needs_review: bool = False
    mine: bool = False
    q: str = Field(default="", max_length=320)  # an address or a reference
    sort: Literal["due", "-due"] = "due"
    after: str = Field(default="", max_length=400)
    limit: int = Field(default=50, ge=1, le=200)

    @field_validator("status")
    @classmethod
    def _status(cls, v: str) -> str:
        if v not in STATUS_CHOICES:
            raise ValueError(f"status must be one of {', '.join(STATUS_CHOICES)}")
        return v

    @field_validator("type")
    @classmethod
    def _type(cls, v: str) -> str:
        if v and v not in REQUEST_TYPES:
            raise ValueError(f"type must be one of {', '.join(REQUEST_TYPES)}")
        return v


class MessageQuery(_Query):
    view: Literal["unhandled", "spam", "all"] = "unhandled"
    kind: str = ""
    language: str = Field(default="", max_length=8)
    q: str = Field(default="", max_length=320)
    after: str = Field(default="", max_length=200)
    limit: int = Field(default=50, ge=1, le=200)

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        if v and v not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        return v


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    next_cursor: str = ""


class BadCursor(ValueError):
    """The `after` value was not made by us."""


def _encode(*parts: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(parts).encode()).decode().rstrip("=")


def _decode(cursor: str) -> list[Any]:
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError) as exc:
        raise BadCursor("invalid cursor") from exc
    if not isinstance(data, list) or not data:
        raise BadCursor("invalid cursor")
    return data


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# --- requests ---------------------------------------------------------------------------

def _request_filters(f: RequestQuery, *, me: str, now: datetime) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if f.status == "open" or f.overdue:
        conds.append(text(OPEN_SQL))  # type: ignore[arg-type]
    if f.status == "closed":
        conds.append(col(PrivacyRequest.status).in_(CLOSED_STATUSES))
    elif f.status not in ("open", "all"):
        conds.append(col(PrivacyRequest.status) == f.status)
    if f.type:
        conds.append(cast(PrivacyRequest.types, Text).like(f'%"{f.type}"%'))
    if f.language:
        conds.append(col(PrivacyRequest.language) == f.language)
    if f.due_within is not None:
        conds.append(col(PrivacyRequest.due_at) <= now + timedelta(days=f.due_within))
    if f.overdue:
        conds.append(col(PrivacyRequest.due_at) < now)
    if f.needs_review:
        conds.append(col(PrivacyRequest.needs_review).is_(True))
    if f.mine:
        conds.append(col(PrivacyRequest.assigned_to) == me)
    q = f.q.strip()
    if q:
        if "@" in q and not q.startswith("@"):
            conds.append(col(PrivacyRequest.email) == q.lower())
        elif REFERENCE.match(q.upper()):
            conds.append(col(PrivacyRequest.reference) == q.upper())
        else:
            conds.append(or_(col(PrivacyRequest.reference).like(_like(q.upper()), escape="\\"),
                             col(PrivacyRequest.email).like(_like(q.lower()), escape="\\")))
    return conds


def list_requests(session: Session, f: RequestQuery, *, me: str,
                  now: datetime) -> Page[PrivacyRequest]:
    conds = _request_filters(f, me=me, now=now)
    cursor = _decode(f.after) if f.after else None
    due, rid = col(PrivacyRequest.due_at), col(PrivacyRequest.id)
    desc = f.sort == "-due"
    rows: list[PrivacyRequest] = []
    if cursor is None or cursor[0] == "d":
        stmt = select(PrivacyRequest).where(*conds, due.is_not(None))
        if cursor is not None:
            try:
                at, last = datetime.fromisoformat(cursor[1]), int(cursor[2])
            except (IndexError, TypeError, ValueError) as exc:
                raise BadCursor("invalid cursor") from exc
            at_p = bindparam("cursor_due", at, type_=PrivacyRequest.__table__.c.due_at.type)  # type: ignore[attr-defined]
            # (due, id) beyond the cursor, written so that both databases range-scan due
            if desc:
                stmt = stmt.where(due <= at_p, or_(due < at_p, rid < last))
            else:
                stmt = stmt.where(due >= at_p, or_(due > at_p, rid > last))
        order = (due.desc(), rid.desc()) if desc else (due.asc(), rid.asc())
        rows = list(session.exec(stmt.order_by(*order).limit(f.limit + 1)))
    if len(rows) <= f.limit:  # the dated ones are done: those without a due date follow
        stmt = select(PrivacyRequest).where(*conds, due.is_(None))
        if cursor is not None and cursor[0] == "n":
            stmt = stmt.where(rid > int(cursor[1]))
        rows += session.exec(stmt.order_by(rid).limit(f.limit + 1 - len(rows)))
    if len(rows) <= f.limit:
        return Page(rows)
    rows = rows[: f.limit]
    last_row = rows[-1]
    if last_row.due_at is not None:
        return Page(rows, _encode("d", last_row.due_at.isoformat(), last_row.id))
    return Page(rows, _encode("n", last_row.id))


# --- messages ---------------------------------------------------------------------------

def _message_filters(session: Session, f: MessageQuery) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    kind = col(InboundMessage.kind)
    if f.view == "unhandled":
        conds += [text(UNHANDLED_SQL), kind != "spam"]  # type: ignore[list-item]
    elif f.view == "spam":
        conds.append(kind == "spam")
    if f.kind:
        conds.append(kind == f.kind)
    if f.language:
        conds.append(col(InboundMessage.language) == f.language)
    q = f.q.strip()
    if q:
        if REFERENCE.match(q.upper()):
            ids = select(PrivacyRequest.id).where(PrivacyRequest.reference == q.upper())
            conds.append(col(InboundMessage.request_id).in_(ids.scalar_subquery()))
        elif "@" in q and not q.startswith("@"):
            conds.append(col(InboundMessage.from_addr) == q.lower())
        else:
            conds.append(col(InboundMessage.from_addr).like(_like(q.lower()), escape="\\"))
    return conds


def list_messages(session: Session, f: MessageQuery) -> Page[InboundMessage]:
    """Unhandled messages oldest first (a queue); spam and everything newest first."""
    conds = _message_filters(session, f)
    mid = col(InboundMessage.id)
    newest_first = f.view != "unhandled"
    stmt = select(InboundMessage).where(*conds)
    if f.after:
        try:
            last = int(_decode(f.after)[0])
        except (TypeError, ValueError) as exc:
            raise BadCursor("invalid cursor") from exc
        stmt = stmt.where(mid < last if newest_first else mid > last)
    stmt = stmt.order_by(mid.desc() if newest_first else mid.asc()).limit(f.limit + 1)
    rows = list(session.exec(stmt))
    if len(rows) <= f.limit:
        return Page(rows)
    rows = rows[: f.limit]
    return Page(rows, _encode(rows[-1].id))


# --- the tabs' counts -----------------------------------------------------------------

@dataclass(frozen=True)
class Counts:
    open_requests: int
    overdue: int
    unhandled: int
    spam: int


def counts(session: Session, *, now: datetime) -> Counts:
    def n(model: type, *conds: Any) -> int:
        return int(session.exec(select(func.count()).select_from(model).where(*conds)).one())

    return Counts(
        open_requests=n(PrivacyRequest, text(OPEN_SQL)),
        overdue=n(PrivacyRequest, text(OPEN_SQL), col(PrivacyRequest.due_at) < now),
        unhandled=n(InboundMessage, text(UNHANDLED_SQL), col(InboundMessage.kind) != "spam"),
        spam=n(InboundMessage, col(InboundMessage.kind) == "spam",
               col(InboundMessage.reviewed).is_(False)),
    )
