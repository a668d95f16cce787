"""The typed envelope one message carries from stage to stage.

Each stage adds its part and never mutates what an earlier stage produced:
`RawMessage` (fetch) -> `ParsedMessage` (parse) -> `Classification` (classify)
-> `Decision` (decide). `Envelope` bundles them for the record and reply stages.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from classifiers.contract import Classification, MailInput


@dataclass(frozen=True)
class RawMessage:
    """A message as it came off the server, before anything reads it."""

    mailbox: str
    uidvalidity: int
    uid: int
    raw: bytes
    truncated: bool = False  # over imap.max_message_bytes: only the first bytes, to triage
    internal_date: datetime | None = None  # when our server received it (IMAP INTERNALDATE)


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class AuthResult:
    """One result from our own server's Authentication-Results header (RFC 8601)."""

    method: str  # "spf", "dkim", "dmarc"
    result: str  # "pass", "fail", ...
    domain: str = ""  # header.d / header.from / smtp.mailfrom


# What the classifier is handed is bounded whatever the mail: its cost grows with the
# text (spaCy over 200,000 characters takes seconds), and intents, kind and language
# show in the first pages. Staff still see the whole text.
CLASSIFIER_TEXT_CAP = 20_000  # characters of body and of full text
CLASSIFIER_HEADER_CAP = 8_000  # characters of one header's (joined) values


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str = ""
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    subject: str = ""
    from_addr: str = ""  # lower-cased address, "" when missing or unparseable
    from_name: str = ""
    reply_to: str = ""
    to: tuple[str, ...] = ()
    date: datetime | None = None
    # every header, names lower-cased, values decoded (RFC 2047) and unfolded;
    # a repeated header keeps one entry per occurrence
    headers: tuple[tuple[str, str], ...] = ()
    text: str = ""  # the whole body as text (HTML converted), quotes included
    new_text: str = ""  # what the sender wrote now: quotes and signature stripped
    html: str = ""  # the original HTML part, if any (for safe display only)
    content_type: str = "text/plain"
    report_type: str = ""  # "delivery-status" for RFC 3464 reports
    attachments: tuple[Attachment, ...] = ()
    auth_results: tuple[AuthResult, ...] = ()  # only those from our authserv-id
    our_reference: str = ""  # e.g. "CAR-2026-00042" found in the subject
    defects: tuple[str, ...] = ()  # what was wrong with the MIME, for staff
    bounced: tuple[str, ...] = ()  # failed recipients found by flufl.bounce
    size: int = 0  # bytes of the raw message

    def header(self, name: str) -> str:
        """All values of one header joined by newlines ("" when absent)."""
        name = name.lower()
        return "\n".join(v for k, v in self.headers if k == name)

    def to_mail_input(self) -> MailInput:
        merged: dict[str, str] = {}
        for k, v in self.headers:
            if len(merged.get(k, "")) < CLASSIFIER_HEADER_CAP:
                merged[k] = f"{merged[k]}\n{v}" if k in merged else v
        return MailInput(
            subject=self.subject[:CLASSIFIER_HEADER_CAP],
            body=self.new_text[:CLASSIFIER_TEXT_CAP],
            sender=self.from_addr,
            headers={k: v[:CLASSIFIER_HEADER_CAP] for k, v in merged.items()},
            full_text=self.text[:CLASSIFIER_TEXT_CAP],
            content_type=self.content_type,
            report_type=self.report_type,
            attachment_types=tuple(a.content_type for a in self.attachments),
            bounced=self.bounced,
            answers_us=bool(self.our_reference),
        )


@dataclass(frozen=True)
class RuleHit:
    rule: str
    reason: str


@dataclass(frozen=True)
class Decision:
    """What the decide stage concluded, with the rules that fired."""

    reply_template: str = ""  # "ack", "other", ...; "" sends nothing
    reply_to: str = ""  # where the reply goes (Reply-To of a web-form relay, else From)
    unsubscribe_channels: tuple[str, ...] = ()
    open_request_types: tuple[str, ...] = ()  # privacy intents needing a request
    attach_to_reference: str = ""  # thread to an existing request
    mark_undeliverable: tuple[str, ...] = ()  # addresses a bounce reports as failed
    to_staff: bool = False  # lands in the triage queue for a person
    needs_review: bool = False
    hits: tuple[RuleHit, ...] = ()

    @property
    def reply(self) -> bool:
        return bool(self.reply_template)


@dataclass(frozen=True)
class Envelope:
    raw: RawMessage
    row_id: int | None = None  # the stored inbound_message row
    parsed: ParsedMessage = field(default_factory=ParsedMessage)
    classification: Classification | None = None
    decision: Decision = field(default_factory=Decision)
    error: str = ""  # set when a stage failed; the message goes to triage

    def with_(self, **changes: object) -> Envelope:
        return replace(self, **changes)  # type: ignore[arg-type]
