"""The decide stage: a table of small rules, each with a check and a reason.

Every rule that fires is stored with the message and shown to staff, so each
automatic action explains itself. Rules read the envelope and `Facts` (what the store
knows about the sender and the thread); they never touch the database themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.envelope import Decision, Envelope, RuleHit
from bot.privacy import IDENTITY_TYPES, REQUEST_TYPES


@dataclass(frozen=True)
class Facts:
    """What the record stage looked up before deciding."""

    sender: str  # who we would answer (From, or Reply-To of our own web-form relay)
    robot_headers: tuple[str, ...] = ()  # mail-hygiene.md reasons never to auto-answer
    web_form_relay: bool = False
    thread_reference: str = ""  # the request this message follows up, if any
    thread_types: tuple[str, ...] = ()
    replies_in_window: int = 0
    rate_limit: int = 10
    undeliverable: bool = False
    # identity (bot.lifecycle.verification): why the sender counts as verified — an address
    # we held before, DMARC/DKIM passing at our server — and the pending one-time code
    # this message carries, if any (a reply confirming the address or a sign-up)
    sender_verified: str = ""
    confirms_code: int | None = None
    contact_id: int | None = None  # the sender's contact, if we hold one (for record)


Check = Callable[[Envelope, Facts], str | None]
Act = Callable[[Decision, Envelope, Facts], Decision]


@dataclass(frozen=True)
class Rule:
    name: str
    check: Check  # returns the reason when the rule fires
    act: Act
    final: bool = False  # no later rule runs after this one fires


def _kind(env: Envelope) -> str:
    return env.classification.kind if env.classification else "human"


def _intents(env: Envelope) -> set[str]:
    return set(env.classification.intents) if env.classification else set()


def _new_types(env: Envelope, facts: Facts) -> list[str]:
    return sorted((_intents(env) & set(REQUEST_TYPES)) - set(facts.thread_types))


# --- checks -----------------------------------------------------------------------

def follows_up(env: Envelope, facts: Facts) -> str | None:
    return f"follows up {facts.thread_reference}" if facts.thread_reference else None


def bounce(env: Envelope, facts: Facts) -> str | None:
    return "delivery failure report" if _kind(env) == "bounce" else None


def robot(env: Envelope, facts: Facts) -> str | None:
    kind = _kind(env)
    return f"kind is {kind}: robots get no reply" if kind != "human" else None


def robot_headers(env: Envelope, facts: Facts) -> str | None:
    if facts.robot_headers and not facts.web_form_relay:
        return "never auto-answer: " + ", ".join(facts.robot_headers)
    return None


def mixed_subscription(env: Envelope, facts: Facts) -> str | None:
    if {"subscribe", "unsubscribe"} <= _intents(env):
        return "asks to subscribe and unsubscribe: a person decides"
    return None


def unsubscribe(env: Envelope, facts: Facts) -> str | None:
    if "unsubscribe" in _intents(env) and env.classification:
        return "marketing withdrawn for " + ", ".join(env.classification.channels or ("email",))
    return None


def privacy_request(env: Envelope, facts: Facts) -> str | None:
    new = _new_types(env, facts)
    return "opens a request for " + ", ".join(new) if new else None


def other(env: Envelope, facts: Facts) -> str | None:
    if facts.confirms_code is not None:
        return None  # a code reply is understood: nothing for staff to read
    return "not a privacy request: staff will read it" if _intents(env) <= {"other"} else None


def confirmation(env: Envelope, facts: Facts) -> str | None:
    if facts.confirms_code is None:
        return None
    return f"carries the one-time code for {facts.thread_reference}: the address is confirmed"


def identity(env: Envelope, facts: Facts) -> str | None:
    """Explain, for staff, how the new request's identity question was settled."""
    if not set(_new_types(env, facts)) & IDENTITY_TYPES:
        return None
    if facts.sender_verified:
        return f"identity verified: an address we hold, {facts.sender_verified} at our server"
    return "identity not verified: the acknowledgement asks for a one-time code"


def uncertain(env: Envelope, facts: Facts) -> str | None:
    if facts.confirms_code is not None and _intents(env) <= {"other"}:
        return None  # a bare code reply is understood, whatever the classifier thinks
    if env.classification and env.classification.needs_review:
        return "the classifier is not sure"
    return None


def defects(env: Envelope, facts: Facts) -> str | None:
    return "malformed message: " + "; ".join(env.parsed.defects) if env.parsed.defects else None


def no_sender(env: Envelope, facts: Facts) -> str | None:
    return None if facts.sender else "no usable sender address"


def undeliverable(env: Envelope, facts: Facts) -> str | None:
    return "the address bounced earlier" if facts.undeliverable else None


def rate_limited(env: Envelope, facts: Facts) -> str | None:
    if facts.replies_in_window >= facts.rate_limit:
        return f"{facts.replies_in_window} replies to this address already in the window"
    return None


# --- actions ----------------------------------------------------------------------

def attach(d: Decision, env: Envelope, facts: Facts) -> Decision:
    return replace(d, attach_to_reference=facts.thread_reference)


def mark_bounced(d: Decision, env: Envelope, facts: Facts) -> Decision:
    return replace(d, mark_undeliverable=env.parsed.bounced)


def note(d: Decision, env: Envelope, facts: Facts) -> Decision:
    return d  # the hit itself is the point: it is stored and shown to staff


def no_reply(d: Decision, env: Envelope, facts: Facts) -> Decision:
    return replace(d, reply_template="")


def no_reply_to_staff(d: Decision, env: Envelope, facts: Facts) -> Decision:
    return replace(d, reply_template="", to_staff=True, needs_review=True)


def review(d: Decision, env: Envelope, facts: Facts) -> Decision:
    return replace(d, to_staff=True, needs_review=True)


def withdraw(d: Decision, env: Envelope, facts: Facts) -> Decision:
    assert env.classification is not None
    channels = env.classification.channels or ("email",)
    return replace(d, unsubscribe_channels=tuple(sorted(channels)))


def open_request(d: Decision, env: Envelope, facts: Facts) -> Decision:
    return replace(d, open_request_types=tuple(_new_types(env, facts)))


def acknowledge_other(d: Decision, env: Envelope, facts: Facts) -> Decision:
    if facts.thread_reference:  # a follow-up: staff read it, no second acknowledgement
        return replace(d, to_staff=True)
    return replace(d, to_staff=True, reply_template="other", reply_to=facts.sender)


def acknowledge(d: Decision, env: Envelope, facts: Facts) -> Decision:
    return replace(d, reply_template="ack", reply_to=facts.sender)


def new_action(env: Envelope, facts: Facts) -> str | None:
    """Acknowledge when the message asks for something the thread has not had yet."""
    if facts.thread_reference and not _new_types(env, facts) and "unsubscribe" not in _intents(
        env
    ):
        return None
    if _intents(env) <= {"other"}:
        return None
    return "acknowledge receipt once"


# The table, in order. Reading it top to bottom tells what the bot does with a message.
RULES: tuple[Rule, ...] = (
    Rule("thread", follows_up, attach),
    Rule("bounce", bounce, mark_bounced),
    Rule("robot", robot, no_reply, final=True),
    Rule("robot_headers", robot_headers, no_reply_to_staff, final=True),
    Rule("no_sender", no_sender, no_reply_to_staff, final=True),
    Rule("confirmation", confirmation, note),
    Rule("malformed", defects, review),
    Rule("mixed_subscription", mixed_subscription, review),
    Rule("unsubscribe", lambda e, f: None if mixed_subscription(e, f) else unsubscribe(e, f),
         withdraw),
    Rule("privacy_request", privacy_request, open_request),
    Rule("identity", identity, note),
    Rule("uncertain", uncertain, review),
    Rule("other", other, acknowledge_other),
    Rule("acknowledge", new_action, acknowledge),
    Rule("undeliverable", undeliverable, no_reply),
    Rule("rate_limit", rate_limited, no_reply),
)


def decide(env: Envelope, facts: Facts, rules: tuple[Rule, ...] = RULES) -> Decision:
    decision = Decision()
    hits: list[RuleHit] = []
    for rule in rules:
        reason = rule.check(env, facts)
        if reason is None:
            continue
        hits.append(RuleHit(rule.name, reason))
        decision = rule.act(decision, env, facts)
        if rule.final:
            break
    return replace(decision, hits=tuple(hits))
