"""The database key in memory and the accounts that hold a slot for it: signing out zeroes the
key and closes the pooled connections until someone signs in again; after `db encrypt`,
the accounts without a slot are named, told why they cannot sign in, and a one-time
password gives them one (trust.md, "Data at rest")."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from kvisa_desk.content import sealed
from kvisa_desk.content.stores import file_store_for
from kvisa_desk.core.accounts import data_keys
from kvisa_desk.core.accounts.accounts import (
    accounts_without_key,
    authenticate,
    create_account,
    set_password,
    update_account,
)
from kvisa_desk.core.accounts.roster import account_rows, readable_password
from kvisa_desk.core.errors import AuthenticationFailed
from kvisa_desk.core.post.encryption import encrypt_database
from kvisa_desk.core.startup import open_database
from kvisa_desk.store import cipher
from kvisa_desk.store.engine import Database, sqlite_url
from kvisa_desk.store.models import CaseEvent

pytestmark = pytest.mark.sqlite_only
PASSWORD = "a long enough password"
SCAN = b"%PDF-1.4 a passport scan of Quintessa"


@pytest.fixture
def encrypted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(cipher, "_unlocked", {})
    path = tmp_path / "post.sqlite3"
    db = open_database(sqlite_url(path)).db
    with db.write() as session:
        create_account(session, "boss", PASSWORD, "admin", "boss", must_change=False)
        create_account(session, "ana", PASSWORD, "officer", "boss", must_change=False)
    db.dispose()
    yield path


def _reopen(path: Path) -> Database:
    cipher.forget_keys()  # as a new process
    return open_database(sqlite_url(path)).db


def _store_a_scan(path: Path) -> str:
    store = file_store_for(path)
    with store.stage(io.BytesIO(SCAN), len(SCAN)) as staged:
        store.publish(None, staged)
    return staged.sha256


def test_signing_out_zeroes_the_key_and_closes_the_pool_until_the_next_sign_in(
    encrypted: Path,
) -> None:
    db = _reopen(encrypted)
    authenticate(db, "ana", PASSWORD)
    sha = _store_a_scan(encrypted)
    with db.read() as session:
        session.execute(text("SELECT count(*) FROM officers"))
    db_id = cipher.database_id(encrypted)
    assert db_id is not None
    held = cipher._unlocked[db_id]
    assert any(held) and db.engine.pool.checkedin() >= 1
    assert sealed._derived  # the scan's store derived its document keys

    assert data_keys.lock(db)
    assert sealed._derived == {}  # nor the document keys derived from it
    assert db.engine.pool.checkedin() == 0  # no pooled connection keeps the key in SQLCipher
    assert held == bytearray(cipher.KEY_BYTES) and db_id not in cipher._unlocked
    assert db.locked
    with pytest.raises(cipher.DatabaseLocked):
        file_store_for(encrypted).read_bytes(None, sha)  # no document key survives it
    with pytest.raises(cipher.DatabaseLocked), db.read() as session:
        session.execute(text("SELECT count(*) FROM officers"))
    with pytest.raises(AuthenticationFailed):
        authenticate(db, "ana", "not her password")
    assert db.locked

    assert authenticate(db, "boss", PASSWORD).username == "boss"  # unwrapped again
    assert not db.locked
    assert file_store_for(encrypted).read_bytes(None, sha) == SCAN
    db.dispose()


def test_a_fresh_sign_in_unwraps_its_own_slot_even_when_the_key_is_held(
    encrypted: Path,
) -> None:
    db = _reopen(encrypted)
    authenticate(db, "boss", PASSWORD)
    update_account(db, "ana", "boss", active=False)  # her slot goes
    db_id = cipher.database_id(encrypted)
    assert db_id is not None
    held = cipher._unlocked[db_id]
    with pytest.raises(AuthenticationFailed):
        authenticate(db, "ana", PASSWORD, fresh_key=True)
    with pytest.raises(AuthenticationFailed):
        authenticate(db, "boss", "not the password at all", fresh_key=True)
    slots = json.loads(cipher.slot_file(encrypted).read_text(encoding="utf-8"))
    assert sorted(slots["failed"].values()) == [1, 1]  # both tried the slot file, not the rows
    before = bytes(held)
    assert authenticate(db, "boss", PASSWORD, fresh_key=True).username == "boss"
    # The slot gave the same key: the one held stays (a reader may be keying with it now).
    assert cipher._unlocked[db_id] is held and bytes(held) == before
    db.dispose()


@pytest.fixture
def converted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A plain database with an administrator and two officers, then `db encrypt`ed."""
    monkeypatch.setattr(cipher, "_unlocked", {})
    monkeypatch.setenv(cipher.ENV_ENCRYPTION, "off")
    path = tmp_path / "old.sqlite3"
    db = open_database(sqlite_url(path)).db
    with db.write() as session:
        create_account(session, "boss", PASSWORD, "admin", "boss", must_change=False)
        for name in ("ana", "li"):
            create_account(session, name, PASSWORD, "officer", "boss", must_change=False)
    monkeypatch.delenv(cipher.ENV_ENCRYPTION)
    done = encrypt_database(db, "boss", PASSWORD)
    assert done.need_one_time_password == ["ana", "li"]
    db.dispose()
    yield path


def _without_key_tries(db: Database) -> list[tuple[str, dict[str, object]]]:
    with db.read() as session:
        rows = session.execute(
            select(CaseEvent.officer, CaseEvent.details).where(
                CaseEvent.kind == "login_without_key"
            )
        )
        return [(actor, dict(details)) for actor, details in rows]


def test_an_account_without_a_slot_is_told_to_ask_for_a_one_time_password(
    converted: Path,
) -> None:
    db = _reopen(converted)
    for _ in range(2):
        with pytest.raises(AuthenticationFailed) as refused:
            authenticate(db, "ana", PASSWORD)
        assert refused.value.message_id == "sign_in.no_key"
        assert "ask an administrator to set a one-time password" in str(refused.value)
    with pytest.raises(AuthenticationFailed) as unknown:
        authenticate(db, "nobody", PASSWORD)
    # A name no account has is answered as a wrong password is: tries left before a lockout.
    assert unknown.value.message_id == "sign_in.refused_tries"
    assert "ana" not in cipher.slot_file(converted).read_text(encoding="utf-8")
    assert db.locked

    authenticate(db, "boss", PASSWORD)  # the next sign-in records the tries in the trail
    assert _without_key_tries(db) == [("ana", {"attempts": 2})]
    # With the key held, her right password still does not sign her in: she has no slot.
    with pytest.raises(AuthenticationFailed) as held:
        authenticate(db, "ana", PASSWORD)
    assert held.value.message_id == "sign_in.no_key"
    assert _without_key_tries(db)[-1] == ("ana", {"attempts": 1})
    db.dispose()


def test_the_accounts_list_names_who_has_no_key_and_a_one_time_password_gives_one(
    converted: Path,
) -> None:
    db = _reopen(converted)
    authenticate(db, "boss", PASSWORD)
    keys = {row.username: row.has_key for row in account_rows(db, "boss")}
    assert keys == {"boss": True, "ana": False, "li": False}
    assert accounts_without_key(db) == {"ana", "li"}
    one_time = readable_password()
    set_password(db, "ana", one_time, "boss", force_change=True)  # as `user reset` does
    assert accounts_without_key(db) == {"li"}
    update_account(db, "li", "boss", active=False)
    assert {row.username: row.has_key for row in account_rows(db, "boss")}["li"] is None
    db.dispose()
    again = _reopen(converted)
    assert authenticate(again, "ana", one_time).must_change_password
    with pytest.raises(AuthenticationFailed) as refused:
        authenticate(again, "li", PASSWORD)
    # Deactivated: not waiting for a key (the tries left before the lock are counted alike).
    assert refused.value.message_id == "sign_in.refused_tries"
    again.dispose()


def test_a_plain_file_has_no_key_column(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cipher.ENV_ENCRYPTION, "off")
    db = open_database(sqlite_url(tmp_path / "plain.sqlite3")).db
    with db.write() as session:
        create_account(session, "boss", PASSWORD, "admin", "boss", must_change=False)
    assert accounts_without_key(db) is None
    assert [row.has_key for row in account_rows(db, "boss")] == [None]
    assert not data_keys.lock(db)  # nothing to drop
    db.dispose()


def test_user_reset_on_the_command_line_gives_the_same_key_as_the_dialog(
    converted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_users_cli import run

    boss = {"user": "boss", "password": PASSWORD}
    code, out, err = run(converted, monkeypatch, "user", "list", **boss)
    assert code == 0 and "no key for this encrypted database yet" in out, err
    new = "her one-time password"
    code, _, err = run(
        converted, monkeypatch, "user", "reset", "li", "--password-stdin", stdin=new, **boss
    )
    assert code == 0, err
    code, out, _ = run(converted, monkeypatch, "user", "list", "--json", **boss)
    assert {row["username"]: row["has_key"] for row in json.loads(out)} == {
        "boss": True,
        "ana": False,
        "li": True,
    }
    cipher.forget_keys()
    code, _, err = run(converted, monkeypatch, "cases", user="li", password=new)
    assert code == 3 and "must change" in err  # her slot opened the file; then the change


@pytest.mark.parametrize("name", ["ana", "nobody"])
def test_five_wrong_passwords_lock_an_encrypted_files_slot_for_a_while(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # The database's own lockout cannot count while the file is closed: the slot file does,
    # for a real name and an unknown one alike.
    db = _reopen(encrypted)
    answers = []
    for _ in range(5):
        with pytest.raises(AuthenticationFailed) as refused:
            authenticate(db, name, "not the password")
        answers.append(refused.value.message_id)
    assert answers == ["sign_in.refused_tries"] * 4 + ["sign_in.refused_locked"]
    if name == "ana":
        with pytest.raises(AuthenticationFailed) as refused:
            authenticate(db, "ana", PASSWORD)  # the right password waits out the lock too
        assert refused.value.message_id == "sign_in.locked"
        assert db.locked
        later = time.time() + 16 * 60
        monkeypatch.setattr(time, "time", lambda: later)
        assert authenticate(db, "ana", PASSWORD).username == "ana"
        assert not db.locked
    db.dispose()
