"""Kill -9 chaos: a worker draining a backlog is killed with SIGKILL at random moments.

`python -m bot once` drains a Dovecot backlog of several hundred messages; at a seeded
random moment after it starts working (the mailbox selected, or its first batch
recorded) it gets SIGKILL — no cleanup, as with the OOM killer or a power cut — and is
started again, at least KILLS times. When a kill finds the backlog drained, another
wave of messages is APPENDed before the next start. Then one clean run, and the
invariant over every message APPENDed:

- exactly one inbound row, status processed or triage; nothing left `received`;
- decided once (one `message.processed` audit entry, at most one request opened);
- every message the bot classified human has exactly one acknowledgement at the SMTP
  server (counted by In-Reply-To), robots none; no outbox row pending or sending.

The one duplicate no program can prevent is a reply in flight at the kill: the SMTP
server accepted it but the worker died before recording that (one UPDATE later). Such
a reply is "in doubt"; it is sent again (a lost acknowledgement is worse than a second
copy with the same Message-ID, which mail clients fold into one). The test records
every reply in doubt at each kill and requires that any second copy is one of them —
and that no reply has three.

A killed sender's claim on its outbox rows lasts a lease (bot.send.LEASE, 5 minutes);
before the clean run the test moves those leases into the past instead of waiting.

Stores: PostgreSQL by default; BOT_CHAOS_STORES=postgres,sqlite runs SQLite as well.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
from dataclasses import dataclass, field

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from bench.common import database, reply_target
from bot.store.base import utcnow
from bot.store.db import make_engine
from tests.servers import SmtpServer
from tests.worker_support import Worker, bot_env, build_corpus, check, counts_line, mid

SEED = int(os.environ.get("BOT_CHAOS_SEED", "20261205"))
KILLS = int(os.environ.get("BOT_CHAOS_KILLS", "20"))
BACKLOG = 400  # the first backlog
WAVE = 300  # APPENDed before a start when nothing is left to do (enough that a kill
# within 2 s of the start still finds work on a fast machine: ~200 messages/s here)
STORES = os.environ.get("BOT_CHAOS_STORES", "postgres").split(",")
# the mailbox is open / a first batch recorded (pipeline._count: "message=N kind=…")
MARKERS = ("imap: selected", " kind=")


@dataclass
class Chaos:
    kills: int = 0  # SIGKILL sent to a live worker that then died of it
    with_work: int = 0  # ... while messages or replies were still waiting
    finished: int = 0  # workers that finished before their kill moment
    waves: int = 0
    in_doubt: set[str] = field(default_factory=set)  # In-Reply-To of replies in flight
    delays: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class Left:
    unstored: int  # APPENDed, not stored yet
    received: int  # stored, not decided yet
    pending: int  # replies queued, not claimed by a sender
    sending: frozenset[str]  # Message-IDs of replies claimed by a sender (lease running)


def work_left(url: str, appended: int) -> Left:
    """What is still to do, read with the worker dead (nothing moves)."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            stored, received = conn.execute(text(
                "SELECT count(*), count(*) FILTER (WHERE status = 'received')"
                " FROM inbound_message"
            )).one() if engine.dialect.name == "postgresql" else conn.execute(text(
                "SELECT count(*), sum(status = 'received') FROM inbound_message"
            )).one()
            sending = [
                row.message_id for row in conn.execute(text(
                    "SELECT message_id FROM outbox WHERE status = 'sending'"
                ))
            ]
            pending = conn.execute(
                text("SELECT count(*) FROM outbox WHERE status = 'pending'")
            ).scalar_one()
    except DBAPIError:  # killed before the first migration: no tables yet
        return Left(appended, 0, 0, frozenset())
    finally:
        engine.dispose()
    return Left(appended - stored, int(received or 0), pending, frozenset(map(mid, sending)))


def in_doubt(smtp: SmtpServer, sending: frozenset[str]) -> set[str]:
    """In-Reply-To of the replies the server has that the store still calls `sending`."""
    return {
        mid(reply_target(m.data)[1]) for m in smtp.messages
        if mid(_message_id(m.data)) in sending
    }


def expire_leases(url: str) -> int:
    """The killed senders' leases run out (rather than waiting bot.send.LEASE)."""
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            return conn.execute(
                text("UPDATE outbox SET claimed_until = :t WHERE status = 'sending'"),
                {"t": utcnow().replace(year=2000)},
            ).rowcount
    finally:
        engine.dispose()


@pytest.mark.parametrize("store", STORES)
def test_kill_9_at_random_moments_loses_nothing_and_repeats_nothing(
    store, mailbox, smtp_server, tmp_path, capsys
):  # type: ignore[no-untyped-def]
    rng = random.Random(SEED)
    uids = mailbox.append_many([m.raw for m in build_corpus(BACKLOG, run="c0")])
    chaos = Chaos()
    sending: frozenset[str] = frozenset()
    with database(store, tmp_path) as url:
        # batches of 50 fetched, decided and answered in turn: kills land in every stage
        env = bot_env(mailbox, smtp_server, url, BOT_IMAP__BATCH_SIZE="50")
        for cycle in range(4 * KILLS):
            if chaos.kills >= KILLS:
                break
            left = work_left(url, len(uids))
            if not (left.unstored or left.received or left.pending):
                # drained: more mail, so that the next kill has work to interrupt
                chaos.waves += 1
                uids += mailbox.append_many(
                    [m.raw for m in build_corpus(WAVE, run=f"c{cycle + 1}")]
                )
            worker = Worker(env, "once", markers=MARKERS)
            marker = MARKERS[1] if rng.random() < 0.4 else MARKERS[0]
            delay = rng.uniform(0.0, 2.0)
            chaos.delays.append(delay)
            if worker.wait_marker(marker, timeout=120):
                try:
                    worker.proc.wait(timeout=delay)  # the random moment, or its exit
                except subprocess.TimeoutExpired:
                    worker.proc.send_signal(signal.SIGKILL)
            status, _ = worker.finish(timeout=120)
            if status != -signal.SIGKILL:
                assert status == 0, worker.errors[-5:]
                chaos.finished += 1
                continue
            chaos.kills += 1
            left = work_left(url, len(uids))
            sending_now = left.sending - sending  # claimed by the worker just killed
            sending |= left.sending
            chaos.with_work += bool(left.unstored or left.received or left.pending or sending_now)
            chaos.in_doubt |= in_doubt(smtp_server, sending_now)

        # again with every reply still claimed by a dead worker: the server may have
        # read the end of a message only after its sender died
        chaos.in_doubt |= in_doubt(smtp_server, work_left(url, len(uids)).sending)
        expired = expire_leases(url)
        final = Worker(env, "once")
        status, out = final.finish(timeout=300)
        assert status == 0, final.errors[-5:]
        outcome = check(url, uids, smtp_server)

    # the kills were many, and they landed while there was work to do
    assert chaos.kills >= KILLS, chaos
    assert chaos.with_work >= 0.8 * chaos.kills, chaos
    # every message stored once, decided once, nothing left behind
    assert outcome.missing_uids == []
    assert outcome.rows == len(uids)
    assert set(outcome.statuses) <= {"processed", "triage"}, outcome.statuses
    assert outcome.decided_twice == 0
    assert outcome.requests_twice == 0
    assert set(outcome.outbox) <= {"sent"}, outcome.outbox
    # every human answered, robots never; a second copy only for a reply in doubt
    assert outcome.kinds["human"] > len(uids) // 2
    assert outcome.humans_unanswered == []
    assert outcome.robots_answered == []
    assert set(map(mid, outcome.humans_twice)) <= chaos.in_doubt
    assert max(outcome.copies.values()) <= 2
    assert outcome.replies == outcome.kinds["human"] + len(outcome.humans_twice)

    with capsys.disabled():
        print(
            f"\n[chaos {store}] seed {SEED}: {chaos.kills} kills ({chaos.with_work} with work"
            f" waiting), {chaos.finished} runs finished first, {len(uids)} messages"
            f" ({chaos.waves} extra waves), {outcome.kinds['human']} acknowledgements;"
            f" duplicates {len(outcome.humans_twice)} (replies in doubt at a kill:"
            f" {len(chaos.in_doubt)}); leases expired for the clean run: {expired};"
            f" clean run: {counts_line(out)}"
        )


def _message_id(raw: bytes) -> str:
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    for line in head.replace(b"\r\n", b"\n").split(b"\n"):
        if line.lower().startswith(b"message-id:"):
            return line.split(b":", 1)[1].decode(errors="replace")
    return ""
