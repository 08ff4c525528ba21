"""Opening a database the way every entry point does: resolve, connect, upgrade, seed."""

from __future__ import annotations

from dataclasses import dataclass

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.post.registry_seed import seed_registry_if_empty
from kvisa_desk.store.engine import Database, make_engine, resolve_database_url
from kvisa_desk.store.migrate import (
    DatabaseTooNew,
    MigrationFailed,
    SchemaUpgradeNeeded,
    upgrade_database,
)

# What an entry point (the window, the CLI) needs to open a database and say why it could not.
__all__ = [
    "DatabaseTooNew",
    "MigrationFailed",
    "OpenedDatabase",
    "SchemaUpgradeNeeded",
    "open_database",
    "open_default",
    "resolve_database_url",
    "upgrade_shared_database",
]


@dataclass(frozen=True)
class OpenedDatabase:
    db: Database
    backup: str | None  # the copy made before an upgrade, if one was made
    seeded_institutions: int


def open_database(url: str, actor: str = "system") -> OpenedDatabase:
    """Create or upgrade the schema, then seed the registry.

    Raises DatabaseTooNew, SchemaUpgradeNeeded (a shared database only an administrator
    upgrades) or MigrationFailed, whose messages say what to do.
    """
    engine = make_engine(url)
    try:
        backup = upgrade_database(engine, url)
        db = Database(url, engine)
        if db.read_only:  # nothing can be written; the registry was seeded when it was made
            return OpenedDatabase(db, backup, 0)
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


def upgrade_shared_database(url: str, username: str, password: str) -> tuple[str | None, str]:
    """`kvisa-desk db upgrade` on a shared server: the administrator signs in against the
    schema as it is, and only then is it migrated. Returns (revision before, revision after).
    """
    from kvisa_desk.core.accounts.accounts import authenticate
    from kvisa_desk.core.accounts.permissions import Permission, require
    from kvisa_desk.store.migrate import current_revisions, head_revision, refuse_newer_database

    engine = make_engine(url)
    db = Database(url, engine)
    try:
        currents = current_revisions(engine)
        refuse_newer_database(currents)  # whoever asks: that database needs a newer client
        before = "+".join(currents) or None
        if before is not None:  # an empty database has no accounts yet: it is only created
            authenticate(db, username, password)
            with db.read() as session:
                require(session, username, Permission.DATABASE)
        upgrade_database(engine, url, shared_upgrade=True)
        with db.write() as session:
            if before != head_revision():
                record_event(
                    session, username, "database_upgraded", before=before, after=head_revision()
                )
            seeded = seed_registry_if_empty(session)
            if seeded:
                record_event(session, username, "registry_seeded", institutions=seeded)
    finally:
        engine.dispose()
    return before, head_revision()
