"""Which content store a database uses: its folder (sealed when the database is encrypted)
or, for a server, the database itself."""

from __future__ import annotations

from pathlib import Path

from kvisa_desk.content.sealed import SealedFileContentStore
from kvisa_desk.content.store import (
    ContentStore,
    FileContentStore,
    documents_folder,
)
from kvisa_desk.store import post_key
from kvisa_desk.store.cipher import key_for
from kvisa_desk.store.engine import Database, sqlite_file
from kvisa_desk.store.locations import data_dir


def file_store_for(db_file: Path) -> FileContentStore:
    """The folder beside a SQLite file: sealed under the database's key when it has one."""
    key = key_for(db_file)
    if key is not None:
        return SealedFileContentStore(documents_folder(db_file), key)
    return FileContentStore(documents_folder(db_file))


def content_store_for(db: Database) -> ContentStore:
    """The folder beside a SQLite file; the database itself for anything else. Previews are
    drawn from memory (`read_bytes`): no store writes a clear copy for a viewer."""
    db_file = sqlite_file(db.url)
    if db_file is not None:
        return file_store_for(db_file)
    # A server: sealed with the post key when this computer has it; staged in memory.
    from kvisa_desk.content.sealed_blob import SealedBlobContentStore

    return SealedBlobContentStore(data_dir() / "document-staging", post_key.load(db.url))
