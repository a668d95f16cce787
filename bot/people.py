"""Contacts, per-channel consent and the suppression list — every change ledgered.

Restriction (Art. 18) and objection (Art. 21) are flags on the contact. The recorded
consent stays as the person gave it (so it is back when a restriction is lifted), but
what may be *used* — `channels_of`, `marketing_channels` and so `preferences show` and
`preferences export` — is all channels false while either flag is set: the marketing
tools segment and track, which is processing a restriction or an objection stops.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from bot import privacy
from bot.store.base import utcnow
from bot.store.people import ConsentEvent, Contact, Preference, Secret, Suppression
from classifiers.contract import CHANNELS

log = logging.getLogger(__name__)
HASH_KEY_ENV = "BOT_HASH_KEY"


def hash_key(session: Session) -> bytes:
    """The key for address hashes: BOT_HASH_KEY, else one generated once per database."""
    env = os.environ.get(HASH_KEY_ENV)
    if env:
        return env.encode()
    cached = session.info.get(HASH_KEY_ENV)
    if cached is not None:  # one read per session (the record stage's batch)
        return cached
    with session.no_autoflush:
        row = session.get(Secret, "address_hash_key")
    if row is None:
        session.info["hash_key_created"] = True
        return _create_hash_key(session)
    if not session.info.get("hash_key_created"):  # one made here could still roll back
        session.info[HASH_KEY_ENV] = row.value.encode()
    return row.value.encode()


def _create_hash_key(session: Session) -> bytes:
    try:
        with session.begin_nested():
            row = Secret(name="address_hash_key", value=secrets.token_hex(32))
            session.add(row)
    except IntegrityError:  # another worker created it first
        found = session.get(Secret, "address_hash_key")
        assert found is not None
        row = found
    return row.value.encode()


def address_hash(session: Session, email: str) -> str:
    return hmac.new(hash_key(session), normalise(email).encode(), hashlib.sha256).hexdigest()


def keyed_digest(session: Session, value: str) -> str:
    """A keyed hash of any value that must not be stored as such (e.g. in a unique key)."""
    return hmac.new(hash_key(session), b"digest:" + value.encode(), hashlib.sha256).hexdigest()


def speaks_for(from_addr: str, reply_to: str, own_domains: Iterable[str]) -> tuple[str, bool]:
    """(whom a message speaks for, whether it is our own web form's relay).

    Its sender; for a relay — sent from one of our domains with the person in Reply-To —
    the Reply-To. Never one of our own addresses, nor a value without an "@" ("": no one).
    """
    own = {d.lower() for d in own_domains}

    def ours(address: str) -> bool:
        return address.rpartition("@")[2].lower() in own

    relay = bool(from_addr and reply_to and ours(from_addr) and not ours(reply_to))
    sender = reply_to if relay else from_addr
    if sender and (ours(sender) or "@" not in sender):
        sender = ""
    return sender, relay


def normalise(email: str) -> str:
    return email.strip().lower()


def find_contact(session: Session, email: str) -> Contact | None:
    return session.exec(select(Contact).where(Contact.email == normalise(email))).first()


def get_or_create_contact(session: Session, email: str) -> Contact:
    return find_contact(session, email) or create_contact(session, email)


def create_contact(session: Session, email: str) -> Contact:
    """A new contact (the caller knows there is none for `email`), with its id."""
    contact = Contact(email=normalise(email))
    session.add(contact)
    session.flush()
    return contact


def recorded_channels(session: Session, contact: Contact | None) -> dict[str, bool]:
    """The consent as recorded, channel by channel."""
    current = dict.fromkeys(CHANNELS, False)
    if contact is not None and contact.id is not None:
        for pref in session.exec(select(Preference).where(Preference.contact_id == contact.id)):
            current[pref.channel] = pref.opted_in
    return current


def marketing_blocked(contact: Contact | None) -> bool:
    """Restricted or objected: no channel may be used, whatever the recorded consent."""
    return bool(contact is not None and (contact.restricted or contact.objected))


def channels_of(session: Session, contact: Contact | None) -> dict[str, bool]:
    """The channels marketing may use now (recorded consent, honouring the flags)."""
    if marketing_blocked(contact):
        return dict.fromkeys(CHANNELS, False)
    return recorded_channels(session, contact)


def marketing_channels(session: Session, contacts: Iterable[Contact]) -> dict[int, dict[str, bool]]:
    """`channels_of` for many contacts in one query (for `preferences export`)."""
    wanted = {c.id: c for c in contacts if c.id is not None}
    current = {cid: dict.fromkeys(CHANNELS, False) for cid in wanted}
    for pref in session.exec(select(Preference)):
        contact = wanted.get(pref.contact_id)
        if contact is not None and not marketing_blocked(contact):
            current[pref.contact_id][pref.channel] = pref.opted_in
    return current


def is_suppressed(session: Session, email: str) -> bool:
    return session.get(Suppression, address_hash(session, email)) is not None


def suppress(session: Session, email: str, reason: str) -> None:
    """Never market to this address again (kept as a keyed hash, ICO guidance)."""
    key = address_hash(session, email)
    if session.get(Suppression, key) is None:
        session.add(Suppression(email_hash=key, reason=reason[:40]))


@dataclass(frozen=True)
class ConsentSource:
    """How a change came about, for the ledger (Art. 7(1))."""

    source: str  # message | import | staff | confirmation
    wording: str
    actor: str = "bot"
    message_id: int | None = None
    request_reference: str = ""


def set_channels(
    session: Session,
    contact: Contact,
    changes: dict[str, bool],
    how: ConsentSource,
) -> list[str]:
    """Apply per-channel consent; ledger each real change. Returns the channels changed.

    Opting in is refused for a suppressed address (it may never be marketed again).
    """
    assert contact.id is not None
    if any(changes.values()) and is_suppressed(session, contact.email):
        raise SuppressedAddress(contact.id)
    existing = {
        p.channel: p
        for p in session.exec(select(Preference).where(Preference.contact_id == contact.id))
    }
    # rows added earlier in this transaction and not flushed yet (the pipeline records a
    # message without autoflush): a code reply classified as a stop withdraws, then the
    # confirmation subscribes the same channel, and two new rows would break the unique key
    existing.update({
        obj.channel: obj for obj in session.new
        if isinstance(obj, Preference) and obj.contact_id == contact.id
    })
    email_hash = address_hash(session, contact.email)
    changed: list[str] = []
    for channel in sorted(changes):
        wanted = changes[channel]
        pref = existing.get(channel)
        if pref is not None and pref.opted_in == wanted:
            continue
        if pref is None:
            pref = Preference(contact_id=contact.id, channel=channel, opted_in=wanted)
            if not wanted:  # recording a withdrawal for a channel never consented to
                session.add(pref)
                session.add(_event(contact, email_hash, channel, wanted, how))
                changed.append(channel)
                continue
        pref.opted_in = wanted
        pref.updated_at = utcnow()
        session.add(pref)
        session.add(_event(contact, email_hash, channel, wanted, how))
        changed.append(channel)
    if changed:
        contact.updated_at = utcnow()
        session.add(contact)
    return changed


def withdraw(
    session: Session, contact: Contact, channels: Iterable[str], how: ConsentSource
) -> list[str]:
    return set_channels(session, contact, dict.fromkeys(channels, False), how)


def subscribe(
    session: Session, contact: Contact, channels: Iterable[str], how: ConsentSource
) -> list[str]:
    """Opt in (after a confirmed double opt-in). A suppressed address is refused: the
    refusal is audited (no address in it) and SuppressedAddress raised."""
    if is_suppressed(session, contact.email):
        privacy.audit(session, "preferences.opt_in_refused", f"contact:{contact.id}",
                      actor=how.actor, reason="suppressed", source=how.source)
        log.info("opt-in refused for contact=%s: suppressed", contact.id)
        raise SuppressedAddress(contact.id)
    return set_channels(session, contact, dict.fromkeys(channels, True), how)


def _event(
    contact: Contact, email_hash: str, channel: str, opted_in: bool, how: ConsentSource
) -> ConsentEvent:
    return ConsentEvent(
        email_hash=email_hash,
        contact_id=contact.id,
        channel=channel,
        opted_in=opted_in,
        source=how.source,
        source_message_id=how.message_id,
        actor=how.actor,
        wording=how.wording,
        request_reference=how.request_reference,
    )


class SuppressedAddress(Exception):
    """An opt-in for an address on the suppression list."""
