"""Every reply template renders in every language, keeps the English promises, leaves no English.

The English templates are the reference: each translation must render with the same context
(StrictUndefined catches a missing variable), carry the reference, the due date formatted in
its own language and its own channel names, have as many paragraphs and date promises as the
English text, and contain none of the English wording.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from babel.dates import format_date

from bot.config import CompanySettings
from bot.privacy import REQUEST_TYPES
from bot.reply import Rendered, Replies
from classifiers.contract import CHANNELS

REPLIES = Path(__file__).resolve().parents[1] / "replies"
LANGUAGES = sorted(p.name for p in REPLIES.iterdir() if (p / "words.json").is_file())
TEMPLATES = sorted(p.name.removesuffix(".txt.j2") for p in (REPLIES / "en").glob("*.txt.j2"))
COMPANY = CompanySettings()
BABEL_LOCALE = {"en": "en_GB", "pt": "pt_PT"}  # British English, European Portuguese
DUE = date(2026, 12, 29)
EXPIRES = date(2026, 12, 8)  # a one-time code's last day (Italian: "fino all'8 ...")
REFERENCE = "CAR-2026-00042"
NAME = "Zofia"
CODE = "4821-0397"
LINK = "https://privacy.carerra.co/verify?token=Qm9vZ2llLXdvb2dpZQ"
ATTACHMENT = "personal-data-{reference}.zip"  # as bot.lifecycle.export names it
QUESTION = "1) ORD-2026-7731?\n2) +44 7700 900123?"

# Words and phrases of the English templates that must not survive in a translation.
# Matched case-insensitively as whole words, after proper names and addresses are removed;
# words that are also words in one of our languages (message, post, team, data, marketing,
# format, SMS, in, is, to, we ...) are deliberately absent.
ENGLISH_MARKERS = (
    "We have", "We will", "Thank you", "Kind regards", "Dear", "Hello", "Privacy Team",
    "request", "your data", "personal data", "reply by", "received",
    "automatic", "identity", "reference", "subject line", "text message", "telephone",
    "email", "confirm", "delete", "correct", "complain", "objected", "restrict",
    "machine-readable", "takes effect", "on its way", "few days", "news", "personally",
    "passed", "the", "you", "your", "our", "and", "with", "have", "asked", "please",
)


def base(**overrides: Any) -> dict[str, Any]:
    context: dict[str, Any] = {
        "name": NAME,
        "reference": REFERENCE,
        "request_types": [],
        "unsubscribed": [],
        "subscribe_channels": [],
        "needs_review": False,
        "due": DUE,
        # the lifecycle's variables (bot.lifecycle.mailer.TEMPLATE_DEFAULTS), neutral here
        "code": "",
        "link": "",
        "code_expires": "",
        "verify_identity": False,
        "confirm_subscription": False,
        "clock_waits": False,
        "subscribe_declined": False,
        "reminder": False,
        "outcome": "",
        "reason": "",
        "authority": COMPANY.supervisory_authority,
        "erased": False,
        "question": "",
        "clock_paused": False,
        "attachment": "",
    }
    context.update(overrides)
    return context


# What each lifecycle template is never sent without (filled in where a scenario leaves
# it empty): a code and its expiry, a question, a reason, an outcome, an attachment.
# REASON and EXPIRES are written in the template's language (see `localised`).
REASON = "reasons.identity_not_verified"
REQUIRED: dict[str, dict[str, Any]] = {
    "verify": {"code": CODE, "code_expires": EXPIRES, "verify_identity": True},
    "clarification": {"question": QUESTION},
    "extension": {"reason": REASON, "due": DUE},
    "export": {"attachment": ATTACHMENT},
    "closed": {"outcome": "completed"},
    "restriction_lifted": {"reason": REASON},
}


SCENARIOS: dict[str, dict[str, Any]] = {
    **{f"only-{kind}": base(request_types=[kind]) for kind in REQUEST_TYPES},
    "several-types-unsubscribe-two": base(
        request_types=["access", "erasure", "objection"], unsubscribed=["email", "sms"]
    ),
    "unsubscribe-one-no-reference": base(reference="", unsubscribed=["email"], due=None),
    "unsubscribe-all-no-name": base(
        name="", reference="", unsubscribed=list(CHANNELS), due=None
    ),
    "subscribe-two-channels": base(
        request_types=["subscribe"], subscribe_channels=["email", "post"]
    ),
    "subscribe-one-channel-no-name": base(
        name="", request_types=["subscribe"], subscribe_channels=["sms"]
    ),
    "needs-review": base(request_types=["complaint"], needs_review=True),
    "needs-review-no-request": base(reference="", needs_review=True, due=None),
    "everything": base(
        request_types=list(REQUEST_TYPES),
        unsubscribed=["phone", "post"],
        subscribe_channels=list(CHANNELS),
        needs_review=True,
    ),
    "other-no-name-no-reference": base(name="", reference="", due=None),
    # the lifecycle: identity codes in the acknowledgement, double opt-in, closing
    "verify-identity-uk": base(
        request_types=["access"], code=CODE, code_expires=EXPIRES, verify_identity=True,
        clock_waits=True,
    ),
    "verify-identity-link-eu": base(
        request_types=["erasure", "rectification"], code=CODE, link=LINK,
        code_expires=date(2027, 3, 1), verify_identity=True,
    ),
    "verify-identity-and-subscribe": base(
        request_types=["access", "subscribe"], subscribe_channels=["email"], code=CODE,
        code_expires=date(2027, 3, 11), verify_identity=True, confirm_subscription=True,
        clock_waits=True,
    ),
    "confirm-subscription-only": base(
        name="", request_types=["subscribe"], subscribe_channels=["email", "sms"], code=CODE,
        link=LINK, code_expires=EXPIRES, confirm_subscription=True,
    ),
    "subscribe-declined": base(request_types=["subscribe"], subscribe_declined=True),
    "reminder-with-link": base(
        request_types=["access"], code=CODE, link=LINK, code_expires=EXPIRES,
        verify_identity=True, reminder=True, clock_waits=True,
    ),
    "closed-completed-with-note": base(request_types=["rectification"], outcome="completed",
                                       reason=REASON),
    "closed-refused": base(request_types=["access"], outcome="refused", reason=REASON),
    "closed-withdrawn-no-name": base(name="", request_types=["erasure"], outcome="withdrawn"),
    "closed-erased": base(request_types=["erasure"], outcome="completed", erased=True),
    "clarification-paused": base(request_types=["access"], question=QUESTION,
                                 clock_paused=True),
    "extension-on-the-8th": base(request_types=["access"], reason=REASON,
                                 due=date(2027, 3, 8)),
}


@pytest.fixture(scope="module")
def replies() -> Replies:
    return Replies(REPLIES, COMPANY)


def words(language: str) -> dict[str, Any]:
    return json.loads((REPLIES / language / "words.json").read_text("utf-8"))


def long_date(day: date, language: str) -> str:
    return format_date(day, format="long", locale=BABEL_LOCALE.get(language, language))


def render(replies: Replies, template: str, language: str, context: dict[str, Any]) -> Rendered:
    return replies.render(template, language, **localised(template, language, context))


def localised(template: str, language: str, context: dict[str, Any]) -> dict[str, Any]:
    """The context as the bot passes it: required values filled, dates and the standard
    reason written in the template's language (bot.lifecycle does the same)."""
    out = dict(context)
    for key, value in REQUIRED.get(template, {}).items():
        if not out.get(key):
            out[key] = value
    if template == "export":
        out["attachment"] = ATTACHMENT.format(reference=out["reference"] or "export")
    lang = language if language in LANGUAGES else "en"
    if isinstance(out.get("code_expires"), date):
        out["code_expires"] = long_date(out["code_expires"], lang)
    if out.get("reason") == REASON:
        out["reason"] = words(lang)["reasons"]["identity_not_verified"]
    return out


def without_proper_names(text: str, context: dict[str, Any]) -> str:
    for value in (
        COMPANY.postal_address, COMPANY.privacy_address, COMPANY.name,
        COMPANY.supervisory_authority, LINK, "personal-data-",
    ):
        text = text.replace(value, " ")
    for value in (context["reference"], context["name"]):
        if value:
            text = text.replace(value, " ")
    return text


def english_left(text: str) -> list[str]:
    return [
        marker
        for marker in ENGLISH_MARKERS
        if re.search(rf"(?<![\w-]){re.escape(marker)}(?![\w-])", text, re.IGNORECASE)
    ]


# --- the language directories -------------------------------------------------------

def test_all_languages_are_there() -> None:
    assert set(LANGUAGES) == {"en", "de", "fr", "es", "it", "nl", "pt", "pl"}
    assert {"ack", "other"} <= set(TEMPLATES)
    assert set(REQUIRED) <= set(TEMPLATES)  # the lifecycle's templates


def test_scenarios_pass_every_variable_the_lifecycle_uses() -> None:
    from bot.lifecycle.mailer import TEMPLATE_DEFAULTS

    for scenario in SCENARIOS.values():
        assert set(TEMPLATE_DEFAULTS) <= set(scenario)


@pytest.mark.parametrize("language", LANGUAGES)
def test_same_template_files_in_every_language(language: str) -> None:
    files = sorted(p.name for p in (REPLIES / language).iterdir())
    assert files == sorted(p.name for p in (REPLIES / "en").iterdir())


@pytest.mark.parametrize("language", LANGUAGES)
def test_words_name_every_channel(language: str) -> None:
    w = words(language)
    assert set(w["channels"]) == set(CHANNELS)
    assert all(isinstance(v, str) and v.strip() for v in w["channels"].values())
    assert isinstance(w["and"], str) and w["and"].strip()
    # the standard reasons the bot gives itself, as full sentences
    assert set(w["reasons"]) == set(words("en")["reasons"])
    assert all(v.strip().endswith(".") for v in w["reasons"].values())


# --- every template, every language, every scenario ---------------------------------

@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_renders(replies: Replies, language: str, template: str, scenario: str) -> None:
    context = SCENARIOS[scenario]
    out = render(replies, template, language, context)
    english = render(replies, template, "en", context)
    assert out.language == language

    # a non-empty one-line subject, a body with no template debris
    assert out.subject and out.subject == out.subject.strip()
    assert "\n" not in out.subject and "\r" not in out.subject
    assert out.body.strip()
    for debris in ("{{", "}}", "{%", "%}", "%s", "None", "  ", " .", " ,", "\n\n\n"):
        assert debris not in out.subject + "\n" + out.body, (debris, out.body)

    # the layout survives the template tags (trim_blocks eats the newline after a tag):
    # a greeting line, a blank line, and a blank line before the closing paragraph
    lines = out.body.split("\n")
    assert lines[0].endswith((",", ":")) and lines[1] == "", out.body
    assert "\n\n" in out.body.rstrip().rsplit("\n\n", 1)[0], out.body

    context = localised(template, language, context)
    reference = context["reference"]
    if reference:
        keep = max(i for i, line in enumerate(lines) if reference in line)
        assert lines[keep - 1] == "", out.body  # "keep the reference" is its own paragraph
    if reference:
        assert out.subject.startswith(f"[{reference}] ")
        assert reference in out.body
    else:
        assert not out.subject.startswith("[")
        assert "CAR-" not in out.body

    # the same structure and the same number of date promises as the English text
    assert out.body.count("\n\n") == english.body.count("\n\n"), out.body
    if context["due"]:
        en_due = long_date(context["due"], "en")
        assert out.body.count(long_date(context["due"], language)) == english.body.count(en_due)
    if template == "ack" and set(context["request_types"]) - {"subscribe"}:
        assert long_date(context["due"], language) in out.body  # e.g. "29. Dezember 2026"

    if template == "ack":
        channels = words(language)["channels"]
        shown = list(context["unsubscribed"])
        if "subscribe" in context["request_types"]:
            shown += context["subscribe_channels"]
        for channel in shown:
            assert channels[channel] in out.body, (channel, out.body)

    if language != "en":
        text = without_proper_names(f"{out.subject}\n{out.body}", context)
        assert english_left(text) == [], out.body


def test_english_markers_come_from_the_english_templates(replies: Replies) -> None:
    """A marker that the English text never uses would guard nothing."""
    english = " ".join(
        without_proper_names(f"{r.subject}\n{r.body}", context)
        for context in SCENARIOS.values()
        for template in TEMPLATES
        for r in [render(replies, template, "en", context)]
    )
    unused = [m for m in ENGLISH_MARKERS if m not in english_left(english)]
    assert unused == []


def test_due_date_is_formatted_in_the_template_language(replies: Replies) -> None:
    context = base(request_types=["access"])
    expected = {
        "en": "29 December 2026",
        "de": "29. Dezember 2026",
        "fr": "29 décembre 2026",
        "es": "29 de diciembre de 2026",
        "it": "29 dicembre 2026",
        "nl": "29 december 2026",
        "pt": "29 de dezembro de 2026",
        "pl": "29 grudnia 2026",
    }
    for language in LANGUAGES:
        assert expected[language] in render(replies, "ack", language, context).body


def test_dates_read_naturally(replies: Replies) -> None:
    """Italian elides the article before 8 and 11; French writes the first of the month 1er."""
    for day, phrase in ((8, "entro l'8 marzo 2027"), (11, "entro l'11 marzo 2027"),
                        (9, "entro il 9 marzo 2027")):
        out = render(replies, "ack", "it", base(request_types=["access"], due=date(2027, 3, day)))
        assert phrase in out.body
    out = render(replies, "ack", "fr", base(request_types=["access"], due=date(2027, 3, 1)))
    assert "d'ici le 1er mars 2027" in out.body


def test_channel_list_uses_the_language_word_for_and(replies: Replies) -> None:
    for language in LANGUAGES:
        w = words(language)
        body = render(replies, "ack", language, base(unsubscribed=list(CHANNELS))).body
        names = [w["channels"][c] for c in CHANNELS]
        assert f"{', '.join(names[:-1])} {w['and']} {names[-1]}" in body


def test_unknown_language_falls_back_to_english(replies: Replies) -> None:
    context = base(request_types=["access"], unsubscribed=["email"])
    out = render(replies, "ack", "xx", context)
    english = render(replies, "ack", "en", context)
    assert out.language == "en"
    assert (out.subject, out.body) == (english.subject, english.body)
    assert "29 December 2026" in out.body


def test_unknown_template_is_an_error(replies: Replies) -> None:
    with pytest.raises(LookupError):
        render(replies, "no-such-template", "de", base())
