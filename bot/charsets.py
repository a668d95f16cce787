"""Charsets and header values for the parse stage: decoded tolerantly, never raising.

A declared charset is trusted when it decodes; a wrong, unknown or missing one falls
back to what the bytes look like (`charset_normalizer`), and every problem becomes a
short reason in `Defects`. Header values: RFC 2047 encoded words, including the broken
ones real mail carries (split inside a character, unknown charsets, no spaces).
Split from bot/mime.py, which does the structure and the transfer encodings.
"""

from __future__ import annotations

import binascii
import codecs
import re

from charset_normalizer import from_bytes

from bot.mime import TEXT_CAP, Defects, b64decode

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
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    name = info.name.replace("-", "_")
    # bytes-to-bytes codecs (base64, zlib, rot13...) are no charsets; b"".decode("base64")
    # does not say so (it returns ""), the codec's own flag does
    if not getattr(info, "_is_text_encoding", True) or name in _NOT_CHARSETS:
        return None
    return name


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
        except ValueError:  # UnicodeDecodeError, or UnicodeError ("UTF-16 stream does
            continue  # not start with BOM")
        if codec and name != codec:
            defects.add(f"text declared as {printable(label)} is UTF-8")
        return text
    guess = _guess_charset(data)
    if codec:
        shown = _MIME_NAMES.get(guess, guess)
        defects.add(f"text declared as {printable(label)} is not: decoded as {shown}")
    elif codec == "":
        defects.add(f"undeclared 8-bit text decoded as {_MIME_NAMES.get(guess, guess)}")
    try:
        return codecs.getincrementaldecoder(guess)("replace").decode(data, final)
    except ValueError:  # "replace" does not cover every codec error (UTF-16 without BOM)
        return data.decode("cp1252", "replace")


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
# a str never holds a valid surrogate pair: any surrogate is lone (UTF-7 and UTF-16 can
# decode to them) and would fail to encode as UTF-8 later (PostgreSQL, a reply)
_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(value: object, limit: int = 40) -> str:
    """A value from the mail made safe to show staff: no control characters or surrogates."""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", str(value)[:limit]))


def clean_text(text: str, defects: Defects, cap: int = TEXT_CAP) -> str:
    """Newlines normalised, NULs and other control characters removed, length capped."""
    if "\x00" in text:
        defects.add("NUL bytes removed")
    text = text[: cap + 1000].replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("\ufffd", text)
    return _CONTROL.sub(lambda m: "\t" if m.group() == "\t" else "", text)[:cap]


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
    text = _SURROGATE.sub("\ufffd", text)
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
    except ValueError:  # UnicodeDecodeError and the UnicodeErrors of some codecs
        defects.add(f"header text not valid {printable(label)}: decoded as windows-1252")
        out.append(data.decode("cp1252", "replace"))
