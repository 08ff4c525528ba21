"""The acting officer; full accounts and passwords arrive with the accounts work."""

from __future__ import annotations

import getpass
import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from kvisa_desk.store.models import Officer

ENV_USER = "KVISA_USER"


def acting_username(flag: str | None = None) -> str:
    """`--user` beats KVISA_USER, which beats the operating-system login."""
    if flag:
        return flag
    from_env = os.environ.get(ENV_USER)
    if from_env:
        return from_env
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "officer"


def ensure_officer(session: Session, username: str) -> Officer:
    officer = session.scalar(select(Officer).where(Officer.username == username))
    if officer is None:
        officer = Officer(username=username, display_name=username)
        session.add(officer)
        session.flush()
    return officer
