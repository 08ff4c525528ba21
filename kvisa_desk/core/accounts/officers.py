"""The acting officer: who is named (--user, KVISA_USER, the login) and their account.

Below accounts.py (passwords, administration) and permissions.py (what a role may do):
both read the account from here, so neither needs the other back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

# The name's rules live in acting.py (light, for the sign-in dialog); named here as before.
from kvisa_desk.core.accounts.acting import ENV_USER as ENV_USER
from kvisa_desk.core.accounts.acting import acting_username as acting_username
from kvisa_desk.core.changes import NO_CHANGES, Changes
from kvisa_desk.store.base import table_of
from kvisa_desk.store.models import Officer


@dataclass(frozen=True)
class Account:
    """Who is acting, as core services see them after sign-in."""

    username: str
    display_name: str
    title: str
    role: str
    must_change_password: bool = False
    what_changed: Changes = field(default=NO_CHANGES, compare=False, repr=False)
    title_zh: str = ""  # the title Chinese letters print (empty: see letter_content)
    # The account's row, for a write that names its officer (a note, an assignment): the
    # permission check has read it already.
    officer_id: int | None = field(default=None, compare=False, repr=False)

    def to_json(self) -> dict[str, object]:
        return {
            "username": self.username,
            "display_name": self.display_name,
            "title": self.title,
            "role": self.role,
            "must_change_password": self.must_change_password,
        }


def account_of(row: Any) -> Account:
    """An Officer row (or a row of _ACCOUNT's columns) as core services see it."""
    return Account(
        row.username,
        row.display_name,
        row.title,
        row.role,
        row.must_change_password,
        title_zh=_title_zh(row),
        officer_id=row.id,
    )


def find_officer(session: Session, username: str) -> Officer | None:
    return session.scalar(select(Officer).where(Officer.username == username))


def _title_zh(row: Any) -> str:
    """An ORM row leaves the deferred Chinese title unread (an older schema has none): not
    loaded is no Chinese title, nor in _ACCOUNT's columns (see `chinese_title`)."""
    if isinstance(row, Officer) and "title_zh" in sa_inspect(row).unloaded:
        return ""
    return getattr(row, "title_zh", "") or ""


_OFFICERS = table_of(Officer)
# Made once: every write checks its officer's account first, so this is read on every one.
_ACCOUNT = select(
    _OFFICERS.c.id,
    _OFFICERS.c.username,
    _OFFICERS.c.display_name,
    _OFFICERS.c.title,
    _OFFICERS.c.role,
    _OFFICERS.c.must_change_password,
    _OFFICERS.c.active,
).where(_OFFICERS.c.username == bindparam("username"))


# Read on its own: every permission check reads _ACCOUNT, and `db upgrade` checks the
# administrator's against a shared database still at a revision without this column.
_TITLE_ZH = select(_OFFICERS.c.title_zh).where(_OFFICERS.c.username == bindparam("username"))


def chinese_title(session: Session, username: str) -> str:
    """The account's title as Chinese letters print it ("" when it has none)."""
    return str(session.execute(_TITLE_ZH, {"username": username}).scalar() or "")


def get_account(session: Session, username: str) -> Account | None:
    """The active account of that name, or None (its columns only, not an Officer object)."""
    row = session.execute(_ACCOUNT, {"username": username}).first()
    return account_of(row) if row is not None and row.active else None


def ensure_officer(session: Session, username: str) -> Officer:
    officer = session.scalar(select(Officer).where(Officer.username == username))
    if officer is None:
        officer = Officer(username=username, display_name=username)
        session.add(officer)
        session.flush()
    return officer
