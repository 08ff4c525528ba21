"""Create or upgrade the schema with Alembic; back up SQLite files first; refuse newer databases."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from kvisa_desk.store.engine import sqlite_file
from kvisa_desk.store.locations import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported inside the functions: it costs a fifth of a second at every start,
# and a database already at head needs only the revision check.


class DatabaseTooNew(RuntimeError):
    """The database was written by a newer KVisa Desk than this one."""


class MigrationFailed(RuntimeError):
    """An upgrade stopped; the message names the backup to restore."""


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revisions() -> tuple[str, ...]:
    """The newest revisions; more than one only while parallel branches await a merge."""
    from alembic.script import ScriptDirectory

    return tuple(sorted(ScriptDirectory.from_config(alembic_config()).get_heads()))


def head_revision() -> str:
    return "+".join(head_revisions())


def current_revisions(engine: Engine) -> tuple[str, ...]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return tuple(sorted(MigrationContext.configure(conn).get_current_heads()))


def current_revision(engine: Engine) -> str | None:
    return "+".join(current_revisions(engine)) or None


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API, safe while others write."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
        src.backup(dst)
    partial.replace(target)
    return target


def upgrade_database(engine: Engine, url: str) -> str | None:
    """Bring the schema to head. Returns the backup's path when one was made."""
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    scripts = ScriptDirectory.from_config(cfg)
    currents = current_revisions(engine)
    if currents == head_revisions():
        return None
    current = "+".join(currents) or None
    known = {rev.revision for rev in scripts.walk_revisions()}
    unknown = [rev for rev in currents if rev not in known]
    if unknown:
        raise DatabaseTooNew(
            f"This database is at schema revision {unknown[0]}, which this version of KVisa Desk "
            "does not know: it was written by a newer version. Install that version or newer; "
            "the database was not changed."
        )
    backup: Path | None = None
    db_file = sqlite_file(url)
    if current is not None and db_file is not None and db_file.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_sqlite(db_file, db_file.with_name(f"{db_file.name}.{current}.{stamp}.bak"))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
    except Exception as exc:
        where = f" The database before the upgrade is saved at {backup}." if backup else ""
        raise MigrationFailed(f"Upgrading the database failed: {exc}.{where}") from exc
    return str(backup) if backup else None
