"""The main window's menus and actions, each with its shortcut where officers use it often."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from kvisa_desk.core.cases.worklist import QUEUES
from kvisa_desk.ui.admin.dashboard_tab import add_dashboard_action
from kvisa_desk.ui.shell.main_dialogs import (
    show_about,
    show_audit_trail,
    show_language,
    show_post_settings,
    show_registry,
    show_shortcuts,
)
from kvisa_desk.ui.widgets.icons import icon
from kvisa_desk.ui.widgets.roles import Roles, apply_roles
from kvisa_desk.ui.worklist.export import add_export_action

if TYPE_CHECKING:
    from kvisa_desk.ui.shell.main_window import MainWindow


def _action(window: MainWindow, text: str, shortcut: str | QKeySequence | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()

    file_menu = bar.addMenu(tr("&File"))
    window.action_load_demo = _action(window, tr("Load &demo cases…"))
    window.action_load_demo.triggered.connect(window.demo_cases.ask_and_load)
    window.action_refresh = _action(window, tr("&Refresh"), QKeySequence(Qt.Key.Key_F5))
    window.action_refresh.triggered.connect(window.refresh)
    window.action_quit = _action(window, tr("&Quit"), tr("Ctrl+Q"))
    window.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
    window.action_quit.triggered.connect(window.close)
    file_menu.addAction(window.action_load_demo)
    file_menu.addAction(window.action_refresh)
    add_export_action(window, file_menu)
    file_menu.addSeparator()
    file_menu.addAction(window.action_quit)

    case_menu = bar.addMenu(tr("C&ase"))
    window.action_open = _action(window, tr("&Open case"), tr("Ctrl+O"))
    window.action_open.triggered.connect(window.open_current)
    window.action_next = _action(window, tr("&Next case"), tr("Alt+Down"))
    window.action_next.triggered.connect(lambda: window.step_case(1))
    window.action_previous = _action(window, tr("&Previous case"), tr("Alt+Up"))
    window.action_previous.triggered.connect(lambda: window.step_case(-1))
    window.action_search = _action(
        window, tr("&Search"), QKeySequence(QKeySequence.StandardKey.Find)
    )
    window.action_search.triggered.connect(window.focus_search)
    window.action_assign_me = _action(window, tr("Assign selected to &me"), tr("Ctrl+M"))
    window.action_assign_me.triggered.connect(lambda: window.assign_selected(window.actor))
    window.action_unassign = _action(window, tr("&Unassign selected"))
    window.action_unassign.triggered.connect(lambda: window.assign_selected(None))
    for action in (window.action_open, window.action_next, window.action_previous):
        case_menu.addAction(action)
    case_menu.addSeparator()
    case_menu.addAction(window.action_assign_me)
    case_menu.addAction(window.action_unassign)
    case_menu.addSeparator()
    case_menu.addAction(window.action_search)

    checks_menu = bar.addMenu(tr("&Checks"))
    window.action_run_checks = _action(window, tr("&Run checks"), tr("Ctrl+R"))
    window.action_run_checks.setIcon(icon("run-checks"))
    window.action_run_checks.setStatusTip(tr("Check the selected cases against the rules"))
    window.action_run_checks.triggered.connect(window.check_selected)
    window.action_check_all = _action(window, tr("Check &all cases"), tr("Ctrl+Shift+R"))
    window.action_check_all.triggered.connect(window.check_all)
    window.action_cancel_checks = _action(window, tr("&Stop checking"))
    window.action_cancel_checks.setEnabled(False)
    window.action_cancel_checks.triggered.connect(window.batch_checks.cancel)
    window.batch_checks.running_changed.connect(window.action_cancel_checks.setEnabled)
    for action in (window.action_run_checks, window.action_check_all, window.action_cancel_checks):
        checks_menu.addAction(action)

    view_menu = bar.addMenu(tr("&View"))
    columns = view_menu.addMenu(tr("&Columns"))

    def fill_columns() -> None:
        columns.clear()
        for action in window.worklist_view.column_actions(columns):
            columns.addAction(action)

    columns.aboutToShow.connect(fill_columns)
    queues = view_menu.addMenu(tr("&Queues"))
    window.queue_actions = []
    for number, queue in enumerate(QUEUES, start=1):
        action = _action(window, window.queues.queue_label(queue), f"Ctrl+{number}")
        action.triggered.connect(lambda _checked=False, q=queue: window.queues.choose(q))
        queues.addAction(action)
        window.queue_actions.append(action)

    add_dashboard_action(window, view_menu)
    view_menu.addSeparator()
    window.action_language = _action(window, tr("&Language…"))
    window.action_language.triggered.connect(lambda: show_language(window))
    view_menu.addAction(window.action_language)

    # Greyed below for roles that may not use them; core refuses them anyway.
    admin_menu = bar.addMenu(tr("A&dministration"))
    window.action_post_settings = _action(window, tr("&Post settings…"))
    window.action_post_settings.triggered.connect(lambda: show_post_settings(window))
    window.action_registry = _action(window, tr("Institution &registry…"))
    window.action_registry.triggered.connect(lambda: show_registry(window))
    admin_menu.addAction(window.action_post_settings)
    admin_menu.addAction(window.action_registry)
    window.action_audit = _action(window, tr("&Audit trail…"), tr("Ctrl+Shift+T"))
    window.action_audit.triggered.connect(lambda: show_audit_trail(window))
    admin_menu.addAction(window.action_audit)

    help_menu = bar.addMenu(tr("&Help"))
    window.action_shortcuts = _action(
        window, tr("&Keyboard shortcuts"), QKeySequence(Qt.Key.Key_F1)
    )
    window.action_shortcuts.triggered.connect(lambda: show_shortcuts(window))
    window.action_about = _action(window, tr("&About KVisa Desk"))
    window.action_about.setMenuRole(QAction.MenuRole.AboutRole)
    window.action_about.triggered.connect(lambda: show_about(window))
    help_menu.addAction(window.action_shortcuts)
    help_menu.addAction(window.action_about)

    window.roles = Roles.of(window.db, window.actor)
    apply_roles(window, window.roles)
