"""Staff users: roles, argon2 passwords, login with lockout, and corrections as training data.

Roles are ordered: a viewer reads; an agent also acts on requests and messages; an
admin also executes erasures and manages staff. `has_role(user, AGENT)` is true for
agents and admins.

Login (`authenticate`) is refused, whatever the password, while the name has
`LOCKOUT_FAILURES` failed attempts in the last `LOCKOUT_WINDOW`, or the client address
has `CLIENT_FAILURES` (a password spray across many names). Unknown names cost the
same argon2 verification as known ones, and attempts are counted for them too, so the
answer never tells whether a name exists.

`export_corrections` writes staff label corrections as JSONL in the format of
`classifiers/data/train/*.jsonl` (subject, text, kind, intents, channels, language,
tags, and the robot headers of non-human mail), for the training workflow.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
import logging
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import message_from_bytes
from email.policy import default as default_policy
from typing import IO, Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot import people, privacy
from bot.store.base import utcnow
from bot.store.db import session_scope
from bot.store.mail import InboundMessage
from bot.store.staff import (
    ADMIN,
    AGENT,
    ROLES,
    VIEWER,
    LabelCorrection,
    LoginAttempt,
    StaffSession,
    StaffUser,
)

__all__ = ["ADMIN", "AGENT", "ROLES", "VIEWER", "StaffError", "authenticate", "create_staff",
           "export_corrections", "has_role"]

log = logging.getLogger(__name__)

LOCKOUT_FAILURES = 5
LOCKOUT_WINDOW = timedelta(minutes=15)
CLIENT_FAILURES = 30
MIN_PASSWORD = 10
NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
# one bare address: no display name, no list, no CR/LF (it goes into a To: header)
EMAIL = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+")
_RANK = {VIEWER: 0, AGENT: 1, ADMIN: 2}
_hasher = PasswordHasher()
# verified against when the name is unknown, so both answers take as long
_DUMMY_HASH = _hasher.hash("not a password of anyone's")


class StaffError(Exception):
    """A staff user cannot be created or changed as asked (one line for the operator)."""


def has_role(user: StaffUser, role: str) -> bool:
    return user.active and _RANK.get(user.role, -1) >= _RANK[role]


def normalise_name(name: str) -> str:
    return name.strip().lower()


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise StaffError(f"the password needs at least {MIN_PASSWORD} characters")
    if len(password) > 1024:
        raise StaffError("the password is too long")


def create_staff(session: Session, *, name: str, role: str, password: str,
                 actor: str = "cli", email: str = "") -> StaffUser:
    name = normalise_name(name)
    if not NAME.match(name):
        raise StaffError("a name is 2-64 characters: letters, digits, '.', '_' or '-'")
    if role not in ROLES:
        raise StaffError(f"role must be one of {', '.join(ROLES)}")
    _check_password(password)
    email = email.strip()
    if email and not EMAIL.fullmatch(email):
        raise StaffError("--email must be one plain address, e.g. dpo@carerra.co")
    if session.exec(select(StaffUser).where(StaffUser.name == name)).first() is not None:
        raise StaffError(f"a staff user named {name!r} already exists")
    user = StaffUser(name=name, role=role, password_hash=_hasher.hash(password), email=email)
    session.add(user)
    session.flush()
    privacy.audit(session, "staff.created", f"staff:{user.id}", actor=actor, role=role)
    log.info("staff=%s created (role %s)", user.id, role)
    return user


def set_role(session: Session, user: StaffUser, *, role: str, actor: str) -> None:
    if role not in ROLES:
        raise StaffError(f"role must be one of {', '.join(ROLES)}")
    before, user.role = user.role, role
    session.add(user)
    privacy.audit(session, "staff.role_changed", f"staff:{user.id}", actor=actor,
                  before=before, after=role)


def set_active(session: Session, user: StaffUser, *, active: bool, actor: str) -> None:
    """Deactivating ends every session of the user at once."""
    user.active = active
    session.add(user)
    if not active:
        session.execute(delete(StaffSession).where(col(StaffSession.staff_id) == user.id))
    privacy.audit(session, "staff.activated" if active else "staff.deactivated",
                  f"staff:{user.id}", actor=actor)


def set_password(session: Session, user: StaffUser, *, password: str, actor: str) -> None:
    _check_password(password)
    user.password_hash = _hasher.hash(password)
    user.password_changed_at = utcnow()
    session.add(user)
    session.execute(delete(StaffSession).where(col(StaffSession.staff_id) == user.id))
    privacy.audit(session, "staff.password_changed", f"staff:{user.id}", actor=actor)


# --- login --------------------------------------------------------------------------------

@dataclass(frozen=True)
class LoginResult:
    user: StaffUser | None
    locked: bool = False


def client_key(session: Session, address: str) -> str:
    """A keyed hash of the client address: the throttle works, the table holds no IPs."""
    digest = hmac.new(people.hash_key(session), f"client:{address}".encode(), hashlib.sha256)
    return digest.hexdigest()[:64]


def _failures(session: Session, column: Any, value: str, since: datetime) -> int:
    return int(session.exec(
        select(func.count()).select_from(LoginAttempt)
        .where(column == value, col(LoginAttempt.at) >= since, col(LoginAttempt.ok).is_(False))
    ).one())


def authenticate(session: Session, *, name: str, password: str, client: str,
                 now: datetime | None = None) -> LoginResult:
    """Check a login; every attempt is recorded. The caller commits."""
    now = now or utcnow()
    name = normalise_name(name)[:100]
    key = client_key(session, client)
    session.execute(delete(LoginAttempt).where(col(LoginAttempt.at) < now - timedelta(days=1)))
    since = now - LOCKOUT_WINDOW
    locked = (
        _failures(session, LoginAttempt.name, name, since) >= LOCKOUT_FAILURES
        or _failures(session, LoginAttempt.client, key, since) >= CLIENT_FAILURES
    )
    user = session.exec(select(StaffUser).where(StaffUser.name == name)).first()
    ok = _verify(user.password_hash if user else _DUMMY_HASH, password)
    ok = ok and user is not None and user.active and not locked
    session.add(LoginAttempt(name=name, client=key, at=now, ok=ok))
    if not ok or user is None:
        privacy.audit(session, "staff.login_failed", f"staff:{user.id}" if user else "staff:?",
                      locked=locked)
        log.warning("login failed (staff=%s locked=%s)", user.id if user else "?", locked)
        return LoginResult(None, locked=locked)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.last_login_at = now
    session.add(user)
    privacy.audit(session, "staff.login", f"staff:{user.id}", actor=user.name)
    log.info("staff=%s logged in", user.id)
    return LoginResult(user)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password[:1024])
    except (VerificationError, InvalidHashError):
        return False


# --- label corrections as training examples ------------------------------------------

# headers that tell robots apart and name no person (classifiers/headers.py reads them)
TRAINING_HEADERS = (
    "auto-submitted", "precedence", "x-auto-response-suppress", "x-autoreply",
    "x-autorespond", "x-autoresponder", "list-id", "list-unsubscribe-post",
    "feedback-id", "x-mailer",
)


def _robot_headers(raw: bytes | None) -> dict[str, str]:
    if not raw:
        return {}
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    msg = message_from_bytes(head + b"\n\n", policy=default_policy)
    out: dict[str, str] = {}
    for name in TRAINING_HEADERS:
        value = msg.get(name)
        if value is not None:
            out[name.title()] = " ".join(str(value).split())
    return out


def training_examples(session: Session) -> Iterator[dict[str, Any]]:
    """The latest correction of every corrected message that still has its words."""
    latest = (
        select(LabelCorrection.message_id, func.max(LabelCorrection.id).label("last"))
        .group_by(col(LabelCorrection.message_id)).subquery()
    )
    rows = session.exec(
        select(LabelCorrection, InboundMessage)
        .join(latest, col(LabelCorrection.id) == latest.c.last)
        .join(InboundMessage, col(InboundMessage.id) == col(LabelCorrection.message_id))
        .order_by(col(LabelCorrection.id))
    )
    for correction, message in rows:
        if not (message.text or message.subject):  # erased (or never parsed): nothing to learn
            continue
        after = correction.after
        kind = after.get("kind", message.kind)
        example: dict[str, Any] = {
            "subject": message.subject,
            "text": message.text,
            "kind": kind,
            "intents": sorted(after.get("intents", [])) if kind == "human" else [],
            "channels": sorted(after.get("channels", [])) if kind == "human" else [],
            "language": after.get("language", message.language),
            "tags": ["staff-correction"],
        }
        headers = _robot_headers(message.raw) if kind != "human" else {}
        if headers:
            example["headers"] = headers
        yield example


def export_corrections(engine: Engine, out: IO[str]) -> int:
    """Write every staff correction as one JSONL line (classifiers/data/train format)."""
    count = 0
    with session_scope(engine) as session:
        for example in training_examples(session):
            out.write(json.dumps(example, ensure_ascii=False) + "\n")
            count += 1
    return count


# --- `python -m bot staff …` ------------------------------------------------------------

def read_password(stream: IO[str] | None = None) -> str:
    """From the terminal (asked twice, not echoed), else the first line of standard input."""
    stream = stream or sys.stdin
    if stream.isatty():
        first = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != first:
            raise StaffError("the two passwords differ")
        return first
    return stream.readline().rstrip("\r\n")


def command(engine: Engine, action: str, args: Any) -> int:
    if action == "add":
        password = read_password()
        with session_scope(engine) as session:
            user = create_staff(session, name=args.name, role=args.role, password=password,
                                email=getattr(args, "email", "") or "")
            print(f"staff user {user.name} created ({user.role})")
        return 0
    if action == "export-corrections":
        if args.file:
            with open(args.file, "w", encoding="utf-8") as out:
                count = export_corrections(engine, out)
            print(f"{count} corrections written to {args.file}", file=sys.stderr)
        else:
            count = export_corrections(engine, sys.stdout)
        return 0
    raise StaffError(f"unknown staff command {action!r}")
