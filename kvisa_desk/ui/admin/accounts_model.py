"""The post's accounts as a table: who, what role, and whether they can sign in now."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from kvisa_desk.core.accounts.roster import AccountRow
from kvisa_desk.ui.widgets.labels import QT_TRANSLATE_NOOP
from kvisa_desk.ui.widgets.roles import role_label
from kvisa_desk.ui.widgets.row_table_model import SHOWN_AND_HOVERED, RowTableModel

COL_USERNAME = 0
COL_NAME = 1
COL_TITLE = 2
COL_ROLE = 3
COL_STATE = 4
COL_LAST = 5

_HEADERS = (
    QT_TRANSLATE_NOOP("Accounts", "Username"),
    QT_TRANSLATE_NOOP("Accounts", "Full name"),
    QT_TRANSLATE_NOOP("Accounts", "Title"),
    QT_TRANSLATE_NOOP("Accounts", "Role"),
    QT_TRANSLATE_NOOP("Accounts", "State"),
    QT_TRANSLATE_NOOP("Accounts", "Last sign-in"),
)
_GREYED = QColor("#6b6b6b")
_NO_KEY = QColor("#9a3412")  # dark orange: something for the administrator to do


def _tr(text: str) -> str:
    return QCoreApplication.translate("Accounts", text)


def _local(moment: datetime, pattern: str) -> str:
    return moment.astimezone().strftime(pattern)  # the desk's clock, not UTC


def state_text(row: AccountRow, now: datetime | None = None) -> str:
    """Whether the account can sign in, and what it must do first."""
    parts = [_tr("Active") if row.active else _tr("Deactivated")]
    if row.locked(now) and row.locked_until is not None:
        parts.append(_tr("locked until {time}").format(time=_local(row.locked_until, "%H:%M")))
    if row.must_change_password:
        parts.append(_tr("must change password"))
    if row.has_key is False:
        parts.append(_tr("no key yet: set a one-time password"))  # the dialog says which key
    return " · ".join(parts)


class AccountsModel(RowTableModel[AccountRow]):
    headers = _HEADERS
    context = "Accounts"
    text_roles = SHOWN_AND_HOVERED

    def text(self, row: AccountRow, column: int) -> str:
        if column == COL_USERNAME:
            return row.username
        if column == COL_NAME:
            return row.display_name
        if column == COL_TITLE:
            return row.title
        if column == COL_ROLE:
            return role_label(row.role)
        if column == COL_STATE:
            return state_text(row)
        if row.last_login_at is None:
            return _tr("Never")
        return _local(row.last_login_at, "%Y-%m-%d %H:%M")

    def cell(self, row: AccountRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return _GREYED  # a deactivated account reads as out of use
        if role == Qt.ItemDataRole.ForegroundRole and row.has_key is False:
            return _NO_KEY  # cannot sign in until given a one-time password
        return None

    def row_of(self, username: str) -> int:
        for number, row in enumerate(self.rows()):
            if row.username == username:
                return number
        return -1
