"""Help ▸ Forgotten password: who to ask, and the recovery key for a lost administrator
password (the sign-in dialog gives the short form of the same)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

UNLOCK_COMMAND = "kvisa-desk db unlock ADMIN --recovery-key-file FILE"
RESET_COMMAND = "kvisa-desk user reset ADMIN"


def tr(text: str) -> str:
    return QCoreApplication.translate("ForgottenPassword", text)


def forgotten_password_text() -> str:
    return tr(
        "Officers and supervisors: ask an administrator. In Administration ▸ Accounts they "
        "set you a one-time password, which you change at your next sign-in.\n\n"
        "Administrators: ask another administrator the same way. If every administrator "
        "password is lost, use the recovery key that was shown when the database was made "
        "(saved to a file or printed). On the computer that holds the database, run\n\n"
        "    {unlock}\n\n"
        "with ADMIN your username and FILE the saved recovery key. It shows a one-time "
        "password; sign in with it and choose your own. The recovery is recorded in the "
        "audit trail.\n\n"
        "A database that is not encrypted has no recovery key: there, whoever holds the "
        "database file runs {reset}."
    ).format(unlock=UNLOCK_COMMAND, reset=RESET_COMMAND)


def show_forgotten_password(parent: QWidget | None) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Forgotten password"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(tr("If you forget your password"))
    box.setInformativeText(forgotten_password_text())
    box.exec()
