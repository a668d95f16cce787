"""The store on SQLite and PostgreSQL: contacts import, consent ledger, references."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import select

from bot import people, privacy
from bot.contacts import import_csv
from bot.reports import export_preferences, show_preferences
from bot.store.db import make_engine, migrate, session_scope
from bot.store.people import ConsentEvent, Suppression

CSV = """\
email,first_name,last_name,phone,postal_address,email_opt_in,sms_opt_in,post_opt_in,phone_opt_in
ann@example.com,Ann,Lee,+44 7700 900001,"1 High St, Leeds",true,false,yes,0
BOB@Example.com,Bob,Ray,,,1,1,no,no
not-an-email,X,Y,,,true,true,true,true
carla@example.com,Carla,Diaz,,,maybe,true,true,true
dora@example.com,Dora,,,,yes,,,
"""


@pytest.fixture
def engine(db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(db_url)
    migrate(engine)
    yield engine
    engine.dispose()


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "contacts.csv"
    path.write_text(body, encoding="utf-8")
    return path


def test_import_reports_bad_rows_and_is_idempotent(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, CSV)
    first = import_csv(engine, path)
    assert (first.created, first.skipped) == (3, 2)
    assert any(p.startswith("line 4:") and "email" in p for p in first.problems)
    assert any(p.startswith("line 5:") and "email_opt_in" in p for p in first.problems)
    assert show_preferences(engine, "ann@example.com")["channels"] == {
        "email": True, "sms": False, "post": True, "phone": False,
    }
    assert show_preferences(engine, "bob@example.com")["channels"]["sms"] is True

    with session_scope(engine) as session:
        ledger_before = len(session.exec(select(ConsentEvent)).all())
    second = import_csv(engine, path)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 3)
    with session_scope(engine) as session:
        assert len(session.exec(select(ConsentEvent)).all()) == ledger_before


def test_import_never_undoes_a_withdrawal(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, CSV)
    import_csv(engine, path)
    with session_scope(engine) as session:
        ann = people.find_contact(session, "ann@example.com")
        assert ann is not None
        people.withdraw(session, ann, ["email"], people.ConsentSource("message", "stop"))
    import_csv(engine, path)
    assert show_preferences(engine, "ann@example.com")["channels"]["email"] is False


def test_suppressed_address_is_never_opted_in(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        session.add(Suppression(email_hash=people.address_hash(session, "dora@example.com")))
    report = import_csv(engine, write(tmp_path, CSV))
    assert report.refused_opt_ins == 1
    shown = show_preferences(engine, "dora@example.com")
    assert shown["suppressed"] is True and not any(shown["channels"].values())


def test_ledger_is_append_only(engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        contact = people.get_or_create_contact(session, "eve@example.com")
        people.set_channels(session, contact, {"email": True},
                            people.ConsentSource("import", "csv"))
    with pytest.raises(DBAPIError), engine.begin() as conn:
        conn.execute(text("UPDATE consent_event SET opted_in = false"))
    with pytest.raises(DBAPIError), engine.begin() as conn:
        conn.execute(text("DELETE FROM consent_event"))
    with session_scope(engine) as session:
        (event,) = session.exec(select(ConsentEvent)).all()
    assert event.opted_in and "eve@example.com" not in event.email_hash


def test_two_changes_of_one_channel_in_one_transaction(engine) -> None:  # type: ignore[no-untyped-def]
    # as the pipeline records a message (no autoflush): a stop, then a confirmed sign-up
    how = people.ConsentSource("message", "code reply")
    with session_scope(engine) as session, session.no_autoflush:
        contact = people.get_or_create_contact(session, "fay@example.com")
        assert people.withdraw(session, contact, ["email"], how) == ["email"]
        assert people.subscribe(session, contact, ["email"], how) == ["email"]
    assert show_preferences(engine, "fay@example.com")["channels"]["email"] is True
    with session_scope(engine) as session:
        events = session.exec(select(ConsentEvent).order_by(ConsentEvent.id)).all()  # type: ignore[arg-type]
        assert [e.opted_in for e in events] == [False, True]


def test_references_are_numbered_per_year(engine) -> None:  # type: ignore[no-untyped-def]
    refs = []
    for year in (2026, 2026, 2027):
        with session_scope(engine) as session:
            request = privacy.open_request(
                session, types=["access"], email="a@example.com", contact_id=None,
                received_at=datetime(year, 3, 3, tzinfo=UTC), jurisdiction="uk", prefix="CAR",
            )
            refs.append(request.reference)
    assert refs == ["CAR-2026-00001", "CAR-2026-00002", "CAR-2027-00001"]


def test_export_lists_every_contact(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import io

    import_csv(engine, write(tmp_path, CSV))
    out = io.StringIO()
    export_preferences(engine, out, as_json=False)
    lines = out.getvalue().splitlines()
    assert lines[0] == "email,email_opt_in,sms_opt_in,post_opt_in,phone_opt_in"
    assert "ann@example.com,true,false,true,false" in lines
    out = io.StringIO()
    export_preferences(engine, out, as_json=True)
    assert {row["email"] for row in json.loads(out.getvalue())} == {
        "ann@example.com", "bob@example.com", "dora@example.com",
    }
