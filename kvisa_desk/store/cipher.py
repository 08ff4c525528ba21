"""The one SQLite driver (SQLCipher 4) and the raw keys of the databases this process unlocked.

Every connection to a SQLite file — the engine's, migrations', backups', the fault tools' —
goes through `connect_file` or the engine's connect event, so an encrypted file is read the
same way everywhere. A plain file is read by the same driver with no key.

The key of an encrypted database is found by its slot file (`<database>.keys`, see
store.keyslots): the file names a random database id, and a key unwrapped for that id in this
process is kept here in memory (a copy of the file shares its id, hence its key), in a
bytearray that is zeroed when the key is forgotten (sign-out): Python's immutable copies
handed to a connection or a document store live only as long as that call.
"""

from __future__ import annotations

import hmac
import json
import os
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2

ENV_ENCRYPTION = "KVISA_ENCRYPTION"  # "off": new SQLite files are plain (a training machine)
SLOT_SUFFIX = ".keys"
driver: Any = dbapi2  # the DB-API module SQLAlchemy and the tools are given
KEY_BYTES = 32
PLAIN_HEADER = b"SQLite format 3\x00"
# What SQLCipher 4 calls its defaults, said once so a future library default cannot drift in.
CIPHER_SETTINGS = (
    "PRAGMA cipher_page_size = 4096",
    "PRAGMA kdf_iter = 256000",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA512",
    "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512",
)

_unlocked: dict[str, bytearray] = {}  # database id -> raw key, for this process only


class DatabaseLocked(RuntimeError):
    """An encrypted database whose key this process has not unlocked (no one signed in yet)."""


def slot_file(database: Path) -> Path:
    return database.with_name(database.name + SLOT_SUFFIX)


def _slot_data(database: Path) -> dict[str, Any] | None:
    slots = slot_file(database)
    if not slots.is_file():
        return None
    try:
        data = json.loads(slots.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DatabaseLocked(f"{slots} is damaged ({exc}): the database cannot be opened") from exc
    return data if isinstance(data, dict) else None


def database_id(database: Path) -> str | None:
    """The id the slot file gives the database; None for a plain file (no slot file)."""
    data = _slot_data(database)
    found = data.get("database_id") if data else None
    return str(found) if found else None


def _setup_key(database: Path) -> bytes | None:
    """A new database's key before its first account exists (nothing personal in it yet):
    kept unwrapped until the first account slot replaces it (store.keyslots)."""
    data = _slot_data(database)
    setup = data.get("setup_key") if data else None
    return bytes.fromhex(setup) if isinstance(setup, str) else None


def remember_key(db_id: str, key: bytes | bytearray) -> None:
    """Hold a copy of the key (the caller zeroes its own); a different key held before is
    zeroed. The same key again (a fresh unwrap) keeps the one held: another thread may be
    keying a connection with it this moment."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    held = _unlocked.get(db_id)
    if held is not None and hmac.compare_digest(bytes(held), bytes(key)):
        return
    forget_key(db_id)
    _unlocked[db_id] = bytearray(key)


def forget_key(db_id: str) -> bool:
    """Zero and drop the key held for this database; False if none was held."""
    held = _unlocked.pop(db_id, None)
    if held is None:
        return False
    zero(held)
    return True


def forget_keys() -> None:
    """Lock every database again (tests, and a process that signs out for good)."""
    for db_id in list(_unlocked):
        forget_key(db_id)


def zero(secret: bytearray) -> None:
    secret[:] = bytes(len(secret))


def known_key(db_id: str) -> bytes | None:
    held = _unlocked.get(db_id)
    return bytes(held) if held is not None else None


def key_for(database: Path) -> bytes | None:
    """The raw key for an encrypted file, None for a plain one; DatabaseLocked if not unlocked."""
    db_id = database_id(database)
    if db_id is None:
        if looks_encrypted(database):
            raise DatabaseLocked(
                f"{database} is encrypted but its key file {slot_file(database).name} is "
                "missing: put the key file back beside it (it is in every backup)"
            )
        return None
    held = _unlocked.get(db_id)
    key = bytes(held) if held is not None else _setup_key(database)
    if key is None:
        raise DatabaseLocked(
            "This database is encrypted: sign in with your account (KVISA_USER and "
            "KVISA_PASSWORD, or the sign-in window) to open it, or use "
            "`kvisa-desk db unlock ADMIN --recovery-key-file FILE` (ADMIN: an administrator's "
            "username)"
        )
    return key


def looks_encrypted(database: Path) -> bool:
    """A non-empty file that does not begin as a plain SQLite file does."""
    try:
        with database.open("rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
    except OSError:
        return False
    return bool(head) and head != PLAIN_HEADER


def apply_key(dbapi_conn: Any, key: bytes | None) -> None:
    """Key a fresh connection before anything else touches the file (its WAL included)."""
    if key is None:
        return
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for setting in CIPHER_SETTINGS:
        cursor.execute(setting)
    cursor.close()


FROM_SLOTS = b""  # connect_file's default: the key the file's slot file leads to


def connect_file(database: Path | str, key: bytes | None = FROM_SLOTS, **kwargs: Any) -> Any:
    """A driver connection to a SQLite file, keyed when the file is encrypted.

    `key` given (None: plain) beats the slot file, for a copy being made before its slot
    file is; `read_only` opens with `mode=ro`. Other keyword arguments go to the driver as
    for `sqlite3.connect`.
    """
    read_only = kwargs.pop("read_only", False)
    path = Path(str(database))
    if key == FROM_SLOTS:
        key = key_for(path)
    target = f"file:{path}?mode=ro" if read_only else str(path)
    conn = driver.connect(target, uri=read_only, **kwargs)
    try:
        apply_key(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def encryption_wanted() -> bool:
    """New SQLite files are encrypted unless KVISA_ENCRYPTION=off says otherwise."""
    return os.environ.get(ENV_ENCRYPTION, "").strip().lower() not in {"off", "0", "no", "false"}


def is_encrypted(database: Path) -> bool:
    return slot_file(database).is_file() or looks_encrypted(database)


def is_locked(database: Path) -> bool:
    """Encrypted, and this process does not hold its key yet."""
    db_id = database_id(database)
    if db_id is None:
        return looks_encrypted(database)
    return db_id not in _unlocked and _setup_key(database) is None


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)
