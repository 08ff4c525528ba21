"""The checklist above a case's documents: what the route the rules found requires (K-DOC-01,
K-DOC-02), each line ticked when a document of its type is attached, and when verified."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kvisa_desk.core.checks.report import CheckReport
from kvisa_desk.core.documents.checklist import ChecklistLine
from kvisa_desk.rules.checks.documents import routes_met
from kvisa_desk.ui.widgets.case_form import plain_label
from kvisa_desk.ui.widgets.icons import outcome_icon
from kvisa_desk.ui.widgets.labels import code_label

ROUTE_RULE = "K-RTE-01"
ICON_SIZE = 16
COLUMNS = 2

NOT_CHECKED = "not checked"  # the case has no check run yet: the route is unknown


def route_of(report: CheckReport | None) -> str | None:
    """The route(s) the latest check found met ("A", "B", "AB"), None for none, or
    NOT_CHECKED when the case was never checked."""
    if report is None:
        return NOT_CHECKED
    for line in report.lines:
        if line.rule_id == ROUTE_RULE and line.subject is None:
            return routes_met(line.message_params) or None
    return None


class DocumentChecklist(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documents.checklist")
        self.heading = plain_label("", self)
        self.heading.setObjectName("checklist.heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.grid)
        self.lines: list[tuple[str, str]] = []  # (what, state) as shown, for tests and reading

    def set_lines(
        self, lines: list[ChecklistLine], route: str | None, damaged: Collection[int] = ()
    ) -> None:
        self._clear()
        if route == NOT_CHECKED:
            heading = self.tr("Required documents (run the checks to add the route's evidence)")
        elif route is None:
            heading = self.tr("Required documents (no route met yet)")
        else:
            heading = self.tr("Required documents for route {route}").format(
                route=self.tr(" and ").join(route)
            )
        self.heading.setText(heading)
        self.lines = []
        for index, line in enumerate(lines):
            what = self.tr(" or ").join(code_label("document", t) for t in line.doc_types)
            outcome, state = self._state(line, damaged)
            self.lines.append((what, state))
            icon = QLabel(self)
            icon.setTextFormat(Qt.TextFormat.PlainText)
            icon.setPixmap(outcome_icon(outcome).pixmap(ICON_SIZE, ICON_SIZE))
            icon.setAccessibleName(state)
            text = plain_label(self.tr("{what}: {state}").format(what=what, state=state), self)
            text.setObjectName(f"checklist.{index}")
            row, column = divmod(index, COLUMNS)
            self.grid.addWidget(icon, row, column * 2)
            self.grid.addWidget(text, row, column * 2 + 1, Qt.AlignmentFlag.AlignLeft)
        self.grid.setColumnStretch(COLUMNS * 2 - 1, 1)

    def _state(self, line: ChecklistLine, damaged: Collection[int]) -> tuple[str, str]:
        if line.attached and all(d in damaged for d in line.document_ids):
            return "fail", self.tr("damaged")  # what is attached cannot be relied on
        if line.suspected:
            return "fail", self.tr("suspected fraudulent")
        if line.verified:
            return "pass", self.tr("verified")
        if line.attached:
            return "review", self.tr("attached, not verified")
        return "fail", self.tr("missing")

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # until it is deleted it would still be drawn where it was
                widget.deleteLater()
