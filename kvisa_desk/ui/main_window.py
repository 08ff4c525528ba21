"""The main window composes the worklist, the menus, the status bar and the case views."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QWidget,
)

from kvisa_desk import __version__
from kvisa_desk.core.cases import case_detail, count_cases, list_cases
from kvisa_desk.core.errors import NotFound
from kvisa_desk.store.engine import Database, sqlite_file
from kvisa_desk.ui.case_view import CaseView
from kvisa_desk.ui.demo_cases import DemoCases, DemoLoader, core_demo_loader
from kvisa_desk.ui.operations import OperationRunner
from kvisa_desk.ui.prompts import Prompts
from kvisa_desk.ui.worklist_model import WorklistModel
from kvisa_desk.ui.worklist_view import WorklistView

if TYPE_CHECKING:
    from kvisa_desk.core.applications.importer import ImportReport

DEFAULT_SIZE = (1200, 750)


def database_location(db: Database) -> str:
    """The file for SQLite; the URL without its password for a server."""
    path = sqlite_file(db.url)
    if path is not None:
        return str(path)
    parts = urlsplit(db.url)
    if parts.password is None:
        return db.url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


class MainWindow(QMainWindow):
    worklist_refreshed = Signal()

    def __init__(
        self,
        db: Database,
        actor: str,
        prompts: Prompts | None = None,
        demo_loader: DemoLoader = core_demo_loader,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.actor = actor
        self.prompts = prompts or Prompts()
        self.runner = OperationRunner(self)
        self.runner.unhandled_failure = self._operation_failed
        self.demo_cases = DemoCases(
            db, actor, self.runner, self.prompts, self, demo_loader, settings
        )
        self.demo_cases.loaded.connect(self._demo_cases_loaded)
        self.case_views: dict[int, CaseView] = {}

        self.worklist_model = WorklistModel(
            lambda offset, limit: list_cases(db, None, offset, limit),
            lambda: count_cases(db),
            parent=self,
        )
        self.worklist_view = WorklistView(self.worklist_model, self)
        self.worklist_view.case_activated.connect(self.open_case)
        self.setCentralWidget(self.worklist_view)
        if self.worklist_model.rowCount():
            # Enter opens the first case straight away; arrows move from there.
            self.worklist_view.setCurrentIndex(self.worklist_model.index(0, 0))

        self._build_menus()
        self._build_status_bar()
        self.runner.busy_changed.connect(self._show_busy)
        self.runner.started.connect(self._show_started)
        self.setWindowTitle(self.tr("KVisa Desk"))
        self.resize(*DEFAULT_SIZE)
        self._show_count()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.action_load_demo = QAction(self.tr("Load &demo cases…"), self)
        self.action_load_demo.triggered.connect(self.demo_cases.ask_and_load)
        self.action_refresh = QAction(self.tr("&Refresh"), self)
        self.action_refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action_refresh.triggered.connect(self.refresh)
        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.triggered.connect(self.close)
        file_menu.addAction(self.action_load_demo)
        file_menu.addAction(self.action_refresh)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.action_about = QAction(self.tr("&About KVisa Desk"), self)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.triggered.connect(self.show_about)
        help_menu.addAction(self.action_about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.database_label = QLabel(self)
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        location = database_location(self._db)
        self.database_label.setText(self.tr("Database: {location}").format(location=location))
        self.database_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # The whole location on hover (escaped: a tooltip would read `<` as markup).
        self.database_label.setToolTip(f"<p>{html.escape(location)}</p>")
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # "working", without a percentage
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setVisible(False)
        bar.addWidget(self.database_label, 1)
        bar.addPermanentWidget(self.busy_bar)
        bar.addPermanentWidget(self.count_label)

    # Actions

    def refresh(self) -> None:
        """Count and read the worklist again; the held pages are dropped."""
        self.worklist_model.refresh()
        self._show_count()
        self.worklist_refreshed.emit()

    def offer_demo_cases(self) -> bool:
        """First start on an empty database: offer demo cases (True if loading began)."""
        return self.demo_cases.offer()

    def open_case(self, case_id: int) -> CaseView | None:
        view = self.case_views.get(case_id)
        if view is None:
            try:
                detail = case_detail(self._db, case_id)
            except NotFound as exc:
                self.prompts.error(self, self.tr("Case not found"), str(exc))
                self.refresh()
                return None
            view = CaseView(detail, self)
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            view.finished.connect(lambda _result, cid=case_id: self.case_views.pop(cid, None))
            self.case_views[case_id] = view
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About KVisa Desk"),
            self.tr(
                "KVisa Desk {version}\n\nCase management for consular officers processing "
                "China's K visa."
            ).format(version=__version__),
        )

    # Reactions

    def _demo_cases_loaded(self, report: ImportReport) -> None:
        self.refresh()
        self.statusBar().showMessage(
            self.tr("{imported} demo cases added ({unchanged} already there)").format(
                imported=report.imported, unchanged=report.unchanged
            ),
            10_000,
        )

    def _operation_failed(self, error: BaseException) -> None:
        self.prompts.error(self, self.tr("KVisa Desk"), str(error))

    def _show_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.action_load_demo.setEnabled(not busy)
        if not busy:
            self.statusBar().clearMessage()

    def _show_started(self, label: str) -> None:
        self.statusBar().showMessage(label or self.tr("Working…"))

    def _show_count(self) -> None:
        count = QLocale().toString(self.worklist_model.rowCount())
        self.count_label.setText(self.tr("Cases: {count}").format(count=count))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Let a running write finish before the database is closed under it.
        self.runner.wait()
        for view in list(self.case_views.values()):
            view.close()
        super().closeEvent(event)
