"""What the signed-in account may do, so the window greys out the rest.

Only a courtesy: core refuses anyway (core.permissions). The answers come from the same
table core uses, read once when the window opens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from kvisa_desk.core.accounts.officers import get_account
from kvisa_desk.core.accounts.permissions import Permission, allowed
from kvisa_desk.core.database import Database
from kvisa_desk.ui.widgets.labels import QT_TRANSLATE_NOOP

# Main window actions (object names) and the permission each needs; actions not listed are
# for everyone.
ACTION_NEEDS: dict[str, Permission] = {
    "action.export_worklist": Permission.EXPORT,
    "action.send_decisions": Permission.EXPORT,
    "action.dashboard": Permission.VIEW_CASES,
    "action_load_demo": Permission.IMPORT,
    "action_import": Permission.IMPORT,
    "action_open": Permission.VIEW_CASES,
    "action_assign_me": Permission.WORK_CASES,
    "action_unassign": Permission.WORK_CASES,
    "action_run_checks": Permission.RUN_CHECKS,
    "action_check_all": Permission.RUN_CHECKS,
    "action_post_settings": Permission.POST_SETTINGS,
    "action_registry": Permission.REGISTRY,
    "action_audit": Permission.VIEW_AUDIT,
    "action_accounts": Permission.ACCOUNTS,
    "action_post_key": Permission.DATABASE,
}


_WHAT = {
    Permission.VIEW_CASES: QT_TRANSLATE_NOOP("Roles", "view cases"),
    Permission.WORK_CASES: QT_TRANSLATE_NOOP("Roles", "work on cases"),
    Permission.IMPORT: QT_TRANSLATE_NOOP("Roles", "import applications"),
    Permission.RUN_CHECKS: QT_TRANSLATE_NOOP("Roles", "run the eligibility checks"),
    Permission.OVERRIDE: QT_TRANSLATE_NOOP("Roles", "override a rule result"),
    Permission.RECOMMEND: QT_TRANSLATE_NOOP("Roles", "record a recommendation"),
    Permission.SIGN_OFF: QT_TRANSLATE_NOOP("Roles", "sign off a recommendation"),
    Permission.ISSUE_LETTERS: QT_TRANSLATE_NOOP("Roles", "issue letters"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("Roles", "export case data"),
    Permission.POST_SETTINGS: QT_TRANSLATE_NOOP("Roles", "change the post's settings"),
    Permission.REGISTRY: QT_TRANSLATE_NOOP("Roles", "change the institution registry"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("Roles", "view the audit trail"),
    Permission.ACCOUNTS: QT_TRANSLATE_NOOP("Roles", "manage accounts"),
    Permission.DATABASE: QT_TRANSLATE_NOOP("Roles", "upgrade, back up or restore the database"),
    Permission.RETENTION: QT_TRANSLATE_NOOP("Roles", "purge cases past retention"),
}
_ROLES = {
    "officer": QT_TRANSLATE_NOOP("Roles", "officer"),
    "supervisor": QT_TRANSLATE_NOOP("Roles", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("Roles", "administrator"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Roles", text)


def role_label(role: str | None) -> str:
    """A role in the officer's words and language ("administrator" for `admin`)."""
    label = _ROLES.get(role) if role else None
    return _tr(label) if label else role or _tr("no active account")


class Roles:
    """Answers "may this account do X" for one signed-in account."""

    def __init__(self, username: str, role: str | None, display_name: str = "") -> None:
        self.username = username
        self.role = role  # None: no active account (core refuses everything)
        self.display_name = display_name or username  # who is at the desk, as shown

    @classmethod
    def of(cls, db: Database, username: str) -> Roles:
        with db.read() as session:  # one row by its unique name: quick enough for the GUI
            account = get_account(session, username)
        if account is None:
            return cls(username, None)
        return cls(username, account.role, account.display_name)

    def may(self, permission: Permission) -> bool:
        return self.role is not None and allowed(self.role, permission)

    def may_trigger(self, action_name: str) -> bool:
        needed = ACTION_NEEDS.get(action_name)
        return needed is None or self.may(needed)

    def why_not(self, permission: Permission) -> str:
        role = role_label(self.role)
        return _tr("Not for your role ({role}): only accounts that may {what}.").format(
            role=role, what=_tr(_WHAT.get(permission, permission.value))
        )


def apply_roles(window: QObject, roles: Roles) -> list[str]:
    """Grey out the window's actions this account may not use; returns their names."""
    greyed = []
    for name, permission in ACTION_NEEDS.items():
        action = window.findChild(QAction, name)
        if action is None:
            continue
        may = roles.may(permission)
        action.setEnabled(may)
        if not may:
            action.setStatusTip(roles.why_not(permission))
            action.setToolTip(roles.why_not(permission))
            greyed.append(name)
    return greyed
