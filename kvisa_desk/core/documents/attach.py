"""Attaching a file to a case: from a path or a stream (bytes dropped on the window), checked,
stored once by SHA-256, recorded; content published by a write that then failed is taken back.

Every write runs in one transaction and records a history event whose details hold ids,
type, hash and size only; the file's name goes to the event's purgeable personal part."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kvisa_desk.content import (
    ContentCheck,
    ContentStore,
    Refused,
    StagedContent,
    check_content,
    content_store_for,
    file_name_problem,
    format_size,
)
from kvisa_desk.content.sealed_blob import PostKeyNeeded
from kvisa_desk.content.store import Progress, published_in_block, too_large_reason
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require, require_first
from kvisa_desk.core.changes import DOCUMENTS, NO_CHANGES, Changes
from kvisa_desk.core.documents.records import (
    DOCUMENT_TYPES,
    AttachmentRefused,
    CaseRef,
    DocumentInfo,
    attachment_limits,
    content_fields,
    document_info,
    event_details,
    existing_case_id,
    require_open_case,
)
from kvisa_desk.core.errors import InvalidInput, NotFound
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CaseDocument, format_case_ref

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AttachResult:
    document: DocumentInfo
    stored_new_content: bool  # False when the store already held these exact bytes
    already_attached: bool  # the case already had these bytes as this type: nothing added
    pages: int  # PDF pages, or images in an image file

    @property
    def what_changed(self) -> Changes:
        if self.already_attached:
            return NO_CHANGES
        return Changes.of_case(self.document.case_id, DOCUMENTS)


def _refused(name: str, reason: str) -> AttachmentRefused:
    return AttachmentRefused(f"cannot attach {name!r}: {reason}; nothing was stored")


def _check_type(doc_type: str) -> None:
    if doc_type not in DOCUMENT_TYPES:
        raise InvalidInput(
            f"unknown document type {doc_type!r}: use one of {', '.join(DOCUMENT_TYPES)}"
        )


def _next_position(session: Session, case_id: int) -> int:
    last = session.scalar(
        select(func.max(CaseDocument.position)).where(CaseDocument.case_id == case_id)
    )
    return 0 if last is None else int(last) + 1


def _open_regular(path: Path) -> tuple[BinaryIO, int]:
    # Non-blocking, so a named pipe or device is refused instead of waiting for a writer.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.fdopen(os.open(path, flags), "rb")
    except FileNotFoundError:
        raise InvalidInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path}: is a folder, not a file") from None
    except PermissionError:
        raise InvalidInput(f"{path}: permission denied") from None
    info = os.fstat(handle.fileno())
    if not stat.S_ISREG(info.st_mode):
        handle.close()
        raise InvalidInput(f"{path}: not a regular file")
    return handle, info.st_size


def attach_document(
    db: Database,
    actor: str,
    case: CaseRef,
    path: Path,
    doc_type: str,
    original_name: str | None = None,
    progress: Progress | None = None,
) -> AttachResult:
    """Check the file and attach it to the case; AttachmentRefused (nothing stored) if not.

    The name kept is `original_name` or the file's own name: data, never a path.
    `progress(bytes_copied)` runs after each MiB; raising from it cancels, storing nothing.
    """
    require_first(db, actor, Permission.WORK_CASES)  # before the file is looked for
    name = original_name if original_name is not None else path.name
    _check_type(doc_type)
    problem = file_name_problem(name)
    if problem is not None:
        raise _refused(name, problem)
    handle, size = _open_regular(path)
    with handle:
        return attach_stream(db, actor, case, handle, name, doc_type, size, progress)


def attach_stream(
    db: Database,
    actor: str,
    case: CaseRef,
    source: BinaryIO,
    original_name: str,
    doc_type: str,
    size_hint: int | None = None,
    progress: Progress | None = None,
) -> AttachResult:
    """Attach content read from `source` (a file, or bytes dropped on the window)."""
    with db.read() as session:
        require(session, actor, Permission.WORK_CASES)  # permission first, then the arguments
        _check_type(doc_type)
        problem = file_name_problem(original_name)
        if problem is not None:
            raise _refused(original_name, problem)
        case_id = existing_case_id(session, case)
        found = session.get(Case, case_id)
        assert found is not None
        require_open_case(found)
        limits = attachment_limits(session, found.post)
    if size_hint == 0:
        raise _refused(original_name, "the file is empty")
    if size_hint is not None and size_hint > limits.max_bytes:
        raise _refused(original_name, too_large_reason(limits.max_bytes))
    store = content_store_for(db)
    try:
        with store.stage(source, limits.max_bytes, progress) as staged:
            checked = check_content(store.checkable(staged), limits)
            return _record_attachment(
                db, store, actor, case_id, staged, checked, original_name, doc_type
            )
    except PostKeyNeeded:
        raise AttachmentRefused.said("documents.post_key_needed", name=original_name) from None
    except Refused as exc:
        raise _refused(original_name, str(exc)) from None


@contextmanager
def new_content_taken_back_on_failure(db: Database) -> Iterator[None]:
    """If the block fails (a commit that did not happen), the content files it published and
    nothing refers to are removed: the document folder is left as it was."""
    with published_in_block() as shas:
        try:
            yield
        except BaseException:
            if shas:
                _take_back(db, shas)
            raise


def _take_back(db: Database, shas: list[str]) -> None:
    store = content_store_for(db)
    try:
        # Under the write lock: another officer's attach of the same content commits either
        # before this check (its row keeps the file) or after it (it publishes the file again).
        with db.write() as session:
            for sha in shas:
                referred = select(CaseDocument.id).where(CaseDocument.sha256 == sha).limit(1)
                if session.scalar(referred) is None:
                    store.delete(session, sha)
    except Exception:
        # Unreferenced content is harmless; the collector removes it later.
        log.warning("could not take back unreferenced content after a failed write")


def _record_attachment(
    db: Database,
    store: ContentStore,
    actor: str,
    case_id: int,
    staged: StagedContent,
    checked: ContentCheck,
    original_name: str,
    doc_type: str,
) -> AttachResult:
    with new_content_taken_back_on_failure(db), db.write() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(f"case {format_case_ref(case_id)} does not exist")
        require_open_case(case)
        # Content first: a rollback after this leaves unreferenced content, never a bad row.
        stored_new = store.publish(session, staged)
        same = session.scalar(
            select(CaseDocument)
            .where(
                CaseDocument.case_id == case_id,
                CaseDocument.sha256 == staged.sha256,
                CaseDocument.doc_type == doc_type,
                CaseDocument.removed_at.is_(None),
            )
            .order_by(CaseDocument.id)
            .limit(1)
        )
        if same is not None:
            if stored_new:  # the row's content had gone missing or bad: now whole again
                record_event(
                    session, actor, "document_content_restored", case_id, **event_details(same)
                )
            return AttachResult(document_info(same), stored_new, True, checked.pages)
        # A document the application listed but whose file never came is completed.
        doc = session.scalar(
            select(CaseDocument)
            .where(
                CaseDocument.case_id == case_id,
                CaseDocument.doc_type == doc_type,
                CaseDocument.sha256.is_(None),
                CaseDocument.removed_at.is_(None),
            )
            .order_by(CaseDocument.position)
            .limit(1)
        )
        if doc is None:
            doc = CaseDocument(
                case_id=case_id, position=_next_position(session, case_id), doc_type=doc_type
            )
            session.add(doc)
        doc.original_name = original_name
        for key, value in content_fields(staged, checked, actor).items():
            setattr(doc, key, value)
        session.flush()
        record_event(
            session,
            actor,
            "document_attached",
            case_id,
            personal={"original_name": original_name},
            **event_details(doc),
        )
        return AttachResult(document_info(doc), stored_new, False, checked.pages)


def describe_attachment(result: AttachResult) -> str:
    """One line for the CLI and the window's status bar."""
    doc = result.document
    size = format_size(doc.size_bytes or 0)
    if result.already_attached:
        return (
            f"already attached to case {doc.case_ref} as document {doc.document_id} "
            f"({doc.doc_type}); nothing added"
        )
    pages = (
        f", {result.pages} page{'s' if result.pages != 1 else ''}"
        if doc.media_type == "application/pdf"
        else ""
    )
    return (
        f"attached document {doc.document_id} ({doc.doc_type}, {doc.media_type}{pages}, {size}, "
        f"sha256 {doc.sha256}) to case {doc.case_ref}"
    )
