"""Backup and restore of a SQLite database together with its document folder.

Order makes them consistent: the database is copied first (SQLite's online backup, a
snapshot), then the documents. Content is immutable and published before the row that
names it commits, so every document the snapshot names is already in the folder.
"""

from __future__ import annotations

import shutil
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from kvisa_desk.content.store import documents_folder
from kvisa_desk.content.stores import file_store_for
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require, require_first
from kvisa_desk.core.errors import AuthenticationFailed, Conflict, InvalidInput, NotFound
from kvisa_desk.store import cipher, keyslots
from kvisa_desk.store.cipher import connect_file
from kvisa_desk.store.engine import Database, sqlite_file
from kvisa_desk.store.migrate import backup_sqlite


@dataclass(frozen=True)
class BackupResult:
    database: Path
    documents: Path
    document_files: int
    unreferenced_left_out: int = 0  # stored files no document of the copy refers to
    encrypted: bool = False  # then the copy carries its key slots: it opens as the original


def unlock_backup(backup: Path, username: str | None, password: str | None) -> None:
    """An encrypted backup opens with one of its accounts' passwords (or, through `db
    unlock` on the restored copy, its recovery key): the key is unwrapped from its slots."""
    if not cipher.is_locked(backup):
        return
    if cipher.database_id(backup) is None:
        raise InvalidInput(f"{backup} is encrypted but its key file is missing beside it")
    if not username or password is None:
        raise AuthenticationFailed(
            f"{backup} is encrypted: give an account of it (KVISA_USER and KVISA_PASSWORD)"
        )
    key, _failed = keyslots.unwrap(backup, username, password)
    db_id = cipher.database_id(backup)
    if key is None or db_id is None:
        raise AuthenticationFailed(
            f"{backup} is encrypted and this account or password does not open it"
        )
    cipher.remember_key(db_id, key)
    cipher.zero(key)  # the holder keeps its own copy


def _referenced(database_copy: Path) -> set[str]:
    """The stored file names of the contents the copied database's documents refer to
    (removed ones too: kept); sealed stores name a file by a keyed hash of its SHA-256."""
    with closing(connect_file(database_copy, read_only=True)) as conn:
        rows = conn.execute("SELECT DISTINCT sha256 FROM case_documents WHERE sha256 IS NOT NULL")
        shas = {str(sha) for (sha,) in rows}
    store = file_store_for(database_copy)
    return {store.path_for(sha).name for sha in shas}


def _copy_documents(source: Path, target: Path, referenced: set[str]) -> tuple[int, int]:
    """Copy the content files the copy's documents refer to; (copied, left out). Files no
    document refers to (published before a process was killed) stay behind: no case has
    them, so no backup should carry them."""
    copied = left_out = 0
    if not source.is_dir():
        return 0, 0
    for path in sorted(source.glob("??/??/*")):
        if not path.is_file():
            continue  # content lives at ab/cd/<sha256>; unfinished attaches (staging) do not
        if path.name not in referenced:
            left_out += 1
            continue
        destination = target / path.relative_to(source)
        if not destination.exists():
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, destination)
            copied += 1
    target.mkdir(parents=True, exist_ok=True)
    return copied, left_out


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
    copied, left_out = _copy_documents(
        documents_folder(source), documents_folder(out), _referenced(out)
    )
    return BackupResult(out, documents_folder(out), copied, left_out, db.encrypted)


def restore_database(backup: Path, target: Path) -> Path:
    """Put a backup (file and documents) in place at a new path; never over an existing one."""
    if not backup.is_file():
        raise NotFound(f"{backup}: no such backup file")
    if target.exists() or documents_folder(target).exists():
        raise Conflict(f"{target} exists already: restore to a new path, never over a database")
    with closing(connect_file(backup, read_only=True)) as conn:
        if conn.execute("PRAGMA integrity_check").fetchone() != ("ok",):
            raise InvalidInput(f"{backup} is damaged (integrity check failed): nothing restored")
    backup_sqlite(backup, target)
    _copy_documents(documents_folder(backup), documents_folder(target), _referenced(target))
    return target
