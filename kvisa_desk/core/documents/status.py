"""A document's status: verified, suspected fraudulent (with a reason) or unverified again,
and soft removal with a reason. Each change is recorded; reasons go to the event's
purgeable personal part."""

from __future__ import annotations

from dataclasses import replace

from kvisa_desk.content import (
    ContentDamaged,
    ContentMissing,
    content_store_for,
)
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.changes import DOCUMENTS, Changes
from kvisa_desk.core.documents.records import (
    VERIFICATION_STATUSES,
    CaseRef,
    DocumentInfo,
    case_document,
    damage_error,
    document_info,
    document_label,
    event_details,
    existing_case_id,
    require_open_case,
)
from kvisa_desk.core.errors import Conflict, InvalidInput
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case
from kvisa_desk.vocab import Verification


def set_verification(
    db: Database,
    actor: str,
    case: CaseRef,
    document_id: int,
    status: str,
    reason: str | None = None,
) -> DocumentInfo:
    """Mark a document verified, suspected fraudulent (a reason is required) or unverified.

    `verified` is refused for content that fails its hash check: nobody verifies damage.
    """
    with db.write() as session:
        require(session, actor, Permission.WORK_CASES)  # permission first, then the arguments
        if status not in VERIFICATION_STATUSES:
            raise InvalidInput(
                f"unknown status {status!r}: use one of {', '.join(VERIFICATION_STATUSES)}"
            )
        reason = (reason or "").strip() or None
        if status == Verification.SUSPECTED_FRAUDULENT and reason is None:
            raise InvalidInput("a reason is required to mark a document suspected fraudulent")
        store = content_store_for(db)
        case_id = existing_case_id(session, case)
        found = session.get(Case, case_id)
        assert found is not None
        require_open_case(found)
        doc = case_document(session, case_id, document_id)
        if doc.removed_at is not None:
            raise Conflict(f"{document_label(doc)} was removed: its status can no longer change")
        if doc.sha256 is None:
            raise Conflict(f"{document_label(doc)} has no attached file to verify: attach it first")
        if status == Verification.VERIFIED:
            try:
                for _ in store.chunks(session, doc.sha256):
                    pass
            except (ContentMissing, ContentDamaged) as exc:
                raise damage_error(doc, exc) from None
        before = doc.verification
        if before == status and doc.verification_reason == reason:
            return _written(document_info(doc))
        doc.verification = status
        doc.verified_by, doc.verified_at = actor, utcnow()
        doc.verification_reason = reason
        session.flush()
        record_event(
            session,
            actor,
            "document_verification_set",
            case_id,
            document_id=doc.id,
            doc_type=doc.doc_type,
            sha256=doc.sha256,
            before=before,
            after=status,
            personal={"reason": reason} if reason else None,
        )
        return _written(document_info(doc))


def remove_document(
    db: Database, actor: str, case: CaseRef, document_id: int, reason: str
) -> DocumentInfo:
    """Soft removal with a reason: the row and the content stay, hidden from lists."""
    with db.write() as session:
        require(session, actor, Permission.WORK_CASES)  # permission first, then the arguments
        reason = reason.strip()
        if not reason:
            raise InvalidInput("a reason is required to remove a document")
        case_id = existing_case_id(session, case)
        found = session.get(Case, case_id)
        assert found is not None
        require_open_case(found)
        doc = case_document(session, case_id, document_id)
        if doc.removed_at is not None:
            raise Conflict(f"{document_label(doc)} was already removed")
        doc.removed_at, doc.removed_by, doc.removed_reason = utcnow(), actor, reason
        session.flush()
        record_event(
            session,
            actor,
            "document_removed",
            case_id,
            personal={"reason": reason},
            **event_details(doc),
        )
        return _written(document_info(doc))


def _written(info: DocumentInfo) -> DocumentInfo:
    return replace(info, what_changed=Changes.of_case(info.case_id, DOCUMENTS))
