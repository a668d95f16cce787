"""The decide stage's rule table, one behaviour at a time (no servers needed)."""

from __future__ import annotations

from bot.decide import Facts, decide
from bot.envelope import Envelope, ParsedMessage, RawMessage
from classifiers.contract import Classification

RAW = RawMessage("INBOX", 1, 1, b"")


def env(kind: str = "human", intents=(), channels=(), review=False, **parsed) -> Envelope:  # type: ignore[no-untyped-def]
    return Envelope(
        raw=RAW,
        parsed=ParsedMessage(from_addr="ann@example.com", **parsed),
        classification=Classification(
            kind=kind, intents=tuple(intents), channels=tuple(channels), needs_review=review
        ),
    )


FACTS = Facts(sender="ann@example.com")


def rules(d) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.rule for h in d.hits]


def test_robots_get_no_reply() -> None:
    for kind in ("auto_reply", "bounce", "spam"):
        d = decide(env(kind), FACTS)
        assert not d.reply and "robot" in rules(d)


def test_bounce_marks_failed_recipients() -> None:
    d = decide(env("bounce", bounced=("old@example.net",)), FACTS)
    assert d.mark_undeliverable == ("old@example.net",)


def test_robot_headers_stop_a_reply_but_reach_staff() -> None:
    facts = Facts(sender="a@x.org", robot_headers=("precedence: bulk",))
    d = decide(env(intents=["access"]), facts)
    assert not d.reply and d.to_staff


def test_web_form_relay_is_answered() -> None:
    facts = Facts(sender="person@example.org", robot_headers=("auto-submitted",),
                  web_form_relay=True)
    d = decide(env(intents=["erasure"]), facts)
    assert d.reply_template == "ack" and d.reply_to == "person@example.org"
    assert d.open_request_types == ("erasure",)


def test_unsubscribe_acts_at_once_without_a_request() -> None:
    d = decide(env(intents=["unsubscribe"], channels=["sms"]), FACTS)
    assert d.unsubscribe_channels == ("sms",) and d.open_request_types == ()
    assert d.reply_template == "ack"


def test_privacy_intents_open_one_request() -> None:
    d = decide(env(intents=["access", "erasure", "unsubscribe"], channels=["email"]), FACTS)
    assert d.open_request_types == ("access", "erasure")
    assert d.unsubscribe_channels == ("email",)


def test_other_goes_to_staff_with_a_holding_reply() -> None:
    d = decide(env(intents=["other"]), FACTS)
    assert d.to_staff and d.reply_template == "other"


def test_subscribe_and_unsubscribe_together_is_never_automatic() -> None:
    d = decide(env(intents=["subscribe", "unsubscribe"], channels=["email", "sms"]), FACTS)
    assert d.unsubscribe_channels == () and d.to_staff and d.needs_review


def test_follow_up_attaches_without_a_second_acknowledgement() -> None:
    facts = Facts(sender="ann@example.com", thread_reference="CAR-2026-00001",
                  thread_types=("access",))
    d = decide(env(intents=["access"]), facts)
    assert d.attach_to_reference == "CAR-2026-00001"
    assert not d.reply and d.open_request_types == ()


def test_follow_up_with_a_new_request_is_acknowledged() -> None:
    facts = Facts(sender="ann@example.com", thread_reference="CAR-2026-00001",
                  thread_types=("access",))
    d = decide(env(intents=["access", "erasure"]), facts)
    assert d.open_request_types == ("erasure",) and d.reply


def test_rate_limit_caps_everything() -> None:
    d = decide(env(intents=["access"]), Facts(sender="ann@example.com", replies_in_window=10))
    assert not d.reply and "rate_limit" in rules(d)
    assert d.open_request_types == ("access",)  # the request is still opened


def test_uncertain_still_acknowledged_and_reviewed() -> None:
    d = decide(env(intents=["erasure"], review=True), FACTS)
    assert d.reply and d.needs_review and d.to_staff
