"""The database handle as the window holds it, named by core so no layer above imports the store.

The window is given the handle opened (core.startup), keeps it in the context it passes to
its parts, and only hands it to core's services; these say what the officer is shown of it.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from kvisa_desk.content.store import documents_folder
from kvisa_desk.store import cipher, keyslots
from kvisa_desk.store.engine import Database, check_transport, database_host, sqlite_file
from kvisa_desk.store.faults import unreachable
from kvisa_desk.store.migrate import OpeningRefused

__all__ = [
    "Database",
    "OpeningRefused",
    "database_kind",
    "database_location",
    "describe_database",
    "unreachable_host",
]

ENCRYPTED = "encrypted"
PLAIN = "plain"
SERVER = "server"


def database_kind(db: Database) -> str:
    """`encrypted` or `plain` for a SQLite file, `server` for PostgreSQL (the title says)."""
    path = db.file
    if path is None:
        return SERVER
    return ENCRYPTED if cipher.is_encrypted(path) else PLAIN


def describe_database(url: str) -> list[tuple[str, str]]:
    """What `db info` prints: read from the files alone, so it needs no key and no sign-in."""
    path = sqlite_file(url)
    if path is None:
        host = database_host(url) or "localhost"
        return [("database", f"PostgreSQL on {host}"), ("kind", "server")]
    rows = [("database", str(path))]
    if not path.exists():
        return [*rows, ("kind", "none yet (a new database is made encrypted on first use)")]
    if not cipher.slot_file(path).exists():
        kind = "encrypted, but its key file is missing" if cipher.looks_encrypted(path) else PLAIN
        rows.append(("kind", kind))
    else:
        rows.append(("kind", ENCRYPTED))
        rows.append(("cipher", "SQLCipher 4, AES-256, raw 256-bit key (WAL included)"))
        slots = keyslots.account_slots(path)
        rows.append(("key slots", f"{slots} account(s), 1 recovery key ({path.name}.keys)"))
    folder = documents_folder(path)
    stored = sum(1 for p in folder.glob("??/??/*") if p.is_file()) if folder.is_dir() else 0
    sealed = "sealed with AES-256-GCM" if cipher.slot_file(path).exists() else "in the clear"
    rows.append(("documents", f"{folder} ({stored} stored files, contents {sealed})"))
    return rows


def database_location(db: Database) -> str:
    """The file for SQLite; the URL without its password for a server."""
    path = sqlite_file(db.url)
    if path is not None:
        return str(path)
    parts = urlsplit(db.url)
    if parts.password is None:
        return db.url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def unreachable_host(error: BaseException, url: str) -> str | None:
    """The server URL names when ERROR says it did not answer; None for any other failure."""
    return database_host(url) if unreachable(error) else None


def unencrypted_connection(db: Database) -> bool:
    """The URL turns TLS off on purpose (sslmode=disable): the window says so in a banner."""
    return check_transport(db.url) == "disable"
