"""The record stage: everything a decision changes, in the caller's one transaction.

`gather_facts` reads what the decide stage needs to know; `record` writes the
message, preferences and ledger, requests, the outbox row and the audit trail. The
caller commits once per message, so a crash leaves either all of it or none of it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from bot import bounces, people, privacy
from bot.config import Settings
from bot.deadlines import local_day
from bot.decide import Facts
from bot.envelope import Envelope
from bot.lifecycle import inbound, verification
from bot.lifecycle.intake import Intake, intake, issue_for_acknowledgement
from bot.lifecycle.mailer import TEMPLATE_DEFAULTS
from bot.reply import Replies, new_message_id, one_line, reply_headers
from bot.store.base import utcnow
from bot.store.mail import PROCESSED, TRIAGE, InboundMessage
from bot.store.outbox import PENDING, OutboxItem
from bot.store.people import Contact
from bot.store.requests import PrivacyRequest, VerificationCode
from classifiers.headers import robot_header_reasons


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower()


def gather_facts(session: Session, env: Envelope, settings: Settings) -> Facts:
    parsed = env.parsed
    sender, relay = people.speaks_for(parsed.from_addr, parsed.reply_to,
                                      settings.company.own_domains)
    thread = _thread_request(session, env)
    robot_reasons = tuple(
        robot_header_reasons(
            parsed.to_mail_input().headers, parsed.from_addr, settings.company.own_domains
        )
    )
    window_start = utcnow() - timedelta(hours=settings.smtp.rate_limit_window_hours)
    replies = 0
    contact = None
    if sender and inbound.human(env):  # a robot is never answered nor made a contact
        replies = session.exec(
            select(func.count()).select_from(OutboxItem).where(
                OutboxItem.to_addr == sender, OutboxItem.created_at >= window_start
            )
        ).one()
        contact = people.find_contact(session, sender)
    code = None
    if sender and inbound.human(env) and (relay or not robot_reasons):
        thread, code = inbound.find_confirmation(session, env, sender, thread)
    return Facts(
        sender=sender,
        robot_headers=robot_reasons,
        web_form_relay=relay,
        thread_reference=thread.reference if thread else "",
        thread_types=tuple(thread.types) if thread else (),
        replies_in_window=int(replies),
        rate_limit=settings.smtp.rate_limit_per_recipient,
        undeliverable=bool(contact and contact.undeliverable_since),
        # a contact we held before this message, authenticated by our own server
        sender_verified=verification.authenticated_by_our_server(parsed, sender) if contact
        else "",
        confirms_code=code.id if code else None,
        contact_id=contact.id if contact else None,
    )


def _thread_request(session: Session, env: Envelope) -> PrivacyRequest | None:
    """The request this message answers: our reference in the subject, else threading."""
    parsed = env.parsed
    if parsed.our_reference:
        found = privacy.find_by_reference(session, parsed.our_reference)
        if found is not None:
            return found
    ids = [i for i in (parsed.in_reply_to, *parsed.references) if i]
    if not ids:
        return None
    request_id = session.exec(
        select(OutboxItem.request_id).where(
            col(OutboxItem.message_id).in_(ids), col(OutboxItem.request_id).is_not(None)
        )
    ).first()
    return session.get(PrivacyRequest, request_id) if request_id else None


@dataclass(frozen=True)
class Recorded:
    status: str
    request_reference: str = ""
    replied: bool = False  # an acknowledgement or reply was queued in the outbox
    channels_withdrawn: tuple[str, ...] = ()


def record(
    session: Session,
    row: InboundMessage,
    env: Envelope,
    facts: Facts,
    settings: Settings,
    replies: Replies,
) -> Recorded:
    decision, cls = env.decision, env.classification
    assert cls is not None and row.id is not None
    now = utcnow()
    # the message row itself is written last, once: the flushes below (ids for new
    # rows) then have nothing of it to write

    contact: Contact | None = None
    if facts.sender and cls.kind == "human":
        # gather_facts looked the sender up in this same savepoint: no second query
        contact = session.get(Contact, facts.contact_id) if facts.contact_id else None
        contact = contact or people.create_contact(session, facts.sender)

    # the clock starts when our server received the mail, not at its Date header
    received_at = row.received_at or row.fetched_at
    request = None
    if decision.attach_to_reference:
        request = privacy.find_by_reference(session, decision.attach_to_reference)
        if request is not None:
            privacy.record_event(session, request, "message_attached", message=row.id)
            inbound.follow_up(session, request, row, env, facts,
                              eu_country=settings.compliance.eu_country, at=received_at)
    found: Intake | None = None
    if decision.open_request_types and facts.sender:
        request = privacy.open_request(
            session,
            types=decision.open_request_types,
            email=facts.sender,
            contact_id=contact.id if contact else None,
            received_at=received_at,
            jurisdiction=settings.compliance.jurisdiction,
            prefix=settings.company.reference_prefix,
            language=cls.language,
            needs_review=decision.needs_review,
            source_message_id=row.id,
            country=settings.compliance.eu_country,
        )
        found = intake(
            session,
            request,
            settings=settings,
            authenticated=facts.sender_verified,
            received_at=received_at,
            subscribe_channels=tuple(cls.channels) if "subscribe" in cls.intents else (),
            # a person decides mixed or uncertain sign-ups; no code goes out for them
            review_subscription=decision.needs_review,
        )

    withdrawn: list[str] = []
    if decision.unsubscribe_channels and contact is not None:
        withdrawn = people.withdraw(
            session,
            contact,
            decision.unsubscribe_channels,
            people.ConsentSource(
                source="message",
                wording=f"unsubscribe request by email (message {row.id})",
                message_id=row.id,
                request_reference=request.reference if request else "",
            ),
        )
        privacy.audit(session, "preferences.withdrawn", f"message:{row.id}", channels=withdrawn)

    if decision.mark_undeliverable or any(h.rule == "bounce" for h in decision.hits):
        # matched to the mail it bounces; 5.x.x: undeliverable, 4.x.x: noted (bot.bounces)
        bounces.record_bounce(session, row, env, settings, now=now)

    replied = False
    if decision.reply_template and decision.reply_to:
        replied = _queue_reply(
            session, row, env, contact, request, withdrawn, settings, replies, found
        )

    _store_understanding(row, env)
    row.contact_id = contact.id if contact is not None else row.contact_id
    row.request_id = request.id if request is not None else row.request_id
    row.status = TRIAGE if decision.to_staff else PROCESSED
    row.processed_at = now
    session.add(row)
    privacy.audit(
        session,
        "message.processed",
        f"message:{row.id}",
        kind=cls.kind,
        intents=list(cls.intents),
        rules=[h.rule for h in decision.hits],
    )
    return Recorded(
        status=row.status,
        request_reference=request.reference if request else "",
        replied=replied,
        channels_withdrawn=tuple(withdrawn),
    )


def _store_understanding(row: InboundMessage, env: Envelope) -> None:
    parsed, cls, decision = env.parsed, env.classification, env.decision
    assert cls is not None
    row.from_addr = parsed.from_addr
    row.from_name = one_line(parsed.from_name, 300)
    row.subject = parsed.subject[:2000]
    row.sent_at = parsed.date
    row.message_id = parsed.message_id[:998]
    row.in_reply_to = parsed.in_reply_to[:998]
    row.text = parsed.new_text[:200_000]
    row.html = parsed.html[:500_000]
    row.attachments = [asdict(a) for a in parsed.attachments]
    row.defects = list(parsed.defects)
    row.kind = cls.kind
    row.intents = sorted(cls.intents)
    row.channels = sorted(cls.channels)
    row.language = cls.language
    row.scores = {k: round(float(v), 4) for k, v in cls.scores.items()}
    row.needs_review = decision.needs_review
    row.rule_hits = [{"rule": h.rule, "reason": h.reason} for h in decision.hits]
    row.triage_reason = "; ".join(h.reason for h in decision.hits) if decision.to_staff else ""


def _queue_reply(
    session: Session,
    row: InboundMessage,
    env: Envelope,
    contact: Contact | None,
    request: PrivacyRequest | None,
    withdrawn: list[str],
    settings: Settings,
    replies: Replies,
    found: Intake | None = None,
) -> bool:
    parsed, decision, cls = env.parsed, env.decision, env.classification
    assert cls is not None
    # one acknowledgement per (sender, Message-ID): a message delivered twice, or seen
    # again after a UIDVALIDITY change, is never answered twice. Keyed hash: the key
    # must not be one more copy of the address (erasure)
    key = f"{decision.reply_template}:" + people.keyed_digest(
        session, f"{decision.reply_to}\n{parsed.message_id or row.raw_sha256}"
    )
    if session.exec(select(OutboxItem.id).where(OutboxItem.idempotency_key == key)).first():
        return False
    due = local_day(request.due_at, request.jurisdiction) if request and request.due_at else None
    language = cls.language if cls.language in replies.languages() else "en"
    # the one-time code (identity, sign-up) travels in this one acknowledgement
    lifecycle: dict[str, object] = {}
    if found is not None and request is not None and decision.reply_template == "ack":
        lifecycle = issue_for_acknowledgement(session, request, found, settings=settings,
                                              language=language)
    code_row = lifecycle.pop("_code_row", None)
    subscribe_channels = sorted(cls.channels) if "subscribe" in cls.intents else []
    if request is not None and "subscribe" in request.types and found is not None:
        subscribe_channels = [] if found.subscribe_declined else (
            list(request.subscribe_channels) or subscribe_channels
        )
    rendered = replies.render(
        decision.reply_template,
        cls.language,
        **{
            **TEMPLATE_DEFAULTS,
            "name": contact.first_name if contact else "",
            "reference": request.reference if request else "",
            "request_types": [t for t in decision.open_request_types],
            "unsubscribed": sorted(withdrawn or decision.unsubscribe_channels),
            "subscribe_channels": subscribe_channels,
            "needs_review": decision.needs_review,
            "due": due,
            "authority": settings.company.supervisory_authority,
            **lifecycle,
        },
    )
    domain = _domain(settings.smtp.from_address) or "localhost"
    item = OutboxItem(
        idempotency_key=key[:200],
        to_addr=decision.reply_to,
        subject=rendered.subject,
        body=rendered.body,
        headers=reply_headers(
            in_reply_to=parsed.message_id,
            references=parsed.references,
            loop_token=settings.company.privacy_address,
        ),
        message_id=new_message_id(domain),
        template=decision.reply_template,
        language=rendered.language,
        inbound_message_id=row.id,
        request_id=request.id if request else None,
        status=PENDING,
    )
    session.add(item)
    if isinstance(code_row, VerificationCode):  # the code knows the mail that carried it
        session.flush()
        code_row.outbox_id = item.id
        session.add(code_row)
    return True
