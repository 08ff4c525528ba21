"""The post key of a PostgreSQL database: a file on each computer that needs it, never in
the database. It seals the document contents stored in the database (content.sealed_blob).

The file is `<data folder>/post-keys/<digest of the server and database name>.key` (or
KVISA_POST_KEY_FILE), readable by its owner only; its fingerprint (an HMAC of a fixed
label) names it in the trail without giving it away.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from sqlalchemy.engine import make_url

from kvisa_desk.store.locations import data_dir

ENV_POST_KEY_FILE = "KVISA_POST_KEY_FILE"
HEADER = "kvisa-desk post key v1"
KEY_BYTES = 32


class PostKeyUnreadable(ValueError):
    """A post key file that is not one (damaged, or another kind of file)."""


def key_file(url: str) -> Path:
    """Where this computer keeps the post key of the database at URL (no password in it)."""
    named = os.environ.get(ENV_POST_KEY_FILE)
    if named:
        return Path(named).expanduser()
    parsed = make_url(url)
    place = f"{parsed.host or ''}:{parsed.port or ''}/{parsed.database or ''}"
    digest = hashlib.sha256(place.encode("utf-8")).hexdigest()[:16]
    return data_dir() / "post-keys" / f"{digest}.key"


def fingerprint(key: bytes) -> str:
    return hmac.new(key, b"kvisa-desk post key fingerprint", hashlib.sha256).hexdigest()[:16]


def encode(key: bytes) -> bytes:
    return f"{HEADER}\n{key.hex()}\n".encode("ascii")


def decode(data: bytes) -> bytes:
    try:
        lines = data.decode("ascii").splitlines()
        key = bytes.fromhex(lines[1].strip()) if len(lines) >= 2 else b""
    except (UnicodeDecodeError, ValueError):
        key = b""
    if not lines_ok(data) or len(key) != KEY_BYTES:
        raise PostKeyUnreadable("this is not a KVisa Desk post key file")
    return key


def lines_ok(data: bytes) -> bool:
    return data.startswith(HEADER.encode("ascii") + b"\n")


def write_private(path: Path, data: bytes) -> None:
    """Written whole or not at all, readable by its owner only, in a folder only they enter."""
    from kvisa_desk.store.files import atomic_write

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic_write(path, data)  # mkstemp: created 0600
    os.chmod(path, 0o600)


def load(url: str) -> bytes | None:
    """The post key on this computer, None when there is none."""
    path = key_file(url)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    return decode(data)


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)
