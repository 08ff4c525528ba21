"""Schema revisions that do not match the code: every saved database upgrades without drift, a
failed upgrade puts the file back and says where the copy is, and a shared PostgreSQL
database is migrated only by an administrator's `kvisa-desk db upgrade`.
"""

from __future__ import annotations

import io
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import OperationalError

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.accounts.accounts import create_account
from kvisa_desk.core.startup import open_database
from kvisa_desk.store.base import is_mapped_table
from kvisa_desk.store.engine import Database, make_engine, sqlite_url
from kvisa_desk.store.migrate import (
    DatabaseTooNew,
    MigrationFailed,
    SchemaUpgradeNeeded,
    alembic_config,
    current_revision,
    head_revision,
)
from kvisa_desk.store.models import Base, CaseEvent
from tests.conftest import ON_POSTGRES, TEST_PASSWORD

SAVED = Path(__file__).parent / "data" / "schema"
# The revision before the last migration of decisions and letters: an older shared database.
OLDER = "0006"


def _drift(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        opts = {
            "compare_type": True,
            "include_name": lambda name, kind, _p: kind != "table" or is_mapped_table(name),
        }
        return list(compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata))


def _dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


@pytest.mark.sqlite_only
@pytest.mark.parametrize("saved", sorted(SAVED.glob("*.sqlite3")), ids=lambda p: p.stem)
def test_every_saved_revision_upgrades_without_drift(saved: Path, tmp_path: Path) -> None:
    copy = tmp_path / saved.name
    shutil.copy(saved, copy)
    opened = open_database(sqlite_url(copy))
    try:
        assert current_revision(opened.db.engine) == head_revision()
        assert _drift(opened.db.engine) == []  # upgraded, the schema is exactly the models'
    finally:
        opened.db.dispose()


@pytest.mark.sqlite_only
def test_a_failed_upgrade_puts_the_backup_back_and_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "post.sqlite3"
    shutil.copy(SAVED / "0005.sqlite3", copy)
    before = _dump(copy)
    from alembic import command

    real_upgrade = command.upgrade

    def dies_half_way(cfg: Any, revision: str) -> None:
        # One step lands and is committed, then the disk gives out: the file is half upgraded.
        real_upgrade(cfg, OLDER)
        cfg.attributes["connection"].commit()
        raise OperationalError("INSERT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(command, "upgrade", dies_half_way)
    with pytest.raises(MigrationFailed) as failed:
        open_database(sqlite_url(copy))
    message = str(failed.value)
    assert "disk I/O error" in message
    assert "put back as it was before the upgrade" in message
    backups = list(tmp_path.glob("post.sqlite3.0005.*.bak"))
    assert len(backups) == 1 and str(backups[0]) in message  # says where the copy is
    assert _dump(copy) == before  # the officer's database is the one they had
    monkeypatch.undo()
    opened = open_database(sqlite_url(copy))  # and the next start upgrades it properly
    assert current_revision(opened.db.engine) == head_revision()
    opened.db.dispose()


@pytest.fixture
def older_shared_database(db_url: str) -> Iterator[str]:
    """A PostgreSQL database left at an older revision, with an administrator and an officer."""
    if not ON_POSTGRES:
        pytest.skip("a shared database is a PostgreSQL one (KVISA_TEST_DB_URL)")
    from alembic import command

    engine = make_engine(db_url)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, OLDER)
    db = Database(db_url, engine)
    with db.write() as session:
        create_account(session, "chief", TEST_PASSWORD, "admin", "setup", must_change=False)
        create_account(session, "officer.li", TEST_PASSWORD, "officer", "setup", must_change=False)
    engine.dispose()
    yield db_url


def _revision(url: str) -> str | None:
    engine = make_engine(url)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def _cli(url: str, user: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["--db-url", url, "--user", user, *argv])
    code = dispatch(CliContext(args, out=out, err=err))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.backend
def test_a_newer_client_stops_on_an_older_shared_database(older_shared_database: str) -> None:
    url = older_shared_database
    with pytest.raises(SchemaUpgradeNeeded, match="Ask the administrator") as stopped:
        open_database(url, "officer.li")
    assert "kvisa-desk db upgrade" in str(stopped.value)
    assert _revision(url) == OLDER  # no client migrates a post's database on its own
    code, _out, err = _cli(url, "officer.li", "cases")
    assert code == 2 and "Ask the administrator" in err
    assert _revision(url) == OLDER


@pytest.mark.backend
def test_only_an_administrator_upgrades_a_shared_database(older_shared_database: str) -> None:
    url = older_shared_database
    code, _out, err = _cli(url, "officer.li", "db", "upgrade")
    assert code == 3 and "may not upgrade" in err
    assert _revision(url) == OLDER
    code, out, err = _cli(url, "chief", "db", "upgrade")
    assert code == 0, err
    assert f"from schema revision {OLDER} to {head_revision()}" in out
    opened = open_database(url, "officer.li")  # now every client opens it
    try:
        assert _drift(opened.db.engine) == []
        with opened.db.read() as session:
            event = session.scalar(select(CaseEvent).where(CaseEvent.kind == "database_upgraded"))
            assert event is not None and event.officer == "chief"
    finally:
        opened.db.dispose()


@pytest.mark.backend
def test_an_older_client_is_told_to_update(db_url: str) -> None:
    opened = open_database(db_url)
    with opened.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'zz_future'"))
    opened.db.dispose()
    with pytest.raises(DatabaseTooNew, match="Update KVisa Desk"):
        open_database(db_url)
    code, _out, err = _cli(db_url, "chief", "db", "upgrade")
    assert code == 2 and "newer version" in err
    assert _revision(db_url) == "zz_future"


@pytest.mark.backend
def test_a_failed_shared_upgrade_is_rolled_back_whole(
    older_shared_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    real_upgrade = command.upgrade

    def dies_at_the_end(cfg: Any, revision: str) -> None:
        real_upgrade(cfg, revision)  # every step ran in the one transaction...
        raise OperationalError("COMMIT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(command, "upgrade", dies_at_the_end)
    code, _out, err = _cli(older_shared_database, "chief", "db", "upgrade")
    assert code == 2 and "rolled back; nothing changed" in err
    assert _revision(older_shared_database) == OLDER  # ...and none of them stayed
