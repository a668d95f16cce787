"""Property-based tests of the parse stage (hypothesis).

Whatever bytes arrive, `parse()` raises nothing but its documented `ParseError`,
returns within a time bound, and everything it returns is text a database and a reply
can hold: str, no NUL, no lone surrogate. Inputs: messages built from strategies
(headers, RFC 2047 words, charsets, transfer encodings, nested multiparts and embedded
messages, truncation) and byte-level mutations of the real examples in shared/examples.

Deterministic in CI (`derandomize=True`, fixed example counts). For a longer local run:
    BOT_HYPOTHESIS_PROFILE=long .venv/bin/pytest tests/test_parse_properties.py
(`long` runs 20 times as many examples; `BOT_HYPOTHESIS_EXAMPLES=N` sets N exactly).
"""

from __future__ import annotations

import base64
import dataclasses
import os
import quopri
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.envelope import ParsedMessage
from bot.parse import ParseError, parse
from tests.conftest import EXAMPLES
from tests.hostile import ASK, corpus, normal

PARSE_LIMIT = 2.0  # seconds for one message; the slowest hostile one takes ~0.3 s

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("long", parent=settings.get_profile("ci"), derandomize=False)
_PROFILE = settings.get_profile(os.environ.get("BOT_HYPOTHESIS_PROFILE", "ci"))
_SCALE = 1 if _PROFILE.derandomize else 20


def profile(n: int) -> settings:
    """The chosen profile with n examples (scaled for `long`, or BOT_HYPOTHESIS_EXAMPLES)."""
    count = int(os.environ.get("BOT_HYPOTHESIS_EXAMPLES", n * _SCALE))
    return settings(_PROFILE, max_examples=count)


# --- the property ----------------------------------------------------------------------


def _strings(value: object) -> list[str]:
    """Every str inside a ParsedMessage (fields, tuples, attachments, auth results)."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, tuple | list):
        return [s for item in value for s in _strings(item)]
    return []


def check(raw: bytes) -> ParsedMessage | None:
    """Parse `raw` and assert the property; None when it raised ParseError."""
    start = time.perf_counter()
    try:
        parsed = parse(raw, authserv_id="mx.carerra.co")
    except ParseError as exc:
        assert isinstance(exc.reason, str) and exc.reason
        parsed = None
    took = time.perf_counter() - start
    assert took < PARSE_LIMIT, f"parse took {took:.2f}s"
    if parsed is None:
        return None
    assert isinstance(parsed, ParsedMessage)
    for text in _strings(parsed):
        assert isinstance(text, str)
        assert "\x00" not in text
        text.encode("utf-8")  # raises on a lone surrogate
    assert all(isinstance(name, str) and name == name.lower() for name, _ in parsed.headers)
    assert parsed.new_text.strip() or not parsed.text.strip()
    return parsed


# --- strategies: messages built from parts ---------------------------------------------

CHARSETS = [
    "utf-8", "iso-8859-1", "windows-1252", "iso-8859-2", "koi8-r", "shift_jis", "gb18030",
    "iso-2022-jp", "utf-16", "utf-16-le", "utf-7", "us-ascii", "big5", "euc-kr",
    "x-unknown", "unknown-8bit", "bogus!", "base64", "idna", "", "utf-8*en",
]  # fmt: skip
ENCODINGS = ["7bit", "8bit", "binary", "base64", "quoted-printable", "x-uuencode", "BASE64 "]
HEADER_NAMES = [
    "From", "To", "Cc", "Reply-To", "Sender", "Subject", "Date", "Message-ID", "In-Reply-To",
    "References", "Return-Path", "Auto-Submitted", "Precedence", "List-Id",
    "Authentication-Results", "X-Failed-Recipients", "Content-Type", "X-Custom",
]  # fmt: skip
ODD = "\r\n\0\t<>@\"(),;:=?"  # characters with a meaning in headers, or none allowed
TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from(ODD), max_size=60
)
ATOMS = st.sampled_from(
    ["a@example.org", "<b@example.net>", "Ann <ann@example.com>", "(comment", "\"quoted",
     "=?", "?=", "((((", ">", ",,,", "@", "mailer-daemon@x.example", "<>", "CAR-2025-00042"]
)  # fmt: skip


def _encode(text: str, charset: str) -> bytes:
    try:
        return text.encode(charset or "utf-8")
    except (LookupError, UnicodeError):
        return text.encode("utf-8", "surrogatepass")


@st.composite
def encoded_words(draw: st.DrawFn) -> str:
    charset = draw(st.sampled_from(CHARSETS))
    data = _encode(draw(TEXT), charset)
    if draw(st.booleans()):
        payload = base64.b64encode(data).decode()
        return f"=?{charset}?B?{payload[: draw(st.integers(0, len(payload)))]}?="
    return f"=?{charset}?Q?{quopri.encodestring(data, header=True).decode('ascii', 'replace')}?="


@st.composite
def header_values(draw: st.DrawFn) -> bytes:
    pieces = draw(st.lists(TEXT | ATOMS | encoded_words(), max_size=6))
    value = " ".join(pieces)
    raw = _encode(value, draw(st.sampled_from(["utf-8", "latin-1", "cp1252"])))
    if draw(st.booleans()):  # folded, perhaps badly
        raw = raw.replace(b" ", draw(st.sampled_from([b"\r\n ", b"\n\t", b"\r\n", b" "])), 2)
    return raw


@st.composite
def headers(draw: st.DrawFn) -> bytes:
    names = draw(st.lists(st.sampled_from(HEADER_NAMES) | st.from_regex(r"\AX-[A-Za-z]{1,8}\Z"),
                          max_size=8))  # fmt: skip
    lines = [b"From: " + draw(header_values())] if draw(st.booleans()) else []
    lines += [n.encode() + b": " + draw(header_values()) for n in names]
    return b"\r\n".join(lines)


@st.composite
def leaf(draw: st.DrawFn) -> bytes:
    ctype = draw(st.sampled_from(["text/plain", "text/html", "application/pdf", "image/png",
                                  "message/delivery-status", "text/rfc822-headers"]))  # fmt: skip
    charset = draw(st.sampled_from(CHARSETS))
    cte = draw(st.sampled_from(ENCODINGS))
    text = draw(TEXT | st.sampled_from(["<p>hi<blockquote>old</blockquote>", "&amp;&#0;&#xD800;",
                                        "> quoted\nOn Mon, a@b.c wrote:", "-- \nsig"]))
    data = _encode(text, charset) if draw(st.booleans()) else draw(st.binary(max_size=80))
    if cte.strip().lower() == "base64":
        data = base64.encodebytes(data)
    elif cte == "quoted-printable":
        data = quopri.encodestring(data)
    params = f"; charset={charset}" if draw(st.booleans()) else ""
    if draw(st.booleans()):
        params += '; name="' + draw(st.sampled_from(["a.pdf", "=?utf-8?b?w6k=?=", "../x"])) + '"'
    head = f"Content-Type: {ctype}{params}\r\nContent-Transfer-Encoding: {cte}\r\n"
    if draw(st.booleans()):
        head += "Content-Disposition: " + draw(st.sampled_from(["attachment", "inline"])) + "\r\n"
    return head.encode() + b"\r\n" + data


def _node(children: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        if draw(st.integers(0, 3)) == 0:  # an embedded message
            return b"Content-Type: message/rfc822\r\n\r\n" + draw(headers()) + b"\r\n\r\n" + draw(
                children
            )
        boundary = draw(st.sampled_from(["b", "=_b", "b b", "--", "", "a" * 80]))
        kind = draw(st.sampled_from(["mixed", "alternative", "related", "report", "digest"]))
        parts = draw(st.lists(children, max_size=4))
        delim = b"--" + boundary.encode()
        body = b"".join(delim + b"\r\n" + p + b"\r\n" for p in parts)
        if draw(st.booleans()):
            body += delim + b"--\r\n"
        return f'Content-Type: multipart/{kind}; boundary="{boundary}"\r\n\r\n'.encode() + body

    return build()


BODIES = st.recursive(leaf(), _node, max_leaves=12)


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    raw = draw(headers()) + b"\r\nMIME-Version: 1.0\r\n" + draw(BODIES)
    if draw(st.integers(0, 4)) == 0:  # cut short anywhere
        raw = raw[: draw(st.integers(0, len(raw)))]
    if draw(st.integers(0, 4)) == 0:
        raw = raw.replace(b"\r\n", b"\n")
    return raw


@profile(250)
@given(messages())
def test_built_messages_parse_or_raise_parse_error(raw: bytes) -> None:
    check(raw)


# --- strategies: byte-level mutations of the real examples -----------------------------

REAL = sorted(EXAMPLES.glob("*.eml"))
TOKENS = [
    b"\r\n", b"\n", b"\r\n\r\n", b"--", b"=?utf-8?b?", b"=?utf-7?q?+2D0-?=", b"?=", b"\x00",
    b"\xff\xfe", b"\xed\xa0\x80", b"+2D0-", b"Content-Type: multipart/mixed; boundary=x\r\n",
    b"Content-Type: message/rfc822\r\n\r\n", b"Content-Transfer-Encoding: base64\r\n",
    b"charset=utf-7", b"charset=x-bad", b"<blockquote>", b"<!--", b"<script>", b"&#0;", b"=",
    b"(" * 50, b"From: ", b" wrote:", b"@",
]  # fmt: skip


@profile(300)
@given(st.data())
def test_mutated_real_messages_parse_or_raise_parse_error(data: st.DataObject) -> None:
    assert REAL, f"no examples in {EXAMPLES}"
    raw = bytearray(data.draw(st.sampled_from(REAL)).read_bytes())
    for _ in range(data.draw(st.integers(1, 10))):
        pos = data.draw(st.integers(0, len(raw)))
        op = data.draw(st.sampled_from(["insert", "delete", "flip", "truncate", "repeat"]))
        if op == "insert":
            raw[pos:pos] = data.draw(st.sampled_from(TOKENS) | st.binary(max_size=8))
        elif op == "delete":
            del raw[pos : pos + data.draw(st.integers(1, 200))]
        elif op == "flip" and pos < len(raw):
            raw[pos] = data.draw(st.integers(0, 255))
        elif op == "truncate":
            del raw[pos:]
        elif op == "repeat":  # a slice repeated many times: long lines, many parts
            piece = raw[pos : pos + data.draw(st.integers(1, 40))]
            raw[pos:pos] = piece * data.draw(st.integers(2, 2000))
    check(bytes(raw))


# --- the hostile corpus itself, as generated (a real 0-byte message, real NULs) -------


# the request survives the damage: past 1,000 header fields or 512 KB of them, behind
# 5,000 nested comments, a 16 KB encoded name, 300 KB of <style> and <script>, ...
KEEPS_REQUEST = {
    "truncated_no_close", "truncated_mid_base64", "unknown_charset", "rfc2047_abuse",
    "ten_mb_text_line", "ten_mb_html_line", "zip_and_image", "rfc822_in_rfc822",
    "header_injection", "many_recipients", "nul_bytes", "huge_header_block", "html_bombs",
    "nested_comments", "slow_patterns",
}  # fmt: skip


@pytest.mark.parametrize("case", corpus() + normal(), ids=lambda c: c.name)
def test_hostile_corpus_parses_within_the_limit(case) -> None:  # type: ignore[no-untyped-def]
    parsed = check(case.raw)
    if case.name in ("empty", "binary_garbage"):
        assert parsed is None
        return
    assert parsed is not None and parsed.from_addr == case.sender
    if case.name in KEEPS_REQUEST:
        assert ASK in parsed.new_text


def test_zero_bytes_and_nuls_as_sent() -> None:
    with pytest.raises(ParseError, match="empty"):
        parse(b"", authserv_id="mx.carerra.co")
    nul = next(c for c in corpus() if c.name == "nul_bytes")
    parsed = check(nul.raw)
    assert parsed is not None and "NUL bytes removed" in parsed.defects
    assert parsed.subject == "nul subject"
    assert "delete all the personal data" in parsed.text.replace("\0", "")


@pytest.mark.parametrize(
    "charset, body",
    [
        ("utf-16", b"\x00\x00\x00\x00"),  # "UTF-16 stream does not start with BOM"
        ("base64", b"\xe9t\xe9"),  # a bytes-to-bytes codec named as a charset
        ("utf-32", b"\xff\xfe\x00\x00\x00\xd8\x00\x00"),  # a surrogate code point
    ],
)
def test_charsets_that_used_to_raise(charset: str, body: bytes) -> None:
    raw = (
        f"From: =?{charset}?Q?=00=00?= <a@example.org>\r\n"
        f"Content-Type: text/plain; charset={charset}\r\n\r\n"
    ).encode() + body
    parsed = check(raw)
    assert parsed is not None and parsed.from_addr == "a@example.org"


@pytest.mark.parametrize("ctype", [b"\x00text/plain", b"text/pl\xe9in", b"text/\x1bplain"])
def test_a_malformed_content_type_counts_as_text_plain(ctype: bytes) -> None:
    raw = b"From: a@example.org\r\nContent-Type: " + ctype + b"\r\n\r\nhello"
    parsed = check(raw)
    assert parsed is not None and (parsed.content_type, parsed.text) == ("text/plain", "hello")


def test_lone_surrogates_from_utf7_become_replacement_characters() -> None:
    raw = (
        b"From: a@example.org\r\nSubject: =?utf-7?q?+2D0-?=\r\n"
        b"Content-Type: text/plain; charset=utf-7\r\n\r\nhi +2D0- there"
    )
    parsed = check(raw)
    assert parsed is not None
    assert (parsed.subject, parsed.text) == ("\ufffd", "hi \ufffd there")
