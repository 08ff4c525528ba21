"""The acting officer: who is named (--user, KVISA_USER, the login) and their account.

Below accounts.py (passwords, administration) and permissions.py (what a role may do):
both read the account from here, so neither needs the other back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

# The name's rules live in acting.py (light, for the sign-in dialog); named here as before.
from kvisa_desk.core.accounts.acting import ENV_USER as ENV_USER
from kvisa_desk.core.accounts.acting import acting_username as acting_username
from kvisa_desk.core.changes import NO_CHANGES, Changes
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

    def to_json(self) -> dict[str, object]:
        return {
            "username": self.username,
            "display_name": self.display_name,
            "title": self.title,
            "role": self.role,
            "must_change_password": self.must_change_password,
        }


def account_of(row: Officer) -> Account:
    return Account(
        row.username,
        row.display_name,
        row.title,
        row.role,
        row.must_change_password,
        title_zh=row.title_zh or "",
    )


def find_officer(session: Session, username: str) -> Officer | None:
    return session.scalar(select(Officer).where(Officer.username == username))


def get_account(session: Session, username: str) -> Account | None:
    """The active account of that name, or None."""
    row = find_officer(session, username)
    return account_of(row) if row is not None and row.active else None


def ensure_officer(session: Session, username: str) -> Officer:
    officer = session.scalar(select(Officer).where(Officer.username == username))
    if officer is None:
        officer = Officer(username=username, display_name=username)
        session.add(officer)
        session.flush()
    return officer
