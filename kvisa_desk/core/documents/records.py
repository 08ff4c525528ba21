"""What every documents service shares: the document as shown (`DocumentInfo`), the errors,
the document types and statuses, and the small steps each service takes (the case exists and
is open, the document is that case's, the words for a damaged file, the history details)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from kvisa_desk.content import (
    IMAGE_MEDIA_TYPES,
    ContentCheck,
    ContentDamaged,
    ContentMissing,
    Limits,
    StagedContent,
)
from kvisa_desk.content.limits import SETTING_MAX_ATTACHMENT_MB
from kvisa_desk.core.changes import NO_CHANGES, Changes
from kvisa_desk.core.errors import Conflict, InvalidInput, NotFound, ServiceError
from kvisa_desk.core.post.settings import get_post_settings
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.models import Case, CaseDocument, format_case_ref
from kvisa_desk.vocab import OPEN_STATUSES, DocumentType, Verification

DOCUMENT_TYPES = tuple(t.value for t in DocumentType)
VERIFICATION_STATUSES = tuple(v.value for v in Verification)
CaseRef = int  # a case id: references are parsed at the edges (core.cases.refs)


class AttachmentRefused(InvalidInput):
    """The file was not attached, and nothing of it was stored; the message says why."""


class DocumentDamaged(ServiceError):
    """A stored document's content no longer matches its hash: never shown as if fine."""

    exit_code = 1


class DocumentMissing(DocumentDamaged):
    """A document's content is gone from the store."""


# -- what the services return --------------------------------------------------------------


@dataclass(frozen=True)
class DocumentInfo:
    """One document of a case, as lists and the window show it."""

    document_id: int
    case_id: int
    case_ref: str
    position: int
    doc_type: str
    original_name: str | None
    source_path: str | None  # as the application file listed it; None if an officer attached it
    sha256: str | None  # None while the document is only listed, its file not attached
    size_bytes: int | None
    media_type: str | None
    verification: str
    verified_by: str | None
    verified_at: datetime | None
    verification_reason: str | None
    attached_by: str | None
    attached_at: datetime | None
    removed_by: str | None
    removed_at: datetime | None
    removed_reason: str | None
    what_changed: Changes = field(default=NO_CHANGES, compare=False, repr=False)
    # The full names of the officers named above, where their accounts have one.
    names: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    def name_of(self, username: str | None) -> str:
        """An officer named above as a person reads it: the full name, else the username."""
        return self.names.get(username, username) if username else ""

    @property
    def has_content(self) -> bool:
        return self.sha256 is not None

    @property
    def removed(self) -> bool:
        return self.removed_at is not None

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_MEDIA_TYPES

    def to_json(self) -> dict[str, Any]:
        def when(value: datetime | None) -> str | None:
            return value.isoformat() if value is not None else None

        return {
            "document_id": self.document_id,
            "case_id": self.case_ref,
            "type": self.doc_type,
            "file": self.source_path,
            "original_name": self.original_name,
            "media_type": self.media_type,
            "sha256": self.sha256,
            "size_bytes": self.size_bytes,
            "attached": self.has_content,
            "attached_by": self.attached_by,
            "attached_at": when(self.attached_at),
            "verification": self.verification,
            "verified_by": self.verified_by,
            "verified_at": when(self.verified_at),
            "verification_reason": self.verification_reason,
            "removed": self.removed,
            "removed_by": self.removed_by,
            "removed_at": when(self.removed_at),
            "removed_reason": self.removed_reason,
        }


def document_info(doc: CaseDocument) -> DocumentInfo:
    """A document row as the services return it."""
    return DocumentInfo(
        document_id=doc.id,
        case_id=doc.case_id,
        case_ref=format_case_ref(doc.case_id),
        position=doc.position,
        doc_type=doc.doc_type,
        original_name=doc.original_name,
        source_path=doc.source_path,
        sha256=doc.sha256,
        size_bytes=doc.size_bytes,
        media_type=doc.media_type,
        verification=doc.verification,
        verified_by=doc.verified_by,
        verified_at=doc.verified_at,
        verification_reason=doc.verification_reason,
        attached_by=doc.attached_by,
        attached_at=doc.attached_at,
        removed_by=doc.removed_by,
        removed_at=doc.removed_at,
        removed_reason=doc.removed_reason,
    )


def document_json(doc: CaseDocument) -> dict[str, Any]:
    """A document row in the JSON that `show --json` and `documents list --json` print."""
    return document_info(doc).to_json()


# -- shared steps -------------------------------------------------------------------------


def existing_case_id(session: Session, case: CaseRef) -> int:
    """The case id, once the case is known to exist (NotFound otherwise)."""
    if session.get(Case, case) is None:
        raise NotFound(f"case {format_case_ref(case)} does not exist")
    return case


def require_open_case(case: Case) -> None:
    """Conflict when the case is closed: its documents can no longer change."""
    if case.status not in OPEN_STATUSES:
        raise Conflict(
            f"case {case.case_ref} is {case.status.replace('_', ' ')}: its documents can no "
            "longer change"
        )


def attachment_limits(session: Session, post: str) -> Limits:
    """The post's limits: `max_attachment_mb` from its settings (default 25)."""
    settings = get_post_settings(session, post)
    return Limits.from_settings(
        {SETTING_MAX_ATTACHMENT_MB: settings.working(SETTING_MAX_ATTACHMENT_MB)}
    )


def case_document(session: Session, case_id: int, document_id: int) -> CaseDocument:
    """The document, which must be this case's (NotFound otherwise)."""
    doc = session.get(CaseDocument, document_id)
    if doc is None or doc.case_id != case_id:
        raise NotFound(
            f"case {format_case_ref(case_id)} has no document {document_id}: "
            f"list them with `documents list {format_case_ref(case_id)}`"
        )
    return doc


def document_label(doc: CaseDocument | DocumentInfo) -> str:
    """How messages name a document: its id, type, name and case."""
    doc_id = doc.id if isinstance(doc, CaseDocument) else doc.document_id
    doc_type = doc.doc_type
    name = f" {doc.original_name!r}" if doc.original_name else ""
    case_ref = format_case_ref(doc.case_id)
    return f"document {doc_id} ({doc_type}{name}) of case {case_ref}"


def damage_error(
    doc: CaseDocument | DocumentInfo, exc: ContentMissing | ContentDamaged
) -> Exception:
    """The error an officer sees for a file that is missing or no longer matches its hash."""
    if isinstance(exc, ContentMissing):
        return DocumentMissing(
            f"{document_label(doc)} is missing from the document store: restore the store from a "
            "backup or attach the file again"
        )
    return DocumentDamaged(
        f"{document_label(doc)} is damaged: its content no longer matches the SHA-256 recorded "
        "when it was attached; do not rely on it: restore the store from a backup or attach the "
        "file again"
    )


def content_fields(
    staged: StagedContent, checked: ContentCheck, attached_by: str
) -> dict[str, Any]:
    """The content columns of a document row whose file was just checked and stored."""
    return {
        "sha256": staged.sha256,
        "size_bytes": staged.size,
        "media_type": checked.media_type,
        "attached_by": attached_by,
        "attached_at": utcnow(),
    }


def event_details(doc: CaseDocument) -> dict[str, Any]:
    """A history event's details: ids, type, hash and size, never a name."""
    return {
        "document_id": doc.id,
        "doc_type": doc.doc_type,
        "sha256": doc.sha256,
        "size_bytes": doc.size_bytes,
        "media_type": doc.media_type,
    }
