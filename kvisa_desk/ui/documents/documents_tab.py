"""The Documents tab: the checklist the route requires, the case's documents with a preview of
the selected one, and what officers do with them — attach (file dialog or drop), open in full,
mark verified, suspected fraudulent or unverified, remove. Core checks, stores and audits
everything, on the worker thread; a file whose content fails its hash check is shown as
damage naming it. Also the header's photo thumbnail."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kvisa_desk.core.checks.report import CheckReport
from kvisa_desk.core.documents.attach import AttachResult, attach_document
from kvisa_desk.core.documents.checklist import ChecklistLine, case_checklist
from kvisa_desk.core.documents.reading import list_documents
from kvisa_desk.core.documents.records import DocumentInfo
from kvisa_desk.ui.documents.actions import DocumentActions
from kvisa_desk.ui.documents.checklist import NOT_CHECKED, DocumentChecklist, route_of
from kvisa_desk.ui.documents.dialogs import DocumentTypeDialog, ask_document_kind
from kvisa_desk.ui.documents.drop import dropped_files, guess_document_type
from kvisa_desk.ui.documents.preview import DocumentPreviewPane, LatestOnly
from kvisa_desk.ui.documents.render import (
    RenderedPage,
    damage_text,
    document_name,
    is_damage,
    load_pdf_module,
    open_source,
    render_page,
)
from kvisa_desk.ui.documents.rows import document_rows, thumbnail_image
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.file_dialogs import DOCUMENTS, ask_open_file
from kvisa_desk.ui.widgets.labels import code_label
from kvisa_desk.ui.widgets.operations import Operation, OperationRunner, ReportProgress
from kvisa_desk.ui.widgets.read_only_table import ReadOnlyTable
from kvisa_desk.ui.widgets.reason_form import plain_text_label
from kvisa_desk.vocab import DocumentType

PREVIEW_SIDE = 1200  # an image is decoded at most this large for the preview pane
COL_CHECK = 2
NOTICES_KEPT = 5
DAMAGE_COLOUR = "#b3261e"


@dataclass(frozen=True)
class DocumentsRead:
    """A case's documents and checklist, read again after a change."""

    documents: list[DocumentInfo]
    route: str | None
    checklist: list[ChecklistLine]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseDocuments", text)


class CaseDocuments(QObject):
    attached = Signal(object)  # AttachResult
    refused = Signal(str)  # an attach refused, or damage found: what the officer is told
    changed = Signal(str)  # a status set or a document removed: what to say
    photo_changed = Signal(object)  # the header's new thumbnail (QPixmap), or None
    previewed = Signal(object)  # RenderedPage, once the preview pane shows it

    def __init__(self, context: DeskContext, case_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        load_pdf_module()
        self._context = context
        self._case_id = case_id
        self._parent = parent
        self.documents: list[DocumentInfo] = []
        self.damaged: dict[int, str] = {}  # content that failed its check: what was said
        self.route: str | None = NOT_CHECKED
        self.read_only = False  # a finished case: its documents are read, not changed
        self.notices: list[str] = []
        self.type_dialog: DocumentTypeDialog | None = None
        self.actions: DocumentActions

        self.tab = QWidget(parent)
        self.tab.setObjectName("documents.tab")
        self.checklist = DocumentChecklist(self.tab)
        headers = (_tr("Document"), _tr("File name"), _tr("Check"), _tr("Where from"), _tr("Size"))
        self.table = ReadOnlyTable(headers, [], stretch_column=3, parent=self.tab)
        self.table.setObjectName("documents")
        self.table.setAccessibleName(_tr("Documents"))
        self.table.setSelectionMode(ReadOnlyTable.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.actions.open_full_view())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.preview = DocumentPreviewPane(self.tab)
        self.actions = DocumentActions(context, case_id, self.selected, self.tab)
        self.actions.action_attach.triggered.connect(self.ask_attach)
        self.actions.changed.connect(self.after_change)
        self.actions.damage_found.connect(self.note_damage)
        self.actions.refused.connect(self.say)
        opener, open_action = self.preview.open_button, self.actions.action_open
        opener.setText(_tr("Open full view (Enter)"))
        opener.clicked.connect(open_action.trigger)
        open_action.changed.connect(lambda: opener.setEnabled(open_action.isEnabled()))
        self.show_removed = QCheckBox(
            _tr("Show re&moved documents (kept, with who and why)"), self.tab
        )
        self.show_removed.setObjectName("documents.show_removed")
        self.show_removed.toggled.connect(lambda _on: self.load())
        self.notice = plain_text_label("", self.tab)
        self.notice.setObjectName("documents.notice")
        self.notice.setStyleSheet(f"color: {DAMAGE_COLOUR}")
        self.notice.setVisible(False)
        self._previews = LatestOnly(self._start_preview)
        self._build_layout()
        # The case view takes files dropped anywhere on it (`take_drop`), this tab or not;
        # the list is read by the view on its reading thread (`read_again`).
        self.tab.installEventFilter(self)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for action in self.actions.toolbar_actions():
            button = QToolButton(self.tab)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget(self.tab)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.show_removed)
        left_layout.addWidget(self.notice)
        splitter = QSplitter(Qt.Orientation.Horizontal, self.tab)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # the preview gets room at once, not the table's leftover
        self.splitter = splitter
        layout = QVBoxLayout(self.tab)
        layout.addWidget(self.checklist)
        layout.addWidget(splitter, 1)

    # Reading (short reads: the case's document rows)

    def load(self) -> None:
        chosen = self.selected()
        self.documents = list_documents(
            self._context.db,
            self._context.actor,
            self._case_id,
            include_removed=self.show_removed.isChecked(),
        )
        self._show_documents(chosen)

    def reader(self) -> Callable[[CheckReport | None], DocumentsRead]:
        """What reads the list and the checklist after a change, given the latest check, on a
        worker thread (what the tab asks for is taken now); `show_read` shows it."""
        db, actor, case_id = self._context.db, self._context.actor, self._case_id
        removed = self.show_removed.isChecked()

        def read(report: CheckReport | None) -> DocumentsRead:
            route = route_of(report)
            checked_route = None if route == NOT_CHECKED else route
            documents = list_documents(db, actor, case_id, include_removed=removed)
            return DocumentsRead(
                documents, route, case_checklist(db, actor, case_id, checked_route)
            )

        return read

    def read_again(self, report: CheckReport | None) -> Operation[DocumentsRead]:
        """Read the list and the checklist (for the latest check) off the GUI thread."""
        read = self.reader()

        def work(_report: ReportProgress) -> DocumentsRead:
            return read(report)

        def shown(found: DocumentsRead) -> None:
            if not isValid(self.table):  # the case view went while they were read
                return
            self.show_read(found)
            if self.tab.isVisible() and self.selected() is None and self.documents:
                self.table.selectRow(0)  # the tab is open: show the first at once

        operation = Operation(self._context.changes.reading, work)
        return operation.success(shown).failure(lambda _error: None).run()

    def show_read(self, read: DocumentsRead) -> None:
        chosen = self.selected()
        self.documents, self.route = read.documents, read.route
        self.checklist.set_lines(read.checklist, self.route, self.damaged.keys())
        self._show_documents(chosen, checklist=False)

    def _show_documents(self, chosen: DocumentInfo | None, checklist: bool = True) -> None:
        self.table.set_rows(document_rows(self.documents))
        for row, doc in enumerate(self.documents):
            if doc.document_id in self.damaged:
                self._mark_damaged(row, self.damaged[doc.document_id])
        if checklist:
            self._show_checklist()
        if chosen is not None:
            self.select(chosen.document_id)
        self._update_actions()

    def set_read_only(self, read_only: bool) -> None:
        """A finished case's documents can be opened, not changed (core refuses it too)."""
        self.read_only = read_only
        self._update_actions()

    def set_report(self, report: CheckReport | None) -> None:
        """The latest check: the route it found decides the checklist's route evidence."""
        self.route = route_of(report)
        self._show_checklist()

    def _show_checklist(self) -> None:
        route = None if self.route == NOT_CHECKED else self.route
        lines = case_checklist(self._context.db, self._context.actor, self._case_id, route)
        self.checklist.set_lines(lines, self.route, self.damaged.keys())

    def selected(self) -> DocumentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.documents):
            return None
        return self.documents[rows[0].row()]

    def select(self, document_id: int) -> bool:
        for row, doc in enumerate(self.documents):
            if doc.document_id == document_id:
                self.table.selectRow(row)
                return True
        return False

    def _mark_damaged(self, row: int, text: str) -> None:
        item = self.table.item(row, COL_CHECK)
        if item is None:
            return
        item.setText(_tr("Damaged"))
        item.setForeground(QColor(DAMAGE_COLOUR))
        item.setToolTip(f"<p>{html.escape(text)}</p>")  # a name with <b> in it stays literal

    # The preview pane

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        showing = watched is self.tab and event.type() == QEvent.Type.Show
        if showing and self.selected() is None and self.documents:
            self.table.selectRow(0)  # the officer opened the tab: show the first at once
        return super().eventFilter(watched, event)

    def _update_actions(self) -> None:
        self.actions.update_enabled(self.damaged.keys(), self.read_only)

    def _selection_changed(self) -> None:
        self._update_actions()
        info = self.selected()
        if info is None:
            self.preview.show_nothing()
        elif not info.has_content:
            self.preview.show_not_attached(info)
        else:
            self.preview.show_loading(info)
            self._previews.request(info)

    def _start_preview(self, info: DocumentInfo) -> None:
        db, actor, box = self._context.db, self._context.actor, self.preview.box()

        def work(_report: ReportProgress) -> RenderedPage:
            return render_page(open_source(db, actor, info, PREVIEW_SIDE), 0, None, box)

        label = _tr("Showing {document}…").format(document=document_name(info))
        Operation(self._context.runner, work, label).success(
            lambda page: self._previewed(info, page)
        ).failure(lambda error: self._preview_failed(info, error)).run()

    def _previewed(self, info: DocumentInfo, page: RenderedPage) -> None:
        if not isValid(self.table):
            return  # the case view was deleted while the page was drawn
        current = self.selected()
        if current is not None and current.document_id == info.document_id:
            self.preview.show_page(current, page)
            self.previewed.emit(page)
        self._previews.done()

    def _preview_failed(self, info: DocumentInfo, error: BaseException) -> None:
        if not isValid(self.table):
            return
        text = damage_text(info, error)
        if is_damage(error):
            self.note_damage(info, text)
        current = self.selected()
        if current is not None and current.document_id == info.document_id:
            if is_damage(error):
                self.preview.show_damage(current, text)
            else:
                self.preview.show_problem(current, text)
        self._previews.done()

    def note_damage(self, info: DocumentInfo, text: str) -> None:
        """Damage found on a read: the row says so and the officer is told, naming it."""
        if info.document_id not in self.damaged:
            self.damaged[info.document_id] = text
            self.say(text)
            self._show_checklist()
            self._update_actions()
        for row, doc in enumerate(self.documents):
            if doc.document_id == info.document_id:
                self._mark_damaged(row, text)

    def _show_menu(self, position: QPoint) -> None:
        self.context_menu().popup(self.table.viewport().mapToGlobal(position))

    def context_menu(self) -> QMenu:
        menu = QMenu(self.table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in self.actions.menu_actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    # Attaching: a file dialog, or files dropped on the case

    def ask_attach(self) -> Operation[AttachResult] | None:
        if self.read_only:
            self.say(
                _tr("Not attached: this case is finished; its documents can no longer change.")
            )
            return None
        context = self._context
        chosen = ask_open_file(
            self._parent, context.settings, context.actor, DOCUMENTS, _tr("Attach a document")
        )
        if chosen is None:
            return None
        path = str(chosen)
        codes = [t.value for t in DocumentType]
        labels = [code_label("document", code) for code in codes]
        guess = codes.index(guess_document_type(Path(path)))
        label = ask_document_kind(self._parent, Path(path), labels, guess)  # names the file
        if label is None:
            return None
        return self.attach(Path(path), codes[labels.index(label)])

    def take_drop(self, mime: QMimeData) -> DocumentTypeDialog | None:
        """Files dropped on the case: ask what each is (a guess preselected), then attach."""
        self.clear_notices()
        if self.read_only:
            self.say(
                _tr("Not attached: this case is finished; its documents can no longer change.")
            )
            return None
        files, problems = dropped_files(mime)
        for problem in problems:
            self.say(problem)
        if not files:
            return None
        dialog = DocumentTypeDialog([(f, guess_document_type(f)) for f in files], self._parent)
        dialog.chosen.connect(self._attach_chosen)
        dialog.finished.connect(lambda _result: setattr(self, "type_dialog", None))
        self.type_dialog = dialog
        dialog.open()
        return dialog

    def _attach_chosen(self, choices: list[tuple[Path, str]]) -> None:
        for path, doc_type in choices:
            self.attach(path, doc_type)

    def attach(self, path: Path, doc_type: str) -> Operation[AttachResult]:
        db, actor, case_id = self._context.db, self._context.actor, self._case_id

        def work(_report: ReportProgress) -> AttachResult:
            return attach_document(db, actor, case_id, path, doc_type)

        label = _tr("Attaching {name}…").format(name=path.name)
        operation = Operation(self._context.runner, work, label)
        return operation.success(self._attached).failure(self._failed).run()

    def _attached(self, result: AttachResult) -> None:
        self.load()
        self.select(result.document.document_id)
        if result.document.doc_type == DocumentType.PHOTO:
            self.refresh_photo()
        self.attached.emit(result)

    def _failed(self, error: BaseException) -> None:
        message = error_text(error)
        self.say(_tr("Not attached: {reason}").format(reason=message))

    # After a change: the list, the checklist, the header's photo

    def after_change(self, message: str, photo_may_change: bool) -> None:
        self.load()
        if photo_may_change:
            self.refresh_photo()
        self.changed.emit(message)

    def refresh_photo(self) -> Operation[QImage | None]:
        return read_photo(self._context, self._case_id, self, self.photo_changed.emit)

    # Messages

    def say(self, text: str) -> None:
        self.notices = [*self.notices, text][-NOTICES_KEPT:]
        self.notice.setText("\n".join(self.notices))
        self.notice.setVisible(True)
        self.refused.emit(text)

    def clear_notices(self) -> None:
        self.notices = []
        self.notice.clear()
        self.notice.setVisible(False)


def read_photo(
    context: DeskContext,
    case_id: int,
    asker: QObject,
    show: Callable[[QPixmap | None], object],
    runner: OperationRunner | None = None,
) -> Operation[QImage | None]:
    """The header's thumbnail of the case's photo (None: none), read, hash-checked and decoded
    on RUNNER's thread (the worker's by default); shown unless ASKER (the case view or its tab)
    went meanwhile."""

    def work(_report: ReportProgress) -> QImage | None:
        return thumbnail_image(context, case_id)

    def shown(image: QImage | None) -> None:
        if isValid(asker):
            show(QPixmap.fromImage(image) if image is not None else None)

    operation = Operation(runner or context.runner, work, _tr("Reading the photo…"))
    return operation.success(shown).failure(lambda _error: shown(None)).run()
