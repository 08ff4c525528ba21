"""Backup while officers work, and restore: consistent, verified, never over a database."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from kvisa_desk.content.store import documents_folder
from kvisa_desk.core.accounts.audit import verify_chain
from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.cases.cases import count_cases
from kvisa_desk.core.documents.integrity import verify_all_documents
from kvisa_desk.core.errors import Conflict, PermissionRefused
from kvisa_desk.core.post.backup import backup_database, restore_database
from kvisa_desk.core.startup import open_database
from kvisa_desk.store.engine import Database, sqlite_url
from tests.samples import application, write_json

pytestmark = pytest.mark.sqlite_only


def test_backup_while_writing_opens_verifies_and_restores(db: Database, tmp_path: Path) -> None:
    import_file(db, write_json(tmp_path / "first" / "a.json", [application("KV-0")]), "officer.a")
    stop = threading.Event()

    def keep_importing() -> None:
        n = 1
        while not stop.is_set():
            folder = tmp_path / f"w{n}"
            folder.mkdir()
            import_file(db, write_json(folder / "a.json", [application(f"KV-{n}")]), "officer.b")
            n += 1

    writer = threading.Thread(target=keep_importing)
    writer.start()
    try:
        backup = backup_database(db, "test.admin", tmp_path / "backup" / "kvisa.sqlite3")
    finally:
        stop.set()
        writer.join()
    with sqlite3.connect(backup.database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    restored_path = restore_database(backup.database, tmp_path / "restored" / "kvisa.sqlite3")
    restored = open_database(sqlite_url(restored_path)).db
    try:
        assert count_cases(restored) >= 1
        assert verify_chain(restored).ok
        assert verify_all_documents(restored).ok  # every document the copy names is there
        assert documents_folder(restored_path).is_dir()
    finally:
        restored.dispose()
    with pytest.raises(Conflict, match="exists already"):
        restore_database(backup.database, restored_path)


def test_only_an_administrator_backs_up(db: Database, tmp_path: Path) -> None:
    with pytest.raises(PermissionRefused):
        backup_database(db, "officer.a", tmp_path / "b.sqlite3")
    assert not (tmp_path / "b.sqlite3").exists()
