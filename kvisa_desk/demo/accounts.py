"""Accounts for a demo database: shown once when made, never forced to change."""

from __future__ import annotations

from dataclasses import dataclass

from kvisa_desk.core.accounts.accounts import create_account, has_administrator
from kvisa_desk.core.accounts.roster import readable_password
from kvisa_desk.core.errors import PermissionRefused
from kvisa_desk.demo.status import DEMO_OFFICERS
from kvisa_desk.store.engine import Database
from kvisa_desk.vocab import Role

# Named as a post writes its accounts ("王芳 Wang Fang"): the Chinese window reads it too.
DEMO_ADMIN = ("demo.admin", "演示管理员 Demo Administrator", Role.ADMIN.value)
# The account a demo loads its cases as: the first demo officer.
DEMO_WORKER = DEMO_OFFICERS[0][0]
_TITLES = {
    Role.OFFICER.value: "Visa Officer",
    Role.SUPERVISOR.value: "Consul (Visa Section)",
    Role.ADMIN.value: "Systems Administrator",
}


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    password: str


def create_demo_accounts(db: Database) -> list[DemoAccount]:
    """Only on a database with no administrator yet: a demo is never mixed into real work."""
    if has_administrator(db):
        raise PermissionRefused(
            "this database already has accounts: sign in to load demo cases into it"
        )
    made: list[DemoAccount] = []
    with db.write() as session:
        for username, display_name, role in (DEMO_ADMIN, *DEMO_OFFICERS):
            password = readable_password("demo-")  # no 0 O 1 l I to mistake for one another
            create_account(
                session,
                username,
                password,
                role,
                DEMO_ADMIN[0],
                display_name,
                _TITLES[role],
                must_change=False,
            )
            made.append(DemoAccount(username, role, password))
    return made
