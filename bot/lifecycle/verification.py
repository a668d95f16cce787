"""Is the requester the owner of the address? Our server's DMARC/DKIM, or a one-time code.

- A request from an address we already held, whose message passed DMARC (or DKIM for
  the From domain) at OUR server (`ParsedMessage.auth_results` holds only results from
  our authserv-id), is verified at once.
- Otherwise we mail a one-time code (8 digits, shown as 1234-5678) and, when
  `compliance.verification_url` is set, a link with a random token. Both are stored only
  as HMAC-SHA256 under the per-database key (`bot.people.hash_key`), bound to the
  request; they expire (`verification_expiry_days`), work once, and a new code revokes
  the old. Five wrong codes revoke it too.
- The person confirms by replying with the code (the pipeline recognises it, see
  `bot.record`) or by opening the link (the web calls `confirm_by_token`).

Confirming proves the mailbox, which is what identity (access, erasure, ...) and the
newsletter's double opt-in both need: one code serves both.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode

from sqlmodel import Session, col, select

from bot import people, privacy
from bot.config import Settings
from bot.envelope import ParsedMessage
from bot.lifecycle import clock
from bot.lifecycle.errors import InvalidCode, RequestClosed
from bot.store.base import utcnow
from bot.store.requests import PrivacyRequest, VerificationCode

log = logging.getLogger(__name__)

IDENTITY, SUBSCRIBE, BOTH = "identity", "subscribe", "both"
MAX_FAILED_ATTEMPTS = 5
_CANDIDATE = re.compile(r"(?<![\d-])(\d{4})[ \-]?(\d{4})(?![\d-])")


# --- the sender's own proof ------------------------------------------------------------

def _aligned(domain: str, from_domain: str) -> bool:
    """Relaxed alignment: the same domain, or one a subdomain of the other."""
    return bool(domain) and (
        domain == from_domain
        or from_domain.endswith("." + domain)
        or domain.endswith("." + from_domain)
    )


def authenticated_by_our_server(parsed: ParsedMessage, sender: str) -> str:
    """Why the From address is authentic by our server's verdict ("" if it is not)."""
    if not sender or sender != parsed.from_addr:
        return ""  # a web-form relay's Reply-To is not what the server authenticated
    from_domain = sender.rpartition("@")[2].lower()
    for result in parsed.auth_results:
        if result.result != "pass":
            continue
        if result.method == "dmarc" and (not result.domain or _aligned(result.domain, from_domain)):
            return "dmarc=pass"
        if result.method == "dkim" and _aligned(result.domain, from_domain):
            return "dkim=pass (aligned)"
    return ""


# --- codes ----------------------------------------------------------------------------

@dataclass(frozen=True)
class IssuedCode:
    """The plain code and link exist only here, in memory, to be put in one message."""

    row: VerificationCode
    code: str  # "1234-5678"
    link: str  # "" when no verification_url is configured
    expires_at: datetime


def _digest(session: Session, scope: str, value: str) -> str:
    message = f"verification:{scope}:{value}".encode()
    return hmac.new(people.hash_key(session), message, hashlib.sha256).hexdigest()


def _code_digest(session: Session, request_id: int, digits: str) -> str:
    return _digest(session, f"code:{request_id}", digits)


def _token_digest(session: Session, token: str) -> str:
    return _digest(session, "token", token)


def active_code(
    session: Session, request: PrivacyRequest, now: datetime | None = None
) -> VerificationCode | None:
    now = now or utcnow()
    return session.exec(
        select(VerificationCode)
        .where(
            VerificationCode.request_id == request.id,
            col(VerificationCode.used_at).is_(None),
            col(VerificationCode.revoked_at).is_(None),
            VerificationCode.expires_at > now,
        )
        .order_by(col(VerificationCode.id).desc())
    ).first()


def issue_code(
    session: Session,
    request: PrivacyRequest,
    *,
    purpose: str,
    settings: Settings,
    now: datetime | None = None,
    expires_at: datetime | None = None,
    actor: str = "bot",
) -> IssuedCode:
    """A fresh code (revoking earlier ones); only its keyed hashes are stored."""
    assert request.id is not None
    if clock.is_closed(request):
        raise RequestClosed(f"request {request.reference} is closed")
    now = now or utcnow()
    revoke_codes(session, request, now=now)
    digits = f"{secrets.randbelow(10**8):08d}"
    token = secrets.token_urlsafe(32)
    expires = expires_at or now + timedelta(days=settings.compliance.verification_expiry_days)
    row = VerificationCode(
        request_id=request.id,
        purpose=purpose,
        code_hash=_code_digest(session, request.id, digits),
        token_hash=_token_digest(session, token),
        created_at=now,
        expires_at=expires,
    )
    session.add(row)
    session.flush()
    base = settings.compliance.verification_url
    link = f"{base}{'&' if '?' in base else '?'}{urlencode({'token': token})}" if base else ""
    privacy.record_event(session, request, "verification_code_issued", actor=actor,
                         purpose=purpose, code=row.id, expires_at=expires.isoformat())
    return IssuedCode(row=row, code=f"{digits[:4]}-{digits[4:]}", link=link, expires_at=expires)


def revoke_codes(session: Session, request: PrivacyRequest, *, now: datetime) -> None:
    for row in session.exec(
        select(VerificationCode).where(
            VerificationCode.request_id == request.id,
            col(VerificationCode.used_at).is_(None),
            col(VerificationCode.revoked_at).is_(None),
        )
    ):
        row.revoked_at = now
        session.add(row)


def candidates(text: str) -> list[str]:
    """Everything in `text` that looks like one of our codes, as 8 digits."""
    return list(dict.fromkeys(a + b for a, b in _CANDIDATE.findall(text or "")))


def match_code(
    session: Session, request: PrivacyRequest, text: str, now: datetime | None = None
) -> VerificationCode | None:
    """The request's active code when `text` contains it (read-only: safe for gather_facts)."""
    row = active_code(session, request, now)
    if row is None or row.failed_attempts >= MAX_FAILED_ATTEMPTS or request.id is None:
        return None
    for digits in candidates(text):
        if hmac.compare_digest(_code_digest(session, request.id, digits), row.code_hash):
            return row
    return None


def note_failed_attempt(
    session: Session, request: PrivacyRequest, text: str, now: datetime | None = None
) -> bool:
    """A reply in the thread with code-like numbers that are not the code: count it."""
    now = now or utcnow()
    row = active_code(session, request, now)
    if row is None or not candidates(text) or match_code(session, request, text, now):
        return False
    row.failed_attempts += 1
    if row.failed_attempts >= MAX_FAILED_ATTEMPTS:
        row.revoked_at = now
        privacy.record_event(session, request, "verification_code_revoked", code=row.id,
                             reason="too many wrong codes")
        privacy.audit(session, "request.code_revoked", f"request:{request.reference}",
                      reason="too many wrong codes")
    session.add(row)
    return True


def find_by_token(session: Session, token: str) -> VerificationCode | None:
    if not token or len(token) > 200:
        return None
    return session.exec(
        select(VerificationCode).where(VerificationCode.token_hash == _token_digest(session, token))
    ).first()


# --- confirming -----------------------------------------------------------------------

def mark_verified(
    session: Session,
    request: PrivacyRequest,
    *,
    method: str,
    at: datetime,
    actor: str,
    eu_country: str | None = None,
    detail: str = "",
) -> None:
    """Identity is established: record it, start the UK clock, settle the status."""
    if request.verified:
        return
    request.verified = True
    request.verified_at = at
    request.verification_method = method
    privacy.record_event(session, request, "identity_verified", actor=actor, method=method,
                         detail=detail)
    privacy.audit(session, "request.verified", f"request:{request.reference}", actor=actor,
                  method=method)
    clock.start(session, request, at=at, actor=actor, reason="identity verified",
                eu_country=eu_country)
    clock.settle_status(request)
    session.add(request)


def confirm(
    session: Session,
    request: PrivacyRequest,
    code: VerificationCode,
    *,
    at: datetime,
    via: str,
    actor: str = "person",
    message_id: int | None = None,
    eu_country: str | None = None,
) -> list[str]:
    """Use the code: verify identity and/or record the confirmed newsletter consent.

    Returns the channels opted in (empty when nothing was subscribed).
    """
    if clock.is_closed(request):
        raise RequestClosed(f"request {request.reference} is closed")
    if code.used_at is not None or code.revoked_at is not None or code.expires_at <= at:
        raise InvalidCode("this code is no longer valid")
    code.used_at = at
    session.add(code)
    privacy.record_event(session, request, "verification_code_used", actor=actor, via=via,
                         code=code.id, message=message_id)
    if code.purpose in (IDENTITY, BOTH) or clock.needs_identity(request):
        mark_verified(session, request, method=via, at=at, actor=actor, eu_country=eu_country)
    channels: list[str] = []
    if code.purpose in (SUBSCRIBE, BOTH) and clock.awaits_subscription(request):
        from bot.lifecycle.subscribe import record_confirmed_subscription

        channels = record_confirmed_subscription(
            session, request, at=at, via=via, message_id=message_id
        )
    clock.settle_status(request)
    session.add(request)
    log.info("request=%s confirmed by %s", request.reference, via)
    return channels


def confirm_by_token(
    session: Session, token: str, *, now: datetime | None = None, eu_country: str | None = None
) -> PrivacyRequest:
    """The web's verification link: confirm the request the token belongs to."""
    now = now or utcnow()
    row = find_by_token(session, token)
    if row is None:
        raise InvalidCode("unknown verification link")
    request = session.get(PrivacyRequest, row.request_id)
    assert request is not None
    confirm(session, request, row, at=now, via="link", eu_country=eu_country)
    return request
