"""The decide stage's lifecycle rules, one behaviour at a time (no servers needed)."""

from __future__ import annotations

from bot.decide import Facts, decide
from bot.envelope import Envelope, ParsedMessage, RawMessage
from classifiers.contract import Classification

RAW = RawMessage("INBOX", 1, 1, b"")
THREAD = {"thread_reference": "CAR-2026-00001", "thread_types": ("access",)}


def env(intents=("other",), review=False, kind="human") -> Envelope:  # type: ignore[no-untyped-def]
    return Envelope(
        raw=RAW,
        parsed=ParsedMessage(from_addr="ann@example.com"),
        classification=Classification(kind=kind, intents=tuple(intents), needs_review=review),
    )


def rules(d) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.rule for h in d.hits]


def test_a_code_reply_is_understood_and_not_answered() -> None:
    facts = Facts(sender="ann@example.com", confirms_code=7, **THREAD)  # type: ignore[arg-type]
    d = decide(env(review=True), facts)
    assert "confirmation" in rules(d) and d.attach_to_reference == "CAR-2026-00001"
    assert not d.reply and not d.to_staff and not d.needs_review  # nothing for staff either
    assert "other" not in rules(d) and "uncertain" not in rules(d)


def test_a_code_reply_that_asks_for_more_is_acknowledged_for_the_new_request() -> None:
    facts = Facts(sender="ann@example.com", confirms_code=7, **THREAD)  # type: ignore[arg-type]
    d = decide(env(intents=["erasure"]), facts)
    assert d.open_request_types == ("erasure",) and d.reply_template == "ack"


def test_without_a_code_a_thread_reply_goes_to_staff_unanswered() -> None:
    d = decide(env(), Facts(sender="ann@example.com", **THREAD))  # type: ignore[arg-type]
    assert "confirmation" not in rules(d) and d.to_staff and not d.reply


def test_the_identity_question_is_explained_to_staff() -> None:
    known = decide(env(intents=["access"]), Facts(sender="a@x.org", sender_verified="dmarc=pass"))
    hit = next(h for h in known.hits if h.rule == "identity")
    assert "verified" in hit.reason and "dmarc=pass" in hit.reason
    unknown = decide(env(intents=["erasure"]), Facts(sender="a@x.org"))
    assert "one-time code" in next(h for h in unknown.hits if h.rule == "identity").reason
    assert "identity" not in rules(decide(env(intents=["objection"]), Facts(sender="a@x.org")))


def test_robots_never_confirm() -> None:
    facts = Facts(sender="ann@example.com", confirms_code=7, **THREAD)  # type: ignore[arg-type]
    d = decide(env(kind="auto_reply"), facts)
    assert "confirmation" not in rules(d) and not d.reply
