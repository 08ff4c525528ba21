"""`db post-key generate|export|import`: the key that seals a PostgreSQL database's documents.

Administrators only, each step recorded with the key's fingerprint (never the key). The key
lives in a file on each computer that reads or attaches documents, never in the database:
`generate` makes it once for the post, `export` copies it to a file (a USB stick for the
next computer, and the backup beside the pg_dump), `import` puts such a file in place after
checking it is the key this database was given.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require_first
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.store import post_key
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseEvent

_MAX_KEY_FILE_BYTES = 4096


@dataclass(frozen=True)
class PostKey:
    path: Path  # where this computer keeps it
    fingerprint: str


@dataclass(frozen=True)
class PostKeyState:
    """What an administrator needs to choose a step: is this a server, has the database a
    post key (its fingerprint from the trail), is it on this computer (its fingerprint)."""

    server: bool
    given: str | None
    here: str | None
    unreadable: bool = False  # a file is in the key's place but is not a post key


def post_key_state(db: Database, actor: str) -> PostKeyState:
    require_first(db, actor, Permission.DATABASE)
    if db.file is not None:
        return PostKeyState(False, None, None)
    try:
        key = post_key.load(db.url)
    except post_key.PostKeyUnreadable:
        return PostKeyState(True, _given(db), None, unreadable=True)
    return PostKeyState(True, _given(db), post_key.fingerprint(key) if key else None)


def _server(db: Database, actor: str) -> None:
    require_first(db, actor, Permission.DATABASE)
    if db.file is not None:
        raise InvalidInput(
            "a SQLite database seals its documents with its own key: the post key is for "
            "a PostgreSQL server (--db-url)"
        )


def _given(db: Database) -> str | None:
    """The fingerprint of the post key this database was last given, if any."""
    with db.read() as session:
        rows = session.scalars(
            select(CaseEvent.details)
            .where(CaseEvent.kind == "post_key_generated")
            .order_by(CaseEvent.id.desc())
            .limit(1)
        ).all()
    found = rows[0].get("fingerprint") if rows and isinstance(rows[0], dict) else None
    return str(found) if found else None


def generate_post_key(db: Database, actor: str) -> PostKey:
    """Once per database: refused when it has a key already (import that one instead)."""
    _server(db, actor)
    existing = _given(db)
    if existing is not None:
        raise InvalidInput(
            f"this database has a post key already (fingerprint {existing}): copy it here "
            "with `kvisa-desk db post-key import FILE` from a computer that has it"
        )
    path = post_key.key_file(db.url)
    if path.exists():
        raise InvalidInput(f"{path} exists already: nothing was changed")
    key = post_key.new_key()
    post_key.write_private(path, post_key.encode(key))
    made = PostKey(path, post_key.fingerprint(key))
    with db.write() as session:
        record_event(session, actor, "post_key_generated", fingerprint=made.fingerprint)
    return made


def _here(db: Database) -> bytes:
    key = post_key.load(db.url)
    if key is None:
        raise InvalidInput(
            "this computer has no post key for this database: `db post-key generate` (once "
            "per database) or `db post-key import FILE`"
        )
    return key


def export_post_key(db: Database, actor: str, target: Path) -> PostKey:
    """Copy this computer's post key to TARGET (which must not exist), owner-only."""
    _server(db, actor)
    key = _here(db)
    if target.exists():
        raise InvalidInput(f"{target} exists already: choose a new file")
    post_key.write_private(target, post_key.encode(key))
    made = PostKey(target, post_key.fingerprint(key))
    with db.write() as session:
        record_event(session, actor, "post_key_exported", fingerprint=made.fingerprint)
    return made


def import_post_key(db: Database, actor: str, source: Path) -> PostKey:
    """Put the post key in SOURCE in place on this computer, if it is this database's."""
    _server(db, actor)
    try:
        if source.stat().st_size > _MAX_KEY_FILE_BYTES:
            raise InvalidInput(f"{source} is not a post key file (too large)")
        key = post_key.decode(source.read_bytes())
    except OSError as exc:
        raise InvalidInput(f"{source} cannot be read ({exc.strerror})") from None
    except post_key.PostKeyUnreadable as exc:
        raise InvalidInput(f"{source}: {exc}") from None
    given = _given(db)
    found = post_key.fingerprint(key)
    if given is not None and given != found:
        raise InvalidInput(
            f"{source} holds another database's post key (fingerprint {found}, this "
            f"database's is {given}): nothing was changed"
        )
    path = post_key.key_file(db.url)
    post_key.write_private(path, post_key.encode(key))
    with db.write() as session:
        if given is None:  # a key made before the trail knew it: this one is it from now on
            record_event(session, actor, "post_key_generated", fingerprint=found)
        record_event(session, actor, "post_key_imported", fingerprint=found)
    return PostKey(path, found)
