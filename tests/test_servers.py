"""The test servers themselves: Dovecot and the aiosmtpd sink behave as the suite expects."""

from __future__ import annotations

import smtplib
import socket

import pytest

from tests.servers import DovecotServer, ImapAccount, SmtpServer


def message(n: int, subject: str = "Hello") -> bytes:
    return (
        f"From: customer{n}@example.org\r\nTo: admin@carerra.co\r\n"
        f"Subject: {subject} {n}\r\nMessage-ID: <m{n}@example.org>\r\n\r\nBody {n}\r\n"
    ).encode()


def test_append_and_read_back(mailbox: ImapAccount) -> None:
    first = mailbox.append(message(1))
    second = mailbox.append(message(2))

    assert (first, second) == (1, 2)
    with mailbox.client("INBOX") as client:
        fetched = client.fetch(client.search("ALL"), ["BODY.PEEK[]"])
    assert [fetched[uid][b"BODY[]"] for uid in (1, 2)] == [message(1), message(2)]


def test_append_many_and_counters(mailbox: ImapAccount) -> None:
    uids = mailbox.append_many([message(n) for n in range(30)])

    assert uids == list(range(1, 31))
    assert mailbox.uids() == uids
    assert mailbox.count() == 30
    assert mailbox.append(message(99), folder="Archive") == 1
    assert mailbox.folder_exists("Archive") and not mailbox.folder_exists("Nope")


def test_each_test_gets_an_empty_mailbox(mailbox: ImapAccount) -> None:
    assert mailbox.uids() == [] and mailbox.user != "bot"


def test_reset_empties_the_shared_account(dovecot: ImapAccount) -> None:
    dovecot.append_many([message(1), message(2)])
    dovecot.append(message(3), folder="Processed")

    dovecot.reset()

    assert dovecot.count() == 0 and not dovecot.folder_exists("Processed")


def test_uidvalidity_change_renumbers(mailbox: ImapAccount) -> None:
    mailbox.append_many([message(n) for n in range(3)])
    with mailbox.client("INBOX") as client:
        client.set_flags([1, 2], [b"\\Deleted"])
        client.expunge()
    assert mailbox.uids() == [3]

    old, new = mailbox.set_uidvalidity_change()

    assert new != old
    assert mailbox.uidvalidity() == new
    assert mailbox.uids() == [1]  # the same message, a new UID
    assert mailbox.fetch(1) == message(2)


def test_restart_keeps_mail(mailbox: ImapAccount) -> None:
    mailbox.append(message(1))

    mailbox.restart()

    assert mailbox.uids() == [1]


def test_wrong_password_is_refused(dovecot_server: DovecotServer) -> None:
    account = dovecot_server.add_user("eve", "right")
    account.password = "wrong"  # noqa: S105
    with pytest.raises(Exception, match="(?i)auth"):
        account.uids()


def send(server: SmtpServer, to: str = "someone@example.org", body: bytes = b"") -> None:
    with smtplib.SMTP(server.host, server.port, timeout=10) as smtp:
        smtp.sendmail("admin@carerra.co", [to], body or message(1))


def test_smtp_records_a_message(smtp_server: SmtpServer) -> None:
    send(smtp_server)

    [got] = smtp_server.wait_for(1, timeout=5)
    assert got.mail_from == "admin@carerra.co"
    assert got.rcpt_tos == ("someone@example.org",)
    assert b"Subject: Hello 1" in got.data and got.replied


def test_smtp_permanent_failure_is_seen_by_the_client(smtp_server: SmtpServer) -> None:
    smtp_server.fail_next(1, code=550)

    with pytest.raises(smtplib.SMTPDataError) as failed:
        send(smtp_server)

    assert failed.value.smtp_code == 550
    assert smtp_server.messages == []
    send(smtp_server)  # only the next message failed
    assert len(smtp_server.wait_for(1)) == 1


def test_smtp_temporary_failures_and_recipient_faults(smtp_server: SmtpServer) -> None:
    smtp_server.fail_next(1, code=451)
    smtp_server.fail_recipient("bounce@example.org", code=550)

    with pytest.raises(smtplib.SMTPDataError) as temporary:
        send(smtp_server)
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        send(smtp_server, to="bounce@example.org")

    assert temporary.value.smtp_code == 451
    assert refused.value.recipients["bounce@example.org"][0] == 550
    smtp_server.fail_next(1, code=421)
    with pytest.raises(smtplib.SMTPDataError) as closing:
        send(smtp_server)
    assert closing.value.smtp_code == 421
    assert smtp_server.messages == []


def test_smtp_drop_after_data(smtp_server: SmtpServer) -> None:
    smtp_server.drop_next(1)

    with pytest.raises(smtplib.SMTPServerDisconnected):
        send(smtp_server)

    [got] = smtp_server.wait_for(1)
    assert not got.replied


def test_smtp_down_and_up(smtp_server: SmtpServer) -> None:
    smtp_server.stop()
    with (
        pytest.raises(ConnectionRefusedError),
        socket.create_connection((smtp_server.host, smtp_server.port), timeout=5),
    ):
        pass

    smtp_server.start()
    send(smtp_server)
    assert len(smtp_server.wait_for(1)) == 1


def test_smtp_wait_for_times_out(smtp_server: SmtpServer) -> None:
    with pytest.raises(AssertionError, match="expected 1 SMTP messages"):
        smtp_server.wait_for(1, timeout=0.1)
