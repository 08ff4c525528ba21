"""The encrypted column of the benchmarks (issue 19): the same work on an encrypted file.

Each benchmark measures its KVisa side twice, on a plain file and on an encrypted one
(SQLCipher 4, documents sealed), and prints encrypted / plain as its own row with the
target of 1.3x. Signing in to an encrypted file unwraps its key with Argon2id: that price
is measured where a worker signs in and printed on its own line, never inside a timing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

TARGET = 1.3  # encrypted / plain, the bound


def choose(params: dict[str, Any]) -> bool:
    """In a worker, before anything opens a database: new files encrypted or plain."""
    encrypted = bool(params.get("encrypted"))
    os.environ["KVISA_ENCRYPTION"] = "on" if encrypted else "off"
    return encrypted


def sign_in(db: Any) -> float:
    """Unlock an encrypted file as the bench account (seconds the key unwrap took); 0 when
    there is nothing to unlock."""
    import time

    from bench.accounts import ACTOR, PASSWORD
    from kvisa_desk.core.accounts.accounts import authenticate

    if not db.locked:
        return 0.0
    started = time.perf_counter()
    authenticate(db, ACTOR, PASSWORD)
    return time.perf_counter() - started


def encrypted_copy(plain: Path, target: Path) -> Path:
    """TARGET: PLAIN's content in an encrypted file whose one slot opens with the bench
    account's password (the cached databases are built plain)."""
    from bench.accounts import ACTOR, PASSWORD
    from kvisa_desk.store import cipher, keyslots
    from kvisa_desk.store.conversion import export_copy

    for leftover in (target, cipher.slot_file(target)):
        leftover.unlink(missing_ok=True)
    key = cipher.new_key()
    export_copy(plain, target, None, key)
    keyslots.create(target, key)
    keyslots.wrap(target, key, ACTOR, PASSWORD)
    return target


def verdict(ratio: float) -> str:
    return "met" if ratio <= TARGET else "MISSED"


def notes(ctx: Any, what: str, encrypted: float, plain: float, unwrap: float | None) -> None:
    ratio = encrypted / plain
    ctx.note(
        f"encrypted file: {what} {encrypted:.2f} s against {plain:.2f} s plain, "
        f"{ratio:.2f}x (target {TARGET}x: {verdict(ratio)})"
    )
    if unwrap:
        ctx.note(f"sign-in key unwrap (Argon2id), the price of the protection: {unwrap:.2f} s")
