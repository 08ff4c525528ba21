"""The database key and the accounts: sign-in unwraps it, password changes rewrap it.

Only an encrypted SQLite file has slots; on a plain file or a server every function here
does nothing, so account services call them unconditionally.
"""

from __future__ import annotations

import sys
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kvisa_desk.core.errors import AuthenticationFailed, InvalidInput
from kvisa_desk.store import cipher, keyslots
from kvisa_desk.store.engine import Database, sqlite_file
from kvisa_desk.store.models import Officer

WRONG_RECOVERY_KEY = "that is not this database's recovery key: nothing was changed"
# Recovery keys made with a database's first account, until shown (once) by whoever made it.
_to_show: dict[Path, str] = {}


def _encrypted_file(url: str) -> Path | None:
    path = sqlite_file(url)
    return path if path is not None and cipher.slot_file(path).is_file() else None


def session_file(session: Session) -> Path | None:
    """The encrypted file a session writes to, None when it is plain or a server."""
    return _encrypted_file(session.get_bind().engine.url.render_as_string(hide_password=False))


def unlock(
    db: Database,
    username: str,
    password: str,
    refusal: str,
    fresh: bool = False,
    lockout: tuple[int, timedelta] | None = None,
) -> int:
    """Unwrap the key with this account's password when the file is still locked (or always,
    when FRESH: a sign-in over an open window proves its own slot, and the key it gives
    replaces the one held); returns how many sign-ins failed against its slot since the last
    success (for the trail). AuthenticationFailed with the message id REFUSAL for a wrong
    password or an unknown name, "sign_in.no_key" for an account that has no slot yet."""
    path = _encrypted_file(db.url)
    if path is None or not (db.locked or fresh):
        return 0
    now = time.time()
    if lockout is not None:
        # The database's own lockout cannot count while the file is closed: the slot file
        # does, for a known name or not alike, so a guesser at the desk is slowed the same.
        left = keyslots.locked_for(path, username, now)
        if left > 0:
            minutes = int(left // 60) + 1
            raise AuthenticationFailed.said("sign_in.locked", username=username, minutes=minutes)
    try:
        key, failed = keyslots.unwrap(path, username, password)
    except keyslots.NoKeyYet:
        raise AuthenticationFailed.said("sign_in.no_key", username=username) from None
    if key is None:
        if lockout is None:
            raise AuthenticationFailed.said(refusal)
        most, period = lockout
        left_tries = most - (failed - 1) % most - 1
        if left_tries == 0:
            keyslots.lock_name(path, username, now + period.total_seconds())
            minutes = int(period.total_seconds() // 60)
            raise AuthenticationFailed.said(
                "sign_in.refused_locked", username=username, minutes=minutes
            )
        raise AuthenticationFailed.said("sign_in.refused_tries", left=left_tries)
    try:
        _open_with(db, path, key)
    finally:
        cipher.zero(key)  # the holder keeps its own copy
    return failed


def lock(db: Database) -> bool:
    """Sign-out: the database key leaves memory until someone signs in again. The pooled
    connections go first (each holds the key inside SQLCipher), then the held key is zeroed
    and the document keys derived from it are dropped. The pool is closed on a plain file or
    a server too; False there (no key to drop)."""
    db.dispose()
    path = _encrypted_file(db.url)
    if path is None:
        return False
    sealed = sys.modules.get("kvisa_desk.content.sealed")  # not loaded: no key derived
    if sealed is not None:
        sealed.forget_document_keys()
    db_id = cipher.database_id(path)
    return db_id is not None and cipher.forget_key(db_id)


def has_slot(session: Session, username: str) -> bool:
    """Whether the account can open the encrypted file it works on (always, on a plain one)."""
    path = session_file(session)
    return path is None or keyslots.has_slot(path, username)


def note_accounts_without_key(session: Session) -> set[str] | None:
    """The active accounts that have no slot for this encrypted file (noted in its slot file,
    so their sign-in is told why it fails); None on a plain file or a server."""
    path = session_file(session)
    if path is None:
        return None
    active = session.scalars(
        select(Officer.username).where(Officer.active.is_(True), Officer.password_hash.is_not(None))
    ).all()
    return set(keyslots.note_without_key(path, list(active)))


def take_no_key_tries(session: Session) -> dict[str, int]:
    """Sign-ins tried by accounts without a slot since this was last asked, for the trail."""
    path = session_file(session)
    if path is None:
        return {}
    names = session.scalars(select(Officer.username).where(Officer.password_hash.is_not(None)))
    return keyslots.take_no_key_tries(path, list(names))


def unlock_with_recovery_key(db: Database, recovery_key: str) -> None:
    path = _encrypted_file(db.url)
    if path is None:
        raise InvalidInput(
            "this database is not encrypted: it has no recovery key (see `kvisa-desk user "
            "reset` for recovering an administrator account of a plain file)"
        )
    key = keyslots.unwrap_recovery(path, recovery_key)
    if key is None:
        raise AuthenticationFailed(WRONG_RECOVERY_KEY)
    try:
        if db.locked:
            _open_with(db, path, key)
    finally:
        cipher.zero(key)


def _open_with(db: Database, path: Path, key: bytes | bytearray) -> None:
    db_id = cipher.database_id(path)
    assert db_id is not None
    cipher.remember_key(db_id, key)
    db.finish_opening()  # the upgrade and seeding a locked file could not have yet


def wrap_slot(session: Session, username: str, password: str) -> None:
    """Give the account a slot opened by this password (new account, new or reset password)."""
    path = session_file(session)
    if path is not None:
        recovery = keyslots.wrap(path, cipher.key_for(path) or b"", username, password)
        if recovery is not None:
            _to_show[path] = recovery


def take_recovery_key(db: Database) -> str | None:
    """The recovery key made with this database's first account, once; then None."""
    path = db.file
    return _to_show.pop(path, None) if path is not None else None


def remove_slot(session: Session, username: str) -> None:
    """A deactivated account can no longer open the file (reactivating sets a password)."""
    path = session_file(session)
    if path is not None:
        keyslots.remove(path, username)


def account_slots(db: Database) -> int | None:
    """How many accounts can open the file; None when it has no slots (plain, or a server)."""
    path = _encrypted_file(db.url)
    return keyslots.account_slots(path) if path is not None else None
