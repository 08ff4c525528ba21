"""Officers by their full names: what the window shows where a record keeps a username."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from kvisa_desk.store.models import Officer


def full_names(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    """username → full name, for the accounts that have one (the rest are left out)."""
    wanted = sorted({u for u in usernames if u})
    if not wanted:
        return {}
    rows = session.execute(
        select(Officer.username, Officer.display_name).where(Officer.username.in_(wanted))
    )
    return {username: name.strip() for username, name in rows if name and name.strip()}


def all_full_names(session: Session) -> dict[str, str]:
    """Every account's full name by username (a post has tens of accounts, not thousands)."""
    rows = session.execute(select(Officer.username, Officer.display_name))
    return {username: name.strip() for username, name in rows if name and name.strip()}
