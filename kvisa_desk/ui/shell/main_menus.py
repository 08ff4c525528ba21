"""The main window's menus and actions, each with its shortcut where officers use it often.

MainMenus owns the menus and their actions and says nothing about what they do: the window
connects each action's `triggered` (and `queue_chosen`) to its own work. Every action is
named (its objectName is its attribute's name) so roles and a read-only database can grey
it out by name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

from kvisa_desk.ui.widgets.icons import icon

ColumnActions = Callable[[QWidget], list[QAction]]  # the worklist's columns, made for a menu


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainMenus(QObject):
    """File, Case, Checks, View, Administration and Help, in the given menu bar."""

    queue_chosen = Signal(str)  # View ▸ Queues (Ctrl+1…): the queue's key

    def __init__(
        self,
        bar: QMenuBar,
        queues: Sequence[tuple[str, str]],
        column_actions: ColumnActions,
        export_action: QAction,
        dashboard_action: QAction,
        parent: QObject | None = None,
        import_action: QAction | None = None,
        file_actions: Sequence[QAction] = (),
    ) -> None:
        """`queues` are (key, name) in menu order; the export, dashboard and import actions,
        and `file_actions` (the exchange's, after the export), are made by their own parts and
        placed here."""
        super().__init__(parent)
        self._column_actions = column_actions
        self.export_action = export_action
        self.dashboard_action = dashboard_action
        self.import_action = import_action
        self.file_actions = list(file_actions)

        file_menu = bar.addMenu(tr("&File"))
        self.action_load_demo = self._action("action_load_demo", tr("Load &demo cases…"))
        self.action_refresh = self._action(
            "action_refresh", tr("&Refresh"), QKeySequence(Qt.Key.Key_F5)
        )
        self.action_quit = self._action("action_quit", tr("&Quit"), tr("Ctrl+Q"))
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        if import_action is not None:
            file_menu.addAction(import_action)
        file_menu.addAction(self.action_load_demo)
        file_menu.addAction(self.action_refresh)
        file_menu.addAction(export_action)
        file_menu.addActions(self.file_actions)
        file_menu.addSeparator()
        # Back to the sign-in dialog without restarting: the next officer at this desk.
        self.action_switch_user = self._action(
            "action_switch_user", tr("S&witch user…"), tr("Ctrl+Shift+W")
        )
        self.action_sign_out = self._action("action_sign_out", tr("Sign &out"), tr("Ctrl+Shift+L"))
        file_menu.addAction(self.action_switch_user)
        file_menu.addAction(self.action_sign_out)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)

        case_menu = bar.addMenu(tr("&Case"))
        self.action_open = self._action("action_open", tr("&Open case"), tr("Ctrl+O"))
        self.action_next = self._action("action_next", tr("&Next case"), tr("Alt+Down"))
        self.action_previous = self._action("action_previous", tr("&Previous case"), tr("Alt+Up"))
        self.action_search = self._action(
            "action_search", tr("&Search"), QKeySequence(QKeySequence.StandardKey.Find)
        )
        self.action_assign_me = self._action(
            "action_assign_me", tr("Assign selected to &me"), tr("Ctrl+M")
        )
        self.action_unassign = self._action("action_unassign", tr("&Unassign selected"))
        for action in (self.action_open, self.action_next, self.action_previous):
            case_menu.addAction(action)
        case_menu.addSeparator()
        case_menu.addAction(self.action_assign_me)
        case_menu.addAction(self.action_unassign)
        case_menu.addSeparator()
        case_menu.addAction(self.action_search)

        checks_menu = bar.addMenu(tr("Chec&ks"))
        self.action_run_checks = self._action("action_run_checks", tr("&Run checks"), tr("Ctrl+R"))
        self.action_run_checks.setIcon(icon("run-checks"))
        self.action_run_checks.setStatusTip(tr("Check the selected cases against the rules"))
        self.action_check_all = self._action(
            "action_check_all", tr("Check &all cases"), tr("Ctrl+Shift+R")
        )
        self.action_cancel_checks = self._action("action_cancel_checks", tr("&Stop checking"))
        self.action_cancel_checks.setEnabled(False)  # until a batch runs
        for action in (self.action_run_checks, self.action_check_all, self.action_cancel_checks):
            checks_menu.addAction(action)

        view_menu = bar.addMenu(tr("&View"))
        self.columns_menu = view_menu.addMenu(tr("&Columns"))
        self.columns_menu.aboutToShow.connect(self._fill_columns)
        queues_menu = view_menu.addMenu(tr("&Queues"))
        self.queue_actions: list[QAction] = []
        for number, (queue, name) in enumerate(queues, start=1):
            action = self._action(f"action_queue_{queue}", name, f"Ctrl+{number}")
            action.triggered.connect(lambda _checked=False, q=queue: self.queue_chosen.emit(q))
            queues_menu.addAction(action)
            self.queue_actions.append(action)
        view_menu.addAction(dashboard_action)
        view_menu.addSeparator()
        self.action_language = self._action("action_language", tr("&Language…"))
        view_menu.addAction(self.action_language)

        # Greyed out by the window for roles that may not use them; core refuses them anyway.
        admin_menu = bar.addMenu(tr("&Administration"))
        self.action_accounts = self._action("action_accounts", tr("A&ccounts…"), tr("Ctrl+Shift+K"))
        admin_menu.addAction(self.action_accounts)
        self.action_post_settings = self._action("action_post_settings", tr("&Post settings…"))
        self.action_registry = self._action("action_registry", tr("Institution &registry…"))
        self.action_audit = self._action("action_audit", tr("&Audit trail…"), tr("Ctrl+Shift+T"))
        self.action_post_key = self._action("action_post_key", tr("Post &key…"))
        admin_menu.addAction(self.action_post_settings)
        admin_menu.addAction(self.action_registry)
        admin_menu.addAction(self.action_audit)
        admin_menu.addAction(self.action_post_key)

        help_menu = bar.addMenu(tr("&Help"))
        self.help_menu = help_menu  # parts add their own help (the import file format)
        self.action_shortcuts = self._action(
            "action_shortcuts", tr("&Keyboard shortcuts"), QKeySequence(Qt.Key.Key_F1)
        )
        self.action_forgotten_password = self._action(
            "action_forgotten_password", tr("Forgotten &password…")
        )
        self.action_about = self._action("action_about", tr("&About KVisa Desk"))
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.action_shortcuts)
        help_menu.addAction(self.action_forgotten_password)
        help_menu.addAction(self.action_about)

    def _action(self, name: str, text: str, shortcut: str | QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _fill_columns(self) -> None:
        self.columns_menu.clear()
        for action in self._column_actions(self.columns_menu):
            self.columns_menu.addAction(action)

    def shortcut_actions(self) -> list[QAction]:
        """Every action of the menus, in the order Help ▸ Keyboard shortcuts lists them."""
        return [
            *([self.import_action] if self.import_action is not None else []),
            self.action_load_demo,
            self.action_refresh,
            self.action_switch_user,
            self.action_sign_out,
            self.action_quit,
            self.export_action,
            *self.file_actions,
            self.action_open,
            self.action_next,
            self.action_previous,
            self.action_search,
            self.action_assign_me,
            self.action_unassign,
            self.action_run_checks,
            self.action_check_all,
            self.action_cancel_checks,
            *self.queue_actions,
            self.dashboard_action,
            self.action_language,
            self.action_accounts,
            self.action_post_settings,
            self.action_registry,
            self.action_audit,
            self.action_post_key,
            self.action_shortcuts,
            self.action_forgotten_password,
            self.action_about,
        ]
