"""A case's documents: attach (checked, stored once by SHA-256), list, read with a hash check,
verification status, soft removal, the integrity check of the whole store, and the checklist.

Every write runs in one transaction and records a history event whose details hold ids,
type, hash and size only; names and reasons go to the event's purgeable personal part.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kvisa_desk.content import (
    IMAGE_MEDIA_TYPES,
    ContentCheck,
    ContentDamaged,
    ContentMissing,
    ContentStore,
    Limits,
    Refused,
    StagedContent,
    check_content,
    content_store_for,
    file_name_problem,
    format_size,
    image_preview,
    listed_path_problem,
)
from kvisa_desk.content.limits import SETTING_MAX_ATTACHMENT_MB
from kvisa_desk.content.store import Progress, published_in_block, too_large_reason
from kvisa_desk.core.accounts.history import record_event, record_events
from kvisa_desk.core.accounts.permissions import Permission, require, require_first
from kvisa_desk.core.errors import Conflict, InvalidInput, NotFound, ServiceError
from kvisa_desk.core.post.settings import get_post_settings
from kvisa_desk.rules.checks.documents import required_documents
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CaseDocument, format_case_ref
from kvisa_desk.vocab import OPEN_STATUSES, DocumentType, Verification

log = logging.getLogger(__name__)

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


def _info(doc: CaseDocument) -> DocumentInfo:
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
    return _info(doc).to_json()


@dataclass(frozen=True)
class AttachResult:
    document: DocumentInfo
    stored_new_content: bool  # False when the store already held these exact bytes
    already_attached: bool  # the case already had these bytes as this type: nothing added
    pages: int  # PDF pages, or images in an image file


# -- shared steps -------------------------------------------------------------------------


def _case_id(session: Session, case: CaseRef) -> int:
    if session.get(Case, case) is None:
        raise NotFound(f"case {format_case_ref(case)} does not exist")
    return case


def _require_open(case: Case) -> None:
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


def _document(session: Session, case_id: int, document_id: int) -> CaseDocument:
    doc = session.get(CaseDocument, document_id)
    if doc is None or doc.case_id != case_id:
        raise NotFound(
            f"case {format_case_ref(case_id)} has no document {document_id}: "
            f"list them with `documents list {format_case_ref(case_id)}`"
        )
    return doc


def _label(doc: CaseDocument | DocumentInfo) -> str:
    doc_id = doc.id if isinstance(doc, CaseDocument) else doc.document_id
    doc_type = doc.doc_type
    name = f" {doc.original_name!r}" if doc.original_name else ""
    case_ref = format_case_ref(doc.case_id)
    return f"document {doc_id} ({doc_type}{name}) of case {case_ref}"


def _damage(doc: CaseDocument | DocumentInfo, exc: ContentMissing | ContentDamaged) -> Exception:
    if isinstance(exc, ContentMissing):
        return DocumentMissing(
            f"{_label(doc)} is missing from the document store: restore the store from a "
            "backup or attach the file again"
        )
    return DocumentDamaged(
        f"{_label(doc)} is damaged: its content no longer matches the SHA-256 recorded when it "
        "was attached; do not rely on it: restore the store from a backup or attach the file again"
    )


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


def _content_fields(staged: StagedContent, checked: ContentCheck, actor: str) -> dict[str, Any]:
    return {
        "sha256": staged.sha256,
        "size_bytes": staged.size,
        "media_type": checked.media_type,
        "attached_by": actor,
        "attached_at": utcnow(),
    }


def _event_details(doc: CaseDocument) -> dict[str, Any]:
    return {
        "document_id": doc.id,
        "doc_type": doc.doc_type,
        "sha256": doc.sha256,
        "size_bytes": doc.size_bytes,
        "media_type": doc.media_type,
    }


# -- attaching ----------------------------------------------------------------------------


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
        case_id = _case_id(session, case)
        found = session.get(Case, case_id)
        assert found is not None
        _require_open(found)
        limits = attachment_limits(session, found.post)
    if size_hint == 0:
        raise _refused(original_name, "the file is empty")
    if size_hint is not None and size_hint > limits.max_bytes:
        raise _refused(original_name, too_large_reason(limits.max_bytes))
    store = content_store_for(db)
    try:
        with store.stage(source, limits.max_bytes, progress) as staged:
            checked = check_content(staged.path, limits)
            return _record_attachment(
                db, store, actor, case_id, staged, checked, original_name, doc_type
            )
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
        _require_open(case)
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
                    session, actor, "document_content_restored", case_id, **_event_details(same)
                )
            return AttachResult(_info(same), stored_new, True, checked.pages)
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
        for key, value in _content_fields(staged, checked, actor).items():
            setattr(doc, key, value)
        session.flush()
        record_event(
            session,
            actor,
            "document_attached",
            case_id,
            personal={"original_name": original_name},
            **_event_details(doc),
        )
        return AttachResult(_info(doc), stored_new, False, checked.pages)


# -- documents an application file lists -----------------------------------------------


@dataclass(frozen=True)
class ListedOutcome:
    """Content fields per listed document (in order), or the refusals as (index, reason)."""

    fields: list[dict[str, Any]]
    problems: list[tuple[int, str]]


@dataclass
class ListedDocuments:
    """Attaches the files an imported application lists, from the imported file's folder.

    Used inside the import's own transaction. A record's files are all checked before any is
    kept, so a record refused for one bad file stores nothing of its others.
    """

    session: Session
    store: ContentStore
    folder: Path
    actor: str
    _limits: dict[str, Limits] = field(default_factory=dict)
    # The same file listed by several records is read once: (device, inode, size, mtime).
    _seen: dict[tuple[int, int, int, int], dict[str, Any]] = field(default_factory=dict)
    _by_text: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.folder = self.folder.resolve()

    def _limits_for(self, post: str) -> Limits:
        if post not in self._limits:
            self._limits[post] = attachment_limits(self.session, post)
        return self._limits[post]

    def _resolve(self, listed: str) -> tuple[Path, os.stat_result]:
        problem = listed_path_problem(listed)
        if problem is not None:
            raise Refused(problem)
        relative = PurePosixPath(listed.replace("\\", "/"))
        try:
            real = (self.folder / relative).resolve(strict=True)
        except FileNotFoundError:
            raise Refused("no such file in the imported file's folder") from None
        except (OSError, RuntimeError) as exc:
            raise Refused(f"cannot be read ({exc})") from None
        if not real.is_relative_to(self.folder):
            raise Refused("points outside the imported file's folder (through a link)")
        info = real.stat()
        if not stat.S_ISREG(info.st_mode):
            raise Refused("is not a regular file")
        return real, info

    def take(self, post: str, listed: Sequence[tuple[str, str]]) -> ListedOutcome:
        """Content fields for each listed (type, file), or the (index, reason) refusals."""
        limits = self._limits_for(post)
        problems: list[tuple[int, str]] = []
        fields: list[dict[str, Any] | None] = []
        pending: list[tuple[int, tuple[int, int, int, int], str, StagedContent, ContentCheck]] = []
        with ExitStack() as stack:
            for index, (_doc_type, listed_file) in enumerate(listed):
                if listed_file in self._by_text:
                    fields.append(self._by_text[listed_file])
                    continue
                try:
                    real, info = self._resolve(listed_file)
                    key = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
                    if key in self._seen:
                        self._by_text[listed_file] = self._seen[key]
                        fields.append(self._seen[key])
                        continue
                    if info.st_size > limits.max_bytes:
                        raise Refused(too_large_reason(limits.max_bytes))
                    handle = stack.enter_context(real.open("rb"))
                    staged = stack.enter_context(self.store.stage(handle, limits.max_bytes))
                    checked = check_content(staged.path, limits)
                except Refused as exc:
                    problems.append((index, f"cannot attach {listed_file}: {exc}"))
                    fields.append(None)
                    continue
                except OSError as exc:
                    problems.append((index, f"cannot read {listed_file}: {exc.strerror or exc}"))
                    fields.append(None)
                    continue
                pending.append((index, key, listed_file, staged, checked))
                fields.append(None)
            if problems:
                return ListedOutcome([], problems)
            for index, key, listed_file, staged, checked in pending:
                self.store.publish(self.session, staged)
                content = _content_fields(staged, checked, self.actor)
                self._seen[key] = self._by_text[listed_file] = content
                fields[index] = content
        return ListedOutcome([f for f in fields if f is not None], [])


def listed_documents_for_import(
    db: Database, session: Session, folder: Path, actor: str
) -> ListedDocuments:
    return ListedDocuments(session, content_store_for(db), folder, actor)


def record_attached_events(
    session: Session, actor: str, rows: Iterable[tuple[int, dict[str, Any]]]
) -> None:
    """`document_attached` events for imported document rows: (document id, row values)."""
    record_events(
        session,
        actor,
        "document_attached",
        [
            {
                "case_id": row["case_id"],
                "details": {
                    "document_id": document_id,
                    "doc_type": row["doc_type"],
                    "sha256": row["sha256"],
                    "size_bytes": row["size_bytes"],
                    "media_type": row["media_type"],
                },
            }
            for document_id, row in rows
            if row.get("sha256")
        ],
    )


# -- reading ------------------------------------------------------------------------------


def list_documents(
    db: Database, case: CaseRef, include_removed: bool = False
) -> list[DocumentInfo]:
    """The case's documents in their order; removed ones only when asked."""
    with db.read() as session:
        case_id = _case_id(session, case)
        query = select(CaseDocument).where(CaseDocument.case_id == case_id)
        if not include_removed:
            query = query.where(CaseDocument.removed_at.is_(None))
        docs = session.scalars(query.order_by(CaseDocument.position, CaseDocument.id)).all()
        return [_info(d) for d in docs]


def get_document(db: Database, document_id: int) -> DocumentInfo:
    with db.read() as session:
        doc = session.get(CaseDocument, document_id)
        if doc is None:
            raise NotFound(f"there is no document {document_id}")
        return _info(doc)


def _with_content(session: Session, document_id: int) -> CaseDocument:
    doc = session.get(CaseDocument, document_id)
    if doc is None:
        raise NotFound(f"there is no document {document_id}")
    if doc.sha256 is None:
        raise NotFound(
            f"{_label(doc)} was listed by the application but its file was never attached"
        )
    return doc


def read_document(db: Database, document_id: int) -> bytes:
    """The document's bytes, hash-checked; DocumentDamaged/DocumentMissing when they are not
    the bytes that were attached. Removed documents can still be read (content is kept)."""
    store = content_store_for(db)
    with db.read() as session:
        doc = _with_content(session, document_id)
        assert doc.sha256 is not None
        try:
            return store.read_bytes(session, doc.sha256)
        except (ContentMissing, ContentDamaged) as exc:
            raise _damage(doc, exc) from None


def export_document(db: Database, document_id: int, target: Path) -> Path:
    """Copy the document to `target`, streamed; the file appears only if every byte checked."""
    store = content_store_for(db)
    with db.read() as session:
        doc = _with_content(session, document_id)
        assert doc.sha256 is not None
        try:
            return store.copy_to(session, doc.sha256, target)
        except (ContentMissing, ContentDamaged) as exc:
            raise _damage(doc, exc) from None


def document_preview_path(db: Database, document_id: int) -> tuple[Path, str]:
    """A hash-checked file of the document and its media type, for QtPdf / QImageReader.

    The path is the read-only stored file (SQLite) or a checked copy in the data folder
    (PostgreSQL). Treat it as read-only; HEIC needs `document_image_preview` (Qt has no
    decoder for it).
    """
    store = content_store_for(db)
    with db.read() as session:
        doc = _with_content(session, document_id)
        assert doc.sha256 is not None and doc.media_type is not None
        try:
            return store.preview_path(session, doc.sha256), doc.media_type
        except (ContentMissing, ContentDamaged) as exc:
            raise _damage(doc, exc) from None


def document_image_preview(db: Database, document_id: int, max_side: int = 256) -> bytes | None:
    """An image document as PNG (upright, at most `max_side` px): thumbnails and HEIC.

    None for a PDF, which the window renders with QtPdf from `document_preview_path`.
    """
    info = get_document(db, document_id)
    if not info.is_image or info.media_type is None:
        return None
    data = read_document(db, document_id)
    import io

    try:
        return image_preview(io.BytesIO(data), info.media_type, max_side)
    except Refused as exc:
        raise InvalidInput(f"{_label(info)} cannot be shown: {exc}") from None


def case_photo_document(db: Database, case: CaseRef) -> DocumentInfo | None:
    """The latest attached photo, not removed or suspected: the case header's thumbnail."""
    for doc in reversed(list_documents(db, case)):
        if (
            doc.doc_type == DocumentType.PHOTO
            and doc.is_image
            and doc.verification != (Verification.SUSPECTED_FRAUDULENT)
        ):
            return doc
    return None


# -- verification and removal -------------------------------------------------------------


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
        case_id = _case_id(session, case)
        found = session.get(Case, case_id)
        assert found is not None
        _require_open(found)
        doc = _document(session, case_id, document_id)
        if doc.removed_at is not None:
            raise Conflict(f"{_label(doc)} was removed: its status can no longer change")
        if doc.sha256 is None:
            raise Conflict(f"{_label(doc)} has no attached file to verify: attach it first")
        if status == Verification.VERIFIED:
            try:
                for _ in store.chunks(session, doc.sha256):
                    pass
            except (ContentMissing, ContentDamaged) as exc:
                raise _damage(doc, exc) from None
        before = doc.verification
        if before == status and doc.verification_reason == reason:
            return _info(doc)
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
        return _info(doc)


def remove_document(
    db: Database, actor: str, case: CaseRef, document_id: int, reason: str
) -> DocumentInfo:
    """Soft removal with a reason: the row and the content stay, hidden from lists."""
    with db.write() as session:
        require(session, actor, Permission.WORK_CASES)  # permission first, then the arguments
        reason = reason.strip()
        if not reason:
            raise InvalidInput("a reason is required to remove a document")
        case_id = _case_id(session, case)
        found = session.get(Case, case_id)
        assert found is not None
        _require_open(found)
        doc = _document(session, case_id, document_id)
        if doc.removed_at is not None:
            raise Conflict(f"{_label(doc)} was already removed")
        doc.removed_at, doc.removed_by, doc.removed_reason = utcnow(), actor, reason
        session.flush()
        record_event(
            session,
            actor,
            "document_removed",
            case_id,
            personal={"reason": reason},
            **_event_details(doc),
        )
        return _info(doc)


# -- the integrity check of the whole store -----------------------------------------------


@dataclass(frozen=True)
class DocumentProblem:
    document_id: int
    case_id: int
    case_ref: str
    doc_type: str
    sha256: str
    problem: str  # "missing" or "damaged"
    removed: bool

    def message(self) -> str:
        what = "missing from the store" if self.problem == "missing" else "damaged (hash mismatch)"
        removed = " (removed document)" if self.removed else ""
        doc = f"document {self.document_id} ({self.doc_type}){removed}"
        return f"case {self.case_ref}: {doc} is {what}"


@dataclass
class IntegrityReport:
    documents: int = 0  # rows with content
    contents: int = 0  # distinct contents re-hashed
    bytes_checked: int = 0
    problems: list[DocumentProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _distinct_contents(db: Database, batch: int = 500) -> Iterator[list[tuple[str, int]]]:
    """Every stored hash the documents refer to, with its size, a batch at a time."""
    last = ""
    while True:
        with db.read() as session:
            rows = session.execute(
                select(CaseDocument.sha256, func.max(CaseDocument.size_bytes))
                .where(CaseDocument.sha256.is_not(None), CaseDocument.sha256 > last)
                .group_by(CaseDocument.sha256)
                .order_by(CaseDocument.sha256)
                .limit(batch)
            ).all()
        contents = [(str(sha), int(size or 0)) for sha, size in rows]
        if contents:
            yield contents
        if len(contents) < batch:
            return
        last = contents[-1][0]


def verify_all_documents(
    db: Database, progress: Callable[[int], None] | None = None
) -> IntegrityReport:
    """Re-hash every stored content once and name each document (and case) it fails."""
    store = content_store_for(db)
    store.sweep_staging()
    report = IntegrityReport()
    with db.read() as session:
        report.documents = int(
            session.scalar(select(func.count()).where(CaseDocument.sha256.is_not(None))) or 0
        )
    for contents in _distinct_contents(db):
        bad: dict[str, str] = {}
        with db.read() as session:
            for sha256, size in contents:
                problem = store.check(session, sha256)
                report.contents += 1
                report.bytes_checked += size
                if problem is not None:
                    bad[sha256] = problem
                if progress is not None:
                    progress(report.contents)
            if not bad:
                continue
            rows = session.scalars(
                select(CaseDocument)
                .where(CaseDocument.sha256.in_(bad))
                .order_by(CaseDocument.case_id, CaseDocument.id)
            ).all()
            for doc in rows:
                assert doc.sha256 is not None
                report.problems.append(
                    DocumentProblem(
                        doc.id,
                        doc.case_id,
                        format_case_ref(doc.case_id),
                        doc.doc_type,
                        doc.sha256,
                        bad[doc.sha256],
                        doc.removed_at is not None,
                    )
                )
    return report


def collect_unreferenced_content(
    db: Database, grace: timedelta = timedelta(hours=24), actor: str = "system"
) -> int:
    """Delete stored content no document refers to (left by rolled-back attaches).

    Content newer than `grace` is kept: it may belong to an attach still in progress.
    Content of removed documents is referenced, so it is kept.
    """
    store = content_store_for(db)
    store.sweep_staging()
    cutoff = utcnow() - grace
    removed = 0
    with db.write() as session:
        candidates = [sha for sha, stored_at in store.stored(session) if stored_at < cutoff]
        for start in range(0, len(candidates), 500):
            chunk = candidates[start : start + 500]
            used = set(
                session.scalars(
                    select(CaseDocument.sha256).where(CaseDocument.sha256.in_(chunk)).distinct()
                )
            )
            for sha256 in chunk:
                if sha256 not in used:
                    store.delete(session, sha256)
                    removed += 1
        if removed:
            record_event(session, actor, "document_content_collected", None, contents=removed)
    return removed


# -- the checklist (K-DOC-01, K-DOC-02) --------------------------------------------------


@dataclass(frozen=True)
class ChecklistLine:
    rule_id: str
    doc_types: tuple[str, ...]
    document_ids: tuple[int, ...]  # attached, not removed documents of these types
    verified: bool  # at least one of them verified
    suspected: bool  # at least one of them suspected fraudulent

    @property
    def attached(self) -> bool:
        return bool(self.document_ids)


def case_checklist(
    db: Database, case: CaseRef, route: str | Iterable[str] | None
) -> list[ChecklistLine]:
    """The checklist of a case for the route the rules found, ticked from its documents."""
    attached = [d for d in list_documents(db, case) if d.has_content]
    lines = []
    for item in required_documents(route):
        docs = [d for d in attached if d.doc_type in item.doc_types]
        lines.append(
            ChecklistLine(
                item.rule_id,
                item.doc_types,
                tuple(d.document_id for d in docs),
                any(d.verification == Verification.VERIFIED for d in docs),
                any(d.verification == Verification.SUSPECTED_FRAUDULENT for d in docs),
            )
        )
    return lines


@dataclass(frozen=True)
class DocumentFact:
    """What the rules see of one document (`rules.facts.Document` has the same fields)."""

    type: str
    verification: str


def document_facts(session: Session, case_id: int) -> list[DocumentFact]:
    """The case's attached, not removed documents, for the rules' facts snapshot."""
    rows = session.execute(
        select(CaseDocument.doc_type, CaseDocument.verification)
        .where(
            CaseDocument.case_id == case_id,
            CaseDocument.sha256.is_not(None),
            CaseDocument.removed_at.is_(None),
        )
        .order_by(CaseDocument.position, CaseDocument.id)
    )
    return [DocumentFact(r.doc_type, r.verification) for r in rows]


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
