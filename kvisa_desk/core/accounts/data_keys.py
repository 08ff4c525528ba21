"""The database key and the accounts: sign-in unwraps it, password changes rewrap it.

Only an encrypted SQLite file has slots; on a plain file or a server every function here
does nothing, so account services call them unconditionally.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from kvisa_desk.core.errors import AuthenticationFailed, InvalidInput
from kvisa_desk.store import cipher, keyslots
from kvisa_desk.store.engine import Database, sqlite_file

WRONG_RECOVERY_KEY = "that is not this database's recovery key: nothing was changed"
# Recovery keys made with a database's first account, until shown (once) by whoever made it.
_to_show: dict[Path, str] = {}


def _encrypted_file(url: str) -> Path | None:
    path = sqlite_file(url)
    return path if path is not None and cipher.slot_file(path).is_file() else None


def session_file(session: Session) -> Path | None:
    """The encrypted file a session writes to, None when it is plain or a server."""
    return _encrypted_file(session.get_bind().engine.url.render_as_string(hide_password=False))


def unlock(db: Database, username: str, password: str, refusal: str) -> int:
    """Unwrap the key with this account's password when the file is still locked; returns
    how many sign-ins failed against its slot since the last success (for the trail).
    AuthenticationFailed with the message id REFUSAL for a wrong password or an unknown name."""
    path = _encrypted_file(db.url)
    if path is None or not db.locked:
        return 0
    key, failed = keyslots.unwrap(path, username, password)
    if key is None:
        raise AuthenticationFailed.said(refusal)
    _open_with(db, path, key)
    return failed


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
    if db.locked:
        _open_with(db, path, key)


def _open_with(db: Database, path: Path, key: bytes) -> None:
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
