"""The contract between the mailbox and everything after it (shared/spec/labels.md).

`classifiers` is a standalone package: it knows nothing about IMAP, the database or
the bot. It takes a `MailInput` (what the parse stage extracted) and returns a
`Classification`. The bot imports these two types; nothing here imports the bot.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

KINDS: tuple[str, ...] = ("human", "auto_reply", "bounce", "spam")
INTENTS: tuple[str, ...] = (
    "unsubscribe",
    "subscribe",
    "access",
    "erasure",
    "rectification",
    "portability",
    "restriction",
    "objection",
    "complaint",
    "other",
)
CHANNELS: tuple[str, ...] = ("email", "sms", "post", "phone")
LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pt", "pl")


@dataclass(frozen=True)
class MailInput:
    """What the classifier may look at for one message.

    `body` is only what the sender wrote now: quoted history and signatures are
    already removed by the parse stage. `full_text` is the whole decoded body (quotes
    included) for robots whose evidence sits in quoted or attached parts (bounces).
    Header names in `headers` are lower-case; a header that occurs several times keeps
    its values joined by "\\n".
    """

    subject: str = ""
    body: str = ""
    sender: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)
    full_text: str = ""
    content_type: str = "text/plain"
    report_type: str = ""  # e.g. "delivery-status" for multipart/report
    attachment_types: tuple[str, ...] = ()
    # recipients a bounce detector (flufl.bounce) found in the message, if any
    bounced: tuple[str, ...] = ()
    # the caller found its own reference (e.g. "[CAR-2026-00042]") in the subject: the
    # sender answers mail of ours (as In-Reply-To / References to our domain also tell)
    answers_us: bool = False


@dataclass(frozen=True)
class Classification:
    kind: str
    intents: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    language: str = "en"
    scores: Mapping[str, float] = field(default_factory=dict)
    needs_review: bool = False
    # short machine-readable reasons, e.g. "header:auto-submitted", "negated:erasure"
    evidence: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The machine-readable form printed by `python -m bot classify`."""
        return {
            "kind": self.kind,
            "intents": sorted(self.intents),
            "channels": sorted(self.channels),
            "language": self.language,
            "scores": {k: round(float(v), 4) for k, v in sorted(self.scores.items())},
            "needs_review": self.needs_review,
        }
