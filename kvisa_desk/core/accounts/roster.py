"""The post's accounts as an administrator manages them: each account with its state, unlocking
an account locked by failed sign-ins, and one-time passwords easy to read out and type.

Adding, changing and resetting accounts are `accounts.add_account`, `update_account` and
`set_password`; what lives here is only what those do not cover.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from kvisa_desk.core.accounts import data_keys
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.officers import find_officer
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.errors import NotFound
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Officer

# Letters and digits without those read one for another: 0 O, 1 l I.
READABLE_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUP = 4
GROUPS = 3  # 12 characters of 57: about 70 bits


def readable_password(prefix: str = "") -> str:
    """A random password of groups of four readable characters, e.g. `k7Pd-x9Rm-Qa4T`."""
    groups = (
        "".join(secrets.choice(READABLE_ALPHABET) for _ in range(GROUP)) for _ in range(GROUPS)
    )
    return prefix + "-".join(groups)


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite returns naive UTC, PostgreSQL aware times.
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass(frozen=True)
class AccountRow:
    """One account as the administrator's list shows it."""

    username: str
    display_name: str
    title: str
    role: str
    active: bool
    must_change_password: bool
    locked_until: datetime | None  # in UTC; None or past when not locked
    last_login_at: datetime | None
    # On an encrypted file, False for an active account with no key slot (after `db encrypt`:
    # it cannot sign in until given a one-time password); None on a plain file or a server.
    has_key: bool | None = None
    title_zh: str = ""  # the title Chinese letters print

    def locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utcnow())


def _row(officer: Officer, without_key: set[str] | None = None) -> AccountRow:
    has_key = None
    if without_key is not None and officer.active:  # a deactivated account has no slot anyway
        has_key = officer.username not in without_key
    return AccountRow(
        officer.username,
        officer.display_name,
        officer.title,
        officer.role,
        officer.active,
        officer.must_change_password,
        _aware(officer.locked_until),
        _aware(officer.last_login_at),
        has_key,
        officer.title_zh or "",
    )


def account_rows(db: Database, actor: str) -> list[AccountRow]:
    """Every account that has a password (placeholders for refused names are none), by name."""
    with db.read() as session:
        require(session, actor, Permission.ACCOUNTS)
        officers = session.scalars(
            select(Officer).where(Officer.password_hash.is_not(None)).order_by(Officer.username)
        ).all()
        without_key = data_keys.note_accounts_without_key(session)
        return [_row(officer, without_key) for officer in officers]


def unlock_account(db: Database, username: str, actor: str) -> AccountRow:
    """An administrator lifts a lockout before it runs out; the password stays as it was."""
    with db.write() as session:
        require(session, actor, Permission.ACCOUNTS)
        officer = find_officer(session, username)
        if officer is None or officer.password_hash is None:
            raise NotFound(f"no account {username!r}")
        officer.failed_attempts, officer.locked_until = 0, None
        record_event(session, actor, "account_unlocked", account=username)
        return _row(officer)
