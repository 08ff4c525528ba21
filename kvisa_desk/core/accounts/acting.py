"""Who is named as acting (--user, KVISA_USER, the login), before any account is read.

Kept apart from officers.py (which needs SQLAlchemy) so the window's sign-in dialog can
offer the name before the database layers are imported.
"""

from __future__ import annotations

import getpass
import os

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
