"""`kvisa-desk db roles`: on PostgreSQL an owner that migrates and an officer role that works
cases but cannot rewrite history; the backend tests themselves act as that officer role."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.startup import open_database
from kvisa_desk.store.engine import Database
from tests.conftest import (
    ON_POSTGRES,
    TEST_OFFICER,
    TEST_OWNER,
    _drop_postgres,
    _fresh_postgres_url,
    add_test_accounts,
    as_role,
)

pytestmark = pytest.mark.backend
postgres_only = pytest.mark.skipif(not ON_POSTGRES, reason="database roles are PostgreSQL's")


def _cli(url: str, *argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["--db-url", url, "--user", "test.admin", *argv])
    code = dispatch(CliContext(args, out=out, err=err))
    return code, out.getvalue(), err.getvalue()


def test_roles_are_refused_on_a_sqlite_file(db: Database) -> None:
    if ON_POSTGRES:
        pytest.skip("needs a SQLite file")
    code, _, err = _cli(db.url, "db", "roles")
    assert code == 2 and "PostgreSQL" in err


REWRITING_HISTORY = [
    ("UPDATE case_events SET officer = 'mallory'", "permission denied"),
    ("DELETE FROM case_events", "permission denied"),
    ("TRUNCATE case_events", "permission denied"),
    ("UPDATE audit_head SET last_hash = 'x'", "forward"),  # its own columns: the trigger
    ("DELETE FROM audit_head", "permission denied"),
    ("DELETE FROM issued_letters", "permission denied"),
    ("UPDATE issued_letters SET pdf = 'x'", "permission denied"),
    ("UPDATE decisions SET reasoning = 'x'", "permission denied"),
    ("DELETE FROM decisions", "permission denied"),
    ("UPDATE decision_grounds SET outcome = 'fail'", "permission denied"),
    ("TRUNCATE cases CASCADE", "permission denied"),
    ("DROP TRIGGER case_events_append_only ON case_events", "must be owner"),
    ("ALTER TABLE issued_letters DISABLE TRIGGER ALL", "must be owner"),
    ("CREATE TRIGGER t BEFORE DELETE ON cases EXECUTE FUNCTION kvisa_refuse('x')", "denied"),
    (
        "CREATE OR REPLACE FUNCTION kvisa_case_purged(integer) RETURNS boolean "
        "LANGUAGE sql AS 'SELECT true'",
        "permission denied",
    ),
    ("CREATE TABLE shadow (id integer)", "permission denied"),
    ("UPDATE alembic_version SET version_num = 'x'", "permission denied"),
    # The exchange's records: a batch as sent (the head it carried), what went in it.
    ("UPDATE outbox_batches SET signature = manifest", "permission denied"),
    ("DELETE FROM outbox_items", "permission denied"),
    ("DELETE FROM inbox_submissions", "permission denied"),
    ("TRUNCATE outbox_batches CASCADE", "permission denied"),
    ("ALTER TABLE outbox_batches DISABLE TRIGGER outbox_batches_kept", "must be owner"),
]


@postgres_only
def test_the_officer_role_cannot_rewrite_history(db: Database) -> None:
    """The `db` fixture is connected as the officer role, as every officer's computer is."""
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT current_user")).scalar_one() == TEST_OFFICER
    with db.write() as session:  # daily work: the trail grows
        record_event(session, "officer.a", "note_added", None, note=1)
    for statement, words in REWRITING_HISTORY:
        with pytest.raises(DBAPIError) as refused, db.engine.begin() as conn:
            conn.execute(text(statement))
        said = str(refused.value)
        assert words in said or "must be owner" in said, statement


@pytest.fixture
def fresh_postgres() -> Iterator[str]:
    """A new post database made by the server's superuser, as at a post before `db roles`."""
    url, name = _fresh_postgres_url()
    opened = open_database(url)
    add_test_accounts(opened.db)
    opened.db.dispose()
    yield url
    _drop_postgres(name)


@postgres_only
def test_db_roles_sets_up_owner_and_officer_and_prints_it(
    fresh_postgres: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("owner secret 1\nofficer secret 2\n"))
    code, out, err = _cli(
        fresh_postgres,
        "db",
        "roles",
        "--owner",
        TEST_OWNER,
        "--officer",
        TEST_OFFICER,
        "--passwords-stdin",
    )
    assert (code, err) == (0, "")
    assert f"{TEST_OWNER} owns the schema's" in out and f"set the password of {TEST_OFFICER}" in out
    assert f"{TEST_OFFICER} may not TRUNCATE" in out
    engine = create_engine(fresh_postgres)
    with engine.connect() as conn:
        owners = set(
            conn.execute(
                text("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
            ).scalars()
        )
        verifier = conn.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"), {"r": TEST_OFFICER}
        ).scalar_one()
    engine.dispose()
    assert owners == {TEST_OWNER}
    assert verifier.startswith("SCRAM-SHA-256$") and "secret" not in verifier
    # Daily work as the officer role; upgrades as the owner; run again, nothing breaks.
    officer = open_database(as_role(fresh_postgres, TEST_OFFICER)).db
    code, _, err = _cli(officer.url, "user", "list")
    assert (code, err) == (0, "")
    officer.dispose()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, _ = _cli(
        as_role(fresh_postgres, TEST_OWNER),
        "db",
        "roles",
        "--owner",
        TEST_OWNER,
        "--officer",
        TEST_OFFICER,
    )
    assert code == 0 and f"role {TEST_OWNER} exists" in out
    bad = _cli(fresh_postgres, "db", "roles", "--officer", "Robert'); DROP TABLE cases;--")
    assert bad[0] == 2 and "is not a role name" in bad[2]
