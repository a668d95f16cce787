"""MIME structure and decoding for the parse stage (bot/parse.py).

The stdlib feed parser reads a message line by line: a 20 MB attachment costs it about
a second. Here a message is split into parts with `bytes.find` on the boundary lines; a
part's body stays a byte range of the raw message, so an attachment is measured but
never copied or decoded. Each part's header block goes into a stdlib
`email.message.Message` (compat32), whose parameter handling (quoting, RFC 2231) gives
the content type, charset, boundary and file name. Transfer encodings, charsets and
header values are decoded tolerantly: every problem becomes a short reason in `Defects`
and decoding goes on.
"""

from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from email.policy import compat32

from charset_normalizer import from_bytes

MAX_DEPTH = 20  # nested multiparts and message/rfc822
MAX_PARTS = 500
MAX_HEADER_BYTES = 512 * 1024  # one header block
ENCODED_CAP = 1024 * 1024  # bytes of one text part that are decoded at all
TEXT_CAP = 200_000  # characters of text kept
_MAX_FALSE_BOUNDARIES = 100_000
_WS = b" \t"


class Defects:
    """Short reasons for staff, in order, without repeats."""

    def __init__(self) -> None:
        self._items: dict[str, None] = {}

    def add(self, reason: str) -> None:
        if len(self._items) < 50:
            self._items.setdefault(reason, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)


@dataclass(eq=False)
class Part:
    """One MIME entity: its parsed headers, and its body as raw[start:end]."""

    msg: Message
    raw: bytes
    header_start: int
    header_end: int
    start: int
    end: int
    depth: int
    children: list[Part] | None = None  # a multipart's parts, or an embedded message
    boundary: bytes = b""
    forced_type: str = ""  # "text/plain" for a multipart whose parts could not be found

    @property
    def content_type(self) -> str:
        return self.forced_type or self.msg.get_content_type()

    @property
    def cte(self) -> str:
        return " ".join(str(self.msg.get("content-transfer-encoding", "")).split()).lower()

    def raw_values(self, name: str) -> list[str]:
        """A header's values as they came (Message.get_all mangles 8-bit ones)."""
        name = name.lower()
        return [str(v) for k, v in self.msg.raw_items() if k.lower() == name]

    def body(self, cap: int | None = None) -> bytes:
        end = self.end if cap is None else min(self.end, self.start + cap)
        return self.raw[self.start : end]


# --- structure -------------------------------------------------------------------------

_HEADER_NAME = re.compile(rb"[\x21-\x39\x3b-\x7e]+[ \t]*:")


@dataclass
class _Ctx:
    defects: Defects
    cut: bool  # raw is only the start of a larger message
    parts: int = 0


def split_message(raw: bytes, defects: Defects, *, cut: bool = False) -> Part:
    """Split `raw` into a tree of parts. Never raises on any input."""
    return _split(raw, 0, len(raw), 0, _Ctx(defects, cut))


def _split(raw: bytes, start: int, end: int, depth: int, ctx: _Ctx, default: str = "") -> Part:
    ctx.parts += 1
    msg, header_end, body_start = _read_headers(raw, start, end, ctx.defects)
    if default:
        msg.set_default_type(default)
    part = Part(msg, raw, start, header_end, body_start, end, depth)
    ctype = part.content_type
    if not (ctype.startswith("multipart/") or ctype == "message/rfc822"):
        return part
    if depth >= MAX_DEPTH:
        ctx.defects.add(f"MIME parts nested deeper than {MAX_DEPTH} levels: inner parts skipped")
        return part
    if ctype == "message/rfc822":
        inner, s, e = raw, body_start, end
        if part.cte in ("base64", "quoted-printable"):
            inner = transfer_decode(part.body(ENCODED_CAP), part.cte, ctx.defects)
            s, e = 0, len(inner)
        part.children = [_split(inner, s, e, depth + 1, ctx)]
        return part
    _split_multipart(part, ctx, "message/rfc822" if ctype == "multipart/digest" else "")
    return part


def _read_headers(raw: bytes, start: int, end: int, defects: Defects) -> tuple[Message, int, int]:
    """Parse the header block at raw[start:]; return it, where it ends, where the body starts."""
    msg = Message(policy=compat32)
    pos = start
    name = value = ""
    while pos < end:
        nl = raw.find(b"\n", pos, end)
        line_end = end if nl < 0 else nl + 1
        if line_end - pos <= 2 and not raw[pos:line_end].strip(b"\r\n"):
            _store(msg, name, value)
            return msg, pos, line_end  # the blank line
        if line_end - start > MAX_HEADER_BYTES:
            defects.add("header block too large: the rest read as body")
            break
        if raw[pos] in _WS:
            if name:
                value += raw[pos:line_end].rstrip(b"\r\n").decode("ascii", "surrogateescape")
            else:
                defects.add("first header line is a continuation line")
        elif _HEADER_NAME.match(raw, pos, line_end):
            _store(msg, name, value)
            line = raw[pos:line_end].rstrip(b"\r\n").decode("ascii", "surrogateescape")
            name, _, value = line.partition(":")
            name, value = name.strip(), value.lstrip(" \t")
        elif pos == start and raw.startswith(b"From ", pos, line_end):
            msg.set_unixfrom(raw[pos:line_end].rstrip(b"\r\n").decode("ascii", "replace"))
        else:
            if name:
                defects.add("missing blank line between headers and body")
            break
        pos = line_end
    _store(msg, name, value)
    return msg, pos, pos


def _store(msg: Message, name: str, value: str) -> None:
    if name:
        msg.set_raw(name, value)


def _split_multipart(part: Part, ctx: _Ctx, default: str) -> None:
    raw, start, end = part.raw, part.start, part.end
    try:
        boundary = str(part.msg.get_param("boundary") or "").rstrip()
        delim = b"--" + boundary.encode("ascii", "surrogateescape")
    except (UnicodeError, ValueError, TypeError):
        boundary = ""
    if not boundary:
        ctx.defects.add("multipart without a boundary: body read as text")
        part.forced_type = "text/plain"
        return
    # (end of the previous body, start of the next part) for each delimiter line
    marks: list[tuple[int, int]] = []
    closed = gave_up = False
    pos, misses = start, 0
    while True:
        i = raw.find(delim, pos, end)
        if i < 0:
            break
        if len(marks) > MAX_PARTS:
            gave_up = True
            ctx.defects.add(f"more than {MAX_PARTS} MIME parts: the rest skipped")
            break
        after = pos = i + len(delim)
        is_close = raw.startswith(b"--", after, end)
        k = after + 2 if is_close else after
        while k < end and raw[k] in _WS:
            k += 1
        if (i != start and raw[i - 1] != 0x0A) or (k < end and raw[k] not in b"\r\n"):
            misses += 1  # inside a line, or a longer boundary that starts with ours
            if misses > _MAX_FALSE_BOUNDARIES:
                gave_up = True
                ctx.defects.add("boundary search abandoned: too many near-matches")
                break
            continue
        body_end = i
        if body_end > start and raw[body_end - 1] == 0x0A:
            body_end -= 2 if body_end - 1 > start and raw[body_end - 2] == 0x0D else 1
        nl = raw.find(b"\n", k, end)
        pos = end if nl < 0 else nl + 1
        marks.append((body_end, pos))
        if is_close:
            closed = True
            break
    if not marks:
        ctx.defects.add("multipart boundary never found: body read as text")
        part.forced_type = "text/plain"
        return
    part.boundary = delim[2:]
    if not (closed or gave_up or (ctx.cut and end == len(raw))):
        ctx.defects.add("truncated multipart (closing boundary missing)")
    starts = [m[1] for m in (marks[:-1] if closed else marks)]
    ends = [m[0] for m in marks[1:]] + ([] if closed else [end])
    part.children = []
    for child_start, child_end in zip(starts, ends, strict=True):
        if ctx.parts >= MAX_PARTS:
            ctx.defects.add(f"more than {MAX_PARTS} MIME parts: the rest skipped")
            break
        part.children.append(_split(raw, child_start, child_end, part.depth + 1, ctx, default))


def approx_size(part: Part) -> int:
    """Decoded size of a part's body, estimated without decoding it."""
    n = part.end - part.start
    if part.cte == "base64":
        lines = part.raw.count(b"\n", part.start, part.end)
        crs = part.raw.count(b"\r", part.start, part.end)
        padding = part.raw[max(part.start, part.end - 8) : part.end].rstrip().count(b"=")
        return max(0, (n - lines - crs) * 3 // 4 - min(padding, 2))
    return n


_ASCII_ONLY = bytes(range(128)) + b"?" * 128


def skeleton(part: Part, cap: int) -> bytes:
    """The message again with each text body cut to about `cap` bytes, other bodies dropped.

    Small enough for detectors that read every line many times (flufl.bounce); header
    bytes beyond ASCII, there and in delivery-status blocks, become "?" (compat32 would
    hand out Header objects for them).
    """
    headers = part.raw[part.header_start : part.header_end].translate(_ASCII_ONLY)
    out = [headers, b"\n"]
    if part.children is not None and part.boundary:
        for child in part.children:
            out += [b"--", part.boundary, b"\n", skeleton(child, cap), b"\n"]
        out += [b"--", part.boundary, b"--\n"]
    elif part.children:
        out.append(skeleton(part.children[0], cap))
    elif part.content_type.startswith(("text/", "message/")):
        body = part.body(cap)
        if len(body) == cap and (nl := body.rfind(b"\n")) > 0:
            body = body[: nl + 1]
        out.append(
            body.translate(_ASCII_ONLY) if part.content_type.startswith("message/") else body
        )
    return b"".join(out)


# --- transfer encodings ----------------------------------------------------------------

_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_NOT_B64 = bytes(b for b in range(256) if b not in _B64_ALPHABET)


def transfer_decode(data: bytes, cte: str, defects: Defects, *, cut: bool = False) -> bytes:
    if cte == "base64":
        return b64decode(data, defects, cut=cut)
    if cte == "quoted-printable":
        return binascii.a2b_qp(data)
    if cte and cte not in ("7bit", "8bit", "binary"):
        defects.add(f"unknown transfer encoding {cte[:40]!r}: body read as is")
    return data


def b64decode(data: bytes, defects: Defects, *, cut: bool = False) -> bytes:
    """Base64 that tolerates line noise and missing or misplaced padding."""
    clean = data.translate(None, _NOT_B64)
    if cut:
        clean = clean[: len(clean) - len(clean) % 4]
    else:
        stripped = data.translate(None, b" \t\r\n")
        padding = len(stripped) - len(stripped.rstrip(b"="))
        if len(stripped) % 4 or padding > 2 or len(stripped) - padding != len(clean):
            defects.add("base64 with bad padding or stray characters repaired")
        if len(clean) % 4 == 1:
            clean = clean[:-1]
    try:
        return binascii.a2b_base64(clean + b"=" * (-len(clean) % 4))
    except binascii.Error:  # pragma: no cover - the input is clean by now
        defects.add("undecodable base64 body")
        return b""


# --- charsets --------------------------------------------------------------------------

# WHATWG: these labels mean windows-1252 in practice; the others are common misnomers
_ALIASES = {
    "us-ascii": "cp1252", "ascii": "cp1252", "iso-8859-1": "cp1252", "latin1": "cp1252",
    "latin-1": "cp1252", "iso8859-1": "cp1252", "gb2312": "gb18030", "gbk": "gb18030",
    "iso-8859-8-i": "iso-8859-8", "ks_c_5601-1987": "cp949", "x-sjis": "shift_jis",
    "utf8": "utf-8", "x-unknown": "", "unknown-8bit": "", "unknown": "", "x-user-defined": "",
}  # fmt: skip
# text codecs that do not carry text in a charset
_NOT_CHARSETS = {"unicode_escape", "raw_unicode_escape", "idna", "punycode", "undefined"}
_MIME_NAMES = {"cp1252": "windows-1252", "cp1250": "windows-1250", "iso8859_2": "iso-8859-2"}


def codec_for(label: str | None) -> str | None:
    """The Python codec for a MIME charset label: "" when none is given, None if unknown."""
    label = (label or "").strip().strip("\"'").split("*")[0].lower()
    label = _ALIASES.get(label, label)
    if not label:
        return ""
    try:
        name = codecs.lookup(label).name.replace("-", "_")
        b"".decode(name)  # LookupError for bytes-to-bytes codecs such as base64
    except (LookupError, ValueError):
        return None
    return None if name in _NOT_CHARSETS else name


def decode_text(data: bytes, label: str | None, defects: Defects, *, final: bool = True) -> str:
    """Bytes to text: the declared charset, then UTF-8, then a guess. Never raises."""
    codec = codec_for(label)
    if codec is None:
        defects.add(f"unknown charset {str(label)[:40]!r}")
    special = (codec or "").startswith(("utf_16", "utf_32", "utf_7"))
    if data.isascii() and not (special and (codec == "utf_7" or b"\x00" in data)):
        return data.decode("ascii")
    # valid UTF-8 beyond ASCII is almost never an accident, whatever the label says
    order = [codec, "utf_8"] if special else ["utf_8", codec]
    for name in order:
        if not name:
            continue
        try:
            text = codecs.getincrementaldecoder(name)("strict").decode(data, final)
        except UnicodeDecodeError:
            continue
        if codec and name != codec:
            defects.add(f"text declared as {label} is UTF-8")
        return text
    guess = _guess_charset(data)
    if codec:
        defects.add(f"text declared as {label} is not: decoded as {_MIME_NAMES.get(guess, guess)}")
    elif codec == "":
        defects.add(f"undeclared 8-bit text decoded as {_MIME_NAMES.get(guess, guess)}")
    return codecs.getincrementaldecoder(guess)("replace").decode(data, final)


_PL_1250 = frozenset(b"\xb9\xb3\x9c\x9f\xa5\x8c\x8f\xaf")  # ą ł ś ź Ą Ś Ź Ż: odd in cp1252
_PL_8859_2 = frozenset(b"\xb1\xb6\xbc\xa1\xa6\xac")  # ą ś ź Ą Ś Ź in iso-8859-2


def _guess_charset(data: bytes) -> str:
    sample = data[:16384]
    best = from_bytes(sample).best()
    if best is not None:
        letters = [c for c in str(best) if c.isalpha() and ord(c) > 0x7F]
        # trust the detector for other scripts (Cyrillic, Greek, CJK...); between Latin
        # code pages it is unreliable on short mail, so count Polish letters instead
        if letters and sum(ord(c) > 0x24F for c in letters) > len(letters) / 2:
            return str(best.encoding)
    pl_1250 = sum(b in _PL_1250 for b in sample)
    pl_8859 = sum(b in _PL_8859_2 for b in sample)
    if max(pl_1250, pl_8859) >= 2:
        return "cp1250" if pl_1250 >= pl_8859 else "iso8859_2"
    return "cp1252"


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text: str, defects: Defects) -> str:
    """Newlines normalised, NULs and other control characters removed, length capped."""
    if "\x00" in text:
        defects.add("NUL bytes removed")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(lambda m: "\t" if m.group() == "\t" else "", text[: TEXT_CAP + 1000])[
        :TEXT_CAP
    ]


def unflow(text: str, delsp: bool) -> str:
    """Join the soft line breaks of format=flowed text (RFC 3676)."""
    depths: list[int] = []
    lines: list[str] = []
    soft = False
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth + 1 :] if line[depth : depth + 1] == " " else line[depth:]
        if soft and depths and depths[-1] == depth:
            lines[-1] += body
        else:
            depths.append(depth)
            lines.append(body)
        soft = body.endswith(" ") and body.rstrip() != "--"
        if soft and delsp:
            lines[-1] = lines[-1][:-1]
    return "\n".join(">" * d + " " * bool(d) + b for d, b in zip(depths, lines, strict=True))


# --- header values ---------------------------------------------------------------------

_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,60})\?([bBqQ])\?([^?]{0,2000}?)\?=")
_B64_WORD = re.compile(r"[A-Za-z0-9+/]*={0,2}")


def header_text(value: object, defects: Defects, *, words: bool = True) -> str:
    """A raw header value (str with surrogate escapes) as decoded, single-line text.

    With words=False, RFC 2047 words are left for after address parsing.
    """
    text = str(value)
    if not text.isascii():
        data = text.encode("utf-8", "surrogateescape")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            defects.add("undeclared 8-bit header decoded as windows-1252")
            text = data.decode("cp1252", "replace")
    text = _CONTROL.sub(" ", decode_words(text, defects) if words else text)
    return " ".join(text.split())


def decode_words(text: str, defects: Defects) -> str:
    """Decode RFC 2047 encoded words, leniently (inside words and quotes too).

    Adjacent words in one charset are joined before decoding, so a character split
    across two words survives; a word that cannot be decoded is left as it was.
    """
    if "=?" not in text:
        return text
    out: list[str] = []
    pending: list[tuple[str, bytes]] = []  # adjacent decoded words: (charset, bytes)
    pos = 0
    for m in _ENCODED_WORD.finditer(text):
        gap = text[pos : m.start()]
        pos = m.end()
        if gap.strip() or not pending:
            _flush(pending, out, defects)
            out.append(gap)
        charset, kind, payload = m.group(1).lower(), m.group(2).lower(), m.group(3)
        if kind == "b" and not _B64_WORD.fullmatch(payload.strip()):
            _flush(pending, out, defects)
            out.append(m.group(0))
            continue
        data = payload.encode("ascii", "replace")
        data = b64decode(data, Defects()) if kind == "b" else binascii.a2b_qp(data, header=True)
        if pending and pending[-1][0] != charset:
            _flush(pending, out, defects)
        pending.append((charset, data))
    _flush(pending, out, defects)
    out.append(text[pos:])
    return "".join(out)


def _flush(pending: list[tuple[str, bytes]], out: list[str], defects: Defects) -> None:
    if not pending:
        return
    label, data = pending[0][0], b"".join(p[1] for p in pending)
    pending.clear()
    codec = codec_for(label)
    if codec is None:
        defects.add(f"unknown charset {label[:40]!r} in a header")
    try:
        out.append(data.decode(codec or "utf-8"))
    except UnicodeDecodeError:
        defects.add(f"header text not valid {label[:40]}: decoded as windows-1252")
        out.append(data.decode("cp1252", "replace"))
