"""What each role may do, enforced in core: every service asks before it acts.

Roles: an officer works cases and recommends; a supervisor does all that plus sign-off,
post settings and the registry; an administrator manages accounts, the database and
retention, and does no case work.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.officers import Account, get_account
from kvisa_desk.core.errors import PermissionRefused
from kvisa_desk.vocab import Role

if TYPE_CHECKING:
    from kvisa_desk.store.engine import Database


class Permission(StrEnum):
    VIEW_CASES = "view cases"
    WORK_CASES = "work on cases"
    IMPORT = "import applications"
    RUN_CHECKS = "run the eligibility checks"
    OVERRIDE = "override a rule result"
    RECOMMEND = "record a recommendation"
    SIGN_OFF = "sign off a recommendation"
    ISSUE_LETTERS = "issue letters"
    EXPORT = "export case data"
    POST_SETTINGS = "change the post's settings"
    REGISTRY = "change the institution registry"
    VIEW_AUDIT = "view the audit trail"
    ACCOUNTS = "manage accounts"
    DATABASE = "upgrade, back up or restore the database"
    RETENTION = "purge cases past retention"


_OFFICER = frozenset(
    {
        Permission.VIEW_CASES,
        Permission.WORK_CASES,
        Permission.IMPORT,
        Permission.RUN_CHECKS,
        Permission.OVERRIDE,
        Permission.RECOMMEND,
        Permission.ISSUE_LETTERS,
        Permission.EXPORT,
    }
)
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    Role.OFFICER.value: _OFFICER,
    Role.SUPERVISOR.value: _OFFICER
    | {Permission.SIGN_OFF, Permission.POST_SETTINGS, Permission.REGISTRY, Permission.VIEW_AUDIT},
    Role.ADMIN.value: frozenset(
        {Permission.ACCOUNTS, Permission.DATABASE, Permission.RETENTION, Permission.VIEW_AUDIT}
    ),
}


def allowed(role: str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role, frozenset())


def require(session: Session, username: str, permission: Permission) -> Account:
    """The acting account if it may do this; PermissionRefused (exit 3) saying why if not."""
    account = get_account(session, username)
    if account is None:
        raise PermissionRefused.said("account.not_active", username=username)
    if account.must_change_password:
        raise PermissionRefused.said("account.must_change_password", username=username)
    if not allowed(account.role, permission):
        raise PermissionRefused.said(
            "account.may_not", username=username, role=account.role, permission=permission.value
        )
    return account


def require_first(db: Database, username: str, permission: Permission) -> Account:
    """require() in a read of its own, for a service to call before it validates anything or
    looks for files, programs or printers: a refused account gets exit 3 on every machine."""
    with db.read() as session:
        return require(session, username, permission)
