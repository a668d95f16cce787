"""bot.fetch against the real (private) Dovecot of tests/servers.py."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.fetch import Mailbox, MailboxError
from tests.dovecot import ImapAccount, free_port


def message(n: int, size: int = 0) -> bytes:
    head = (
        f"From: customer{n}@example.org\r\nTo: admin@carerra.co\r\n"
        f"Subject: Please unsubscribe me {n}\r\nMessage-ID: <m{n}@example.org>\r\n\r\n"
    ).encode()
    body = b"Stop the newsletter, please.\r\n"
    while len(head + body) < size:
        body += b"x" * 76 + b"\r\n"
    return head + body


def test_fetch_after_returns_newer_uids_in_order_in_batches(mailbox: ImapAccount) -> None:
    raws = [message(n) for n in range(1, 8)]
    mailbox.append_many(raws)

    with Mailbox(mailbox.settings()) as box:
        batches, last = [], 0
        while batch := box.fetch_after(last, limit=3):
            batches.append([m.uid for m in batch])
            last = batch[-1].uid
            assert all(m.raw == raws[m.uid - 1] for m in batch)
        assert box.uidvalidity == mailbox.uidvalidity()
        assert box.uidnext == 8

    assert batches == [[1, 2, 3], [4, 5, 6], [7]]
    assert {m.mailbox for m in batch} <= {"INBOX"}


def test_fetch_after_checkpoint_skips_older_and_default_limit(mailbox: ImapAccount) -> None:
    mailbox.append_many([message(n) for n in range(1, 6)])

    with Mailbox(mailbox.settings(batch_size=2)) as box:
        assert [m.uid for m in box.fetch_after(3)] == [4, 5]
        assert [m.uid for m in box.fetch_after(0)] == [1, 2]  # batch_size


def test_uid_range_star_never_returns_the_old_last_message(mailbox: ImapAccount) -> None:
    mailbox.append_many([message(1), message(2)])

    with Mailbox(mailbox.settings()) as box:
        # `UID SEARCH UID 3:*` and `100:*` both match UID 2 on the server
        assert box.fetch_after(2, limit=10) == []
        assert box.fetch_after(100, limit=10) == []
        mailbox.append(message(3))
        assert [m.uid for m in box.fetch_after(2, limit=10)] == [3]


def test_empty_mailbox(mailbox: ImapAccount) -> None:
    with Mailbox(mailbox.settings()) as box:
        assert box.fetch_after(0, limit=10) == []
        assert box.uidnext == 1


def test_messages_stay_unseen_and_undeleted(mailbox: ImapAccount) -> None:
    mailbox.append_many([message(n) for n in range(1, 4)])

    with Mailbox(mailbox.settings()) as box:
        assert len(box.fetch_after(0, limit=10)) == 3

    assert mailbox.flags() == {1: (), 2: (), 3: ()}
    assert mailbox.uids() == [1, 2, 3]


def test_large_message_is_fetched_truncated(mailbox: ImapAccount) -> None:
    small, large = message(1), message(2, size=10_000)
    mailbox.append_many([small, large])

    with Mailbox(mailbox.settings(max_message_bytes=2048)) as box:
        first, second = box.fetch_after(0, limit=10)

    assert (first.raw, first.truncated) == (small, False)
    assert second.truncated and second.raw == large[:2048]
    assert mailbox.flags()[2] == ()  # the partial fetch did not set \Seen either


def test_idle_wakes_up_promptly_on_new_mail(mailbox: ImapAccount) -> None:
    with Mailbox(mailbox.settings()) as box, ThreadPoolExecutor(1) as pool:
        assert box.has_idle
        started = time.monotonic()
        waiting = pool.submit(box.wait_for_new, 30.0)
        mailbox.append(message(1))  # from another connection
        assert waiting.result(timeout=30) is True
        elapsed = time.monotonic() - started
        # the connection is usable again after IDLE
        assert [m.uid for m in box.fetch_after(0, limit=10)] == [1]

    assert elapsed < 3, elapsed


def test_mail_arriving_between_fetch_and_idle_is_not_missed(mailbox: ImapAccount) -> None:
    mailbox.append(message(1))
    with Mailbox(mailbox.settings()) as box:
        assert [m.uid for m in box.fetch_after(0)] == [1]
        mailbox.append(message(2))  # lands before IDLE starts
        box._require().noop()  # a command of the round swallows the EXISTS
        started = time.monotonic()
        assert box.wait_for_new(30.0) is True
        assert time.monotonic() - started < 3
        assert [m.uid for m in box.fetch_after(1)] == [2]


def test_idle_times_out_and_stops_promptly(mailbox: ImapAccount) -> None:
    stop = threading.Event()
    with Mailbox(mailbox.settings()) as box:
        started = time.monotonic()
        assert box.wait_for_new(0.3) is False
        assert 0.25 < time.monotonic() - started < 2

        timer = threading.Timer(0.2, stop.set)  # "shutdown" from another thread
        timer.start()
        started = time.monotonic()
        assert box.wait_for_new(60, stop=stop) is False
        assert time.monotonic() - started < 2
        timer.join()
        assert box.fetch_after(0, limit=1) == []


def test_idle_disabled_returns_at_once(mailbox: ImapAccount) -> None:
    with Mailbox(mailbox.settings(idle=False)) as box:
        started = time.monotonic()
        assert box.wait_for_new(30) is False
        assert time.monotonic() - started < 0.5


def test_server_restart_during_idle_is_a_mailbox_error(mailbox: ImapAccount) -> None:
    with Mailbox(mailbox.settings()) as box, ThreadPoolExecutor(1) as pool:
        waiting = pool.submit(box.wait_for_new, 30.0)
        mailbox.restart()
        with pytest.raises(MailboxError):
            waiting.result(timeout=30)
        box.connect()  # what the caller does after backing off
        assert box.fetch_after(0, limit=1) == []


def test_uidvalidity_change_is_seen_after_reconnecting(mailbox: ImapAccount) -> None:
    mailbox.append_many([message(1), message(2), message(3)])
    with Mailbox(mailbox.settings()) as box:
        before = box.uidvalidity
        assert [m.uid for m in box.fetch_after(0, limit=10)] == [1, 2, 3]

        _old, new = mailbox.set_uidvalidity_change()  # the server drops our session
        with pytest.raises(MailboxError):
            box.fetch_after(3, limit=10)
        box.connect()

        assert box.uidvalidity == new != before
        again = box.fetch_after(0, limit=10)
    assert [(m.uid, m.uidvalidity) for m in again] == [(1, new), (2, new), (3, new)]
    assert [m.raw for m in again] == [message(1), message(2), message(3)]


def test_login_failure_is_one_line_without_the_password(mailbox: ImapAccount) -> None:
    secret = "s3cr3t-Wrong-Pa55"  # noqa: S105
    with pytest.raises(MailboxError) as failed:
        Mailbox(mailbox.settings(password=secret)).connect()

    text = str(failed.value)
    assert "login failed" in text and mailbox.user in text
    assert secret not in text and "\n" not in text
    assert "b'" not in text


def test_connection_refused(mailbox: ImapAccount) -> None:
    with pytest.raises(MailboxError, match="cannot connect to 127.0.0.1"):
        Mailbox(mailbox.settings(port=free_port(), timeout=5)).connect()


def test_missing_folder(mailbox: ImapAccount) -> None:
    with pytest.raises(MailboxError, match="cannot select folder 'Nowhere'"):
        Mailbox(mailbox.settings(folder="Nowhere")).connect()


def test_not_connected() -> None:
    from bot.config import ImapSettings

    with pytest.raises(MailboxError, match="not connected"):
        Mailbox(ImapSettings()).fetch_after(0, limit=1)


def test_move_processed_moves_exactly_those_uids(mailbox: ImapAccount) -> None:
    raws = [message(n) for n in range(1, 6)]
    mailbox.append_many(raws)

    with Mailbox(mailbox.settings(processed_folder="Processed")) as box:
        box.move_processed([1, 3, 3])

    assert mailbox.uids() == [2, 4, 5]
    assert sorted(mailbox.fetch(uid, "Processed") for uid in mailbox.uids("Processed")) == [
        raws[0],
        raws[2],
    ]


def test_move_without_move_capability_expunges_only_those(
    mailbox: ImapAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    mailbox.append_many([message(n) for n in range(1, 4)])
    with mailbox.client("INBOX") as client:  # someone else's pending deletion
        client.add_flags([2], [b"\\Deleted"])

    with Mailbox(mailbox.settings(processed_folder="Done")) as box:
        client = box._client
        assert client is not None
        real = client.has_capability
        monkeypatch.setattr(client, "has_capability", lambda cap: cap != "MOVE" and real(cap))
        box.move_processed([1])

    assert mailbox.uids() == [2, 3]  # 2 is still there although flagged \Deleted
    assert mailbox.count("Done") == 1


def test_move_processed_is_a_no_op_without_a_folder(mailbox: ImapAccount) -> None:
    mailbox.append(message(1))

    with Mailbox(mailbox.settings()) as box:
        box.move_processed([1])

    assert mailbox.uids() == [1]


def test_implicit_tls_and_starttls(mailbox: ImapAccount) -> None:
    server = mailbox.server
    if not server.tls_port:
        pytest.skip("openssl is missing: Dovecot runs without TLS")
    insecure = {"verify_certificates": False}
    with Mailbox(mailbox.settings(tls="ssl", port=server.tls_port, **insecure)) as box:
        assert box.fetch_after(0, limit=1) == []
    with Mailbox(mailbox.settings(tls="starttls", **insecure)) as box:
        assert box.fetch_after(0, limit=1) == []

    with pytest.raises(MailboxError, match="(?i)certificate"):
        Mailbox(mailbox.settings(tls="ssl", port=server.tls_port)).connect()
