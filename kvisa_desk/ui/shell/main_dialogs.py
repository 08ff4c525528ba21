"""The dialogs the main window's menus open: accounts, post settings, registry, audit trail,
post key, language, shortcuts, about. Each is modeless except About, and deletes itself when
closed; each is given what it shows and the window it belongs to, and the window connects
what follows."""

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
