"""Converting a SQLite file between plain and encrypted, through a verified copy.

`sqlcipher_export` writes every table, index, trigger and the user version into an attached
database under the other key (or none); the copy is checked (integrity, the same rows in
every table) before it replaces the file, and the file as it was is kept beside it.
"""

from __future__ import annotations

import os
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from kvisa_desk.store import cipher

_SIDE_FILES = ("-wal", "-shm")


class ConversionFailed(RuntimeError):
    """The converted copy did not verify; the database was left as it was."""


def _counts(conn: object) -> dict[str, int]:
    rows = conn.execute(  # type: ignore[attr-defined]
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {
        str(name): int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])  # type: ignore[attr-defined]
        for (name,) in rows
    }


def export_copy(source: Path, target: Path, source_key: bytes | None, key: bytes | None) -> None:
    """Write TARGET as SOURCE's content under KEY (None: plain) and verify it."""
    if target.exists():
        raise ConversionFailed(f"{target} exists already")
    literal = f"x'{key.hex()}'" if key is not None else ""
    with closing(cipher.connect_file(source, source_key)) as src:
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = _counts(src)
        src.execute(f'ATTACH DATABASE ? AS converted KEY "{literal}"', (str(target),))
        try:
            src.execute("SELECT sqlcipher_export('converted')")
            version = src.execute("PRAGMA main.user_version").fetchone()[0]
            src.execute(f"PRAGMA converted.user_version = {int(version)}")
        finally:
            src.execute("DETACH DATABASE converted")
    os.chmod(target, 0o600)
    with closing(cipher.connect_file(target, key)) as copy:
        if copy.execute("PRAGMA integrity_check").fetchone() != ("ok",):
            raise ConversionFailed("the converted copy failed its integrity check")
        if _counts(copy) != before:
            raise ConversionFailed("the converted copy does not hold the same rows")


def kept_name(database: Path, what: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return database.with_name(f"{database.name}.{what}.{stamp}.bak")


def replace_with(database: Path, converted: Path, kept: Path) -> None:
    """Keep the file as it was at KEPT, then put the verified copy in its place."""
    for suffix in _SIDE_FILES:  # checkpointed into the file before the export
        side = database.with_name(database.name + suffix)
        if side.exists():
            side.unlink()
    os.replace(database, kept)
    os.replace(converted, database)
