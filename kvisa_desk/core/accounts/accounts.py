"""Officer accounts: passwords (Argon2id), sign-in with lockout, roles and administration.

Passwords are never stored, logged or recorded in clear; the audit records who signed in,
who failed and when an account was locked.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session, undefer

from kvisa_desk.core.accounts import data_keys
from kvisa_desk.core.accounts.account_flags import RECOVERY_KEY_ACTOR
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.officers import Account, account_of, find_officer
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.accounts.roster import readable_password
from kvisa_desk.core.changes import ACCOUNTS, Changes
from kvisa_desk.core.errors import (
    AuthenticationFailed,
    InvalidInput,
    NotFound,
    PermissionRefused,
)
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Officer
from kvisa_desk.vocab import DEMO_ACTOR, Role

MIN_PASSWORD_LENGTH = 12
MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
_KEY_SLOT_FAILURES_LISTED = 20
_hasher = PasswordHasher()  # Argon2id with the library's current recommended parameters


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite returns naive UTC; compare like with like.
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=utcnow().tzinfo)
    return moment


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    if password.strip() != password or not password.strip():
        raise InvalidInput("a password must not begin or end with spaces")


def has_administrator(db: Database) -> bool:
    if db.locked:  # only an account's password opens it; the recovery key alone is no account
        return bool(data_keys.account_slots(db))
    with db.read() as session:
        query = (
            select(func.count())
            .select_from(Officer)
            .where(
                Officer.role == Role.ADMIN.value,
                Officer.active.is_(True),
                Officer.password_hash.is_not(None),
            )
        )
        return bool(session.scalar(query))


# Actors the trail records for work no account did (demo data, recovery, start-up).
_SYSTEM_ACTORS = frozenset({DEMO_ACTOR, RECOVERY_KEY_ACTOR, "system"})


def check_new_account(username: str, password: str, role: str) -> None:
    """InvalidInput unless an account could be made with these (before anything is changed)."""
    if role not in {r.value for r in Role}:
        raise InvalidInput(f"role must be one of {', '.join(r.value for r in Role)}")
    if not username or any(c.isspace() for c in username) or len(username) > 64:
        raise InvalidInput("a username is 1 to 64 characters without spaces")
    if username.lower() in _SYSTEM_ACTORS or ":" in username:
        # The trail names these for work no person did: an account must not take the name.
        raise InvalidInput(
            f"{username!r} is a name the application records for itself: choose another"
        )
    check_password_rules(password)


def create_account(
    session: Session,
    username: str,
    password: str,
    role: str,
    actor: str,
    display_name: str = "",
    title: str = "",
    must_change: bool = True,
    title_zh: str = "",
) -> Account:
    """Within the caller's transaction; the caller has checked the actor may do this."""
    check_new_account(username, password, role)
    row = find_officer(session, username)
    if row is not None and row.password_hash is not None:
        raise InvalidInput(f"an account {username!r} already exists")
    if row is None:
        row = Officer(username=username, display_name=display_name or username)
        session.add(row)
    row.display_name = display_name or row.display_name or username
    row.title, row.role, row.active = title, role, True
    if title_zh:  # else the server's default: an older schema has no such column
        row.title_zh = title_zh
    row.password_hash = _hasher.hash(password)
    row.must_change_password = must_change
    row.failed_attempts, row.locked_until = 0, None  # a name refused before: a fresh start
    session.flush()
    data_keys.wrap_slot(session, username, password)
    # A one-time password is known to whoever set it: flagged like a reset (account_flags).
    one_time = {"one_time_password": True} if must_change else {}
    record_event(session, actor, "account_created", account=username, role=role, **one_time)
    return account_of(row)


def authenticate(
    db: Database, username: str, password: str, fresh_key: bool = False, signed_in: bool = True
) -> Account:
    """Sign in. Five failures lock the account for a while; every outcome is audited.

    An unknown (or inactive) name goes the same way as a real account: a password hash is
    verified, failures are counted on a placeholder row and five of them "lock" it, so the
    answers and their timing never tell which names are accounts. Failures are committed
    before the refusal is raised, so the count and the audit events survive the refusal.
    On an encrypted file an account without a key slot is refused and told to ask an
    administrator for a one-time password; `fresh_key` unwraps the account's own slot even
    when the key is held (the window's sign-in dialogs, beside the GUI thread).
    `signed_in=False` checks the password of someone already signed in (changing it, then
    taking the changed account): failures count and are recorded, success is no new sign-in.
    """
    # An encrypted file still locked opens only with an account's slot: the password is
    # the key. Failures against the slot are counted in the slot file, recorded below.
    failed_unlocking = data_keys.unlock(
        db,
        username,
        password,
        "sign_in.refused",
        fresh_key,
        lockout=(MAX_FAILED_ATTEMPTS, LOCKOUT),
    )
    if db.read_only:
        return _authenticate_unrecorded(db, username, password)
    refusal: AuthenticationFailed | None = None
    with db.write() as session:
        row = _counted_row(session, username)
        now = utcnow()
        known = row is not None and row.password_hash is not None and row.active
        locked_until = _aware(row.locked_until) if row is not None else None
        if locked_until is not None and locked_until > now:
            record_event(session, _who(username), "login_failed", reason="locked")
            minutes = int((locked_until - now).total_seconds() // 60) + 1
            refusal = AuthenticationFailed.said(
                "sign_in.locked", username=username, minutes=minutes
            )
        elif row is None or not _verify(row.password_hash if known else None, password):
            unknown: dict[str, Any] = {} if known else {"reason": "unknown"}
            if row is None:  # a name no account can have (spaces, too long): nothing to count
                record_event(session, _who(username), "login_failed", **unknown)
            else:
                row.failed_attempts += 1
                record_event(
                    session, username, "login_failed", attempts=row.failed_attempts, **unknown
                )
                left = MAX_FAILED_ATTEMPTS - row.failed_attempts
                if left <= 0:
                    row.locked_until, row.failed_attempts = now + LOCKOUT, 0
                    minutes = LOCKOUT.seconds // 60
                    record_event(session, username, "account_locked", minutes=minutes, **unknown)
                    refusal = AuthenticationFailed.said(
                        "sign_in.refused_locked", username=username, minutes=minutes
                    )
                else:  # a placeholder row counts alike: the answer tells no name apart
                    refusal = AuthenticationFailed.said("sign_in.refused_tries", left=left)
            if refusal is None:
                refusal = AuthenticationFailed.said("sign_in.refused")
        elif not data_keys.has_slot(session, username):
            # The key was held already (another account opened the file): the password is
            # right, but this account could not have opened it. Encrypting gave it no slot.
            record_event(session, username, "login_without_key", attempts=1)
            refusal = AuthenticationFailed.said("sign_in.no_key", username=username)
        else:
            assert row.password_hash is not None
            for waiting, tries in data_keys.take_no_key_tries(session).items():
                record_event(session, waiting, "login_without_key", attempts=tries)
            data_keys.note_accounts_without_key(session)  # their sign-in is told why
            if _hasher.check_needs_rehash(row.password_hash):
                row.password_hash = _hasher.hash(password)
            row.failed_attempts, row.locked_until, row.last_login_at = 0, None, now
            # Counted in the key file while the database was closed: one event per failure,
            # numbered as they happened (the latest few, should someone have tried thousands).
            first = max(1, failed_unlocking - _KEY_SLOT_FAILURES_LISTED + 1)
            for attempt in range(first, failed_unlocking + 1):
                record_event(session, username, "login_failed", attempts=attempt, key_slot=True)
            if signed_in:
                record_event(session, username, "login")
            account = account_of(row)
    if refusal is not None:
        raise refusal
    return account


def _who(username: str) -> str:
    return username[:64] or "?"


def _is_username(username: str) -> bool:
    return bool(username) and len(username) <= 64 and not any(c.isspace() for c in username)


def _counted_row(session: Session, username: str) -> Officer | None:
    """The row whose failures count for this name: the account's, or a placeholder made for
    a name that is no account (inactive, no password), so it locks after the same count."""
    if not _is_username(username):
        return None
    row = find_officer(session, username)
    if row is None:
        row = Officer(username=username, display_name=username, active=False)
        session.add(row)
        session.flush()
    return row


def _authenticate_unrecorded(db: Database, username: str, password: str) -> Account:
    """Sign-in on a read-only database: checked the same way, but nothing can be recorded."""
    with db.read() as session:
        row = find_officer(session, username)
        locked_until = _aware(row.locked_until) if row is not None else None
        if locked_until is not None and locked_until > utcnow():
            raise AuthenticationFailed.said("sign_in.locked_read_only", username=username)
        known = row is not None and row.password_hash is not None and row.active
        if row is None or not _verify(row.password_hash if known else None, password):
            raise AuthenticationFailed.said("sign_in.refused")
        return account_of(row)


def check_own_password(db: Database, username: str, password: str) -> None:
    """AuthenticationFailed unless this is the account's password: checked before the
    password wraps a database key, so a slip of the fingers cannot lock its owner out."""
    _authenticate_unrecorded(db, username, password)


# Verified when a name has no account. Made with the hasher's parameters, so it costs what a
# real verification costs; re-made only if the library's defaults ever change.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$lyWQcL5ObzebR2xO2lMnXw$"
    "Tn0XKbQcP4Gg8jRowiSyZN4JTtHC3GdsE52ywSu9+kc"
)
_dummy: list[str] = []


def _dummy_hash() -> str:
    if not _dummy:
        stale = _hasher.check_needs_rehash(_DUMMY_HASH)
        _dummy.append(_hasher.hash("no account has this password") if stale else _DUMMY_HASH)
    return _dummy[0]


def _verify(password_hash: str | None, password: str) -> bool:
    """Argon2 verification; with no hash (no such account) a dummy one is verified and the
    answer is no, so an unknown name costs the same time as a wrong password."""
    verified: bool
    try:
        verified = _hasher.verify(password_hash or _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        verified = False
    return verified and password_hash is not None


def change_own_password(db: Database, username: str, old: str, new: str) -> None:
    authenticate(db, username, old, signed_in=False)  # the sign-in was recorded already
    check_password_rules(new)
    if new == old:
        raise InvalidInput("the new password must differ from the old one")
    with db.write() as session:
        row = find_officer(session, username)
        assert row is not None
        row.password_hash, row.must_change_password = _hasher.hash(new), False
        data_keys.wrap_slot(session, username, new)
        record_event(session, username, "password_changed", account=username)


def _require_accounts(session: Session, actor: str) -> None:
    require(session, actor, Permission.ACCOUNTS)


def add_account(
    db: Database,
    actor: str,
    username: str,
    password: str,
    role: str,
    display_name: str = "",
    title: str = "",
    title_zh: str = "",
) -> Account:
    """An administrator adds an account; its owner must change the password first."""
    with db.write() as session:
        _require_accounts(session, actor)
        made = create_account(
            session, username, password, role, actor, display_name, title, title_zh=title_zh
        )
        return replace(made, what_changed=Changes.of_post(ACCOUNTS))


def set_password(
    db: Database, username: str, password: str, actor: str, force_change: bool = True
) -> None:
    """An administrator's reset; the owner must change it next."""
    with db.write() as session:
        _require_accounts(session, actor)  # before the password's rules: exit 3 comes first
        check_password_rules(password)
        _reset(session, username, password, actor, force_change)


def _require_recoverable(session: Session, username: str) -> None:
    """PermissionRefused unless `username` is an administrator account with a password."""
    row = find_officer(session, username)
    if row is None or row.password_hash is None or row.role != Role.ADMIN.value:
        raise PermissionRefused(
            f"recovery without signing in restores an administrator account only, and "
            f"{username!r} is none: sign in as an administrator (KVISA_USER, "
            "KVISA_PASSWORD) to reset another account's password"
        )


def check_recoverable(db: Database, username: str) -> None:
    """recover_password's refusal on its own, for the command line to give before it asks for
    the new password: a refused recovery gets exit 3 whatever the password would have been."""
    with db.read() as session:
        _require_recoverable(session, username)


def recover_password(db: Database, username: str, password: str, holder: str) -> None:
    """Recovery of a forgotten administrator password by whoever holds the database file (no
    sign-in: they could rewrite the file anyway); recorded as `file-access:HOLDER` and
    flagged (account_flags). Only an administrator account is restored this way: anything
    else would let one officer take over a supervisor and sign off their own refusal."""
    with db.write() as session:
        _require_recoverable(session, username)  # before the password's rules: exit 3 first
        check_password_rules(password)
        _reset(session, username, password, f"file-access:{holder}", True, recovery=True)


def recover_with_recovery_key(db: Database, username: str, recovery_key: str) -> str:
    """`db unlock`: whoever holds an encrypted file's recovery key sets a one-time password
    for an administrator account (and its key slot). Recorded as `recovery-key` and flagged
    like every password someone else set. Returns the one-time password, to show once."""
    data_keys.unlock_with_recovery_key(db, recovery_key)  # AuthenticationFailed: wrong key
    with db.write() as session:
        _require_recoverable(session, username)
        one_time = readable_password()  # typed from a screen: no 0/O or 1/l/I, in groups
        _reset(session, username, one_time, "recovery-key", True, recovery=True)
    return one_time


def reactivate_account(db: Database, username: str, actor: str) -> str | None:
    """Switch an inactive account back on with a one-time password, to show once (like a
    reset; it must be changed at the next sign-in): deactivating removed its key slot, so the
    new password wraps one again. None when the account is already active (nothing changed)."""
    with db.write() as session:
        _require_accounts(session, actor)
        row = find_officer(session, username)
        if row is None or not row.password_hash:
            raise NotFound(f"no account {username!r}")
        if row.active:
            return None
        row.active = True
        record_event(
            session, actor, "account_changed", account=username, changed={"active": [False, True]}
        )
        one_time = readable_password()  # read out or typed, like the dialog's resets
        _reset(session, username, one_time, actor, True)
    return one_time


def _reset(
    session: Session,
    username: str,
    password: str,
    actor: str,
    force: bool,
    *,
    recovery: bool = False,
) -> None:
    row = find_officer(session, username)
    if row is None or row.password_hash is None:
        raise NotFound(f"no account {username!r}")
    row.password_hash, row.must_change_password = _hasher.hash(password), force
    row.failed_attempts, row.locked_until = 0, None
    data_keys.wrap_slot(session, username, password)
    how = {"recovery": True} if recovery else {}
    record_event(session, actor, "password_reset", account=username, **how)


def accounts_without_key(db: Database) -> set[str] | None:
    """Active accounts that cannot open this encrypted file yet (no key slot: a one-time
    password wraps one); None on a plain file or a server."""
    with db.read() as session:
        return data_keys.note_accounts_without_key(session)


def list_accounts(db: Database) -> list[tuple[Account, bool]]:
    with db.read() as session:
        rows = session.scalars(
            select(Officer).options(undefer(Officer.title_zh)).order_by(Officer.username)
        )
        return [(account_of(r), r.active) for r in rows if r.password_hash is not None]


def update_account(
    db: Database,
    username: str,
    actor: str,
    role: str | None = None,
    active: bool | None = None,
    title: str | None = None,
    display_name: str | None = None,
    title_zh: str | None = None,
) -> Account:
    with db.write() as session:
        _require_accounts(session, actor)
        row = find_officer(session, username)
        if row is None:
            raise NotFound(f"no account {username!r}")
        _keep_an_administrator(session, row, role, active)
        changed: dict[str, object] = {}
        if role is not None:
            if role not in {r.value for r in Role}:
                raise InvalidInput(f"role must be one of {', '.join(r.value for r in Role)}")
            changed["role"], row.role = [row.role, role], role
        if active and not row.active:
            raise InvalidInput(
                f"reactivating {username} sets a one-time password: use `kvisa-desk user set "
                f"{username} --active yes` (or reactivate_account), which shows it once"
            )
        if active is not None:
            changed["active"], row.active = [row.active, active], active
            if not active:  # a deactivated account no longer opens an encrypted file
                data_keys.remove_slot(session, username)
        # The name and title sign letters: their changes are in the trail like a role's.
        if title is not None and title != row.title:
            changed["title"], row.title = [row.title, title], title
        if title_zh is not None and title_zh != (row.title_zh or ""):
            changed["title_zh"], row.title_zh = [row.title_zh or "", title_zh], title_zh
        if display_name is not None and display_name != row.display_name:
            changed["display_name"] = [row.display_name, display_name]
            row.display_name = display_name
        record_event(session, actor, "account_changed", account=username, changed=changed)
        shown = replace(account_of(row), title_zh=row.title_zh or "")  # read when deferred
        return replace(shown, what_changed=Changes.of_post(ACCOUNTS))


def _keep_an_administrator(
    session: Session, row: Officer, role: str | None, active: bool | None
) -> None:
    """Refuse a change that would leave no active administrator: nobody could then add,
    unlock or reset an account except by recovery from the file."""
    leaves_admins = (role is not None and role != Role.ADMIN.value) or active is False
    if row.role != Role.ADMIN.value or not row.active or not leaves_admins:
        return
    others = session.scalar(
        select(func.count())
        .select_from(Officer)
        .where(
            Officer.role == Role.ADMIN.value,
            Officer.active.is_(True),
            Officer.password_hash.is_not(None),
            Officer.id != row.id,
        )
    )
    if not others:
        raise InvalidInput(
            f"{row.username} is the only active administrator: add or reactivate another "
            "administrator first"
        )
