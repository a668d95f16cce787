"""The whole flow of one message, declared once.

    IMAP ─► fetch ─► parse ─► classify ─► decide ─► record ─► reply ─► SMTP

`fetch` stores raw messages (bot.ingest); the per-message stages below turn a stored
row into an Envelope and a committed decision; `reply` is the outbox flush after
commit (bot.send). `run_once()` drains the mailbox and the outbox and returns counts;
`python -m bot once` and the scheduler's jobs are thin wrappers around it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from bot import bounces, claims, ingest, jobs, lifecycle, privacy, send
from bot.app import App
from bot.decide import decide
from bot.envelope import Envelope, RawMessage
from bot.faults import crash_point
from bot.fetch import Mailbox, MailboxError
from bot.parse import ParseError, parse
from bot.record import Recorded, gather_facts, record
from bot.store.base import utcnow
from bot.store.db import begin_writing, is_transient, retrying, session_scope
from bot.store.mail import RECEIVED, TRIAGE, InboundMessage

log = logging.getLogger(__name__)

STAGES = ("fetch", "parse", "classify", "decide", "record", "reply")
COMMIT_BATCH = 50  # messages decided and recorded per transaction

_NO_RAW = defer(InboundMessage.raw)  # type: ignore[arg-type]

@dataclass
class Counts:
    fetched: int = 0
    processed: int = 0
    triaged: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    requests_opened: int = 0
    sent: int = 0
    send_retried: int = 0
    send_failed: int = 0
    mailbox_error: str = ""

    def summary(self) -> str:
        kinds = " ".join(f"{k}={v}" for k, v in sorted(self.by_kind.items()))
        line = (
            f"fetched={self.fetched} processed={self.processed} triage={self.triaged} "
            f"requests={self.requests_opened} sent={self.sent} retry={self.send_retried} "
            f"failed={self.send_failed}"
        )
        line += f" [{kinds}]" if kinds else ""
        return line + (f" mailbox_error={self.mailbox_error!r}" if self.mailbox_error else "")


# --- the per-message stages -----------------------------------------------------------

def parse_stage(app: App, env: Envelope) -> Envelope:
    company = app.settings.company
    parsed = parse(
        env.raw.raw,
        authserv_id=company.authserv_id,
        reference_prefix=company.reference_prefix,
        max_bytes=app.settings.imap.max_message_bytes,
    )
    if env.raw.truncated:
        limit = app.settings.imap.max_message_bytes
        parsed = replace(parsed, defects=(*parsed.defects, f"larger than {limit} bytes: "
                                          "only the beginning was fetched"))
    return env.with_(parsed=parsed)


def classify_stage(app: App, envs: list[Envelope]) -> list[Envelope]:
    """Batched: the classifier runs `nlp.pipe` over the whole batch."""
    results = app.classifier.classify_many([e.parsed.to_mail_input() for e in envs])
    return [e.with_(classification=c) for e, c in zip(envs, results, strict=True)]


BatchStage = Callable[[App, list[Envelope]], list[Envelope]]


def _each(stage: Callable[[App, Envelope], Envelope]) -> BatchStage:
    def run(app: App, envs: list[Envelope]) -> list[Envelope]:
        out = []
        for env in envs:
            if env.error:
                out.append(env)
                continue
            try:
                out.append(stage(app, env))
            except ParseError as exc:
                out.append(env.with_(error=f"{stage.__name__}: {exc}"))
        return out

    return run


# parse and classify run over a batch without the database; decide + record run per
# message in a savepoint of one transaction per batch (see _commit_batch)
PURE_STAGES: tuple[BatchStage, ...] = (_each(parse_stage), classify_stage)


def _envelopes(rows: list[InboundMessage]) -> list[Envelope]:
    return [
        Envelope(
            raw=RawMessage(r.mailbox, r.uidvalidity, r.uid, r.raw or b"", r.truncated),
            row_id=r.id,
        )
        for r in rows
    ]


def process_pending(app: App, counts: Counts, *, limit: int = COMMIT_BATCH) -> int:
    """Process stored messages waiting as `received`; returns how many were handled.

    One thread per process at a time (a second caller waits). Several processes on
    PostgreSQL each claim their own batch (bot.claims): no message is decided twice.
    """
    handled = 0
    with app.processing:
        while not app.stopping.is_set():
            with claims.received(app.engine, limit) as rows:
                if not rows:
                    break
                handled += _process(app, _envelopes(rows), counts)
            crash_point("after_record")
            if len(rows) < limit:
                break
    return handled


def _process(app: App, envs: list[Envelope], counts: Counts) -> int:
    try:
        done = _run_pure_stages(app, envs)
    except Exception:  # a bug in a batch stage: one at a time, so one message fails
        log.exception("batch stage failed; retrying messages one by one")
        done = [_one_by_one(app, e) for e in envs]
    return retrying(  # a transient database fault: the whole batch again
        partial(_commit_batch, app, done, counts), what="recording a batch",
        stop=app.stopping,
    )


def _run_pure_stages(app: App, envs: list[Envelope]) -> list[Envelope]:
    for stage in PURE_STAGES:
        failed = [e for e in envs if e.error]
        envs = stage(app, [e for e in envs if not e.error]) + failed
    return envs


def _one_by_one(app: App, env: Envelope) -> Envelope:
    try:
        (env,) = _run_pure_stages(app, [env])
        return env
    except Exception as exc:
        return env.with_(error=f"{type(exc).__name__}: {exc}"[:500])


def _commit_batch(app: App, envs: list[Envelope], counts: Counts) -> int:
    """decide + record every message of a batch; one commit for the batch.

    Each message runs in its own SAVEPOINT: a failure rolls back that message alone,
    which then goes to triage with the reason; the others are kept. Replies are only
    sent after the commit, so a crash before it leaves nothing sent and everything
    still `received`. A stop request ends the batch early (the rest stays `received`).
    """
    handled = 0
    outcome: list[tuple[Envelope, Recorded | None, str]] = []
    with session_scope(app.engine) as session, privacy.batched_appends(session) as appends:
        # one transaction for the batch on SQLite too (its savepoints nest inside it), and
        # no other worker's commit between reading a row's status and deciding it
        begin_writing(session)
        # the batch's rows in one query (the raw bytes are in the envelopes already);
        # held here, so each message's session.get finds its row in the identity map
        rows = session.exec(
            select(InboundMessage).where(col(InboundMessage.id).in_([e.row_id for e in envs]))
            .options(_NO_RAW)
        ).all()
        for env in envs:
            if app.stopping.is_set():
                break
            mark = len(appends)
            outcome.append(done := _commit_one(app, session, env))
            if done[1] is None:  # rolled back or not ours: its events and audit rows too
                del appends[mark:]
            handled += 1
        del rows
    for env, done, error in outcome:
        _count(env, done, error, counts)
    return handled


def _commit_one(app: App, session: Session, env: Envelope) -> tuple[Envelope, Recorded | None, str]:
    error = env.error
    if not error:
        try:
            # no autoflush: the savepoint's release flushes the message's rows once
            # (explicit flushes inside record fetch the ids it needs)
            with session.begin_nested(), session.no_autoflush:
                row = session.get(InboundMessage, env.row_id, options=[_NO_RAW])
                if row is None or row.status != RECEIVED:
                    return env, None, ""  # another worker got there first
                facts = gather_facts(session, env, app.settings)
                env = env.with_(decision=decide(env, facts))
                return env, record(session, row, env, facts, app.settings, app.replies), ""
        except Exception as exc:
            if is_transient(exc):
                raise  # the database, not the message: not triage (process_pending retries)
            log.exception("message=%s could not be recorded", env.row_id)
            error = f"{type(exc).__name__}: {exc}"[:500]
    _to_triage(session, env, error)
    return env, None, error


def _count(env: Envelope, done: Recorded | None, error: str, counts: Counts) -> None:
    if error:
        counts.triaged += 1
        log.warning("message=%s to triage: %s", env.row_id, error.split(":")[0])
        return
    if done is None or env.classification is None:
        return
    kind = env.classification.kind
    counts.processed += 1
    counts.by_kind[kind] = counts.by_kind.get(kind, 0) + 1
    counts.triaged += done.status == TRIAGE
    counts.requests_opened += bool(done.request_reference and env.decision.open_request_types)
    log.info(
        "message=%s kind=%s intents=%s status=%s request=%s",
        env.row_id, kind, ",".join(env.classification.intents),
        done.status, done.request_reference or "-",
    )


def _to_triage(session: Session, env: Envelope, reason: str) -> None:
    row = session.get(InboundMessage, env.row_id)
    if row is None or row.status != RECEIVED:
        return
    row.attempts += 1
    row.status = TRIAGE
    row.needs_review = True
    row.triage_reason = reason
    row.processed_at = utcnow()
    if env.parsed.from_addr:
        row.from_addr, row.subject = env.parsed.from_addr, env.parsed.subject[:2000]
    session.add(row)


# --- fetch, then everything else ------------------------------------------------------

def fetch_and_process(
    app: App,
    counts: Counts,
    mailbox: Mailbox | None = None,
    *,
    after_batch: Callable[[], None] | None = None,
) -> None:
    """Fetch every new message in batches; store each batch, then process it.

    `after_batch` runs after each processed batch (run_once sends the batch's replies
    there, so a long backlog is answered as it goes rather than at the end).
    """
    own = mailbox is None
    box = mailbox or Mailbox(app.settings.imap)
    name = app.settings.imap.folder
    try:
        if own:
            box.connect()
        while not app.stopping.is_set():
            # under the folder's lock with several workers: each takes the next batch
            fetched = ingest.fetch_batch(
                app.engine, name, box, limit=app.settings.imap.batch_size
            )
            if not fetched.batch:
                # another worker's batch may still wait (several workers): take a share
                process_pending(app, counts)
                break
            counts.fetched += fetched.added
            crash_point("after_store")
            process_pending(app, counts)
            if app.settings.imap.processed_folder:
                box.move_processed([m.uid for m in fetched.batch])
            if after_batch is not None and not app.stopping.is_set():
                after_batch()
    finally:
        if own:
            box.close()


async def run_once(app: App) -> Counts:
    """Drain the mailbox and the outbox once. Never raises for a server that is down."""
    counts = Counts()
    loop = asyncio.get_running_loop()

    def send_batch_replies() -> None:  # called from the fetch thread
        asyncio.run_coroutine_threadsafe(flush_outbox(app, counts), loop).result()

    try:
        await asyncio.to_thread(fetch_and_process, app, counts, after_batch=send_batch_replies)
    except MailboxError as exc:
        counts.mailbox_error = str(exc)
        log.error("mailbox: %s", exc)
    # what was stored earlier but not processed (a crash, a stop) is processed now
    await asyncio.to_thread(process_pending, app, counts)
    if not app.stopping.is_set():
        # due jobs: verification reminders and expiry go out in this same run
        await asyncio.to_thread(
            lifecycle.run_verification_jobs, app.engine, app.settings, replies=app.replies
        )
        # the scheduled jobs that are due (digest, escalation, ...), once per period
        await asyncio.to_thread(jobs.run_due, app.engine, app.settings)
        await flush_outbox(app, counts)
        # once sent, one-time codes are masked and erasure notices wiped
        await asyncio.to_thread(lifecycle.run_housekeeping, app.engine)
    return counts


async def flush_outbox(app: App, counts: Counts) -> None:
    # nothing goes to an address that bounced (5.x.x) while its mark lasts (bot.bounces)
    counts.send_failed += await asyncio.to_thread(bounces.hold_undeliverable, app.engine)
    sent = await send.flush(app.engine, app.settings, limit=app.settings.worker.outbox_batch)
    counts.sent += sent.sent
    counts.send_retried += sent.retried
    counts.send_failed += sent.failed
