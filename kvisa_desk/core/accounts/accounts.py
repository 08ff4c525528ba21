"""Officer accounts: passwords (Argon2id), sign-in with lockout, roles and administration.

Passwords are never stored, logged or recorded in clear; the audit records who signed in,
who failed and when an account was locked.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.officers import Account, account_of, find_officer
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.errors import AuthenticationFailed, InvalidInput, NotFound
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Officer
from kvisa_desk.vocab import Role

MIN_PASSWORD_LENGTH = 12
MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
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


def create_account(
    session: Session,
    username: str,
    password: str,
    role: str,
    actor: str,
    display_name: str = "",
    title: str = "",
    must_change: bool = True,
) -> Account:
    """Within the caller's transaction; the caller has checked the actor may do this."""
    if role not in {r.value for r in Role}:
        raise InvalidInput(f"role must be one of {', '.join(r.value for r in Role)}")
    if not username or any(c.isspace() for c in username) or len(username) > 64:
        raise InvalidInput("a username is 1 to 64 characters without spaces")
    check_password_rules(password)
    row = find_officer(session, username)
    if row is not None and row.password_hash is not None:
        raise InvalidInput(f"an account {username!r} already exists")
    if row is None:
        row = Officer(username=username, display_name=display_name or username)
        session.add(row)
    row.display_name = display_name or row.display_name or username
    row.title, row.role, row.active = title, role, True
    row.password_hash = _hasher.hash(password)
    row.must_change_password = must_change
    session.flush()
    record_event(session, actor, "account_created", account=username, role=role)
    return account_of(row)


def authenticate(db: Database, username: str, password: str) -> Account:
    """Sign in. Five failures lock the account for a while; every outcome is audited.

    Failures are committed before the refusal is raised, so the count and the audit
    events survive the refusal.
    """
    if db.read_only:
        return _authenticate_unrecorded(db, username, password)
    refusal: AuthenticationFailed | None = None
    with db.write() as session:
        row = find_officer(session, username)
        now = utcnow()
        if row is None or row.password_hash is None or not row.active:
            record_event(session, username[:64] or "?", "login_failed", reason="unknown")
            refusal = AuthenticationFailed(_WRONG)
        elif (locked_until := _aware(row.locked_until)) is not None and locked_until > now:
            record_event(session, username, "login_failed", reason="locked")
            minutes = int((locked_until - now).total_seconds() // 60) + 1
            refusal = AuthenticationFailed(
                f"account {username} is locked after too many failed sign-ins; "
                f"try again in {minutes} minutes or ask an administrator"
            )
        elif not _verify(row.password_hash, password):
            row.failed_attempts += 1
            record_event(session, username, "login_failed", attempts=row.failed_attempts)
            if row.failed_attempts >= MAX_FAILED_ATTEMPTS:
                row.locked_until, row.failed_attempts = now + LOCKOUT, 0
                record_event(session, username, "account_locked", minutes=LOCKOUT.seconds // 60)
            refusal = AuthenticationFailed(_WRONG)
        else:
            if _hasher.check_needs_rehash(row.password_hash):
                row.password_hash = _hasher.hash(password)
            row.failed_attempts, row.locked_until, row.last_login_at = 0, None, now
            record_event(session, username, "login")
            account = account_of(row)
    if refusal is not None:
        raise refusal
    return account


_WRONG = "sign-in refused: unknown user or wrong password (check KVISA_USER and KVISA_PASSWORD)"


def _authenticate_unrecorded(db: Database, username: str, password: str) -> Account:
    """Sign-in on a read-only database: checked the same way, but nothing can be recorded."""
    with db.read() as session:
        row = find_officer(session, username)
        if row is None or row.password_hash is None or not row.active:
            raise AuthenticationFailed(_WRONG)
        locked_until = _aware(row.locked_until)
        if locked_until is not None and locked_until > utcnow():
            raise AuthenticationFailed(f"account {username} is locked; ask an administrator")
        if not _verify(row.password_hash, password):
            raise AuthenticationFailed(_WRONG)
        return account_of(row)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def change_own_password(db: Database, username: str, old: str, new: str) -> None:
    authenticate(db, username, old)
    check_password_rules(new)
    if new == old:
        raise InvalidInput("the new password must differ from the old one")
    with db.write() as session:
        row = find_officer(session, username)
        assert row is not None
        row.password_hash, row.must_change_password = _hasher.hash(new), False
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
) -> Account:
    """An administrator adds an account; its owner must change the password first."""
    with db.write() as session:
        _require_accounts(session, actor)
        return create_account(session, username, password, role, actor, display_name, title)


def set_password(
    db: Database, username: str, password: str, actor: str, force_change: bool = True
) -> None:
    """An administrator's reset; the owner must change it next."""
    with db.write() as session:
        _require_accounts(session, actor)  # before the password's rules: exit 3 comes first
        check_password_rules(password)
        _reset(session, username, password, actor, force_change)


def recover_password(db: Database, username: str, password: str, holder: str) -> None:
    """Recovery of a forgotten password by whoever holds the database file (no sign-in:
    they could rewrite the file anyway); recorded as `file-access:HOLDER`."""
    check_password_rules(password)
    with db.write() as session:
        _reset(session, username, password, f"file-access:{holder}", True)


def _reset(session: Session, username: str, password: str, actor: str, force: bool) -> None:
    row = find_officer(session, username)
    if row is None:
        raise NotFound(f"no account {username!r}")
    row.password_hash, row.must_change_password = _hasher.hash(password), force
    row.failed_attempts, row.locked_until = 0, None
    record_event(session, actor, "password_reset", account=username)


def list_accounts(db: Database) -> list[tuple[Account, bool]]:
    with db.read() as session:
        rows = session.scalars(select(Officer).order_by(Officer.username))
        return [(account_of(r), r.active) for r in rows if r.password_hash is not None]


def update_account(
    db: Database,
    username: str,
    actor: str,
    role: str | None = None,
    active: bool | None = None,
    title: str | None = None,
    display_name: str | None = None,
) -> Account:
    with db.write() as session:
        _require_accounts(session, actor)
        row = find_officer(session, username)
        if row is None:
            raise NotFound(f"no account {username!r}")
        changed: dict[str, object] = {}
        if role is not None:
            if role not in {r.value for r in Role}:
                raise InvalidInput(f"role must be one of {', '.join(r.value for r in Role)}")
            changed["role"], row.role = [row.role, role], role
        if active is not None:
            changed["active"], row.active = [row.active, active], active
        if title is not None:
            row.title = title
        if display_name is not None:
            row.display_name = display_name
        record_event(session, actor, "account_changed", account=username, changed=changed)
        return account_of(row)

