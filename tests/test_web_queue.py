"""The queue: filters, keyset paging, search, spam kept apart, bulk actions, the JSON list."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import text, update
from sqlmodel import Session, col, select

from bot.store.base import utcnow
from bot.store.db import session_scope
from bot.store.mail import InboundMessage
from bot.store.requests import PrivacyRequest
from bot.web import listing
from tests.test_web_support import (
    SQLITE_ONLY,
    Web,
    add_message,
    add_request,
    as_staff,
    csrf_token,
    days_ago,
    web,
)

__all__ = ["as_staff", "web"]
REF = re.compile(r'href="/requests/(CAR-\d{4}-\d{5})"')


def refs(html: str) -> list[str]:
    return list(dict.fromkeys(REF.findall(html)))


def _seed(web: Web) -> dict[str, str]:
    s = web.settings
    out = {
        "old_access": add_request(web.engine, s, types=("access",), received=days_ago(40),
                                  email="old@example.com"),
        "erasure_de": add_request(web.engine, s, types=("erasure",), language="de",
                                  received=days_ago(20), email="de@example.de"),
        "review": add_request(web.engine, s, types=("rectification",), received=days_ago(10),
                              needs_review=True, email="rev@example.com"),
        "fresh": add_request(web.engine, s, types=("access", "erasure"), received=days_ago(1),
                             email="fresh@example.com"),
        "closed": add_request(web.engine, s, types=("objection",), received=days_ago(5),
                              email="closed@example.com"),
    }
    with session_scope(web.engine) as session:
        session.execute(update(PrivacyRequest).where(
            col(PrivacyRequest.reference) == out["closed"]).values(status="completed"))
        session.execute(update(PrivacyRequest).where(
            col(PrivacyRequest.reference) == out["fresh"]).values(assigned_to="otto"))
    return out


async def test_filters_sort_and_search(web: Web, as_staff) -> None:  # type: ignore[no-untyped-def]
    seeded = _seed(web)
    client = await as_staff("otto")

    async def listed(query: str) -> list[str]:
        page = await client.get(f"/queue?{query}")
        assert page.status_code == 200, page.text
        return refs(page.text)

    open_in_due_order = [seeded[k] for k in ("old_access", "erasure_de", "review", "fresh")]
    assert await listed("") == open_in_due_order
    assert await listed("sort=-due") == open_in_due_order[::-1]
    assert await listed("type=erasure") == [seeded["erasure_de"], seeded["fresh"]]
    assert await listed("language=de") == [seeded["erasure_de"]]
    assert await listed("overdue=1") == [seeded["old_access"]]
    assert await listed("due_within=15") == [seeded["old_access"], seeded["erasure_de"]]
    assert await listed("needs_review=1") == [seeded["review"]]
    assert await listed("mine=1") == [seeded["fresh"]]
    assert await listed("status=closed") == [seeded["closed"]]
    assert len(await listed("status=all")) == 5
    assert await listed("q=DE@example.de") == [seeded["erasure_de"]]
    assert await listed(f"q={seeded['review'].lower()}") == [seeded["review"]]
    assert await listed("q=example.com&type=access") == [seeded["old_access"], seeded["fresh"]]
    assert await listed("type=access&due_within=&language=") == [seeded["old_access"],
                                                                 seeded["fresh"]]
    api = (await client.get("/api/requests", params={"type": "erasure"})).json()
    assert [r["reference"] for r in api["items"]] == [seeded["erasure_de"], seeded["fresh"]]
    counts = (await client.get("/api/counts")).json()
    assert counts["open_requests"] == 4 and counts["overdue"] == 1


async def test_keyset_paging_visits_every_request_once(web: Web, as_staff) -> None:  # type: ignore[no-untyped-def]
    made = [add_request(web.engine, web.settings, email=f"p{i}@example.com",
                        received=days_ago(30 - (i // 2)))  # pairs share a due date
            for i in range(11)]
    with session_scope(web.engine) as session:  # two without a due date come last
        session.execute(update(PrivacyRequest).where(
            col(PrivacyRequest.reference).in_(made[:2])).values(due_at=None))
    client = await as_staff("vera")
    seen: list[str] = []
    after = ""
    while True:
        page = (await client.get("/api/requests", params={"limit": 3, "after": after})).json()
        seen += [r["reference"] for r in page["items"]]
        after = page["next"]
        if not after:
            break
    assert sorted(seen) == sorted(made) and len(seen) == len(set(seen))
    assert seen[-2:] == made[:2]
    html = await client.get("/queue?limit=3")
    assert 'rel="next"' in html.text
    bad = await client.get("/api/requests", params={"after": "bm9wZQ"})
    assert bad.status_code == 400


async def test_messages_queue_keeps_spam_apart(web: Web, as_staff) -> None:  # type: ignore[no-untyped-def]
    person = add_message(web.engine, sender="p@example.com", subject="Question about my order")
    spam = add_message(web.engine, sender="deals@spam.example", subject="WIN BIG", kind="spam",
                       status="processed", needs_review=False)
    done = add_message(web.engine, sender="d@example.com", subject="Handled", reviewed=True)
    robot = add_message(web.engine, sender="mailer-daemon@x.example", subject="Undelivered",
                        kind="bounce", language="en")
    client = await as_staff("vera")
    ids = lambda html: list(dict.fromkeys(int(i) for i in re.findall(r'href="/messages/(\d+)"', html)))  # noqa: E731, E501
    main = ids((await client.get("/queue/messages")).text)
    assert person in main and robot in main and spam not in main and done not in main
    assert main.index(person) < main.index(robot)  # oldest first
    assert ids((await client.get("/queue/messages?view=spam")).text) == [spam]
    assert set(ids((await client.get("/queue/messages?view=all")).text)) == {
        person, spam, done, robot}
    assert ids((await client.get("/queue/messages?kind=bounce")).text) == [robot]
    assert ids((await client.get("/queue/messages?q=p@example.com")).text) == [person]
    api = (await client.get("/api/messages", params={"view": "spam"})).json()
    assert [m["id"] for m in api["items"]] == [spam]


async def test_bulk_actions(web: Web, as_staff) -> None:  # type: ignore[no-untyped-def]
    a = add_request(web.engine, web.settings, email="a@example.com", needs_review=True)
    b = add_request(web.engine, web.settings, email="b@example.com", needs_review=True)
    junk = add_request(web.engine, web.settings, email="junk@spam.example")
    m1 = add_message(web.engine, sender="x@example.com")
    m2 = add_message(web.engine, sender="y@spam.example", subject="cheap pills")
    client = await as_staff("otto")
    token = await csrf_token(client)

    async def bulk(**data: object) -> str:
        response = await client.post("/queue/bulk", data={**data, "csrf_token": token})
        assert response.status_code == 303, response.text
        return (await client.get(response.headers["location"])).text

    page = await bulk(target="requests", action="assign", ids=[a, b, "CAR-1999-99999"],
                      assignee="ada")
    assert "2 done, 1 skipped" in page
    await bulk(target="requests", action="reviewed", ids=[a, b])
    await bulk(target="requests", action="close_spam", ids=[junk])
    await bulk(target="messages", action="spam", ids=[str(m2)])
    await bulk(target="messages", action="reviewed", ids=[str(m1)])
    nothing = await bulk(target="requests", action="assign")
    assert "Select at least one row" in nothing
    with session_scope(web.engine) as session:
        rows = {r.reference: r for r in session.exec(select(PrivacyRequest))}
        assert rows[a].assigned_to == rows[b].assigned_to == "ada"
        assert not rows[a].needs_review and not rows[b].needs_review
        assert rows[junk].status == "withdrawn" and rows[junk].closed_by == "otto"
        spam_source = session.get(InboundMessage, rows[junk].source_message_id)
        assert spam_source is not None and spam_source.kind == "spam" and spam_source.reviewed
        m2_row = session.get(InboundMessage, m2)
        m1_row = session.get(InboundMessage, m1)
        assert m2_row is not None and m2_row.kind == "spam" and m2_row.reviewed
        assert m1_row is not None and m1_row.reviewed and m1_row.kind == "human"
    api = await client.post("/api/bulk", json={"target": "messages", "action": "delete",
                                               "ids": [str(m1)]},
                            headers={"X-CSRF-Token": token})
    assert api.status_code == 409


@SQLITE_ONLY
async def test_open_queue_is_index_bound(web: Web) -> None:
    """Every queue query reads an index range, never the whole table; with statistics
    (ANALYZE) the first page is a walk of the partial index that stops after a page."""
    for i in range(30):
        add_request(web.engine, web.settings, email=f"ix{i}@example.com", received=days_ago(i))
    now = utcnow()

    def plan(session: Session, query: listing.RequestQuery) -> str:
        conds = listing._request_filters(query, me="otto", now=now)
        stmt = (select(PrivacyRequest).where(*conds, col(PrivacyRequest.due_at).is_not(None))
                .order_by(col(PrivacyRequest.due_at), col(PrivacyRequest.id)).limit(51))
        compiled = stmt.compile(web.engine, compile_kwargs={"literal_binds": True})
        return " ".join(str(r[-1]) for r in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))

    queries = (listing.RequestQuery(), listing.RequestQuery(type="access", language="en"),
               listing.RequestQuery(due_within=10), listing.RequestQuery(overdue=True),
               listing.RequestQuery(status="awaiting_identity"))
    with Session(web.engine) as session:
        for query in queries:
            found = plan(session, query)
            assert "USING INDEX" in found or "USING COVERING INDEX" in found, found
            assert "SCAN privacy_request" not in found, found
        session.execute(text("ANALYZE"))
        assert "USING INDEX ix_privacy_request_open_due" in plan(session, queries[0])


async def test_postgres_can_use_the_queue_indexes(postgres_url: str) -> None:
    from tests.test_web_support import make_web, settings_for

    built = make_web(settings_for(postgres_url))
    try:
        add_request(built.engine, built.settings)
        with built.engine.connect() as conn:
            for knob in ("seqscan", "bitmapscan", "sort"):  # can the index alone do it?
                conn.exec_driver_sql(f"SET enable_{knob} = off")
            plan = "\n".join(r[0] for r in conn.exec_driver_sql(
                "EXPLAIN SELECT id FROM privacy_request WHERE status IN ('open', "
                "'awaiting_identity', 'awaiting_clarification', 'in_progress', 'extended') "
                "AND due_at IS NOT NULL ORDER BY due_at, id LIMIT 51"))
            assert "ix_privacy_request_open_due" in plan, plan
            assert "Scan using ix_privacy_request_open_due" in plan, plan
            assert "Sort" not in plan, plan  # the index yields due order
    finally:
        built.app.state.web.bot.close()


def test_counts_use_one_clock(web: Web) -> None:
    add_request(web.engine, web.settings, received=days_ago(45))
    with Session(web.engine) as session:
        assert listing.counts(session, now=utcnow()).overdue == 1
        assert listing.counts(session, now=utcnow() - timedelta(days=30)).overdue == 0
