"""A corpus of hostile and broken mail, generated (nothing big is committed).

`corpus()` returns every case as a `Hostile`: a name, the raw bytes, and what the bot
must do with it. tests/test_hostile.py APPENDs them all to Dovecot and runs the bot;
tests/test_parse_properties.py parses them directly (with a real 0-byte message and real
NULs, which Dovecot would not keep). Everything is deterministic: the
random parts come from a seeded `random.Random`.
"""

from __future__ import annotations

import base64
import io
import random
import struct
import zipfile
import zlib
from dataclasses import dataclass

TO = b"To: admin@carerra.co\r\n"
# a clear request: a message that keeps it after the hostile part must be answered
ASK = "Please delete all the personal data you hold about me."


@dataclass(frozen=True)
class Hostile:
    name: str
    raw: bytes
    sender: str = ""  # From address ("" when there is none to find)
    answered: bool | None = None  # True: acknowledged once; False: never answered; None: either


def head(name: str, subject: str = "hostile", *extra: bytes) -> bytes:
    """From/To/Subject/Message-ID/Date for case `name`, from `sender_of(name)`."""
    return (
        f"From: Test Sender <{sender_of(name)}>\r\n".encode() + TO
        + f"Subject: {subject}\r\n".encode()
        + f"Message-ID: <{name}@example.net>\r\nDate: Mon, 6 Oct 2025 09:00:00 +0000\r\n".encode()
        + b"".join(extra)
    )  # fmt: skip


def sender_of(name: str) -> str:
    return f"{name.replace('_', '.')}@example.net"


def mime(ctype: str, body: bytes) -> bytes:
    return b"MIME-Version: 1.0\r\nContent-Type: " + ctype.encode() + b"\r\n\r\n" + body


def multipart(boundary: str, parts: list[bytes], *, close: bool = True) -> bytes:
    b = boundary.encode()
    out = b"".join(b"--" + b + b"\r\n" + p + b"\r\n" for p in parts)
    end = b"--" + b + b"--\r\n" if close else b""
    return mime(f'multipart/mixed; boundary="{boundary}"', out + end)


def text_part(text: bytes, charset: str = "utf-8", cte: str = "8bit") -> bytes:
    return (
        f"Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    ).encode() + text


def encoded_word(text: str, charset: str = "utf-8") -> str:
    return f"=?{charset}?b?{base64.b64encode(text.encode(charset)).decode()}?="


# --- attachments built in memory -------------------------------------------------------


def zip_bytes() -> bytes:
    """A small zip with a highly compressible 5 MB member (a mild zip bomb) and a path escape."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("zeros.bin", b"\0" * (5 * 1024 * 1024))
        z.writestr("../../etc/passwd", b"root:x:0:0::/root:/bin/sh\n")
    return buf.getvalue()


def png_bytes(width: int = 30_000, height: int = 30_000) -> bytes:
    """A tiny PNG claiming huge dimensions (a decompression bomb for any image decoder)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\0" * 4096)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def attachment(ctype: str, filename: str, data: bytes) -> bytes:
    lines = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return (
        f'Content-Type: {ctype}; name="{filename}"\r\nContent-Transfer-Encoding: base64\r\n'
        f'Content-Disposition: attachment; filename="{filename}"\r\n\r\n'
    ).encode() + lines


# --- the corpus ------------------------------------------------------------------------


def _nested_multipart(levels: int) -> bytes:
    body = text_part(ASK.encode())
    for level in range(levels, 0, -1):
        b = f"n{level}".encode()
        body = (
            b'Content-Type: multipart/mixed; boundary="' + b + b'"\r\n\r\n--' + b + b"\r\n"
            + body + b"\r\n--" + b + b"--\r\n"
        )  # fmt: skip
    return b"MIME-Version: 1.0\r\n" + body


def _nested_rfc822(levels: int) -> bytes:
    inner = b"From: Inner <inner@example.org>\r\nSubject: inner\r\n\r\n" + ASK.encode() + b"\r\n"
    for _ in range(levels):
        inner = b"Content-Type: message/rfc822\r\n\r\n" + inner
    return b"MIME-Version: 1.0\r\n" + inner


def _html_bomb() -> bytes:
    parts = [
        "<html><head><title>x</title><style>" + "a{color:red}" * 20_000 + "</style></head><body>",
        "<!--" + "-- > <!-- " * 5_000 + "-->",
        "<script>" + "document.write('<p>');" * 20_000 + "</script>",
        "<p>" + ASK + "</p>",
        "&amp;&lt;&#0;&#xD800;&#x110000;&#99999999999;&nbsp;&zwnj;&bogus;" * 5_000,
        "<div>" * 50_000,
        "<a href='" + "x" * 50_000,  # an attribute quote never closed
        "<!-- a comment never closed " + "x" * 10_000,
    ]
    return "".join(parts).encode()


def _header_injection() -> bytes:
    subject = encoded_word("Delete my data\r\nBcc: victim@evil.example\r\nX-Injected: subject")
    name = encoded_word("Eve\r\nBcc: victim2@evil.example\r\nX-Injected: name")
    raw = (
        f"From: {name} <header.injection@example.net>\r\n".encode() + TO
        + f"Subject: {subject}\r\n".encode()
        + b"Message-ID: <inj@example.net>" + encoded_word("\r\nX-Injected: id").encode() + b"\r\n"
        + b"References: <a@example.net> =?utf-8?q?=0D=0ABcc:_victim3@evil.example?=\r\n"
        + b"X-Raw-CR: one\rBcc: victim4@evil.example\r\n"  # a bare CR inside a header line
        + b"\r\n" + ASK.encode() + b"\r\n"
    )  # fmt: skip
    return raw


def _many_recipients(n: int = 5000) -> bytes:
    to = ", ".join(f"Person {i} <p{i}@example.org>" for i in range(n))
    cc = ", ".join(f"c{i}@example.org" for i in range(n))
    raw = (
        b"From: Many Recipients <many.recipients@example.net>\r\n"
        + f"To: admin@carerra.co, {to}\r\nCc: {cc}\r\n".encode()
        + b"Subject: everyone\r\nMessage-ID: <many@example.net>\r\n\r\n" + ASK.encode() + b"\r\n"
    )
    return raw


def _huge_header_block(lines: int = 100_000) -> bytes:
    filler = b"".join(b"X-Filler-%d: %d\r\n" % (i, i) for i in range(lines))
    return head("huge_header_block") + filler + b"\r\n" + ASK.encode() + b"\r\n"


def _encoded_word_abuse() -> bytes:
    words = " ".join(encoded_word("ä") for _ in range(5_000))  # 5,000 adjacent words
    odd = (
        "=?utf-8?q?unterminated =?x-unknown?q?hi?= =?utf-8?b?!!!?= =?utf-7?q?+2D3-?="
        " =?utf-16?b?2D0=?= =?=?utf-8?q?nested?=?= =?utf-8*en?q?lang?= =?utf-8?z?bad?="
    )
    long_name = b"=?utf-8?b?" + base64.b64encode("Ééé".encode() * 2000) + b"?="
    return (
        b"From: " + long_name + b" <rfc2047.abuse@example.net>\r\n" + TO
        + f"Subject: {words} {odd}\r\n".encode()
        + b"Message-ID: <rfc2047@example.net>\r\n"
        + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + ASK.encode() + b"\r\n"
    )  # fmt: skip


def _plain(name: str, ctype: str, body: bytes, subject: str = "hostile") -> bytes:
    return head(name, subject) + mime(ctype, body)


def _cases(rng: random.Random) -> list[tuple[str, bytes, bool | None]]:
    """(name, raw, answered) for every case; the sender is `name@example.net` unless
    `_SENDERS` says otherwise."""
    ask = ASK.encode()
    utf7 = "Löschen Sie bitte meine Daten".encode("utf-7") + b" +2D3- +2D3YAA- +AAA-"
    gb = "请删除你们持有的关于我的所有个人数据。".encode("gb18030")
    jis = "私の個人データを削除してください。".encode("iso-2022-jp") + b"\x1b$B\x1b(J cut"
    b64 = base64.encodebytes(ask * 50)[:-37]
    rfc822 = b"Content-Type: message/rfc822\r\n\r\n"
    inner = rfc822 + head("inner") + b"\r\ninner text\r\n"
    middle = rfc822 + head("middle") + multipart("b5", [text_part(b"middle text"), inner])
    exe = attachment("application/octet-stream", "x.exe", b"MZ").replace(
        b'filename="x.exe"', b"filename*=utf-8''%E2%80%AE%00gpj.exe"
    )
    files = [
        attachment("application/zip", "data.zip", zip_bytes()),
        attachment("image/png", "huge.png", png_bytes()),
        attachment("image/jpeg", "garbage.jpg", rng.randbytes(20_000)),
        exe,
    ]
    nul_body = b"Please\0 delete\0 all the personal data you hold about me.\0"
    slow = (
        (b"@" * 397 + b"1:\n") * 200  # attribution-like lines full of @
        + b"This message is confidential\n" * 5000  # a disclaimer opening on every line
        + b"x" * 50_000 + b" a@" + b"b." * 20_000 + b" \n"  # long runs for the address scan
    )
    bounce = (
        b"From: MAILER-DAEMON@mx.example.net\r\n" + TO
        + b"Subject: Undelivered Mail Returned to Sender\r\n\r\n550 5.1.1 failed\n"
        + b"a" * 19_000 + b"\n" * 50_000 + b" \n" * 20_000
    )  # fmt: skip
    comments = (
        b"From: " + b"(" * 5000 + b"nested.comments@example.net\r\n" + TO
        + b"Cc: " + b"((a)" * 3000 + b"\r\nSubject: (((\r\n\r\n" + ask
    )  # fmt: skip
    utf8 = "text/plain; charset=utf-8"
    return [
        ("truncated_no_close", head("truncated_no_close")
            + multipart("b1", [text_part(ask)], close=False), True),
        ("truncated_mid_base64", head("truncated_mid_base64")
            + multipart("b2", [text_part(b64, cte="base64")], close=False), None),
        ("utf8_declared_latin1", _plain("utf8_declared_latin1", utf8,
            "Löschen Sie bitte meine Daten, Grüße.".encode("latin-1")), None),
        ("unknown_charset", _plain("unknown_charset", 'text/plain; charset="x-unknown"',
            ask + b" \xe9\xe8"), True),
        ("utf7", _plain("utf7", "text/plain; charset=utf-7", utf7,
            encoded_word("Löschung", "utf-7")), None),
        ("gb18030", _plain("gb18030", "text/plain; charset=gb18030", gb,
            encoded_word("删除我的数据", "gb18030")), None),
        ("iso_2022_jp", _plain("iso_2022_jp", "text/plain; charset=ISO-2022-JP", jis,
            encoded_word("データ削除", "iso-2022-jp")), None),
        ("rfc2047_abuse", _encoded_word_abuse(), None),
        ("ten_mb_text_line", _plain("ten_mb_text_line", utf8,
            ask + b" " + b"a" * 10_000_000), None),
        ("ten_mb_html_line", _plain("ten_mb_html_line", "text/html; charset=utf-8",
            b"<p>" + ask + b"</p><b>" + b"<i>x</i>" * 1_300_000), None),
        ("nested_1000_multipart", head("nested_1000_multipart") + _nested_multipart(1000), None),
        ("nested_1000_rfc822", head("nested_1000_rfc822") + _nested_rfc822(1000), None),
        ("zip_and_image", head("zip_and_image")
            + multipart("b3", [text_part(ask), *files]), True),
        ("rfc822_in_rfc822", head("rfc822_in_rfc822")
            + multipart("b4", [text_part(ask), middle]), True),
        ("header_injection", _header_injection(), True),
        ("many_recipients", _many_recipients(), True),
        ("nul_bytes", head("nul_bytes", "nul\0subject", b"X-Nul: a\0b\r\n")
            + mime(utf8, nul_body), None),
        ("huge_header_block", _huge_header_block(), None),
        ("html_bombs", _plain("html_bombs", "text/html; charset=utf-8", _html_bomb()), None),
        ("empty", b"\r\n", None),  # Dovecot refuses 0 bytes: a blank line is as empty
        ("only_headers", head("only_headers").rstrip(b"\r\n"), None),
        ("binary_garbage", rng.randbytes(64 * 1024), None),
        ("garbage_after_headers", head("garbage_after_headers") + b"\r\n"
            + rng.randbytes(256 * 1024), None),
        ("deep_boundary_noise", _plain("deep_boundary_noise", 'multipart/mixed; boundary="z"',
            b"--z" * 300_000 + b"\r\n--zz\r\n" * 50_000), None),
        ("thousands_of_parts", head("thousands_of_parts") + multipart(
            "b6", [text_part(b"part %d" % i) for i in range(5_000)] + [text_part(ask)]), None),
        # inputs on which a regular expression or a recursive parser used to blow up
        ("nested_comments", comments, None),
        ("slow_patterns", _plain("slow_patterns", utf8, ask + b"\n\n" + slow), None),
        ("daemon_bounce_runs", bounce, False),  # a bounce: never answered
    ]  # fmt: skip


_SENDERS = {"empty": "", "binary_garbage": "", "daemon_bounce_runs": "mailer-daemon@mx.example.net"}


def corpus() -> list[Hostile]:
    """Every hostile case; `answered=True` where a clear request survives the damage."""
    rng = random.Random(20251006)
    return [
        Hostile(name, raw, _SENDERS.get(name, sender_of(name)), answered)
        for name, raw, answered in _cases(rng)
    ]


def normal() -> list[Hostile]:
    """Two ordinary requests that must be answered whatever surrounds them."""
    out = []
    for name, text in (
        ("normal_access", "Hello, please send me a copy of all the personal data you hold on me."),
        ("normal_unsubscribe", "Please unsubscribe me from your marketing emails. Thanks, Ann"),
    ):
        raw = head(name, "my data") + b"\r\n" + text.encode() + b"\r\n"
        out.append(Hostile(name, raw, sender_of(name), True))
    return out
