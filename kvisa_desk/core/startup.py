"""Opening a database the way every entry point does: resolve, connect, upgrade, seed."""

from __future__ import annotations

from dataclasses import dataclass

from kvisa_desk.core.history import record_event
from kvisa_desk.core.registry_seed import seed_registry_if_empty
from kvisa_desk.store.engine import Database, make_engine, resolve_database_url
from kvisa_desk.store.migrate import upgrade_database


@dataclass(frozen=True)
class OpenedDatabase:
    db: Database
    backup: str | None  # the copy made before an upgrade, if one was made
    seeded_institutions: int


def open_database(url: str, actor: str = "system") -> OpenedDatabase:
    """Create or upgrade the schema, then seed the registry.

    Raises DatabaseTooNew or MigrationFailed, whose messages say what to do.
    """
    engine = make_engine(url)
    try:
        backup = upgrade_database(engine, url)
        db = Database(url, engine)
        with db.write() as session:
            seeded = seed_registry_if_empty(session)
            if seeded:
                record_event(session, actor, "registry_seeded", institutions=seeded)
    except BaseException:
        engine.dispose()
        raise
    return OpenedDatabase(db, backup, seeded)


def open_default(db_path: str | None = None, db_url: str | None = None) -> OpenedDatabase:
    return open_database(resolve_database_url(db_path, db_url))
