"""The audit trail: append-only in the database, hash-chained, tampering found and named."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from kvisa_desk.core.accounts.audit import verify_chain
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.store.engine import Database

pytestmark = pytest.mark.backend


def _work(db: Database, count: int = 6) -> None:
    with db.write() as session:
        for i in range(count):
            record_event(session, "officer.a", "note_added", None, note=i)


def _drop_triggers(owner: Engine) -> None:
    """What an attacker with the database file (or the owner role's password) can do."""
    with owner.begin() as conn:
        if owner.dialect.name == "postgresql":
            conn.execute(text("DROP TRIGGER case_events_append_only ON case_events"))
        else:
            conn.execute(text("DROP TRIGGER case_events_no_update"))
            conn.execute(text("DROP TRIGGER case_events_no_delete"))


def _ids(db: Database) -> list[int]:
    with db.engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT id FROM case_events ORDER BY id"))]


def test_chain_verifies_on_an_untouched_database(db: Database) -> None:
    _work(db)
    report = verify_chain(db)
    assert report.ok and report.checked == len(_ids(db)) >= 6


@pytest.mark.parametrize(
    "statement", ["UPDATE case_events SET officer = 'x'", "DELETE FROM case_events"]
)
def test_database_refuses_update_and_delete(
    db: Database, owner_engine: Engine, statement: str
) -> None:
    _work(db)
    with pytest.raises(DBAPIError, match="append-only"), owner_engine.begin() as conn:
        conn.execute(text(statement))
    with pytest.raises(DBAPIError), db.engine.begin() as conn:  # the officers' role too
        conn.execute(text(statement))
    assert verify_chain(db).ok


def test_edited_event_is_found_and_named(db: Database, owner_engine: Engine) -> None:
    _work(db)
    target = _ids(db)[3]
    _drop_triggers(owner_engine)
    with owner_engine.begin() as conn:
        tamper = text("UPDATE case_events SET officer = 'mallory' WHERE id = :i")
        conn.execute(tamper, {"i": target})
    report = verify_chain(db)
    assert report.broken_at == target and "edited" in report.problem


def test_deleted_event_in_the_middle_is_found(db: Database, owner_engine: Engine) -> None:
    _work(db)
    ids = _ids(db)
    _drop_triggers(owner_engine)
    with owner_engine.begin() as conn:
        conn.execute(text("DELETE FROM case_events WHERE id = :i"), {"i": ids[2]})
    report = verify_chain(db)
    assert report.broken_at == ids[3] and "deleted" in report.problem


def test_deleted_newest_event_is_found(db: Database, owner_engine: Engine) -> None:
    _work(db)
    ids = _ids(db)
    _drop_triggers(owner_engine)
    with owner_engine.begin() as conn:
        conn.execute(text("DELETE FROM case_events WHERE id = :i"), {"i": ids[-1]})
    report = verify_chain(db)
    assert report.broken_at == ids[-1] and "newest" in report.problem


def test_personal_values_live_aside_and_purge_keeps_the_chain(db: Database) -> None:
    with db.write() as session:
        record_event(
            session,
            "officer.a",
            "case_edited",
            None,
            personal={"surname": ["Okafor", "Okafor-Ade"]},
            field="applicant.surname",
        )
    with db.engine.connect() as conn:
        details = conn.execute(text("SELECT details FROM case_events ORDER BY id DESC")).first()
    assert "Okafor" not in str(details) and "personal_ref" in str(details)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_personal"))  # what a retention purge removes
    assert verify_chain(db).ok
