"""The staff web app's security: login on every route, sessions, CSRF, roles, lockout, escaping."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import update
from sqlmodel import col, select
from starlette.routing import Mount

from bot.store.base import utcnow
from bot.store.db import session_scope
from bot.store.requests import AuditLog, PrivacyRequest
from bot.store.staff import LoginAttempt, StaffSession, StaffUser
from bot.web.app import CSP
from tests.test_web_support import (
    PASSWORD,
    SQLITE_ONLY,
    Web,
    add_message,
    add_request,
    as_staff,
    csrf_token,
    login,
    web,
)

__all__ = ["as_staff", "web"]  # fixtures used here
# /metrics has its own guard (a bearer token, or loopback only): tests/test_ops.py
PUBLIC = {("/login", "GET"), ("/login", "POST"), ("/healthz", "GET"), ("/metrics", "GET")}


def _routes(app: object) -> list[tuple[str, set[str] | None, list[str]]]:
    """(path, methods, path parameters) of every route, routers included (None: a mount)."""
    try:
        from fastapi.routing import iter_route_contexts  # FastAPI >= 0.160: routers nest
    except ImportError:  # pragma: no cover - older FastAPI lists the routes flat
        contexts = list(app.routes)  # type: ignore[attr-defined]
    else:
        contexts = list(iter_route_contexts(app.routes))  # type: ignore[attr-defined]
    out = []
    for ctx in contexts:
        methods = getattr(ctx, "methods", None)
        if isinstance(ctx, Mount):
            methods = None
        out.append((ctx.path, set(methods) if methods else None,
                    list(getattr(ctx, "param_convertors", {}) or {})))
    return out


def _fill(path: str, params: list[str]) -> str:
    values = {"reference": "CAR-2026-00001", "message_id": "1", "name": "assign", "user_id": "1"}
    for param in params:
        path = path.replace("{" + param + "}", values.get(param, "1"))
    return path


async def test_every_route_needs_a_session(web: Web) -> None:
    """Iterate over app.routes: without a session, pages redirect to /login and the API is 401."""
    add_request(web.engine, web.settings)
    add_message(web.engine)
    checked = 0
    async with web.client() as client:
        for path, methods, params in _routes(web.app):
            if methods is None:
                assert path == "/static", "only the vendored CSS/JS is served without login"
                continue
            for method in sorted(methods - {"HEAD"}):
                if (path, method) in PUBLIC:
                    continue
                response = await client.request(method, _fill(path, params))
                checked += 1
                if path.startswith("/api/"):
                    assert response.status_code == 401, (method, path, response.text)
                else:
                    assert response.status_code == 303, (method, path, response.text)
                    assert response.headers["location"].startswith("/login")
    assert checked >= 20


@SQLITE_ONLY
async def test_public_routes_and_headers(web: Web) -> None:
    async with web.client() as client:
        health = await client.get("/healthz")
        assert health.status_code == 200 and health.json()["status"] == "ok"
        form = await client.get("/login")
        assert form.status_code == 200
        for response in (health, form):
            assert response.headers["content-security-policy"] == CSP
            assert response.headers["x-content-type-options"] == "nosniff"
            assert response.headers["referrer-policy"] == "no-referrer"
            assert response.headers["x-frame-options"] == "DENY"
            assert response.headers["cache-control"] == "no-store"
        assert "img-src 'self' data:" in CSP and "default-src 'self'" in CSP
        assert "unsafe-inline" not in CSP
        css = await client.get("/static/app.css")
        assert css.status_code == 200 and "cache-control" in css.headers


async def test_session_cookie_is_hardened(sqlite_url: str) -> None:
    from tests.test_web_support import make_web, settings_for

    secure = make_web(settings_for(sqlite_url, secure=True))
    try:
        async with secure.client(https=True) as client:
            response = await login(client, "otto")
            assert response.status_code == 303
            cookie = next(c for c in response.headers.get_list("set-cookie")
                          if c.startswith("__Host-carerra_staff="))
            lowered = cookie.lower()
            assert "secure" in lowered and "httponly" in lowered and "samesite=strict" in lowered
            assert "path=/" in lowered and "domain" not in lowered
            assert (await client.get("/queue")).status_code == 200
    finally:
        secure.app.state.web.bot.close()


@SQLITE_ONLY
async def test_login_logout_and_session_end(web: Web) -> None:
    async with web.client() as client:
        wrong = await login(client, "otto", "not the password")
        assert wrong.status_code == 401 and "Wrong name or password" in wrong.text
        ok = await login(client, "OTTO")  # names are case-insensitive
        assert ok.status_code == 303 and ok.headers["location"] == "/queue"
        assert (await client.get("/queue")).status_code == 200
        stolen = dict(client.cookies)
        token = await csrf_token(client)
        out = await client.post("/logout", data={"csrf_token": token})
        assert out.status_code == 303
        assert (await client.get("/queue")).status_code == 303
    async with web.client() as replay:  # the old cookie is dead on the server too
        replay.cookies.update(stolen)
        assert (await replay.get("/queue")).status_code == 303


@SQLITE_ONLY
async def test_next_parameter_cannot_redirect_elsewhere(web: Web) -> None:
    async with web.client() as client:
        first = await client.get("/queue/messages")
        assert first.headers["location"] == "/login?next=/queue/messages"
        form = await client.get("/login")
        token = form.text.split('name="csrf_token" value="')[1].split('"')[0]
        response = await client.post("/login", data={
            "name": "otto", "password": PASSWORD, "csrf_token": token,
            "next": "//evil.example/steal"})
        assert response.headers["location"] == "/queue"


@SQLITE_ONLY
async def test_idle_and_deactivated_sessions_end(web: Web) -> None:
    async with web.client() as client:
        await login(client, "otto")
        assert (await client.get("/queue")).status_code == 200
        with session_scope(web.engine) as session:
            session.execute(update(StaffSession).values(last_seen_at=utcnow() - timedelta(hours=3)))
        assert (await client.get("/queue")).status_code == 303
        await login(client, "otto")
        with session_scope(web.engine) as session:
            user = session.exec(select(StaffUser).where(StaffUser.name == "otto")).one()
            user.active = False
            session.add(user)
        assert (await client.get("/queue")).status_code == 303
        assert (await login(client, "otto")).status_code == 401


async def test_post_without_or_with_a_wrong_csrf_token_is_refused(web: Web, as_staff) -> None:  # type: ignore[no-untyped-def]
    reference = add_request(web.engine, web.settings)
    client = await as_staff("otto")
    url = f"/requests/{reference}/actions/assign"
    missing = await client.post(url, data={"assignee": "mallory"})
    wrong = await client.post(url, data={"assignee": "mallory", "csrf_token": "x" * 43})
    other_session = await (await as_staff("ada")).get("/api/me")
    foreign = await client.post(url, data={"assignee": "mallory",
                                           "csrf_token": other_session.json()["csrf_token"]})
    assert (missing.status_code, wrong.status_code, foreign.status_code) == (403, 403, 403)
    api_missing = await client.post(f"/api/requests/{reference}/actions/assign",
                                    json={"assignee": "mallory"})
    assert api_missing.status_code == 403
    with session_scope(web.engine) as session:
        request = session.exec(select(PrivacyRequest)).one()
        assert request.assigned_to != "mallory"
    token = await csrf_token(client)
    ok = await client.post(url, data={"assignee": "otto", "csrf_token": token})
    assert ok.status_code == 303
    api_ok = await client.post(f"/api/requests/{reference}/actions/assign",
                               json={"assignee": "ada"}, headers={"X-CSRF-Token": token})
    assert api_ok.status_code == 200 and api_ok.json()["ok"]
    with session_scope(web.engine) as session:
        assert session.exec(select(PrivacyRequest)).one().assigned_to == "ada"
        actors = {a.actor for a in session.exec(
            select(AuditLog).where(AuditLog.action == "request.assigned"))}
        assert actors == {"otto"}  # (the second assignment was also otto's)


@SQLITE_ONLY
async def test_login_form_needs_its_own_token(web: Web) -> None:
    async with web.client() as client:
        forged = await client.post("/login", data={"name": "otto", "password": PASSWORD})
        assert forged.status_code == 403 and "carerra_staff" not in client.cookies


@SQLITE_ONLY
async def test_lockout_after_repeated_failures(web: Web) -> None:
    async with web.client() as client:
        for _ in range(5):
            assert (await login(client, "otto", "wrong password!")).status_code == 401
        locked = await login(client, "otto")  # the right password, but locked
        assert locked.status_code == 429 and "locked" in locked.text
        assert (await client.get("/queue")).status_code == 303
        assert (await login(client, "ada")).status_code == 303  # other names are not locked
        unknown = await login(client, "nobody", "whatever-pass")
        assert unknown.status_code == 401  # the same answer as a wrong password
    with session_scope(web.engine) as session:  # the window passes
        session.execute(update(LoginAttempt).values(at=utcnow() - timedelta(minutes=16)))
        failures = session.exec(select(AuditLog).where(AuditLog.action == "staff.login_failed"))
        assert all("otto" not in str(a.detail) for a in failures)  # ids in logs, not names
    async with web.client() as client:
        assert (await login(client, "otto")).status_code == 303


async def test_roles_are_enforced_on_the_server(web: Web, as_staff) -> None:  # type: ignore[no-untyped-def]
    reference = add_request(web.engine, web.settings, types=("erasure",), verified=True)
    message = add_message(web.engine)
    viewer, agent, admin = await as_staff("vera"), await as_staff("otto"), await as_staff("ada")
    for client in (viewer, agent, admin):
        assert (await client.get("/queue")).status_code == 200
        assert (await client.get(f"/requests/{reference}")).status_code == 200
        assert (await client.get(f"/messages/{message}")).status_code == 200
        assert (await client.get("/api/openapi.json")).status_code == 200
    token = await csrf_token(viewer)
    for url, data in [
        (f"/requests/{reference}/actions/assign", {"assignee": "vera"}),
        (f"/messages/{message}/actions/reviewed", {}),
        ("/queue/bulk", {"target": "messages", "action": "reviewed", "ids": str(message)}),
    ]:
        refused = await viewer.post(url, data={**data, "csrf_token": token})
        assert refused.status_code == 403, url
    api = await viewer.post(f"/api/messages/{message}/actions/reviewed", json={},
                            headers={"X-CSRF-Token": token})
    assert api.status_code == 403
    # an agent acts, but does not erase and does not manage staff
    agent_token = await csrf_token(agent)
    assert (await agent.get(f"/requests/{reference}/erase")).status_code == 403
    erase = await agent.post(f"/requests/{reference}/actions/erase",
                             data={"confirm": reference, "csrf_token": agent_token})
    assert erase.status_code == 403
    assert (await agent.get("/staff")).status_code == 403
    assert (await agent.post("/staff", data={"name": "eve", "role": "admin",
                                             "password": PASSWORD,
                                             "csrf_token": agent_token})).status_code == 403
    reviewed = await agent.post(f"/messages/{message}/actions/reviewed",
                                data={"csrf_token": agent_token})
    assert reviewed.status_code == 303
    # the admin erases, in two steps
    assert (await admin.get(f"/requests/{reference}/erase")).status_code == 200
    admin_token = await csrf_token(admin)
    unconfirmed = await admin.post(f"/requests/{reference}/actions/erase",
                                   data={"confirm": "", "csrf_token": admin_token})
    assert unconfirmed.status_code == 303
    with session_scope(web.engine) as session:
        assert session.exec(select(PrivacyRequest)).one().erased_at is None
    done = await admin.post(f"/requests/{reference}/actions/erase",
                            data={"confirm": reference.lower(), "csrf_token": admin_token})
    assert done.status_code == 303
    with session_scope(web.engine) as session:
        request = session.exec(select(PrivacyRequest)).one()
        assert request.erased_at is not None and request.status == "completed"
        assert request.closed_by == "ada"
    page = await admin.get(f"/requests/{reference}")
    assert "Erased:" in page.text


@SQLITE_ONLY
async def test_mail_is_escaped_and_sanitised(web: Web, as_staff) -> None:  # type: ignore[no-untyped-def]
    message = add_message(
        web.engine, sender="x@example.com",
        subject='<script>window.pwned=1</script>"><b>bold</b>',
        text="<img src=x onerror=alert(1)> & <script>alert(2)</script>",
        html=('<p onclick="alert(3)">hi<script>alert(4)</script>'
              '<img src="https://tracker.example/p.gif" srcset="https://t.example/1.png 1x">'
              '<div style="background:url(https://t.example/bg.png)">x</div>'
              '<a href="javascript:alert(5)">j</a><iframe src="https://e.example"></iframe>'
              '<link rel="stylesheet" href="https://e.example/s.css"></p>'),
    )
    client = await as_staff("vera")
    for url in (f"/messages/{message}", "/queue/messages"):
        page = await client.get(url)
        assert page.status_code == 200
        body = page.text
        assert "<script>window.pwned" not in body and "<b>bold</b>" not in body
        assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in body
    body = (await client.get(f"/messages/{message}")).text
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    tags = re.findall(r"<[a-z][^>]*>", body, flags=re.I)  # real tags, not escaped text
    for tag in tags:
        assert not re.search(r"\s(on\w+|style|srcset|background)\s*=", tag, flags=re.I), tag
        assert "example" not in tag or tag.startswith(("<input", "<option")), tag
    for bad in ("alert(4)", "tracker.example", "t.example", "javascript:", "<iframe",
                "e.example/s.css"):
        assert bad not in body, bad
    assert "remote references removed" in body
    html = (await client.get(f"/api/messages/{message}")).json()["message"]["html"]
    assert "tracker.example" not in html and "<script" not in html


@SQLITE_ONLY
@pytest.mark.parametrize("path", ["/queue?status=nonsense", "/queue?after=%%%", "/queue?type=x"])
async def test_bad_filters_are_400_pages(web: Web, as_staff, path: str) -> None:  # type: ignore[no-untyped-def]
    client = await as_staff("vera")
    response = await client.get(path)
    assert response.status_code == 400 and "<html" in response.text


@SQLITE_ONLY
async def test_staff_management_by_admin(web: Web, as_staff) -> None:  # type: ignore[no-untyped-def]
    admin = await as_staff("ada")
    token = await csrf_token(admin)
    added = await admin.post("/staff", data={"name": "Bea", "role": "viewer",
                                             "password": PASSWORD, "csrf_token": token})
    assert added.status_code == 303
    short = await admin.post("/staff", data={"name": "cy", "role": "viewer",
                                             "password": "short", "csrf_token": token})
    assert short.status_code == 303
    with session_scope(web.engine) as session:
        bea = session.exec(select(StaffUser).where(StaffUser.name == "bea")).one()
        assert bea.role == "viewer" and bea.password_hash.startswith("$argon2")
        assert session.exec(select(StaffUser).where(StaffUser.name == "cy")).first() is None
    async with web.client() as client:
        assert (await login(client, "bea")).status_code == 303
        await admin.post(f"/staff/{bea.id}/role", data={"role": "agent", "csrf_token": token})
        assert (await client.get("/api/me")).json()["role"] == "agent"
        await admin.post(f"/staff/{bea.id}/active", data={"active": "0", "csrf_token": token})
        assert (await client.get("/queue")).status_code == 303
    with session_scope(web.engine) as session:
        actions = [a.action for a in session.exec(
            select(AuditLog).where(AuditLog.target == f"staff:{bea.id}")
            .order_by(col(AuditLog.id)))]
    assert actions[0] == "staff.created" and "staff.role_changed" in actions
    assert actions[-1] == "staff.deactivated"
