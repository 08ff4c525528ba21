"""`db encrypt` and `db decrypt`: an administrator converts an existing SQLite file.

The converted file is written beside the database, verified (integrity and the same rows),
and only then put in place; the file as it was is kept beside it. Encrypting gives the
administrator a key slot and makes a recovery key (shown once); every other account opens
the file again once an administrator sets it a one-time password (they have no slot yet).
"""

from __future__ import annotations

import io
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from kvisa_desk.content.sealed import SealedFileContentStore
from kvisa_desk.content.store import FileContentStore, documents_folder
from kvisa_desk.core.accounts.accounts import check_own_password
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require, require_first
from kvisa_desk.core.errors import InvalidInput, PermissionRefused, WriteFailed
from kvisa_desk.store import cipher, keyslots
from kvisa_desk.store.conversion import ConversionFailed, export_copy, kept_name, replace_with
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Officer


@dataclass(frozen=True)
class Converted:
    database: Path
    kept: Path  # the file as it was, beside it
    recovery_key: str | None = None  # encrypting: shown once
    need_one_time_password: list[str] = field(default_factory=list)


def _sqlite_file(db: Database, actor: str) -> Path:
    require_first(db, actor, Permission.DATABASE)
    path = db.file
    if path is None:
        raise InvalidInput(
            "db encrypt and db decrypt convert a SQLite file; a PostgreSQL server protects "
            "its own storage (see `kvisa-desk db post-key` for its documents)"
        )
    if db.read_only:
        raise InvalidInput("the database is open read-only: open it writable to convert it")
    return path


def _convert(path: Path, converted: Path, source_key: bytes | None, key: bytes | None) -> None:
    try:
        export_copy(path, converted, source_key, key)
    except (ConversionFailed, OSError, cipher.driver.DatabaseError) as exc:
        for leftover in (converted, cipher.slot_file(converted)):
            leftover.unlink(missing_ok=True)
        raise WriteFailed(f"the conversion failed ({exc}); the database was not changed") from exc


def _convert_documents(path: Path, source: bytes | None, target: bytes | None) -> Path:
    """The document folder re-sealed (or unsealed) into a folder beside it; every file is
    read and checked against its SHA-256 on the way. Returns the new folder."""
    folder = documents_folder(path)
    made = folder.with_name(folder.name + ".converting")
    shutil.rmtree(made, ignore_errors=True)  # left by a conversion that was killed

    def store(at: Path, key: bytes | None) -> FileContentStore:
        return SealedFileContentStore(at, key) if key is not None else FileContentStore(at)

    old, new = store(folder, source), store(made, target)
    for sha256, _ in old.stored(None) if folder.is_dir() else ():
        content = old.read_bytes(None, sha256)
        with new.stage(io.BytesIO(content), len(content)) as staged:
            new.publish(None, staged)
    return made


def _swap_documents(path: Path, made: Path, kept: Path) -> None:
    folder = documents_folder(path)
    if folder.exists():
        os.replace(folder, documents_folder(kept))  # beside the kept file, as it was
    os.replace(made, folder)


def encrypt_database(db: Database, actor: str, password: str) -> Converted:
    path = _sqlite_file(db, actor)
    if db.encrypted:
        raise InvalidInput(f"{path.name} is encrypted already")
    check_own_password(db, actor, password)  # it becomes the key slot: a typo would lock out
    with db.read() as session:
        require(session, actor, Permission.DATABASE)
        others = session.scalars(
            select(Officer.username).where(
                Officer.active.is_(True),
                Officer.password_hash.is_not(None),
                Officer.username != actor,
            )
        ).all()
    db.dispose()
    key = cipher.new_key()
    converted = path.with_name(path.name + ".encrypting")
    _convert(path, converted, None, key)
    made = _convert_documents(path, None, key)
    db_id = keyslots.create(converted, key)
    recovery = keyslots.wrap(converted, key, actor, password)
    keyslots.note_without_key(converted, list(others))  # their sign-in is told to ask for one
    cipher.remember_key(db_id, key)
    kept = kept_name(path, "plain")
    replace_with(path, converted, kept)
    os.replace(cipher.slot_file(converted), cipher.slot_file(path))
    _swap_documents(path, made, kept)
    with db.write() as session:
        record_event(session, actor, "database_encrypted", kept=kept.name)
    return Converted(path, kept, recovery, sorted(others))


def decrypt_database(db: Database, actor: str) -> Converted:
    path = _sqlite_file(db, actor)
    if not db.encrypted:
        raise InvalidInput(f"{path.name} is not encrypted")
    key = cipher.key_for(path)
    db.dispose()
    converted = path.with_name(path.name + ".decrypting")
    _convert(path, converted, key, None)
    made = _convert_documents(path, key, None)
    kept = kept_name(path, "encrypted")
    replace_with(path, converted, kept)
    os.replace(cipher.slot_file(path), cipher.slot_file(kept))  # the kept copy still opens
    _swap_documents(path, made, kept)
    with db.write() as session:
        record_event(session, actor, "database_decrypted", kept=kept.name)
    return Converted(path, kept)


def leave_new_database_plain(db: Database, actor: str) -> None:
    """The first-run choice of the administrator about to be created (a training machine):
    a new encrypted file without accounts becomes a plain one, and the trail says who chose.
    Refused once the file has an account: then only `db decrypt` makes it plain."""
    path = db.file
    if path is None or not db.encrypted:
        return
    with db.read() as session:
        accounts = session.scalar(
            select(func.count()).select_from(Officer).where(Officer.password_hash.is_not(None))
        )
    folder = documents_folder(path)
    if accounts or (folder.is_dir() and any(folder.iterdir())):
        raise PermissionRefused(
            "this database has accounts already: an administrator converts it with "
            "`kvisa-desk db decrypt`"
        )
    key = cipher.key_for(path)
    db.dispose()
    converted = path.with_name(path.name + ".plain")
    converted.unlink(missing_ok=True)  # left by a choice that was killed half-way
    _convert(path, converted, key, None)
    replace_with(path, converted, converted.with_name(converted.name + ".old"))
    converted.with_name(converted.name + ".old").unlink()  # it held no account, no applicant
    cipher.slot_file(path).unlink()
    with db.write() as session:
        record_event(session, actor, "database_left_plain", first_run=True)
