"""Prometheus metrics (`prometheus_client`), served by the web app at /metrics.

Two sources, one page:

- **This process**: the fetch and send latency histograms below (observed by one-line
  calls in bot.fetch and bot.send) and the standard `process_*` / `python_*` metrics.
  They describe the process that serves the page: the `run` worker when it serves the
  web app (`web.enabled_in_run`), nothing of the worker in a separate `web` process.
- **The database, at scrape time**: messages by kind and intent, replies and requests
  by status, queue sizes, overdue requests, the outbox's oldest due reply — gauges from
  COUNT queries on indexed columns, so they are right whichever process serves them and
  however many workers share the database (every instance reports the same figures:
  aggregate them with max(), not sum()).
- For the `run` worker: `privacy_bot_health_check{check}` (1 ok, 0 failing) from the
  same checks as /healthz.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from prometheus_client import (
    REGISTRY,
    CollectorRegistry,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import Text, cast, func
from sqlmodel import Session, col, select

from bot.store.base import utcnow
from bot.store.mail import TRIAGE, Checkpoint, InboundMessage
from bot.store.outbox import OutboxItem
from bot.store.requests import OPEN_STATUSES, PrivacyRequest

if TYPE_CHECKING:
    from bot.app import App

disable_created_metrics()  # no `*_created` series: they double the page for nothing here
T = TypeVar("T")
PREFIX = "privacy_bot"
_LATENCY = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

FETCH_SECONDS = Histogram(
    f"{PREFIX}_fetch_seconds",
    "IMAP fetch of one batch of new messages (search, sizes and bodies), seconds",
    buckets=_LATENCY,
)
SEND_SECONDS = Histogram(
    f"{PREFIX}_send_seconds",
    "SMTP submission of one reply until the server's answer, seconds",
    ["outcome"],  # accepted | error
    buckets=_LATENCY,
)


async def time_send(sending: Awaitable[T]) -> T:
    """`await metrics.time_send(client.send_message(...))`: observe SEND_SECONDS."""
    started = time.perf_counter()
    outcome = "error"
    try:
        result = await sending
        outcome = "accepted"
        return result
    finally:
        SEND_SECONDS.labels(outcome).observe(time.perf_counter() - started)


def render(app: App) -> bytes:
    """The text exposition of this process's metrics and the database's figures."""
    scrape = CollectorRegistry(auto_describe=False)
    scrape.register(_StoreCollector(app))
    return generate_latest(REGISTRY) + generate_latest(scrape)


class _StoreCollector(Collector):
    def __init__(self, app: App) -> None:
        self.app = app

    def collect(self) -> Iterator[GaugeMetricFamily]:
        up = GaugeMetricFamily(f"{PREFIX}_database_up", "1 when the database answered this scrape")
        try:
            with Session(self.app.engine) as session:
                families = list(store_figures(session))
        except Exception:  # the page still serves the process metrics
            families = []
            up.add_metric([], 0)
        else:
            up.add_metric([], 1)
        yield up
        yield from families
        if self.app.health.live:
            yield from _health_families(self.app)


def _gauge(name: str, doc: str, labels: list[str], rows: dict[tuple[str, ...], float]
           ) -> GaugeMetricFamily:
    family = GaugeMetricFamily(f"{PREFIX}_{name}", doc, labels=labels)
    for key, value in sorted(rows.items()):
        family.add_metric(list(key), value)
    return family


def store_figures(session: Session) -> Iterator[GaugeMetricFamily]:
    from bot.health import outbox_figures

    now = utcnow()

    def grouped(column: Any, model: type, *where: Any) -> dict[tuple[str, ...], float]:
        rows = session.exec(select(column, func.count()).select_from(model).where(*where)
                            .group_by(column)).all()
        return {(str(key),): float(n) for key, n in rows}

    def count(model: type, *where: Any) -> float:
        return float(session.exec(select(func.count()).select_from(model).where(*where)).one())

    yield _gauge("messages", "Recorded messages by kind and intent (a message with two intents "
                 "counts under both; intent=none for robots)", ["kind", "intent"],
                 _by_kind_and_intent(session))
    yield _gauge("inbound_messages", "Stored messages by processing status", ["status"],
                 grouped(col(InboundMessage.status), InboundMessage))
    yield _gauge("replies", "Outbox replies by status (pending, sending, sent, failed)",
                 ["status"], grouped(col(OutboxItem.status), OutboxItem))
    yield _gauge("requests", "Privacy requests by status", ["status"],
                 grouped(col(PrivacyRequest.status), PrivacyRequest))
    overdue = count(PrivacyRequest, col(PrivacyRequest.status).in_(OPEN_STATUSES),
                    col(PrivacyRequest.due_at) < now)
    yield _gauge("requests_overdue", "Open privacy requests past their due date", [],
                 {(): overdue})
    outbox = outbox_figures(session, now)
    queues: dict[tuple[str, ...], float] = {
        ("outbox_due",): float(outbox["due"]),
        ("triage",): count(InboundMessage, col(InboundMessage.status) == TRIAGE,
                           col(InboundMessage.reviewed).is_(False)),
        ("needs_review",): count(InboundMessage, col(InboundMessage.needs_review).is_(True),
                                 col(InboundMessage.reviewed).is_(False)),
    }
    yield _gauge("queue_size", "Work waiting: replies due now, messages in triage, messages "
                 "a person must review", ["queue"], queues)
    yield _gauge("outbox_oldest_due_seconds", "How long the oldest due reply has waited "
                 "(0 when none is due)", [], {(): outbox["oldest_due_seconds"] or 0.0})
    fetches = session.exec(select(Checkpoint.mailbox, Checkpoint.last_fetch_at)).all()
    yield _gauge("last_fetch_timestamp_seconds", "When a worker last completed a fetch round "
                 "of the folder (Unix time)", ["folder"],
                 {(name,): at.timestamp() for name, at in fetches if at is not None})


def _by_kind_and_intent(session: Session) -> dict[tuple[str, ...], float]:
    """One GROUP BY over (kind, intents as text); the few distinct lists are split here."""
    intents = cast(col(InboundMessage.intents), Text)
    rows = session.exec(
        select(col(InboundMessage.kind), intents, func.count())
        .where(col(InboundMessage.kind) != "")
        .group_by(col(InboundMessage.kind), intents)
    ).all()
    out: dict[tuple[str, ...], float] = {}
    for kind, raw, n in rows:
        try:
            names = [str(i) for i in json.loads(raw or "[]")] or ["none"]
        except ValueError:
            names = ["unknown"]
        for intent in names:
            out[(kind, intent)] = out.get((kind, intent), 0.0) + n
    return out


def _health_families(app: App) -> Iterator[GaugeMetricFamily]:
    from bot.health import FAILING, UNKNOWN, report

    _healthy, body = report(app)
    family = GaugeMetricFamily(f"{PREFIX}_health_check", "The /healthz checks of this worker: "
                               "1 ok, 0 failing", labels=["check"])
    for name, check in body["checks"].items():
        if check["status"] != UNKNOWN:
            family.add_metric([name], 0.0 if check["status"] == FAILING else 1.0)
    yield family
    connected = GaugeMetricFamily(f"{PREFIX}_mailbox_connected",
                                  "1 while this worker holds an IMAP connection")
    connected.add_metric([], 1.0 if app.health.mailbox_connected else 0.0)
    yield connected


__all__ = ["FETCH_SECONDS", "SEND_SECONDS", "render", "store_figures", "time_send"]
