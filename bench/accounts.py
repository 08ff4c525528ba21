"""The account benchmarks act as: a supervisor, so it may import, check and change settings."""

from __future__ import annotations

from typing import Any

ACTOR = "bench.officer"
PASSWORD = "bench password 123"


def ensure_bench_account(db: Any) -> str:
    """Create the benchmark's account in `db` (a kvisa_desk Database) unless it is there."""
    from kvisa_desk.core.accounts.accounts import create_account
    from kvisa_desk.core.accounts.officers import get_account

    with db.write() as session:
        if get_account(session, ACTOR) is None:
            create_account(session, ACTOR, PASSWORD, "supervisor", "bench", must_change=False)
    return ACTOR


ADMINISTRATOR = "bench.admin"


def ensure_administrator(db: Any) -> str:
    """An administrator in `db`, as every post has: without one the window starts with the
    first-run dialog instead of signing in."""
    from kvisa_desk.core.accounts.accounts import create_account, has_administrator

    if not has_administrator(db):
        with db.write() as session:
            create_account(session, ADMINISTRATOR, PASSWORD, "admin", "bench", must_change=False)
    return ADMINISTRATOR
