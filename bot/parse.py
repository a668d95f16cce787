"""The parse stage: raw RFC 5322 bytes -> `ParsedMessage`.

`parse()` never raises on bad mail except `ParseError` when there is nothing usable at
all; every other problem is a short reason in `ParsedMessage.defects` and parsing goes
on. It is pure and bounded: attachments are measured, not decoded; text is capped.
MIME splitting lives in bot/mime.py, charsets and header values in bot/charsets.py,
HTML rendering and quote stripping in bot/quotes.py.
"""

from __future__ import annotations

import email
import re
from datetime import UTC, datetime
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime

import authres
from flufl.bounce import scan_message

from bot.charsets import clean_text, decode_text, header_text, unflow
from bot.envelope import Attachment, AuthResult, ParsedMessage
from bot.mime import (
    ENCODED_CAP,
    MIME_TOKEN,
    TEXT_CAP,
    Defects,
    Part,
    approx_size,
    skeleton,
    split_message,
    transfer_decode,
)
from bot.quotes import HTML_SCAN_CAP, html_to_text, strip_quotes

__all__ = ["ParseError", "parse"]

OVERSIZE_READ = 1024 * 1024  # what is read of a message larger than max_bytes
HTML_CAP = 200_000  # characters of original HTML kept for display
_MAIL_HEADERS = frozenset(
    {"from", "to", "cc", "subject", "date", "message-id", "received", "return-path",
     "mime-version", "content-type", "sender", "reply-to", "in-reply-to", "references"}
)  # fmt: skip
_BODY_TYPES = frozenset({"text/plain", "text/html"})
# machine-readable report parts: listed as attachments, and their text kept for bounces
_REPORT_TYPES = frozenset(
    {
        "message/delivery-status",
        "message/global-delivery-status",
        "text/rfc822-headers",
        "message/disposition-notification",
        "message/feedback-report",
    }
)
_ADDRESS = re.compile(r"[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]+")
MAX_ADDRESS = 320  # characters: 64 local part + @ + 255 domain (RFC 5321)
_LONG_RUN = re.compile(rf"[^\s<>(),;:\"\[\]]{{{MAX_ADDRESS + 1},}}")
ADDRESS_HEADER_CAP = 64 * 1024  # characters of one address header read (~2,000 addresses)
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset=[\"']?([\w.:-]{1,40})", re.IGNORECASE)


class ParseError(ValueError):
    """Nothing usable: empty input, or not an email message at all."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse(
    raw: bytes,
    *,
    authserv_id: str,
    reference_prefix: str = "CAR",
    max_bytes: int = 25 * 1024 * 1024,
) -> ParsedMessage:
    """Parse one message. Raises only `ParseError`, when there is nothing usable."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise ParseError(f"expected bytes, got {type(raw).__name__}")
    raw = bytes(raw)
    if not raw.strip():
        raise ParseError("empty message")
    defects = Defects()
    data = raw
    cut = len(raw) > max_bytes
    if cut:
        data = raw[: min(max_bytes, OVERSIZE_READ)]
        defects.add(
            f"message larger than {_size_text(max_bytes)}: only its start read, "
            "attachments not decoded"
        )
    if data[:1] in (b"\r", b"\n"):
        data = data.lstrip(b"\r\n")
        defects.add("blank lines before the headers")
    root = split_message(data, defects, cut=cut)
    headers = tuple(
        (str(name).lower(), header_text(value, defects)) for name, value in root.msg.raw_items()
    )
    if not any(name in _MAIL_HEADERS for name, _ in headers):
        raise ParseError("no mail headers: not an email message")

    body = _Body(defects)
    segments = body.segments(root)
    text = body.render(segments)
    first = {name: value for name, value in reversed(headers)}
    from_name, from_addr = _first_address(root, "from", defects)
    ctype = root.msg.get_content_type()  # as declared, even when its parts were not found
    ctype = ctype if MIME_TOKEN.fullmatch(ctype) else "text/plain"
    report_type = str(root.msg.get_param("report-type") or "").strip().lower()
    report_type = report_type if MIME_TOKEN.fullmatch(report_type) else ""
    to = tuple(addr for _, addr in _addresses(root, "to", defects) if addr)
    subject = first.get("subject", "")
    date = _date(first.get("date", ""), defects)
    auth_results = _auth_results(headers, authserv_id, defects)
    bounced = _bounced(root, headers, ctype, text, from_addr, to, defects)
    return ParsedMessage(
        message_id=first.get("message-id", ""),
        in_reply_to=first.get("in-reply-to", ""),
        references=_references(first.get("references", "")),
        subject=subject,
        from_addr=from_addr,
        from_name=from_name,
        reply_to=_first_address(root, "reply-to", defects)[1],
        to=to,
        date=date,
        headers=headers,
        text=text,
        new_text=strip_quotes(text),
        html=body.html,
        content_type=ctype,
        report_type=report_type,
        attachments=tuple(body.attachments),
        auth_results=auth_results,
        our_reference=_reference(subject, reference_prefix),
        defects=tuple(defects),  # last: every step above may add to them
        bounced=bounced,
        size=len(raw),
    )


def _size_text(n: int) -> str:
    return f"{n / 2**20:g} MB" if n >= 2**20 else f"{n} bytes"


# --- body ------------------------------------------------------------------------------


class _Body:
    """Walks the part tree: text segments in order, the first HTML, the attachments."""

    def __init__(self, defects: Defects) -> None:
        self.defects = defects
        self.html = ""
        self.attachments: list[Attachment] = []

    def segments(self, part: Part) -> list[tuple[str, str]]:
        """("plain" | "html", text) for every part that belongs to the body."""
        ctype = part.content_type
        if part.children is not None:
            if ctype == "message/rfc822":
                if _declared_attachment(part):
                    self._attach(part)
                    return []
                inner = part.children[0]
                return [("plain", self._forward_header(inner)), *self.segments(inner)]
            kids = [self.segments(child) for child in part.children]
            if ctype == "multipart/alternative":  # prefer plain text, else HTML
                for kind in ("plain", "html"):
                    for segs in kids:
                        if any(k == kind and t.strip() for k, t in segs):
                            return segs
                return []
            return [seg for segs in kids for seg in segs]
        if ctype.startswith("multipart/"):
            return []  # nested too deep or too many parts: already a defect
        if _is_attachment(part):
            self._attach(part)
            return [("plain", self._decode(part))] if ctype in _REPORT_TYPES else []
        text = self._decode(part)
        if ctype == "text/html":
            self.html = self.html or text[:HTML_CAP]
            return [("html", text)]
        return [("plain", text)]

    def render(self, segments: list[tuple[str, str]]) -> str:
        texts = []
        for kind, text in segments:
            if kind == "html":
                text, complete = html_to_text(text)
                if not complete:
                    self.defects.add("HTML only partly converted to text")
            if text.strip():
                texts.append(text.strip("\n"))
        return "\n\n".join(texts)[:TEXT_CAP]

    def _decode(self, part: Part) -> str:
        cut = part.end - part.start > ENCODED_CAP
        if cut:
            self.defects.add(
                f"text part larger than {ENCODED_CAP // 2**20} MB: only its start kept"
            )
        data = transfer_decode(part.body(ENCODED_CAP), part.cte, self.defects, cut=cut)
        try:
            charset = part.msg.get_content_charset()
        except Exception:  # odd RFC 2231 parameters
            charset = None
        found = _META_CHARSET.search(data[:4096]) if part.content_type == "text/html" else None
        if charset is None and found:
            charset = found.group(1).decode("ascii", "replace")
        text = decode_text(data, charset, self.defects, final=not cut)
        if str(part.msg.get_param("format") or "").lower() == "flowed":
            text = unflow(text.replace("\r\n", "\n"), str(part.msg.get_param("delsp")) == "yes")
        # HTML is capped by the renderer, which skips comments, scripts and styles
        html = part.content_type == "text/html"
        return clean_text(text, self.defects, HTML_SCAN_CAP if html else TEXT_CAP)

    def _attach(self, part: Part) -> None:
        self.attachments.append(
            Attachment(
                filename=_filename(part), content_type=part.content_type, size=approx_size(part)
            )
        )

    def _forward_header(self, inner: Part) -> str:
        lines = ["---------- Forwarded message ---------"]
        for name in ("From", "Date", "Subject", "To"):
            for value in inner.raw_values(name)[:1]:
                lines.append(f"{name}: {header_text(value, self.defects)}")
        return "\n".join(lines)


def _is_attachment(part: Part) -> bool:
    return _declared_attachment(part) or part.content_type not in _BODY_TYPES


def _declared_attachment(part: Part) -> bool:
    disposition = str(part.msg.get("content-disposition", "")).split(";")[0].strip().lower()
    return disposition == "attachment" or bool(_filename(part))


def _filename(part: Part) -> str:
    try:
        name = part.msg.get_filename() or ""
    except Exception:  # odd RFC 2231 parameters
        return ""
    name = header_text(name, Defects())  # RFC 2047 words in a name, as many clients send
    return re.split(r"[/\\]", name)[-1][:255]


# --- headers ---------------------------------------------------------------------------


def _addresses(root: Part, name: str, defects: Defects) -> list[tuple[str, str]]:
    """(display name, lower-cased address or "") for every address in one header."""
    pairs = []
    for raw in root.raw_values(name):
        value = header_text(raw, defects, words=False)
        if len(value) > ADDRESS_HEADER_CAP:
            defects.add(f"{name} header longer than {ADDRESS_HEADER_CAP} characters: rest ignored")
            value = value[:ADDRESS_HEADER_CAP]
        try:
            found = getaddresses([value])
        except RecursionError:  # comments nested thousands deep: the stdlib recurses
            defects.add(f"unparseable {name} header: addresses taken as they appear")
            found = [("", m.group()) for m in _ADDRESS.finditer(_bounded_words(value))]
        for display, addr in found:
            addr = addr.strip().lower()
            display = header_text(display, defects).strip("\"' ")
            pairs.append((display, addr if _is_address(addr) else ""))
    return pairs


def _is_address(addr: str) -> bool:
    # the length test first: the pattern backtracks badly on long dotted strings
    return len(addr) <= MAX_ADDRESS and _ADDRESS.fullmatch(addr) is not None


def _bounded_words(text: str) -> str:
    """The text with runs of non-space longer than an address could be cut out.

    `_ADDRESS.finditer` tries each start in a run of address characters and scans to
    its end: quadratic on a long run. No address is longer than MAX_ADDRESS.
    """
    return _LONG_RUN.sub(" ", text)


def _first_address(root: Part, name: str, defects: Defects) -> tuple[str, str]:
    pairs = _addresses(root, name, defects)
    for display, addr in pairs:
        if addr:
            return display, addr
    return (pairs[0][0], "") if pairs else ("", "")


def _date(value: str, defects: Defects) -> datetime | None:
    if not value:
        return None
    try:
        date = parsedate_to_datetime(value)
    except (ValueError, TypeError, IndexError, OverflowError):
        defects.add("unparseable Date header")
        return None
    return date if date.tzinfo else date.replace(tzinfo=UTC)


def _references(value: str) -> tuple[str, ...]:
    ids = re.findall(r"<[^<>]*>", value)
    return tuple("".join(i.split()) for i in ids) if ids else tuple(value.split())


def _reference(subject: str, prefix: str) -> str:
    pattern = rf"(?<![A-Za-z0-9]){re.escape(prefix)}-([0-9]{{4}})-([0-9]{{5,}})(?![0-9])"
    found = re.search(pattern, subject, re.IGNORECASE)
    return f"{prefix}-{found.group(1)}-{found.group(2)}" if found else ""


def _auth_results(
    headers: tuple[tuple[str, str], ...], authserv_id: str, defects: Defects
) -> tuple[AuthResult, ...]:
    """Results from our own server's Authentication-Results headers; others can be forged."""
    results = []
    for name, value in headers:
        if name != "authentication-results":
            continue
        try:
            parsed = authres.AuthenticationResultsHeader.parse_value(value)
        except Exception:  # authres raises its own errors, and others on odd input
            defects.add("unparseable Authentication-Results header skipped")
            continue
        if str(parsed.authserv_id).lower() != authserv_id.lower():
            continue
        for result in parsed.results:
            props = {
                (str(p.type).lower(), str(p.name).lower()): str(p.value) for p in result.properties
            }
            domain = next((props[k] for k in _DOMAIN_PROPS if props.get(k)), "")
            results.append(
                AuthResult(
                    method=str(result.method).lower(),
                    result=str(result.result).lower(),
                    domain=domain.rpartition("@")[2].strip().lower(),
                )
            )
    return tuple(results)


_DOMAIN_PROPS = (
    ("header", "d"),
    ("header", "from"),
    ("smtp", "mailfrom"),
    ("header", "i"),
    ("smtp", "helo"),
)


# --- bounces ---------------------------------------------------------------------------

_DAEMON = re.compile(
    r"^(?:mailer[-_]?daemon|mail[-_]?daemon|postmaster|microsoftexchange)", re.IGNORECASE
)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|delivery|returned mail|failure notice|mail delivery|non remis|non d[ée]livr"
    r"|non distribu|zustellbar|zustellung|no se (?:pudo|ha podido) entregar|no entregad"
    r"|non recapitat|mancata consegna|onbestelbaar|niet (?:bezorgd|afgeleverd)|não entregue"
    r"|niedostarcz|nie dostarczon|bounce",
    re.IGNORECASE,
)
# where a non-standard bounce starts quoting the original message
_ORIGINAL = re.compile(
    r"original message|copy of the (?:original )?message|message d'origine|ursprünglich"
    r"|originalnachricht|mensaje original|messaggio originale|oorspronkelijk|mensagem original"
    r"|wiadomość oryginalna|oryginalna wiadomość|forwarded message"
    r"|^[ \t]*(?:received|return-path|from|subject|message-id)[ \t]*:",  # not \s: quadratic
    re.IGNORECASE | re.MULTILINE,
)
_PERMANENT = re.compile(r"\b5\d\d\b|\b5\.\d{1,3}\.\d{1,3}\b")
_FLUFL_PART_CAP = 16 * 1024
_FLUFL_CAP = 64 * 1024


def _bounced(
    root: Part,
    headers: tuple[tuple[str, str], ...],
    ctype: str,
    text: str,
    from_addr: str,
    to: tuple[str, ...],
    defects: Defects,
) -> tuple[str, ...]:
    """Failed recipients: flufl.bounce, X-Failed-Recipients, and a plain-text fallback."""
    found = {addr for _, addr in _addresses(root, "x-failed-recipients", defects) if addr}
    values = dict(reversed(headers))
    daemon = (
        bool(_DAEMON.match(from_addr)) or "".join(values.get("return-path", "").split()) == "<>"
    )
    # flufl.bounce runs ~40 patterns over every line: only for what may be a bounce
    if not (
        daemon
        or found
        or ctype == "multipart/report"
        or _BOUNCE_SUBJECT.search(values.get("subject", ""))
    ):
        return tuple(sorted(found))
    try:
        msg = email.message_from_bytes(
            skeleton(root, _FLUFL_PART_CAP)[:_FLUFL_CAP], policy=compat32
        )
        del msg["from"]  # some detectors fail on a missing or odd From
        msg["From"] = from_addr or "<>"
        for item in scan_message(msg):
            addr = item.decode("utf-8", "replace") if isinstance(item, bytes) else str(item)
            if _is_address(addr := addr.strip().strip("<>").lower()):
                found.add(addr)
    except Exception:  # a detector choking on odd mail must not stop the parse
        defects.add("bounce detector failed on this message")
    if daemon and not found:
        found = _plain_bounce(text, {from_addr, *to})
    return tuple(sorted(found))


def _plain_bounce(text: str, exclude: set[str]) -> set[str]:
    """Addresses named before the copy of the original in a bounce with a 5xx status."""
    head = text[:20_000]
    if original := _ORIGINAL.search(head):
        head = head[: original.start()]
    if not _PERMANENT.search(head):
        return set()
    addrs = {m.group().lower().rstrip(".") for m in _ADDRESS.finditer(_bounded_words(head))}
    return {a for a in addrs if a not in exclude and not _DAEMON.match(a)}
