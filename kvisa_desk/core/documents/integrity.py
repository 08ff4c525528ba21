"""The integrity check of the whole document store: every stored content re-hashed once,
each document (and case) it fails named, each document's content checked to be the one the
trail says was attached; and the stored files no document refers to, found, collected as
`system` or swept by an administrator."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kvisa_desk.content import (
    ContentStore,
    content_store_for,
)
from kvisa_desk.core.accounts.audit_state import contents_against_history
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require_first
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseDocument, format_case_ref


@dataclass(frozen=True)
class DocumentProblem:
    document_id: int
    case_id: int
    case_ref: str
    doc_type: str
    sha256: str
    problem: str  # "missing", "damaged" or "not_attached" (other content than attached)
    removed: bool
    attached_by_event: int | None = None  # for "not_attached": the event that attached

    def message(self) -> str:
        removed = " (removed document)" if self.removed else ""
        doc = f"document {self.document_id} ({self.doc_type}){removed}"
        if self.problem == "not_attached":
            if self.attached_by_event is None:
                what = "has content that no event attached"
            else:
                what = f"points at other content than event {self.attached_by_event} attached"
            return f"case {self.case_ref}: {doc} {what} (changed behind the application)"
        what = "missing from the store" if self.problem == "missing" else "damaged (hash mismatch)"
        return f"case {self.case_ref}: {doc} is {what}"


@dataclass
class IntegrityReport:
    documents: int = 0  # rows with content
    contents: int = 0  # distinct contents re-hashed
    bytes_checked: int = 0
    problems: list[DocumentProblem] = field(default_factory=list)
    # Stored files no document refers to: published by work killed before it committed.
    unreferenced: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Every document intact and nothing stored that no document refers to."""
        return not self.problems and not self.unreferenced


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
    # A document pointed at another stored file (another case's) passes the re-hash: its
    # content must also be the one its attaching event recorded in the trail.
    report.problems += [
        DocumentProblem(
            c.document_id,
            c.case_id,
            format_case_ref(c.case_id),
            c.doc_type,
            c.sha256,
            "not_attached",
            c.removed,
            c.attached_by_event,
        )
        for c in contents_against_history(db)
    ]
    report.problems.sort(key=lambda p: (p.case_id, p.document_id))
    with db.read() as session:
        report.unreferenced = _unreferenced(session, store)
    return report


def _unreferenced(
    session: Session, store: ContentStore, older_than: datetime | None = None
) -> list[str]:
    """Stored content no document refers to (stored before `older_than`, when given)."""
    candidates = [
        sha
        for sha, stored_at in store.stored(session)
        if older_than is None or stored_at < older_than
    ]
    found: list[str] = []
    for start in range(0, len(candidates), 500):
        chunk = candidates[start : start + 500]
        used = set(
            session.scalars(
                select(CaseDocument.sha256).where(CaseDocument.sha256.in_(chunk)).distinct()
            )
        )
        found += [sha256 for sha256 in chunk if sha256 not in used]
    return sorted(found)


SWEEP_GRACE = timedelta(hours=24)


def collect_unreferenced_content(
    db: Database, grace: timedelta = SWEEP_GRACE, actor: str = "system"
) -> int:
    """Delete stored content no document refers to (left by rolled-back or killed work).

    Content newer than `grace` is kept: it may belong to an attach or import still in
    progress. Content of removed documents is referenced, so it is kept.
    """
    store = content_store_for(db)
    store.sweep_staging()
    cutoff = utcnow() - grace
    with db.write() as session:
        unreferenced = _unreferenced(session, store, cutoff)
        for sha256 in unreferenced:
            store.delete(session, sha256)
        if unreferenced:
            record_event(
                session, actor, "document_content_collected", None, contents=len(unreferenced)
            )
    return len(unreferenced)


@dataclass(frozen=True)
class SweepReport:
    removed: int
    kept_recent: int  # unreferenced, but newer than the grace period


def sweep_unreferenced_content(
    db: Database, actor: str, grace: timedelta = SWEEP_GRACE
) -> SweepReport:
    """`documents sweep`: an administrator removes the stored files no document refers to,
    once older than `grace` (younger ones may belong to work in progress). Recorded."""
    require_first(db, actor, Permission.DATABASE)  # permission first, then the arguments
    if grace < timedelta(0):
        raise InvalidInput("the grace period cannot be negative")
    removed = collect_unreferenced_content(db, grace, actor)
    store = content_store_for(db)
    with db.read() as session:
        left = len(_unreferenced(session, store))
    return SweepReport(removed, left)
