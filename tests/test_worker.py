"""`python -m bot run` (IDLE) and clean stops on SIGTERM, as real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from bot.store.db import make_engine, session_scope
from bot.store.mail import RECEIVED, InboundMessage
from tests.conftest import wait_until
from tests.test_end_to_end import _env, load_examples, recipients, sender

ROOT = Path(__file__).resolve().parents[1]


def start(env: dict[str, str], *args: str) -> subprocess.Popen:
    return subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "bot", *args], cwd=ROOT, env={**os.environ, **env},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_run_answers_new_mail_through_idle_and_stops_on_sigterm(
    examples, mailbox, smtp_server, make_settings
):  # type: ignore[no-untyped-def]
    settings = make_settings()
    # polling once an hour: only IDLE can wake the worker up in time
    worker = start({**_env(settings), "BOT_IMAP__POLL_INTERVAL": "3600"}, "run")
    try:
        mailbox.append((examples / "ex05.eml").read_bytes())
        smtp_server.wait_for(1, timeout=60)  # first round: model load + fetch
        mailbox.append((examples / "ex13.eml").read_bytes())
        smtp_server.wait_for(2, timeout=30)  # IDLE wakes the worker, no poll needed
    finally:
        worker.send_signal(signal.SIGTERM)
        out, err = worker.communicate(timeout=60)
    assert worker.returncode == 0, err[-2000:]
    assert recipients(smtp_server) == sorted(
        sender((examples / f).read_bytes()) for f in ("ex05.eml", "ex13.eml")
    )


def test_sigterm_mid_batch_loses_and_repeats_nothing(
    examples, mailbox, smtp_server, make_settings
):  # type: ignore[no-untyped-def]
    samples = load_examples(examples) * 1
    # many distinct messages, so the stop lands in the middle of the batch
    raws = [
        raw.replace(b"Message-ID: <", f"Message-ID: <copy{i}-".encode(), 1)
        for i in range(5) for raw, _ in samples
    ]
    mailbox.append_many(raws)
    settings = make_settings()
    env = {**_env(settings), "BOT_IMAP__BATCH_SIZE": "20"}  # several batches
    engine = make_engine(settings.database.url)

    def processed() -> int:
        try:
            with session_scope(engine) as session:
                return session.exec(
                    select(func.count()).select_from(InboundMessage)
                    .where(InboundMessage.status != RECEIVED)
                ).one()
        except Exception:
            return 0

    once = start(env, "once")
    wait_until(lambda: processed() >= 5 or once.poll() is not None, timeout=120,
               what="the first messages processed")
    assert once.poll() is None, once.communicate()[1][-3000:]
    once.send_signal(signal.SIGTERM)
    out, err = once.communicate(timeout=60)
    assert once.returncode == 0, err[-2000:]
    stopped_at = processed()
    assert 5 <= stopped_at < len(raws), "the stop came mid-batch"

    finish = start(env, "once")
    out, err = finish.communicate(timeout=300)
    assert finish.returncode == 0, err[-2000:]
    assert processed() == len(raws)
    humans = sorted(sender(raw) for raw, lab in samples if lab["kind"] == "human")
    # the copies share senders: each human sender is answered once per distinct message,
    # up to the per-recipient rate limit (10 a day)
    got = recipients(smtp_server)
    assert sorted(set(got)) == sorted(set(humans))
    assert all(got.count(h) == min(5 * humans.count(h), 10) for h in set(humans))
    engine.dispose()
