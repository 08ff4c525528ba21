"""The Documents tab: what the application listed and what officers attached, and attaching
a file (checked and stored by core, off the GUI thread). Also the header's photo thumbnail."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from kvisa_desk.core.documents import (
    AttachResult,
    DocumentInfo,
    attach_document,
    case_photo_document,
    document_image_preview,
    list_documents,
)
from kvisa_desk.core.errors import ServiceError
from kvisa_desk.store.vocab import DocumentType
from kvisa_desk.ui.context import DeskContext
from kvisa_desk.ui.labels import code_label, text_of
from kvisa_desk.ui.operations import Operation, ReportProgress
from kvisa_desk.ui.read_only_table import ReadOnlyTable

THUMBNAIL = 96


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseDocuments", text)


def _where(doc: DocumentInfo) -> str:
    if doc.attached_by:
        return _tr("attached by {officer}, {when}").format(
            officer=doc.attached_by, when=text_of(doc.attached_at)
        )
    return text_of(doc.source_path)


def document_rows(documents: list[DocumentInfo]) -> list[tuple[str, str, str, str]]:
    return [
        (
            code_label("document", d.doc_type),
            text_of(d.original_name),
            code_label("verification", d.verification),
            _where(d),
        )
        for d in documents
        if not d.removed
    ]


def photo_thumbnail(context: DeskContext, case_id: int) -> QPixmap | None:
    """The applicant's photo, small, when one is attached; None otherwise or if unreadable."""
    try:
        photo = case_photo_document(context.db, case_id)
        data = document_image_preview(context.db, photo.document_id, THUMBNAIL) if photo else None
    except ServiceError:
        return None  # a damaged file is reported in the Documents tab, not here
    if not data:
        return None
    pixmap = QPixmap()
    return pixmap if pixmap.loadFromData(data) else None


class CaseDocuments(QObject):
    attached = Signal(object)  # AttachResult
    refused = Signal(str)

    def __init__(self, context: DeskContext, case_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._case_id = case_id
        self._parent = parent
        headers = (_tr("Document"), _tr("File name"), _tr("Check"), _tr("Where from"))
        self.table = ReadOnlyTable(headers, [], stretch_column=3, parent=parent)
        self.table.setObjectName("documents")
        self.table.setAccessibleName(_tr("Documents"))
        self.load()

    def load(self) -> None:
        self.table.set_rows(document_rows(list_documents(self._context.db, self._case_id)))

    def ask_attach(self) -> Operation[AttachResult] | None:
        path, _filter = QFileDialog.getOpenFileName(self._parent, _tr("Attach a document"))
        if not path:
            return None
        labels = [code_label("document", t.value) for t in DocumentType]
        label, ok = QInputDialog.getItem(
            self._parent, _tr("Attach a document"), _tr("Kind of document:"), labels, 0, False
        )
        if not ok:
            return None
        return self.attach(Path(path), list(DocumentType)[labels.index(label)].value)

    def attach(self, path: Path, doc_type: str) -> Operation[AttachResult]:
        db, actor, case_id = self._context.db, self._context.actor, self._case_id

        def work(_report: ReportProgress) -> AttachResult:
            return attach_document(db, actor, case_id, path, doc_type)

        label = _tr("Attaching {name}…").format(name=path.name)
        operation = Operation(self._context.runner, work, label)
        return operation.success(self._attached).failure(self._failed).run()

    def _attached(self, result: AttachResult) -> None:
        self.load()
        self.attached.emit(result)

    def _failed(self, error: BaseException) -> None:
        message = str(error) if isinstance(error, ServiceError) else repr(error)
        self.refused.emit(_tr("Not attached: {reason}").format(reason=message))
