"""Acting on a message staff relabelled: what the bot would have done with the right labels.

A message the classifier got wrong — an erasure taken for `other`, an unsubscribe for a
product question — waits in the triage queue. When staff correct its labels, `act_on_labels`
does for the intents they *added* what the record stage does for a message understood at
once:

- `unsubscribe`: the channels are withdrawn now, ledgered as a staff decision on the
  person's message (no channel named: email, as labels.md reads a bare unsubscribe);
- a privacy intent: the request is opened with its clock started when our server received
  the mail (not now), goes through the same intake (identity, double opt-in) and is
  acknowledged in the person's language; a message that already has a request gets the
  new types added to it instead.

Intents staff *removed* are not undone: consent withdrawn stays withdrawn (re-subscribing
needs the person's own opt-in), and an opened request is closed by a person, with a reason.
The caller commits.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field

from sqlmodel import Session

from bot import people, privacy
from bot.lifecycle.errors import LifecycleError, NoAddress
from bot.lifecycle.intake import intake, issue_for_acknowledgement
from bot.lifecycle.mailer import Mailer
from bot.parse import ParseError, parse
from bot.store.mail import InboundMessage
from bot.store.requests import CLOSED_STATUSES, PrivacyRequest, VerificationCode


@dataclass
class Acted:
    withdrawn: list[str] = field(default_factory=list)
    opened: str = ""  # the reference of a request opened now
    added_to: str = ""  # the reference of the message's request that got new types
    acknowledged: bool = False

    def summary(self) -> str:
        said = []
        if self.withdrawn:
            said.append(f"marketing stopped: {', '.join(self.withdrawn)}")
        if self.opened:
            said.append(f"request {self.opened} opened"
                        + (" and acknowledged" if self.acknowledged else ""))
        if self.added_to:
            said.append(f"types added to {self.added_to}")
        return "; ".join(said)


def act_on_labels(
    session: Session,
    message: InboundMessage,
    *,
    added: set[str],
    mailer: Mailer,
    actor: str,
) -> Acted:
    """Act on the intents in `added` (those staff just gave the message)."""
    done = Acted()
    if message.kind != "human" or not added or added == {"other"}:
        return done
    sender = _person(message, mailer)
    if not sender:
        raise NoAddress(f"message {message.id} has no sender address to act for")
    assert message.id is not None
    contact = people.get_or_create_contact(session, sender)
    if "unsubscribe" in added:
        channels = list(message.channels) or ["email"]
        done.withdrawn = people.withdraw(session, contact, channels, people.ConsentSource(
            source="staff", actor=actor, message_id=message.id,
            wording=f"unsubscribe request by email (message {message.id}), "
                    "labels corrected by staff",
        ))
        privacy.audit(session, "preferences.withdrawn", f"message:{message.id}", actor=actor,
                      channels=done.withdrawn)
    types = sorted(added & set(privacy.REQUEST_TYPES))
    if types:
        request = session.get(PrivacyRequest, message.request_id) if message.request_id else None
        if request is not None and request.status not in CLOSED_STATUSES:
            _add_types(session, request, types, actor)
            done.added_to = request.reference
        else:
            _open(session, message, sender, contact.id, types, mailer, actor, done)
    message.reviewed = True
    session.add(message)
    return done


def _person(message: InboundMessage, mailer: Mailer) -> str:
    """Whom the message speaks for, read as the record stage reads it (`speaks_for`); the
    Reply-To of a relay is not stored, so the raw message is parsed again for it."""
    company = mailer.settings.company
    reply_to = ""
    if message.raw:
        with suppress(ParseError):
            reply_to = parse(message.raw, authserv_id=company.authserv_id).reply_to
    return people.speaks_for(message.from_addr, reply_to, company.own_domains)[0]


def _add_types(session: Session, request: PrivacyRequest, types: list[str], actor: str) -> None:
    new = [t for t in types if t not in request.types]
    if not new:
        return
    request.types = sorted({*request.types, *new})
    session.add(request)
    privacy.record_event(session, request, "types_added", actor=actor, types=new)
    privacy.audit(session, "request.types_added", f"request:{request.reference}", actor=actor,
                  types=new)


def _open(session: Session, message: InboundMessage, sender: str, contact_id: int | None,
          types: list[str], mailer: Mailer, actor: str, done: Acted) -> None:
    settings = mailer.settings
    received_at = message.received_at or message.fetched_at
    language = message.language if message.language in mailer.replies.languages() else "en"
    request = privacy.open_request(
        session, types=types, email=sender, contact_id=contact_id,
        received_at=received_at, jurisdiction=settings.compliance.jurisdiction,
        prefix=settings.company.reference_prefix, language=language,
        source_message_id=message.id, country=settings.compliance.eu_country,
    )
    privacy.record_event(session, request, "opened_by_staff", actor=actor, message=message.id)
    subscribe = tuple(message.channels) if "subscribe" in types else ()
    found = intake(session, request, settings=settings, authenticated="",
                   received_at=received_at, subscribe_channels=subscribe)
    message.request_id = request.id
    context = issue_for_acknowledgement(session, request, found, settings=settings,
                                        language=language)
    code_row = context.pop("_code_row", None)
    item = mailer.queue(session, request, purpose="acknowledgement", template="ack",
                        actor=actor, context={
                            **context,
                            "request_types": types,
                            "unsubscribed": sorted(done.withdrawn),
                            "subscribe_channels": [] if found.subscribe_declined
                            else list(request.subscribe_channels),
                        })
    if isinstance(code_row, VerificationCode):  # the code knows the mail that carried it
        code_row.outbox_id = item.id
        session.add(code_row)
    done.opened, done.acknowledged = request.reference, True


__all__ = ["Acted", "LifecycleError", "act_on_labels"]
