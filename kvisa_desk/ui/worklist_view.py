"""The worklist table: one case a row; double-click or Enter opens the case."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kvisa_desk.store.vocab import CaseStatus
from kvisa_desk.ui.labels import status_label
from kvisa_desk.ui.worklist_model import (
    COL_APPLICANT,
    COL_CASE_ID,
    COL_NATIONALITY,
    COL_NATIVE_NAME,
    COL_RECEIVED,
    COL_STATUS,
    CaseIdRole,
    WorklistModel,
)

CELL_PADDING = 28
NATIVE_NAME_SAMPLE = "Емельянова Жанна Эдуардовна"  # a name with a patronymic, in full


class WorklistView(QTableView):
    case_activated = Signal(int)  # the case's database id

    def __init__(self, model: WorklistModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setTabKeyNavigation(False)

        # Every row the same height: the view never measures rows, so a million stay cheap.
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)

        self._set_column_widths()
        self.activated.connect(self._on_activated)

    def _set_column_widths(self) -> None:
        # Widths from the font, never ResizeToContents (that would read every row).
        metrics = self.fontMetrics()
        statuses = [status_label(s) for s in CaseStatus]

        def width(*samples: str) -> int:
            return max(metrics.horizontalAdvance(s) for s in samples) + CELL_PADDING

        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        model = self.model()
        titles = [
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        ]
        header.resizeSection(COL_CASE_ID, width("C0000000", titles[COL_CASE_ID]))
        header.resizeSection(COL_NATIVE_NAME, width(NATIVE_NAME_SAMPLE, titles[COL_NATIVE_NAME]))
        header.resizeSection(COL_NATIONALITY, width("WWW", titles[COL_NATIONALITY]))
        header.resizeSection(COL_STATUS, width(*statuses, titles[COL_STATUS]))
        header.resizeSection(COL_RECEIVED, width("0000-00-00", titles[COL_RECEIVED]))
        header.setSectionResizeMode(COL_APPLICANT, QHeaderView.ResizeMode.Stretch)

    def current_case_id(self) -> int | None:
        index = self.currentIndex()
        return self._case_id(index) if index.isValid() else None

    def _case_id(self, index: QModelIndex) -> int | None:
        value = self.model().data(index, CaseIdRole)
        return int(value) if value is not None else None

    def _on_activated(self, index: QModelIndex) -> None:
        case_id = self._case_id(index)
        if case_id is not None:
            self.case_activated.emit(case_id)
