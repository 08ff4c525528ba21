"""The rows of a case's document list in the officer's words, and the applicant's photo as
the case header's thumbnail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from kvisa_desk.content import format_size
from kvisa_desk.core.documents.reading import case_photo_document, document_image_preview
from kvisa_desk.core.documents.records import DocumentInfo
from kvisa_desk.core.errors import ServiceError
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.labels import code_label, text_of
from kvisa_desk.vocab import DEMO_ACTOR

THUMBNAIL = 96


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseDocuments", text)


def _officer(doc: DocumentInfo, username: str | None) -> str:
    """Who, as the officer reads it: the demo's documents were nobody's, "Demo data"."""
    if username == DEMO_ACTOR and username not in doc.names:
        return _tr("Demo data")
    return doc.name_of(username)


def _where(doc: DocumentInfo) -> str:
    if doc.attached_by:
        return _tr("attached by {officer}, {when}").format(
            officer=_officer(doc, doc.attached_by), when=text_of(doc.attached_at)
        )
    return _tr("{file} (listed in the application, not attached)").format(
        file=text_of(doc.source_path)
    )


def _check(doc: DocumentInfo) -> str:
    if doc.removed:
        return _tr("Removed ({officer}, {when}): {reason}").format(
            officer=_officer(doc, doc.removed_by),
            when=text_of(doc.removed_at),
            reason=doc.removed_reason,
        )
    status = code_label("verification", doc.verification)
    if doc.verified_by is None:
        return status
    return _tr("{status} ({officer}, {when})").format(
        status=status, officer=_officer(doc, doc.verified_by), when=text_of(doc.verified_at)
    )


def document_rows(documents: list[DocumentInfo]) -> list[tuple[str, str, str, str, str]]:
    return [
        (
            code_label("document", d.doc_type),
            text_of(d.original_name),
            _check(d),
            _where(d),
            format_size(d.size_bytes) if d.size_bytes is not None else "",
        )
        for d in documents
    ]


def thumbnail_image(context: DeskContext, case_id: int) -> QImage | None:
    """The applicant's photo, at most THUMBNAIL px, for the case header; None when no photo
    is attached or it cannot be read. Worker thread: it reads and hash-checks the file."""
    try:
        db, actor = context.db, context.actor
        photo = case_photo_document(db, actor, case_id)
        data = document_image_preview(db, actor, photo.document_id, THUMBNAIL) if photo else None
    except ServiceError:
        return None  # a damaged file is reported in the Documents tab, not here
    image = QImage.fromData(data) if data else QImage()
    return None if image.isNull() else image
