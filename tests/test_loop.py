"""Mail loops over real SMTP and IMAP, on SQLite and PostgreSQL (issue 5, "Loops").

An auto-responder answers every message the bot sends to its address by APPENDing an
"Automatic reply: …" into the bot's own Dovecot mailbox (as the customer's mail server
would deliver it). The bot runs `run_once` until nothing moves: that address gets at
most one acknowledgement, counted at the SMTP server. A customer who writes ten times
in a minute gets at most the rate-limited number of replies.
"""

from __future__ import annotations

import asyncio
import email
import uuid
from email.policy import default as default_policy
from email.utils import format_datetime

import pytest
from sqlmodel import col, select

from bot.pipeline import Counts, run_once
from bot.store.base import utcnow
from bot.store.db import session_scope
from bot.store.mail import InboundMessage
from tests.servers import Received, SmtpServer

CUSTOMER = "pat.murphy@example.net"
MAX_ROUNDS = 8
ROUND_LIMIT = 40.0  # seconds

REQUEST = (
    "Hello,\n\nI would like you to delete all personal data you hold about me, under "
    "Article 17 of the GDPR. My customer number is 48213.\n\nRegards,\nPat Murphy\n"
)
OUT_OF_OFFICE = (
    "Thank you for your email. I am out of the office until Monday 9 March with no access "
    "to email. Your message will not be forwarded. For urgent matters please contact "
    "office@example.net.\n\nPat Murphy\n"
)


def mail(subject: str, body: str, *, message_id: str = "", headers: dict[str, str] | None = None,
         sender: str = CUSTOMER) -> bytes:
    lines = {
        "From": f"Pat Murphy <{sender}>", "To": "admin@carerra.co", "Subject": subject,
        "Date": format_datetime(utcnow()),
        "Message-ID": message_id or f"<{uuid.uuid4().hex}@example.net>",
        "MIME-Version": "1.0", "Content-Type": "text/plain; charset=utf-8",
        **(headers or {}),
    }
    head = "".join(f"{k}: {v}\r\n" for k, v in lines.items())
    return (head + "\r\n" + body.replace("\n", "\r\n")).encode()


def auto_reply(variant: str, ours: Received) -> bytes:
    """What an out-of-office answers to one of our messages, in four realistic shapes."""
    msg = email.message_from_bytes(ours.data, policy=default_policy)
    subject = f"Automatic reply: {msg['Subject']}"
    threading = {"In-Reply-To": str(msg["Message-ID"]), "References": str(msg["Message-ID"])}
    if variant == "auto_submitted":  # RFC 3834, as Exchange and Gmail send it
        headers = {**threading, "Auto-Submitted": "auto-replied",
                   "X-Auto-Response-Suppress": "All"}
    elif variant == "no_headers":  # many clients: threaded, but no robot header at all
        headers = threading
    else:  # "fresh": a new conversation as far as headers go, nothing to thread on
        headers = {}
    if variant == "fresh_subject":  # ... and not even our reference in the subject
        subject = "Out of office: Pat Murphy"
    return mail(subject, OUT_OF_OFFICE, headers=headers)


def to_customer(smtp_server: SmtpServer, address: str = CUSTOMER) -> list[Received]:
    return [m for m in smtp_server.messages if address in m.rcpt_tos]


def inbound(app) -> list[InboundMessage]:  # type: ignore[no-untyped-def]
    with session_scope(app.engine) as session:
        return list(session.exec(select(InboundMessage).order_by(col(InboundMessage.id))))


def rules(message: InboundMessage) -> set[str]:
    return {hit["rule"] for hit in message.rule_hits}


async def until_quiet(app) -> list[Counts]:  # type: ignore[no-untyped-def]
    """run_once until a round fetches and sends nothing; fail if it never settles."""
    rounds = []
    for _ in range(MAX_ROUNDS):
        try:  # a loop inside one run (each reply answered before the fetch ends) never ends
            counts = await asyncio.wait_for(run_once(app), ROUND_LIMIT)
        except TimeoutError:
            app.stopping.set()  # the fetch thread stops after its current message
            raise AssertionError(f"a run did not end within {ROUND_LIMIT}s") from None
        assert not counts.mailbox_error, counts.mailbox_error
        rounds.append(counts)
        if counts.fetched == 0 and counts.sent == 0:
            return rounds
    raise AssertionError(f"still moving after {MAX_ROUNDS} rounds: "
                         + " | ".join(c.summary() for c in rounds))


@pytest.mark.parametrize("variant", ["auto_submitted", "no_headers", "fresh", "fresh_subject"])
async def test_an_auto_responder_gets_one_acknowledgement(  # type: ignore[no-untyped-def]
    variant, db_url, mailbox, smtp_server, make_settings, make_app
) -> None:
    answered: list[bytes] = []

    def responder(ours: Received) -> None:  # runs in the SMTP server, before its 250
        if CUSTOMER in ours.rcpt_tos:
            answered.append(auto_reply(variant, ours))
            mailbox.append(answered[-1])

    smtp_server.on_message(responder)
    app = make_app(make_settings(db=db_url))
    mailbox.append(mail("Please delete my data", REQUEST))

    rounds = await until_quiet(app)

    replies = to_customer(smtp_server)
    assert len(replies) == 1, [r.data[:300] for r in replies]
    ack = email.message_from_bytes(replies[0].data, policy=default_policy)
    assert ack["Auto-Submitted"] == "auto-replied" and ack["X-Auto-Response-Suppress"] == "All"
    assert len(answered) == 1 and mailbox.count() == 2  # the request and one auto-reply
    assert sum(c.fetched for c in rounds) == 2
    assert len(smtp_server.messages) == 1  # nothing else went anywhere (no staff loop)
    (stopped,) = [m for m in inbound(app) if m.subject.lower().startswith(("automatic", "out"))]
    assert {"robot", "robot_headers"} & rules(stopped), stopped.rule_hits


async def test_two_bots_answering_each_other_stop(  # type: ignore[no-untyped-def]
    db_url, mailbox, smtp_server, make_settings, make_app
) -> None:
    """The worst case: a helpdesk that acknowledges everything as a new ticket, with a
    fresh Message-ID, no robot headers and no threading, so only the text, our own
    reference in the subject and the rate limit are left to stop the loop."""
    tickets: list[int] = []

    def helpdesk(ours: Received) -> None:
        if CUSTOMER in ours.rcpt_tos:
            tickets.append(len(tickets) + 1)
            msg = email.message_from_bytes(ours.data, policy=default_policy)
            mailbox.append(mail(
                f"[Ticket #{4000 + len(tickets)}] {msg['Subject']}",
                "Thank you for contacting us. This is an automated response confirming that "
                f"we have received your message (ticket #{4000 + len(tickets)}). An agent "
                "will reply within 2 working days.\n\nExample Support\n",
            ))

    smtp_server.on_message(helpdesk)
    app = make_app(make_settings(db=db_url))
    mailbox.append(mail("Please delete my data", REQUEST))

    await until_quiet(app)

    assert len(to_customer(smtp_server)) == 1
    assert tickets == [1]
    (ticket,) = [m for m in inbound(app) if m.subject.startswith("[Ticket")]
    assert "acknowledge" not in rules(ticket), ticket.rule_hits


@pytest.mark.parametrize("per_round", [10, 1], ids=["one_batch", "one_per_round"])
async def test_ten_messages_in_a_minute_are_rate_limited(  # type: ignore[no-untyped-def]
    per_round, db_url, mailbox, smtp_server, make_settings, make_app
) -> None:
    settings = make_settings(db=db_url)
    settings.smtp.rate_limit_per_recipient = 3
    app = make_app(settings)
    writer = "sam.kelly@example.org"
    messages = [
        mail(f"Request {n}: {topic}", f"Hello,\n\n{text}\n\nSam Kelly\n", sender=writer)
        for n, (topic, text) in enumerate([
            ("delete my data", "Please erase all personal data you hold about me."),
            ("my data", "Please send me a copy of all personal data you hold about me."),
            ("stop emails", "Please stop sending me marketing emails."),
            ("correction", "My address is wrong in your records, please correct it."),
            ("delete my data", "Please erase my account and every record of me."),
            ("copy of data", "I am making a subject access request for all my data."),
            ("stop calls", "Please stop calling me with offers."),
            ("erase", "Delete everything you store about me, under Article 17."),
            ("access", "What personal data do you process about me? Send me a copy."),
            ("unsubscribe", "Unsubscribe me from every newsletter."),
        ])
    ]
    for start in range(0, len(messages), per_round):
        mailbox.append_many(messages[start:start + per_round])
        await run_once(app)
    await until_quiet(app)

    # each of the ten starts a conversation and would be acknowledged; the limit caps it
    assert len(to_customer(smtp_server, writer)) == 3
    limited = [m for m in inbound(app) if "rate_limit" in rules(m)]
    assert len(limited) == 7 and all("acknowledge" in rules(m) for m in limited)
