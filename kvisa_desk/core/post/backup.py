"""Backup and restore of a SQLite database together with its document folder.

Order makes them consistent: the database is copied first (SQLite's online backup, a
snapshot), then the documents. Content is immutable and published before the row that
names it commits, so every document the snapshot names is already in the folder.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kvisa_desk.content.store import STAGING_FOLDER, documents_folder
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require, require_first
from kvisa_desk.core.errors import Conflict, InvalidInput, NotFound
from kvisa_desk.store.engine import Database, sqlite_file
from kvisa_desk.store.migrate import backup_sqlite


@dataclass(frozen=True)
class BackupResult:
    database: Path
    documents: Path
    document_files: int


def _copy_documents(source: Path, target: Path) -> int:
    copied = 0
    if not source.is_dir():
        return 0
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if relative.parts and relative.parts[0] == STAGING_FOLDER:
            continue  # unfinished attaches are not part of any case
        destination = target / relative
        if path.is_dir():
            destination.mkdir(parents=True, exist_ok=True)
        elif not destination.exists():
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, destination)
            copied += 1
    return copied


def backup_database(db: Database, actor: str, out: Path) -> BackupResult:
    """A consistent copy of the database file and its documents, safe while officers work."""
    require_first(db, actor, Permission.DATABASE)  # before the paths are looked at
    source = sqlite_file(db.url)
    if source is None:
        raise InvalidInput(
            "db backup copies a SQLite file; for PostgreSQL use pg_dump (see the README)"
        )
    if out.resolve() == source.resolve():
        raise InvalidInput(f"{out}: the backup must not overwrite the database itself")
    if out.exists():
        raise Conflict(f"{out} exists already: choose a new name for the backup")
    with db.write() as session:
        require(session, actor, Permission.DATABASE)
        record_event(session, actor, "database_backup", target=out.name)
    backup_sqlite(source, out)
    copied = _copy_documents(documents_folder(source), documents_folder(out))
    return BackupResult(out, documents_folder(out), copied)


def restore_database(backup: Path, target: Path) -> Path:
    """Put a backup (file and documents) in place at a new path; never over an existing one."""
    if not backup.is_file():
        raise NotFound(f"{backup}: no such backup file")
    if target.exists() or documents_folder(target).exists():
        raise Conflict(f"{target} exists already: restore to a new path, never over a database")
    with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as conn:
        if conn.execute("PRAGMA integrity_check").fetchone() != ("ok",):
            raise InvalidInput(f"{backup} is damaged (integrity check failed): nothing restored")
    backup_sqlite(backup, target)
    _copy_documents(documents_folder(backup), documents_folder(target))
    return target
