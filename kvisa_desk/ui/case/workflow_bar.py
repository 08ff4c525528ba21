"""The case view's workflow row: move the case on (only where core allows) and assign it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from kvisa_desk.core.cases.workflow import Moved, allowed_moves, assign_case, change_status
from kvisa_desk.core.cases.worklist import active_officers
from kvisa_desk.core.errors import Conflict
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.labels import status_label
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress


class WorkflowBar(QWidget):
    moved = Signal(object)  # Moved, after a status change or an assignment
    conflict = Signal(str)  # someone else saved the case first
    refused = Signal(str)

    def __init__(
        self, context: DeskContext, case_id: int, version: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._case_id = case_id
        self.version = version
        self.move_button = QToolButton(self)
        self.move_button.setObjectName("workflow.move")
        self.move_button.setText(self.tr("&Move to"))
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.move_menu = QMenu(self)
        self.move_menu.aboutToShow.connect(self._fill_moves)
        self.move_button.setMenu(self.move_menu)
        self.assign_button = QToolButton(self)
        self.assign_button.setObjectName("workflow.assign")
        self.assign_button.setText(self.tr("Assi&gn"))
        self.assign_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.assign_menu = QMenu(self)
        self.assign_menu.aboutToShow.connect(self._fill_officers)
        self.assign_button.setMenu(self.assign_menu)
        caption = QLabel(self.tr("Workflow:"), self)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.move_button)
        layout.addWidget(self.assign_button)

    def moves(self) -> tuple[str, ...]:
        return allowed_moves(self._context.db, self._case_id)

    def _fill_moves(self) -> None:
        self.move_menu.clear()
        moves = self.moves()
        for status in moves:
            action = QAction(status_label(status), self.move_menu)
            action.setData(status)
            action.triggered.connect(lambda _checked=False, s=status: self.move_to(s))
            self.move_menu.addAction(action)
        if not moves:
            none = self.move_menu.addAction(self.tr("No further step: the case is closed"))
            none.setEnabled(False)

    def _fill_officers(self) -> None:
        self.assign_menu.clear()
        me = self.assign_menu.addAction(self.tr("Assign to me"))
        me.triggered.connect(lambda: self.assign(self._context.actor))
        self.assign_menu.addSeparator()
        for username, name in active_officers(self._context.db):
            action = self.assign_menu.addAction(name)
            action.triggered.connect(lambda _checked=False, u=username: self.assign(u))
        self.assign_menu.addSeparator()
        nobody = self.assign_menu.addAction(self.tr("Nobody (unassign)"))
        nobody.triggered.connect(lambda: self.assign(None))

    def move_to(self, status: str) -> Operation[Moved]:
        db, actor, case_id, version = (
            self._context.db,
            self._context.actor,
            self._case_id,
            self.version,
        )

        def work(_report: ReportProgress) -> Moved:
            return change_status(db, case_id, version, status, actor)

        label = self.tr("Moving the case to {status}…").format(status=status_label(status))
        return self._run(work, label)

    def assign(self, username: str | None) -> Operation[Moved]:
        db, actor, case_id, version = (
            self._context.db,
            self._context.actor,
            self._case_id,
            self.version,
        )

        def work(_report: ReportProgress) -> Moved:
            return assign_case(db, case_id, version, username, actor)

        return self._run(work, self.tr("Assigning the case…"))

    def _run(self, work: Callable[[ReportProgress], Moved], label: str) -> Operation[Moved]:
        operation = Operation(self._context.runner, work, label)
        return operation.success(self._moved).failure(self._failed).run()

    def _moved(self, moved: Moved) -> None:
        self.version = moved.version
        self.moved.emit(moved)

    def _failed(self, error: BaseException) -> None:
        message = error_text(error)
        (self.conflict if isinstance(error, Conflict) else self.refused).emit(message)
