"""Key slots: the database's raw key, wrapped once per account and once for the recovery key.

The slot file `<database>.keys` (JSON, owner-only) holds a random database id, a salt for
naming slots, one slot per account — found by an HMAC of the username, so no account name is
in the clear — and one for the recovery key. A slot is the raw key sealed under 64 bytes of
Argon2id(secret, fresh salt): XORed with the first 32 (a pad used once: every wrap draws a
new salt) and authenticated by HMAC-SHA-256 under the other 32, over the database id, the
slot's name and the sealed key (the standard library only: signing in loads nothing more
than the password check does). Its Argon2id parameters are recorded in it, so a slot made
cheaper (the test suite, in its own process) or dearer later still opens. Failed unwraps are
counted here per slot name, to be recorded in the trail at the next successful sign-in.

Accounts that exist but have no slot yet (after `db encrypt`, only its administrator has one)
are listed by the same HMAC under `no_key`, so their sign-in is told to ask an administrator
for a one-time password instead of "wrong password"; their attempts are counted under
`no_key_tries` and recorded at the next successful sign-in of anyone.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from kvisa_desk.store.cipher import KEY_BYTES, new_key, remember_key, slot_file

FORMAT = 1
RECOVERY = "recovery"


@dataclass(frozen=True)
class SlotCost:
    """Argon2id's price of one guess: passes, memory (KiB) and lanes."""

    time_cost: int
    memory_kib: int
    parallelism: int


# About 0.7 s a guess on the 2-core development machine (the trust model asks >= 0.5 s).
PRODUCTION_COST = SlotCost(time_cost=3, memory_kib=262_144, parallelism=4)
# What new slots cost. Only the test suite lowers it, in its own process (tests/conftest.py).
slot_cost = PRODUCTION_COST


class SlotFileError(RuntimeError):
    """The slot file is missing or damaged."""


class NoKeyYet(Exception):
    """An account of the database that has no slot yet: an administrator must set it a
    one-time password (which wraps one). Counted in the slot file before it is raised."""


def _read(database: Path) -> dict[str, Any]:
    path = slot_file(database)
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SlotFileError(f"{path.name} is missing: the encrypted database cannot open") from exc
    except (OSError, ValueError) as exc:
        raise SlotFileError(f"{path.name} is damaged ({exc})") from exc
    if data.get("format") != FORMAT:
        raise SlotFileError(f"{path.name} is in a format this KVisa Desk does not know")
    return data


def _write(database: Path, data: dict[str, Any]) -> None:
    """Atomically, readable by the owner only: a half-written slot file would lose the key."""
    path = slot_file(database)
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(path)


def _name(data: dict[str, Any], username: str) -> str:
    salt = bytes.fromhex(data["name_salt"])
    return hmac.new(salt, username.encode("utf-8"), hashlib.sha256).hexdigest()


def _kek(secret: str, salt: bytes, cost: SlotCost) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=cost.time_cost,
        memory_cost=cost.memory_kib,
        parallelism=cost.parallelism,
        hash_len=64,  # a pad for the key, then a MAC key
        type=Type.ID,
    )


def _tag(mac_key: bytes, data: dict[str, Any], name: str, sealed: bytes) -> bytes:
    bound = f"{data['database_id']}:{name}:".encode() + sealed
    return hmac.new(mac_key, bound, hashlib.sha256).digest()


def _seal(data: dict[str, Any], name: str, secret: str, key: bytes) -> dict[str, Any]:
    cost, salt = slot_cost, os.urandom(16)
    derived = _kek(secret, salt, cost)
    sealed = bytes(a ^ b for a, b in zip(key, derived[:KEY_BYTES], strict=True))
    return {
        "kdf": "argon2id",
        "t": cost.time_cost,
        "m": cost.memory_kib,
        "p": cost.parallelism,
        "salt": salt.hex(),
        "sealed": sealed.hex(),
        "tag": _tag(derived[KEY_BYTES:], data, name, sealed).hex(),
    }


def _open(data: dict[str, Any], name: str, slot: dict[str, Any], secret: str) -> bytearray | None:
    cost = SlotCost(int(slot["t"]), int(slot["m"]), int(slot["p"]))
    derived = _kek(secret, bytes.fromhex(slot["salt"]), cost)
    sealed = bytes.fromhex(slot["sealed"])
    expected = _tag(derived[KEY_BYTES:], data, name, sealed)
    if len(sealed) != KEY_BYTES or not hmac.compare_digest(expected, bytes.fromhex(slot["tag"])):
        return None  # a wrong password (or a slot moved or edited)
    # A bytearray, so whoever holds the key can zero it (cipher.forget_key).
    return bytearray(a ^ b for a, b in zip(sealed, derived[:KEY_BYTES], strict=True))


def new_recovery_key() -> str:
    """160 random bits as eight groups of four letters and digits (base32), easy to type."""
    text = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


# Digits base32 lacks, read off a screen or a printout for the letter they look like.
_LOOK_ALIKES = str.maketrans("018", "OIB")


def normal_recovery_key(text: str) -> str:
    """The key as typed: any case, spaces or dashes, and 0, 1 or 8 for the letters O, I, B
    (base32 has no 0, 1, 8 or 9, so nothing else is meant)."""
    letters = "".join(c for c in text.upper() if c.isalnum()).translate(_LOOK_ALIKES)
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def create(database: Path, key: bytes) -> str:
    """A new slot file holding the key unwrapped (`setup_key`) until the first account's
    slot is made: a database with no account yet holds nothing personal, and one nobody
    finished setting up stays openable. Returns the database id."""
    if slot_file(database).exists():
        raise SlotFileError(f"{slot_file(database).name} exists already: not replaced")
    data: dict[str, Any] = {
        "format": FORMAT,
        "database_id": secrets.token_hex(16),
        "name_salt": secrets.token_hex(16),
        "cipher": "sqlcipher4-raw-key",
        "setup_key": key.hex(),
        "slots": {},
        "failed": {},
    }
    _write(database, data)
    return str(data["database_id"])


def wrap(database: Path, key: bytes, username: str, password: str) -> str | None:
    """Give `username` a slot opened by `password` (replacing any it had). The first account
    slot also makes the recovery slot and drops the unwrapped setup key: returns the
    recovery key then (to be shown once), else None."""
    data = _read(database)
    name = _name(data, username)
    data["slots"][name] = _seal(data, name, password, key)
    data["failed"].pop(name, None)
    _drop_no_key(data, name)
    recovery = None
    if data.pop("setup_key", None) is not None or RECOVERY not in data:
        recovery = new_recovery_key()
        data[RECOVERY] = _seal(data, RECOVERY, recovery, key)
    _write(database, data)
    return recovery


def remove(database: Path, username: str) -> bool:
    data = _read(database)
    name = _name(data, username)
    gone = data["slots"].pop(name, None) is not None
    listed = _drop_no_key(data, name)  # deactivated: no longer waiting for a key either
    if gone or listed:
        _write(database, data)
    return gone


def _drop_no_key(data: dict[str, Any], name: str) -> bool:
    waiting: list[str] = data.get("no_key", [])
    if name not in waiting:
        return False
    data["no_key"] = [n for n in waiting if n != name]
    return True


def note_without_key(database: Path, usernames: list[str]) -> list[str]:
    """List these accounts (the database's active ones) that have no slot as waiting for a
    key, replacing the list; returns those usernames. Written only when the list changed."""
    data = _read(database)
    named = {_name(data, username): username for username in usernames}
    waiting = sorted(n for n in named if n not in data["slots"])
    if waiting != sorted(data.get("no_key", [])):
        data["no_key"] = waiting
        # A read-only copy: the list only words a refusal; the answer returned stands.
        with contextlib.suppress(OSError):
            _write(database, data)
    return sorted(named[n] for n in waiting)


def take_no_key_tries(database: Path, usernames: list[str]) -> dict[str, int]:
    """Sign-ins tried by these accounts while they had no slot, since last taken (for the
    trail); the counts are cleared. Names no longer accounts are left for their return."""
    data = _read(database)
    tries: dict[str, int] = data.get("no_key_tries", {})
    taken = {u: int(tries.pop(_name(data, u))) for u in usernames if _name(data, u) in tries}
    if taken:
        _write(database, data)
    return taken


def unwrap(database: Path, username: str, password: str) -> tuple[bytearray | None, int]:
    """(the key or None, failures counted for this name before). A failure is counted; a
    success clears the count. An unknown name costs an Argon2id run like a wrong password.
    NoKeyYet for an account listed as waiting for a slot (note_without_key)."""
    data = _read(database)
    name = _name(data, username)
    slot = data["slots"].get(name)
    key = _open(data, name, slot, password) if slot else None
    if slot is None and RECOVERY in data:
        _open(data, RECOVERY, data[RECOVERY], password + "\x00no slot")  # the same time spent
    if slot is None and name in data.get("no_key", []):
        tries = data.setdefault("no_key_tries", {})
        tries[name] = int(tries.get(name, 0)) + 1
        _write(database, data)
        raise NoKeyYet(username)
    failed_before = int(data["failed"].get(name, 0))
    if key is None:
        data["failed"][name] = failed_before + 1
        _write(database, data)
        return None, failed_before + 1
    if failed_before or name in data.get("locked", {}):
        data["failed"].pop(name, None)
        data.get("locked", {}).pop(name, None)
        _write(database, data)
    return key, failed_before


def locked_for(database: Path, username: str, now: float) -> float:
    """Seconds this name's slot stays locked after too many failures (0: not locked)."""
    data = _read(database)
    until = float(data.get("locked", {}).get(_name(data, username), 0))
    return max(0.0, until - now)


def lock_name(database: Path, username: str, until: float) -> None:
    """Refuse this name's slot until `until` (seconds since the epoch), a known name or not."""
    data = _read(database)
    data.setdefault("locked", {})[_name(data, username)] = until
    _write(database, data)


def unwrap_recovery(database: Path, recovery_key: str) -> bytearray | None:
    data = _read(database)
    if RECOVERY not in data:
        return None
    return _open(data, RECOVERY, data[RECOVERY], normal_recovery_key(recovery_key))


def account_slots(database: Path) -> int:
    return len(_read(database)["slots"])


def has_slot(database: Path, username: str) -> bool:
    data = _read(database)
    return _name(data, username) in data["slots"]


def create_encrypted(database: Path) -> None:
    """Make a new database encrypted: a random key and its slot file, the key kept in this
    process so the first connection encrypts the empty file."""
    key = new_key()
    remember_key(create(database, key), key)
