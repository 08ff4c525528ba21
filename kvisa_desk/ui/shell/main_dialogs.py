"""The dialogs the main window's menus open: accounts, post settings, registry, audit trail,
post key, language, shortcuts, forgotten password, about. Each is modeless except About and
Forgotten password, and deletes itself when closed; each is given what it shows and the
window it belongs to, and the window connects what follows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from kvisa_desk import __version__
from kvisa_desk.ui.shell.language_dialog import LanguageDialog
from kvisa_desk.ui.widgets.context import DeskContext

if TYPE_CHECKING:
    from kvisa_desk.ui.admin.accounts_dialog import AccountsDialog
    from kvisa_desk.ui.admin.audit_viewer import AuditViewer
    from kvisa_desk.ui.admin.post_key_dialog import PostKeyDialog
    from kvisa_desk.ui.admin.registry_editor import RegistryEditor
    from kvisa_desk.ui.admin.settings_dialog import PostSettingsDialog
    from kvisa_desk.ui.shell.shortcuts_dialog import ShortcutsDialog

# Each dialog's module is imported when it first opens: the window starts lighter (memory
# with the worklist open is measured by `bench worklist`).


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def show_post_settings(context: DeskContext, window: QWidget) -> PostSettingsDialog:
    """The post's settings; its `saved` says when the worklist should be read again."""
    from kvisa_desk.ui.admin.settings_dialog import PostSettingsDialog

    dialog = PostSettingsDialog(context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_accounts(context: DeskContext, window: QWidget, first_run: bool = False) -> AccountsDialog:
    """Administration ▸ Accounts; `first_run` after the first administrator was made."""
    from kvisa_desk.ui.admin.accounts_dialog import AccountsDialog

    dialog = AccountsDialog(context, window, first_run)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_registry(context: DeskContext, window: QWidget) -> RegistryEditor:
    from kvisa_desk.ui.admin.registry_editor import RegistryEditor

    dialog = RegistryEditor(context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_post_key(context: DeskContext, window: QWidget) -> PostKeyDialog:
    """Administration ▸ Post key…: generate, import or export a server's post key."""
    from kvisa_desk.ui.admin.post_key_dialog import PostKeyDialog

    dialog = PostKeyDialog(context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_audit_trail(context: DeskContext, window: QWidget) -> AuditViewer:
    from kvisa_desk.ui.admin.audit_viewer import AuditViewer

    dialog = AuditViewer(context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_language(settings: QSettings | None, window: QWidget) -> LanguageDialog:
    dialog = LanguageDialog(settings, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_shortcuts(window_actions: Sequence[QAction], window: QWidget) -> ShortcutsDialog:
    """The keys of `window_actions` (the worklist window's), then the case view's."""
    from kvisa_desk.ui.shell.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window_actions, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_about(window: QWidget) -> None:
    QMessageBox.about(
        window,
        tr("About KVisa Desk"),
        tr(
            "KVisa Desk {version}\n\nCase management for consular officers processing "
            "China's K visa."
        ).format(version=__version__),
    )


# Help ▸ Forgotten password: who to ask, and the recovery key for a lost administrator
# password (the sign-in dialog gives the short form of the same).
UNLOCK_COMMAND = "kvisa-desk db unlock ADMIN --recovery-key-file FILE"
RESET_COMMAND = "kvisa-desk user reset ADMIN"


def forgotten_password_text() -> str:
    return QCoreApplication.translate(
        "ForgottenPassword",
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
        "database file runs {reset}.",
    ).format(unlock=UNLOCK_COMMAND, reset=RESET_COMMAND)


def show_forgotten_password(parent: QWidget | None) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("ForgottenPassword", "Forgotten password"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(QCoreApplication.translate("ForgottenPassword", "If you forget your password"))
    box.setInformativeText(forgotten_password_text())
    box.exec()
