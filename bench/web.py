"""Server time of the staff queue (page and JSON API) with 100,000 requests in the store.

    python bench/web.py                          # SQLite, then PostgreSQL
    python bench/web.py --database sqlite --requests 20000 --rounds 30

For each database a fresh store gets `--requests` privacy requests (two years of them:
most closed, the last weeks' open, some overdue, eight languages, all request types)
and a few thousand inbound messages, bulk-inserted with Core `INSERT`s. The web app
(`bot.web.create_app`) is served by uvicorn on 127.0.0.1 and a logged-in staff member
fetches each page `--rounds` times after a warm-up. The server time is the app's own
`Server-Timing` header (from the first middleware to the response start: session
lookup, queries, template); wall time (httpx, same machine) is shown next to it.
SQLite is measured as it is left after the inserts (no ANALYZE: the planner has no
statistics); PostgreSQL after ANALYZE, which autovacuum runs by itself after a bulk load.
Nothing is asserted; the target is shown next to the figures.
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from common import database, machine, percentile

TARGET_P95_MS = 150.0
LANGUAGES = ["en"] * 10 + ["de"] * 3 + ["fr"] * 2 + ["es", "it", "nl", "pt", "pl"]
TYPES = (["access"] * 5 + ["erasure"] * 4 + ["rectification"] * 2 + ["objection"] * 2
         + ["portability", "restriction", "complaint", "subscribe"])
OPEN = ["open"] * 3 + ["awaiting_identity"] * 2 + ["awaiting_clarification", "in_progress",
                                                    "extended"]
CLOSED = ["completed"] * 8 + ["refused", "withdrawn"]
STAFF = ["otto", "ada", "vera", "senior"]
PASSWORD = "benchmark password"  # noqa: S105 - a throwaway store


def _rows(n: int, now: datetime, rnd: random.Random) -> list[dict[str, Any]]:
    rows = []
    for i in range(n):
        received = now - timedelta(days=rnd.uniform(0, 730), seconds=rnd.randint(0, 86399))
        recent = received > now - timedelta(days=45)
        open_ = recent or rnd.random() < 0.01  # a few old ones were never closed: overdue
        kinds = sorted({rnd.choice(TYPES) for _ in range(1 if rnd.random() < 0.85 else 2)})
        due = received + timedelta(days=31 + rnd.choice((0, 0, 0, 1, 2, 3)))
        rows.append({
            "reference": f"CAR-{received.year}-{i + 1:06d}",
            "types": kinds,
            "status": rnd.choice(OPEN) if open_ else rnd.choice(CLOSED),
            "email": f"customer{rnd.randint(1, n)}@example.{rnd.choice(('com', 'de', 'fr'))}",
            "language": rnd.choice(LANGUAGES),
            "jurisdiction": "uk",
            "received_at": received,
            "due_at": due,
            "clock_started_at": received,
            "verified": rnd.random() < 0.7,
            "priority": "high" if "complaint" in kinds else "normal",
            "assigned_to": rnd.choice(STAFF) if rnd.random() < 0.3 else "",
            "needs_review": rnd.random() < 0.03,
            "closed_at": None if open_ else due - timedelta(days=rnd.randint(1, 20)),
            "close_reason": "", "closed_by": "" if open_ else "otto", "paused_days": 0,
            "extension_reason": "", "verification_method": "", "subscribe_channels": [],
            "export_approved_by": "",
        })
    return rows


def _messages(n: int, now: datetime, rnd: random.Random) -> list[dict[str, Any]]:
    rows = []
    for i in range(n):
        kind = rnd.choice(("human", "human", "spam", "bounce", "auto_reply"))
        triage = rnd.random() < 0.2
        rows.append({
            "mailbox": "INBOX", "uidvalidity": 1, "uid": i + 1,
            "raw_sha256": uuid.uuid4().hex * 2, "raw": None, "size": 0, "truncated": False,
            "message_id": f"<m{i}@example.com>", "in_reply_to": "",
            "fetched_at": now, "received_at": now - timedelta(minutes=i),
            "status": "triage" if triage else "processed", "attempts": 1,
            "triage_reason": "a person must look" if triage else "", "from_addr":
            f"sender{i}@example.com", "from_name": "", "subject": f"Message {i}",
            "text": "Hello, please help me with my data.", "html": "", "attachments": [],
            "defects": [], "kind": kind, "intents": ["other"] if kind == "human" else [],
            "channels": [], "language": rnd.choice(LANGUAGES), "scores": {"other": 0.6},
            "needs_review": triage, "rule_hits": [], "reviewed": rnd.random() < 0.5,
        })
    return rows


def seed(db_url: str, requests: int, messages: int) -> tuple[float, int]:
    """Bulk-insert the store; returns (seconds, open requests)."""
    from sqlalchemy import insert, text

    from bot.store.db import make_engine, migrate
    from bot.store.mail import InboundMessage
    from bot.store.requests import PrivacyRequest

    engine = make_engine(db_url)
    migrate(engine)
    rnd = random.Random(42)
    now = datetime.now(UTC)
    started = time.perf_counter()
    rows = _rows(requests, now, rnd)
    with engine.begin() as conn:
        for chunk in range(0, len(rows), 5000):
            conn.execute(insert(PrivacyRequest.__table__), rows[chunk:chunk + 5000])  # type: ignore[attr-defined]
        conn.execute(insert(InboundMessage.__table__), _messages(messages, now, rnd))  # type: ignore[attr-defined]
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    elapsed = time.perf_counter() - started
    with engine.connect() as conn:
        open_count = conn.execute(text(
            "SELECT count(*) FROM privacy_request WHERE status IN ('open', "
            "'awaiting_identity', 'awaiting_clarification', 'in_progress', 'extended')"
        )).scalar_one()
    engine.dispose()
    return elapsed, int(open_count)


def serve(db_url: str) -> tuple[Any, threading.Thread, str]:
    import uvicorn

    from bot.config import DatabaseSettings, Settings, WebSettings
    from bot.staff import create_staff
    from bot.store.db import session_scope
    from bot.web import create_app
    from tests.dovecot import free_port

    port = free_port()
    settings = Settings(database=DatabaseSettings(url=db_url),
                        web=WebSettings(secure_cookies=False, session_secret="b" * 40, port=port))
    app = create_app(settings)
    with session_scope(app.state.web.engine) as session:
        create_staff(session, name="otto", role="agent", password=PASSWORD)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None,
                                           access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise SystemExit("uvicorn did not start")
        time.sleep(0.02)
    return server, thread, f"http://127.0.0.1:{port}"


def measure(base: str, rounds: int) -> dict[str, dict[str, float]]:
    import httpx

    client = httpx.Client(base_url=base, timeout=30)
    form = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert token
    client.post("/login", data={"name": "otto", "password": PASSWORD,
                                "csrf_token": token.group(1)})
    assert client.get("/queue").status_code == 200, "login failed"
    # a deep page: follow the cursor 40 pages (2,000 requests) into the open queue
    after = ""
    for _ in range(40):
        after = client.get("/api/requests", params={"after": after}).json()["next"]
    customer = client.get("/api/requests", params={"status": "all"}).json()["items"][0]["email"]
    pages = {
        "queue, first page": ("/queue", {}),
        "queue, filtered": ("/queue", {"type": "erasure", "language": "de",
                                       "due_within": 30}),
        "queue, overdue": ("/queue", {"overdue": 1}),
        "queue, page 41": ("/queue", {"after": after}),
        "queue, search address": ("/queue", {"q": customer, "status": "all"}),
        "messages to handle": ("/queue/messages", {}),
        "API list, first page": ("/api/requests", {}),
        "API list, filtered": ("/api/requests", {"type": "erasure", "language": "de",
                                                 "due_within": 30}),
        "API list, all closed": ("/api/requests", {"status": "closed", "sort": "-due"}),
    }
    out: dict[str, dict[str, float]] = {}
    for name, (path, params) in pages.items():
        server_ms: list[float] = []
        wall_ms: list[float] = []
        for i in range(rounds + 5):
            started = time.perf_counter()
            response = client.get(path, params=params)
            wall = (time.perf_counter() - started) * 1000
            assert response.status_code == 200, (path, response.status_code)
            timing = re.search(r"dur=([\d.]+)", response.headers.get("server-timing", ""))
            if i >= 5:  # warm-up
                server_ms.append(float(timing.group(1)) if timing else wall)
                wall_ms.append(wall)
        out[name] = {"p50": percentile(server_ms, 50), "p95": percentile(server_ms, 95),
                     "wall_p95": percentile(wall_ms, 95)}
    client.close()
    return out


def run(spec: str, requests: int, messages: int, rounds: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp, database(spec, Path(tmp)) as url:
        seconds, open_count = seed(url, requests, messages)
        server, thread, base = serve(url)
        try:
            figures = measure(base, rounds)
        finally:
            server.should_exit = True
            thread.join(timeout=30)
    return {"database": spec, "seed_s": seconds, "open": open_count, "figures": figures}


def report(result: dict[str, Any], requests: int, rounds: int) -> None:
    print(f"\n{result['database']}: {requests:,} requests ({result['open']:,} open) inserted in "
          f"{result['seed_s']:.1f}s; {rounds} rounds per page after 5 warm-up")
    print(f"  {'page':<24} {'server p50':>11} {'server p95':>11} {'wall p95':>9}")
    for name, f in result["figures"].items():
        flag = "" if f["p95"] < TARGET_P95_MS else "  over target"
        print(f"  {name:<24} {f['p50']:>8.1f} ms {f['p95']:>8.1f} ms {f['wall_p95']:>6.1f} ms"
              f"{flag}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--database", action="append", default=[],
                   help="sqlite, postgres or a URL (repeatable; default: sqlite and postgres)")
    p.add_argument("--requests", type=int, default=100_000)
    p.add_argument("--messages", type=int, default=5_000)
    p.add_argument("--rounds", type=int, default=50)
    args = p.parse_args()
    m = machine()
    print(f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram']} RAM; Python {m['python']}, "
          f"SQLite {m['sqlite']}; target: p95 server time < {TARGET_P95_MS:g} ms")
    for spec in args.database or ["sqlite", "postgres"]:
        report(run(spec, args.requests, args.messages, args.rounds), args.requests, args.rounds)


if __name__ == "__main__":
    main()
