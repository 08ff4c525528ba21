"""The schema comes from Alembic alone, matches the models, and upgrades keep data."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from kvisa_desk.core.cases.cases import case_as_json, count_cases
from kvisa_desk.core.cases.refs import find_case_id
from kvisa_desk.core.startup import open_database
from kvisa_desk.store.base import is_mapped_table
from kvisa_desk.store.engine import Database, make_engine, sqlite_url
from kvisa_desk.store.migrate import DatabaseTooNew, MigrationFailed, head_revision
from kvisa_desk.store.models import Base
from tests.samples import OKAFOR, TRICKY_NAMES

SAVED = Path(__file__).parent / "data" / "schema"


@pytest.mark.backend
def test_head_schema_matches_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        opts = {
            "compare_type": True,
            "include_name": lambda name, kind, _p: kind != "table" or is_mapped_table(name),
        }
        context = MigrationContext.configure(conn, opts=opts)
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


@pytest.mark.backend
def test_database_from_a_newer_version_is_refused_untouched(db_url: str) -> None:
    opened = open_database(db_url)
    with opened.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'zz_future'"))
    opened.db.dispose()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_database(db_url)
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "zz_future"
    engine.dispose()


def test_every_revision_has_a_saved_database() -> None:
    assert (SAVED / f"{head_revision()}.sqlite3").exists(), (
        "add the saved database of the new revision: python tests/data/schema/make_saved.py"
    )


@pytest.mark.sqlite_only
@pytest.mark.parametrize("saved", sorted(SAVED.glob("*.sqlite3")), ids=lambda p: p.stem)
def test_saved_database_upgrades_to_head_with_data_intact(saved: Path, tmp_path: Path) -> None:
    copy = tmp_path / saved.name
    shutil.copy(saved, copy)
    opened = open_database(sqlite_url(copy))
    try:
        if saved.stem != head_revision():
            assert opened.backup and Path(opened.backup).exists()
        assert count_cases(opened.db) == 1 + len(TRICKY_NAMES)
        assert (
            case_as_json(opened.db, find_case_id(opened.db, OKAFOR["application_id"]))["applicant"]
            == OKAFOR["applicant"]
        )
        assert (
            case_as_json(opened.db, find_case_id(opened.db, "KV-TRICKY-0"))["applicant"][
                "native_name"
            ]
            == "张伟"
        )
    finally:
        opened.db.dispose()


def _triggers(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}


@pytest.mark.sqlite_only
@pytest.mark.parametrize("saved", sorted(SAVED.glob("*.sqlite3")), ids=lambda p: p.stem)
def test_an_upgrade_keeps_every_trigger(saved: Path, tmp_path: Path) -> None:
    # Copying a SQLite table (Alembic's batch mode) silently drops the triggers on it.
    fresh = tmp_path / "fresh.sqlite3"
    open_database(sqlite_url(fresh)).db.dispose()
    copy = tmp_path / saved.name
    shutil.copy(saved, copy)
    open_database(sqlite_url(copy)).db.dispose()
    assert _triggers(copy) == _triggers(fresh)


@pytest.mark.sqlite_only
def test_failed_upgrade_names_the_backup_and_leaves_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "old.sqlite3"
    shutil.copy(SAVED / "0001.sqlite3", copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0000_before'")
    before = _dump(copy)

    from kvisa_desk.store import migrate

    known = migrate.known_revisions()

    # The old revision is "known" but has no upgrade path, so Alembic fails mid-upgrade.
    monkeypatch.setattr(migrate, "known_revisions", lambda: known | {"0000_before"})
    with pytest.raises(MigrationFailed, match=r"saved at .*0000_before"):
        open_database(sqlite_url(copy))
    assert _dump(copy) == before


def _dump(path: Path) -> list[str]:
    # Content, not bytes: opening switches the header to WAL mode, which is not a change of data.
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


@pytest.mark.sqlite_only
def test_sqlite_runs_in_wal_with_foreign_keys(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
