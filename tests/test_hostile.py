"""Hostile and broken mail through real servers: Dovecot in, the bot, aiosmtpd out.

The corpus (tests/hostile.py) is APPENDed to a fresh Dovecot mailbox together with two
ordinary requests and `run_once` drains it. Nothing may crash or hang: every message
ends processed or in triage with a readable reason, the ordinary ones and those whose
request survives the damage are answered exactly once, nobody else gets mail, and our
reply to a header-injection attempt carries only our own headers.
"""

from __future__ import annotations

import email
import time
from email.policy import default as default_policy

import pytest
from sqlmodel import select

from bot.envelope import Envelope, RawMessage
from bot.mime import MAX_DEPTH, MAX_HEADER_BYTES, MAX_HEADER_FIELDS, MAX_PARTS, TEXT_CAP
from bot.pipeline import classify_stage, parse_stage, run_once
from bot.store.db import session_scope
from bot.store.mail import PROCESSED, TRIAGE, InboundMessage
from tests.hostile import Hostile, corpus, normal

TIME_LIMIT = 5.0  # seconds one message may take to parse and classify (generous: ~0.5 s)
# what our replies carry (bot/send.py, mail-hygiene.md); anything else is injected
OUR_HEADERS = {
    "from", "to", "subject", "date", "message-id", "in-reply-to", "references",
    "auto-submitted", "x-auto-response-suppress", "precedence", "x-loop", "mime-version",
    "content-type", "content-transfer-encoding", "content-disposition", "return-path",
}  # fmt: skip


def _reason_is_readable(reason: str) -> bool:
    return (
        bool(reason.strip())
        and len(reason) <= 10_000
        and "Traceback" not in reason
        and all(c.isprintable() or c in "\n\t" for c in reason)
    )


@pytest.fixture(scope="module")
def cases() -> list[Hostile]:
    return corpus() + normal()


async def test_hostile_corpus_is_processed_or_triaged_and_normal_mail_answered(
    cases, mailbox, smtp_server, make_settings, make_app, db_url
):  # type: ignore[no-untyped-def]
    uids = mailbox.append_many([c.raw for c in cases])
    assert len(uids) == len(cases)
    by_uid = dict(zip(uids, cases, strict=True))
    app = make_app(make_settings(db=db_url))

    started = time.monotonic()
    counts = await run_once(app)
    elapsed = time.monotonic() - started

    assert counts.fetched == len(cases)
    assert elapsed < TIME_LIMIT * len(cases)
    with session_scope(app.engine) as session:
        rows = {r.uid: r for r in session.exec(select(InboundMessage)).all()}
        session.expunge_all()
    assert sorted(rows) == sorted(uids)

    # every message processed, or in triage with a reason a person can read
    outcome = {}
    for uid, row in rows.items():
        case = by_uid[uid]
        assert row.status in (PROCESSED, TRIAGE), (case.name, row.status)
        if row.status == TRIAGE:
            assert _reason_is_readable(row.triage_reason), (case.name, row.triage_reason[:300])
        outcome[case.name] = row
    assert outcome["empty"].triage_reason == "parse_stage: empty message"
    assert "not an email message" in outcome["binary_garbage"].triage_reason
    for name, defect in [
        ("nested_1000_multipart", f"nested deeper than {MAX_DEPTH} levels"),
        ("nested_1000_rfc822", f"nested deeper than {MAX_DEPTH} levels"),
        ("thousands_of_parts", f"more than {MAX_PARTS} MIME parts"),
        ("huge_header_block", f"more than {MAX_HEADER_FIELDS} header fields"),
        ("huge_header_block", f"over {MAX_HEADER_BYTES // 1024} KB"),
        ("truncated_no_close", "closing boundary missing"),
        # Dovecot stores NUL as 0x80: the NUL cases are in tests/test_parse_properties.py
        ("nul_bytes", "not: decoded as windows-1252"),
    ]:
        # stored for staff; a human's message also goes to triage with them as the reason
        row = outcome[name]
        assert any(defect in d for d in row.defects), (name, row.defects)
        assert row.kind != "human" or (row.status == TRIAGE and defect in row.triage_reason)
    assert all(len(row.text) <= TEXT_CAP for row in rows.values())

    # the ordinary requests, and the requests that survive the damage: one reply each;
    # nobody else hears from us (not the 5,000 recipients, not an injected Bcc)
    sent = [(m, r.lower()) for m in smtp_server.messages for r in m.rcpt_tos]
    recipients = sorted(r for _, r in sent)
    must = sorted(c.sender for c in cases if c.answered)
    allowed = {c.sender for c in cases if c.answered is not False and c.sender}
    assert set(must) <= set(recipients), set(must) - set(recipients)
    assert len(recipients) == len(set(recipients)), "someone got two replies"
    assert set(recipients) <= allowed, set(recipients) - allowed
    assert counts.sent == len(smtp_server.messages)

    # our reply to the header-injection attempt carries our headers and nothing else
    (injected,) = [m for m, r in sent if r == "header.injection@example.net"]
    assert injected.rcpt_tos == ("header.injection@example.net",)
    head, _, _ = injected.data.partition(b"\r\n\r\n")
    names = set()
    for line in head.split(b"\r\n"):
        assert b"\r" not in line and b"\n" not in line
        if line[:1] not in (b" ", b"\t"):
            names.add(line.split(b":", 1)[0].decode().lower())
    assert names <= OUR_HEADERS, names - OUR_HEADERS
    reply = email.message_from_bytes(injected.data, policy=default_policy)
    assert reply["To"] == "header.injection@example.net"
    assert "victim" not in str(reply["Subject"]) and "Bcc" not in str(reply["Subject"])

    # nothing was deleted from the server
    assert mailbox.count() == len(cases)

    # each message, as Dovecot handed it over, parses and classifies within the limit
    slow = {}
    for uid, row in rows.items():
        env = Envelope(raw=RawMessage(row.mailbox, row.uidvalidity, row.uid, row.raw or b""))
        start = time.perf_counter()
        try:
            env = parse_stage(app, env)
        except ValueError:  # ParseError: the message is in triage, checked above
            pass
        else:
            classify_stage(app, [env])
        took = time.perf_counter() - start
        if took > TIME_LIMIT:
            slow[by_uid[uid].name] = round(took, 2)
    assert not slow, slow
