"""The worklist table: one case a row; Enter or double-click opens it. Application files
(.json, .jsonl, .csv) dropped on it are handed on to be imported.

Columns can be chosen (right-click the header), moved and resized; the view remembers all of
it, and the sort order, in QSettings. Clicking a header sorts the whole worklist (in the
database, not the rows on screen).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from kvisa_desk.ui.widgets.file_dialogs import IMPORT_SUFFIXES
from kvisa_desk.ui.worklist.columns import COL_APPLICANT, COL_CASE_ID, COLUMNS
from kvisa_desk.ui.worklist.model import CaseIdRole, WorklistModel

CELL_PADDING = 18
HEADER_KEY = "worklist/header"
SAVE_DELAY_MS = 300


def application_files(mime: QMimeData | None) -> list[Path]:
    """The local application files (.json, .jsonl, .csv) among dropped data."""
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in IMPORT_SUFFIXES]


class WorklistView(QTableView):
    case_activated = Signal(int)  # the case's database id
    columns_changed = Signal()
    files_dropped = Signal(list)  # the application files dropped on the list, as Paths

    def __init__(
        self,
        model: WorklistModel,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("worklist")
        self.setAccessibleName(self.tr("Worklist"))
        self.setModel(model)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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

        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.set_default_columns()
        self.restore_columns()
        header.setSortIndicatorShown(True)
        self.setSortingEnabled(True)  # after the restore: it sorts by the restored indicator

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_columns)
        header.sectionMoved.connect(self._columns_touched)
        header.sectionResized.connect(self._columns_touched)
        header.sortIndicatorChanged.connect(self._columns_touched)
        self.activated.connect(self._on_activated)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)

    # Application files dropped on the list (the list's rows themselves are never dragged)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if application_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if application_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = application_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(files)

    # Columns

    def needed_width(self, number: int) -> int:
        """A column's width from the font, never ResizeToContents (that would read every
        row): its sample, its title and, where they are few, every value it can show."""
        column = COLUMNS[number]
        metrics = self.fontMetrics()
        texts = [column.sample, column.title, *(column.values() if column.values else ())]
        return max(metrics.horizontalAdvance(text) for text in texts) + CELL_PADDING

    def set_default_columns(self) -> None:
        header = self.horizontalHeader()
        for number, column in enumerate(COLUMNS):
            header.resizeSection(number, self.needed_width(number))
            header.setSectionHidden(number, not column.shown_at_first)
        header.setSortIndicator(COL_CASE_ID, Qt.SortOrder.DescendingOrder)

    def fit_columns(self) -> None:
        """Widen each column of few values that is too narrow for them (a remembered width,
        or another language's): a date or a status is never cut off."""
        header = self.horizontalHeader()
        for number, column in enumerate(COLUMNS):
            if column.values is not None:
                needed = self.needed_width(number)
                if header.sectionSize(number) < needed:
                    header.resizeSection(number, needed)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.fit_columns()

    def restore_columns(self) -> bool:
        if self._settings is None:
            return False
        state = self._settings.value(HEADER_KEY)
        if not isinstance(state, QByteArray) or state.isEmpty():
            return False
        restored = self.horizontalHeader().restoreState(state)
        if self.horizontalHeader().hiddenSectionCount() >= len(COLUMNS):
            self.horizontalHeader().setSectionHidden(COL_APPLICANT, False)
        self.fit_columns()
        return restored

    def save_columns(self) -> None:
        if self._settings is not None:
            self._settings.setValue(HEADER_KEY, self.horizontalHeader().saveState())

    def set_column_shown(self, column: int, shown: bool) -> None:
        header = self.horizontalHeader()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # the last column stays
        header.setSectionHidden(column, not shown)
        self._columns_touched()
        self.columns_changed.emit()

    def column_shown(self, column: int) -> bool:
        return not self.horizontalHeader().isSectionHidden(column)

    def shown_column_keys(self) -> list[str]:
        """The keys of the columns the officer sees, left to right (an export follows them)."""
        header = self.horizontalHeader()
        logical = (header.logicalIndex(visual) for visual in range(header.count()))
        return [COLUMNS[n].key for n in logical if not header.isSectionHidden(n)]

    def column_actions(self, parent: QWidget) -> list[QAction]:
        actions = []
        for number, column in enumerate(COLUMNS):
            action = QAction(column.title, parent)
            action.setCheckable(True)
            action.setChecked(self.column_shown(number))
            action.toggled.connect(lambda on, n=number: self.set_column_shown(n, on))
            actions.append(action)
        return actions

    def _column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for action in self.column_actions(menu):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        menu.popup(self.horizontalHeader().mapToGlobal(position))

    def reset_columns(self) -> None:
        header = self.horizontalHeader()
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if logical != visual:
                header.moveSection(header.visualIndex(visual), visual)
        self.set_default_columns()
        self.save_columns()
        self.columns_changed.emit()

    def _columns_touched(self, *_args: object) -> None:
        self._save_timer.start()

    # Cases

    def selected_case_ids(self) -> list[int]:
        """The selected cases in row order; the current case when nothing is selected."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        ids = [self._case_id(self.model().index(row, 0)) for row in rows]
        found = [case_id for case_id in ids if case_id is not None]
        if not found:
            current = self.current_case_id()
            return [current] if current is not None else []
        return found

    def current_case_id(self) -> int | None:
        index = self.currentIndex()
        return self._case_id(index) if index.isValid() else None

    def move_current(self, step: int) -> int | None:
        """Select the next (+1) or previous (-1) case; its id, or None at either end."""
        row = self.currentIndex().row() + step if self.currentIndex().isValid() else 0
        if not 0 <= row < self.model().rowCount():
            return None
        index = self.model().index(row, self.currentIndex().column() if row else 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return self._case_id(index)

    def _case_id(self, index: QModelIndex) -> int | None:
        value = self.model().data(index, CaseIdRole)
        return int(value) if value is not None else None

    def _on_activated(self, index: QModelIndex) -> None:
        case_id = self._case_id(index)
        if case_id is not None:
            self.case_activated.emit(case_id)
