"""The dialogs the main window's menus open: post settings, registry, language, shortcuts,
about. Each is modeless except About, and deletes itself when closed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from kvisa_desk import __version__
from kvisa_desk.ui.shell.language_dialog import LanguageDialog

if TYPE_CHECKING:
    from kvisa_desk.ui.admin.audit_viewer import AuditViewer
    from kvisa_desk.ui.admin.registry_editor import RegistryEditor
    from kvisa_desk.ui.admin.settings_dialog import PostSettingsDialog
    from kvisa_desk.ui.shell.main_window import MainWindow
    from kvisa_desk.ui.shell.shortcuts_dialog import ShortcutsDialog

# Each dialog's module is imported when it first opens: the window starts lighter (memory
# with the worklist open is measured by `bench worklist`).


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def show_post_settings(window: MainWindow) -> PostSettingsDialog:
    from kvisa_desk.ui.admin.settings_dialog import PostSettingsDialog

    dialog = PostSettingsDialog(window.context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved.connect(lambda _view: window.worklist.refresh())
    dialog.open()
    return dialog


def show_registry(window: MainWindow) -> RegistryEditor:
    from kvisa_desk.ui.admin.registry_editor import RegistryEditor

    dialog = RegistryEditor(window.context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_audit_trail(window: MainWindow) -> AuditViewer:
    from kvisa_desk.ui.admin.audit_viewer import AuditViewer

    dialog = AuditViewer(window.context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_language(window: MainWindow) -> LanguageDialog:
    dialog = LanguageDialog(window.context.settings, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_shortcuts(window: MainWindow) -> ShortcutsDialog:
    from kvisa_desk.ui.shell.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        tr("About KVisa Desk"),
        tr(
            "KVisa Desk {version}\n\nCase management for consular officers processing "
            "China's K visa."
        ).format(version=__version__),
    )
