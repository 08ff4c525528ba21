"""The database handle as the window holds it, named by core so no layer above imports the store.

The window is given the handle opened (core.startup), keeps it in the context it passes to
its parts, and only hands it to core's services; these say what the officer is shown of it.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from kvisa_desk.store.engine import Database, database_host, sqlite_file
from kvisa_desk.store.faults import unreachable

__all__ = ["Database", "database_location", "unreachable_host"]


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
