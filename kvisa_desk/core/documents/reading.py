"""Reading a case's documents: the list, one document, its hash-checked bytes, an exported
copy, a file or image for the preview, and the photo the case header shows."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kvisa_desk.content import (
    ContentDamaged,
    ContentMissing,
    Refused,
    content_store_for,
    image_preview,
)
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.names import full_names
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.documents.records import (
    CaseRef,
    DocumentInfo,
    case_document,
    damage_error,
    document_info,
    document_label,
    event_details,
    existing_case_id,
)
from kvisa_desk.core.errors import InvalidInput, NotFound
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseDocument
from kvisa_desk.vocab import DocumentType, Verification


def list_documents(
    db: Database, actor: str, case: CaseRef, include_removed: bool = False
) -> list[DocumentInfo]:
    """The case's documents in their order; removed ones only when asked. Only for those who
    may view cases: an administrator sees no applicant's documents (PermissionRefused)."""
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
        case_id = existing_case_id(session, case)
        query = select(CaseDocument).where(CaseDocument.case_id == case_id)
        if not include_removed:
            query = query.where(CaseDocument.removed_at.is_(None))
        docs = session.scalars(query.order_by(CaseDocument.position, CaseDocument.id)).all()
        return _with_names(session, [document_info(d) for d in docs])


def _with_names(session: Session, infos: list[DocumentInfo]) -> list[DocumentInfo]:
    """INFOS knowing their officers' full names, for the window to show."""
    names = full_names(
        session, (u for i in infos for u in (i.attached_by, i.verified_by, i.removed_by) if u)
    )
    return [replace(i, names=names) for i in infos]


def get_document(db: Database, actor: str, document_id: int) -> DocumentInfo:
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
        doc = session.get(CaseDocument, document_id)
        if doc is None:
            raise NotFound(f"there is no document {document_id}")
        return _with_names(session, [document_info(doc)])[0]


def _with_content(session: Session, document_id: int, case: CaseRef | None = None) -> CaseDocument:
    if case is not None:
        doc = case_document(session, existing_case_id(session, case), document_id)
    else:
        found = session.get(CaseDocument, document_id)
        if found is None:
            raise NotFound(f"there is no document {document_id}")
        doc = found
    if doc.sha256 is None:
        raise NotFound(
            f"{document_label(doc)} was listed by the application but its file was never attached"
        )
    return doc


def read_document(db: Database, actor: str, document_id: int) -> bytes:
    """The document's bytes, hash-checked; DocumentDamaged/DocumentMissing when they are not
    the bytes that were attached. Removed documents can still be read (content is kept)."""
    store = content_store_for(db)
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
        doc = _with_content(session, document_id)
        assert doc.sha256 is not None
        try:
            return store.read_bytes(session, doc.sha256)
        except (ContentMissing, ContentDamaged) as exc:
            raise damage_error(doc, exc) from None


def export_document(
    db: Database,
    actor: str,
    document_id: int,
    target: Path,
    *,
    case: CaseRef | None = None,
    recorded: bool = True,
) -> Path:
    """Copy the document to `target`, streamed; the file appears only if every byte checked.

    For those who may export case data (PermissionRefused otherwise, before anything is
    written). With `case`, the document must be that case's (NotFound otherwise). The copy is
    recorded as a `document_exported` event; if that cannot be recorded the file is removed
    again, so no export goes unrecorded. `recorded=False` is for a caller that records the
    export itself (the disclosure bundle).
    """
    store = content_store_for(db)
    with db.read() as session:
        require(session, actor, Permission.EXPORT)
        doc = _with_content(session, document_id, case)
        assert doc.sha256 is not None
        try:
            store.copy_to(session, doc.sha256, target)
        except (ContentMissing, ContentDamaged) as exc:
            raise damage_error(doc, exc) from None
        details = event_details(doc)
        case_id = doc.case_id
    if not recorded:
        return target
    try:
        with db.write() as session:
            record_event(session, actor, "document_exported", case_id, **details)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def document_image_preview(
    db: Database, actor: str, document_id: int, max_side: int = 256
) -> bytes | None:
    """An image document as PNG (upright, at most `max_side` px): thumbnails and HEIC.

    None for a PDF, which the window renders with QtPdf from `read_document`'s bytes.
    """
    info = get_document(db, actor, document_id)
    if not info.is_image or info.media_type is None:
        return None
    data = read_document(db, actor, document_id)
    import io

    try:
        return image_preview(io.BytesIO(data), info.media_type, max_side)
    except Refused as exc:
        raise InvalidInput(f"{document_label(info)} cannot be shown: {exc}") from None


def case_photo_document(db: Database, actor: str, case: CaseRef) -> DocumentInfo | None:
    """The latest attached photo, not removed or suspected: the case header's thumbnail."""
    for doc in reversed(list_documents(db, actor, case)):
        if (
            doc.doc_type == DocumentType.PHOTO
            and doc.is_image
            and doc.verification != (Verification.SUSPECTED_FRAUDULENT)
        ):
            return doc
    return None
