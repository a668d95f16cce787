"""Inbound mail that belongs to a request's lifecycle (called by the record stage).

`find_confirmation` (read-only, for gather_facts) spots the one-time code a reply
carries; `follow_up` acts on a human message attached to a request: the code confirms
the address, a wrong code counts against it, and any reply while we wait for a
clarification restarts the paused clock.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from bot.decide import Facts
from bot.envelope import Envelope
from bot.lifecycle import staff, verification
from bot.store.mail import InboundMessage
from bot.store.requests import (
    AWAITING_CLARIFICATION,
    AWAITING_IDENTITY,
    OPEN_STATUSES,
    PrivacyRequest,
    VerificationCode,
)


def human(env: Envelope) -> bool:
    return env.classification is None or env.classification.kind == "human"


def _text(env: Envelope) -> str:
    # only what the sender wrote now: the quoted acknowledgement holds the code too, and
    # a quote alone (an auto-reply that slipped through as human, say) confirms nothing
    return f"{env.parsed.subject}\n{env.parsed.new_text}"


def find_confirmation(
    session: Session, env: Envelope, sender: str, thread: PrivacyRequest | None
) -> tuple[PrivacyRequest | None, VerificationCode | None]:
    """The pending code this message carries: for its thread's request, else for an open
    request of the same sender (a reply that lost our reference). Read-only."""
    text = _text(env)
    if not verification.candidates(text):
        return thread, None
    if thread is not None:
        candidates = [thread]
    else:
        candidates = list(session.exec(
            select(PrivacyRequest).where(
                PrivacyRequest.email == sender, PrivacyRequest.status == AWAITING_IDENTITY
            ).order_by(col(PrivacyRequest.id).desc())
        ))
    for request in candidates:
        if request.email != sender or request.status not in OPEN_STATUSES:
            continue
        code = verification.match_code(session, request, text)
        if code is not None:
            return request, code
    return thread, None


def follow_up(
    session: Session,
    request: PrivacyRequest,
    row: InboundMessage,
    env: Envelope,
    facts: Facts,
    *,
    eu_country: str,
    at: datetime,
) -> None:
    if not human(env) or (facts.robot_headers and not facts.web_form_relay):
        return
    if request.status not in OPEN_STATUSES:
        return
    if facts.confirms_code is not None:
        code = session.get(VerificationCode, facts.confirms_code)
        if code is not None and code.request_id == request.id:
            verification.confirm(session, request, code, at=at, via="reply",
                                 message_id=row.id, eu_country=eu_country)
            return
    if request.status == AWAITING_IDENTITY:
        verification.note_failed_attempt(session, request, _text(env))
    if request.paused_at is not None or request.status == AWAITING_CLARIFICATION:
        staff.clarification_received(session, request, actor="person", eu_country=eu_country,
                                     now=at, message_id=row.id)
