"""Accounts: Argon2id passwords, lockout, forced change, and permissions by role in core."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from kvisa_desk.core.accounts import accounts
from kvisa_desk.core.accounts.accounts import (
    MAX_FAILED_ATTEMPTS,
    authenticate,
    change_own_password,
    create_account,
    has_administrator,
    set_password,
)
from kvisa_desk.core.accounts.permissions import ROLE_PERMISSIONS, Permission, require
from kvisa_desk.core.errors import AuthenticationFailed, InvalidInput, PermissionRefused
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseEvent, Officer

pytestmark = pytest.mark.backend
PASSWORD = "correct horse battery"


def _add(db: Database, name: str, role: str, must_change: bool = False) -> None:
    with db.write() as session:
        create_account(session, name, PASSWORD, role, "test.admin", must_change=must_change)


def test_password_is_hashed_with_argon2id_never_stored_in_clear(db: Database) -> None:
    _add(db, "ana", "officer")
    with db.read() as session:
        stored = session.scalar(select(Officer.password_hash).where(Officer.username == "ana"))
    assert stored is not None and stored.startswith("$argon2id$") and PASSWORD not in stored
    with db.engine.connect() as conn:
        events = " ".join(str(r) for r in conn.execute(text("SELECT details FROM case_events")))
    assert PASSWORD not in events
    assert authenticate(db, "ana", PASSWORD).role == "officer"


def test_short_password_refused(db: Database) -> None:
    with pytest.raises(InvalidInput, match="at least"), db.write() as session:
        create_account(session, "bo", "short", "officer", "test.admin")


def test_wrong_password_refused_and_recorded_then_locked(db: Database) -> None:
    _add(db, "cy", "officer")
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(AuthenticationFailed, match="wrong password"):
            authenticate(db, "cy", "not the password")
    with pytest.raises(AuthenticationFailed, match="locked"):
        authenticate(db, "cy", PASSWORD)  # even the right password, while locked
    with db.read() as session:
        kinds = list(session.scalars(select(CaseEvent.kind).where(CaseEvent.officer == "cy")))
    assert kinds.count("login_failed") == MAX_FAILED_ATTEMPTS + 1
    assert "account_locked" in kinds
    set_password(db, "cy", "a brand new password", "test.admin")  # an administrator unlocks
    assert authenticate(db, "cy", "a brand new password").must_change_password


def test_forced_change_blocks_everything_until_done(db: Database) -> None:
    _add(db, "di", "officer", must_change=True)
    with pytest.raises(PermissionRefused, match="must change"), db.read() as session:
        require(session, "di", Permission.WORK_CASES)
    change_own_password(db, "di", PASSWORD, "another long password")
    with db.read() as session:
        assert require(session, "di", Permission.WORK_CASES).username == "di"


@pytest.mark.parametrize("role", sorted(ROLE_PERMISSIONS))
def test_role_matrix(db: Database, role: str) -> None:
    _add(db, "eve", role)
    with db.read() as session:
        for permission in Permission:
            if permission in ROLE_PERMISSIONS[role]:
                assert require(session, "eve", permission).role == role
            else:
                with pytest.raises(PermissionRefused, match=f"may not {permission.value}"):
                    require(session, "eve", permission)


def test_admin_does_no_case_work_and_officer_no_accounts(db: Database) -> None:
    assert Permission.WORK_CASES not in ROLE_PERMISSIONS["admin"]
    assert Permission.ACCOUNTS not in ROLE_PERMISSIONS["officer"]
    assert Permission.SIGN_OFF in ROLE_PERMISSIONS["supervisor"]


def test_unknown_account_refused(db: Database) -> None:
    with pytest.raises(PermissionRefused, match="not an active"), db.read() as session:
        require(session, "nobody", Permission.VIEW_CASES)
    assert has_administrator(db) in (True, False)


def _answers(db: Database, name: str, tries: int) -> list[str]:
    said = []
    for _ in range(tries):
        with pytest.raises(AuthenticationFailed) as refused:
            authenticate(db, name, "not the password")
        said.append(str(refused.value).replace(name, "NAME"))
    return said


def test_an_unknown_name_locks_like_an_account_so_names_cannot_be_found(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18, item 16: after five wrong passwords a real account said "locked" and an
    unknown name kept saying "wrong password"."""
    _add(db, "real.one", "supervisor")
    verified: list[str] = []
    hasher = accounts._hasher

    class Counting:
        def verify(self, hash_: str, password: str) -> bool:
            verified.append(hash_)
            return hasher.verify(hash_, password)

        def __getattr__(self, name: str) -> object:
            return getattr(hasher, name)

    monkeypatch.setattr(accounts, "_hasher", Counting())
    real = _answers(db, "real.one", MAX_FAILED_ATTEMPTS + 2)
    real_hashes = len(verified)
    unknown = _answers(db, "no.such.one", MAX_FAILED_ATTEMPTS + 2)
    assert unknown == real
    assert "locked" in unknown[-1] and "locked" not in unknown[MAX_FAILED_ATTEMPTS - 2]
    # Each refusal before the lock says how many tries are left; the one that locks says so.
    assert [u.split(": ")[-1] for u in unknown[: MAX_FAILED_ATTEMPTS - 1]] == [
        str(MAX_FAILED_ATTEMPTS - n) for n in range(1, MAX_FAILED_ATTEMPTS)
    ]
    assert "is locked for 15 minutes" in unknown[MAX_FAILED_ATTEMPTS - 1]
    # The same work each time: an Argon2 verification per attempt until locked, none after.
    assert len(verified) - real_hashes == real_hashes == MAX_FAILED_ATTEMPTS
    # The placeholder that counted is no account: it cannot sign in or act.
    with db.read() as session:
        with pytest.raises(PermissionRefused):
            require(session, "no.such.one", Permission.VIEW_CASES)
        assert not session.scalar(select(Officer.active).where(Officer.username == "no.such.one"))
    # An account made later under that name starts unlocked.
    with db.write() as session:
        create_account(session, "no.such.one", PASSWORD, "officer", "test.admin")
    assert authenticate(db, "no.such.one", PASSWORD).must_change_password


def test_one_time_passwords_have_no_look_alike_characters() -> None:
    from kvisa_desk.core.accounts.roster import readable_password

    made = {readable_password() for _ in range(200)}
    assert len(made) == 200  # random, not a fixed pattern
    for password in made:
        assert not set(password) & set("0O1lI"), password
        assert len(password) >= accounts.MIN_PASSWORD_LENGTH
        assert [len(group) for group in password.split("-")] == [4, 4, 4]
    assert readable_password("demo-").startswith("demo-")


def test_the_list_unlock_and_the_last_administrator(db: Database) -> None:
    from kvisa_desk.core.accounts.roster import account_rows, unlock_account

    _add(db, "fay", "officer")
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(AuthenticationFailed):
            authenticate(db, "fay", "not the password")
    rows = {row.username: row for row in account_rows(db, "test.admin")}
    assert rows["fay"].locked() and rows["fay"].active and rows["fay"].role == "officer"
    assert "no.such.one" not in rows  # names refused at sign-in are no accounts
    with pytest.raises(PermissionRefused, match="may not manage accounts"):
        unlock_account(db, "fay", "officer.a")
    assert not unlock_account(db, "fay", "test.admin").locked()
    assert authenticate(db, "fay", PASSWORD).username == "fay"  # the password stayed
    with db.read() as session:
        kinds = list(
            session.scalars(select(CaseEvent.kind).where(CaseEvent.officer == "test.admin"))
        )
    assert "account_unlocked" in kinds
    admins = [r.username for r in account_rows(db, "test.admin") if r.role == "admin" and r.active]
    assert admins == ["test.admin"]
    with pytest.raises(InvalidInput, match="only active administrator"):
        accounts.update_account(db, "test.admin", "test.admin", active=False)
    with pytest.raises(InvalidInput, match="only active administrator"):
        accounts.update_account(db, "test.admin", "test.admin", role="officer")
    _add(db, "gus", "admin")
    accounts.update_account(db, "test.admin", "gus", role="supervisor")
    assert {r.username: r.role for r in account_rows(db, "gus")}["test.admin"] == "supervisor"


@pytest.mark.parametrize("name", ["demo", "Demo", "system", "recovery-key", "file-access:root"])
def test_the_names_the_trail_keeps_for_itself_are_not_accounts(db: Database, name: str) -> None:
    # An account named "demo" would be credited with every demo case's workflow.
    with pytest.raises(InvalidInput, match="records for itself"):
        accounts.check_new_account(name, "a long enough password", "officer")
    accounts.check_new_account("demo.officer", "a long enough password", "officer")


def test_one_sign_in_with_a_forced_change_is_one_login_event(db: Database) -> None:
    # Signing in, changing the set password and taking the changed account is one sign-in:
    # the trail shows one "Signed in" row, not three (the new user's events 8, 9, 11).
    _add(db, "fay", "officer", must_change=True)
    assert authenticate(db, "fay", PASSWORD).must_change_password
    change_own_password(db, "fay", PASSWORD, "another long password")
    changed = authenticate(db, "fay", "another long password", signed_in=False)
    assert not changed.must_change_password
    with pytest.raises(AuthenticationFailed):
        change_own_password(db, "fay", "not the password", "a third long password")
    with db.read() as session:
        kinds = list(session.scalars(select(CaseEvent.kind).where(CaseEvent.officer == "fay")))
    assert kinds.count("login") == 1
    assert kinds.count("password_changed") == 1
    assert kinds.count("login_failed") == 1  # a wrong current password still counts
