"""Import application files as new cases: all valid records in one transaction, or nothing."""

from __future__ import annotations

import gc
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kvisa_desk.core.accounts.history import record_event, record_events
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.applications.driver_insert import insert_rows
from kvisa_desk.core.applications.readers import RawRecord, read_application_file
from kvisa_desk.core.applications.record import (
    canonical_json,
    child_rows,
    differing_fields,
    record_digest,
)
from kvisa_desk.core.applications.schema import ApplicationRecord, validate_record
from kvisa_desk.core.cases.as_record import case_to_record
from kvisa_desk.core.changes import CASES, DOCUMENTS, FACTS, HISTORY, NO_CHANGES, Changes
from kvisa_desk.core.collector import collector_paused
from kvisa_desk.core.documents.attach import new_content_taken_back_on_failure
from kvisa_desk.core.documents.listed import (
    ListedDocuments,
    listed_documents_for_import,
    record_attached_events,
)
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.core.limits import (
    MAX_APPLICATION_ID,
    has_visible_character,
    post_code_problem,
    text_problem,
)
from kvisa_desk.store.base import reserve_ids, table_of
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import (
    Applicant,
    Case,
    CaseDocument,
    EducationRecord,
    EmploymentRecord,
    Passport,
    PurposeTravel,
    ScreeningFacts,
    format_case_ref,
)
from kvisa_desk.store.models.case import cases_table
from kvisa_desk.vocab import DEFAULT_POST, CaseStatus

BATCH_SIZE = 1000
BATCH_CHARACTERS = 16_000_000  # a batch of large records is written sooner
MAX_LISTED = 1000  # problems and changes a report lists; past that they are counted
PROGRESS_EVERY = 100  # records between progress reports (and the window's progress bar)
_CHILD_TABLES: dict[str, type[Any]] = {
    "applicants": Applicant,
    "passports": Passport,
    "education_records": EducationRecord,
    "employment_records": EmploymentRecord,
    "purpose_travel": PurposeTravel,
    "screening_facts": ScreeningFacts,
    "case_documents": CaseDocument,
}

YOUNG_EVERY = 100  # records between collections of the young objects, the collector paused
Progress = Callable[[int], None]
Cancelled = Callable[[], bool]  # asked between records: True stops the import there


@dataclass(frozen=True)
class RejectedRecord:
    location: str
    field: str
    reason: str
    # The record's own application id when it can be read (so the sender can find it
    # without counting lines), else "".
    application_id: str = ""


@dataclass(frozen=True)
class ImportedRecord:
    """A record that is a case: imported now, or already there unchanged."""

    location: str
    post: str
    application_id: str
    case_ref: str | None  # None when the earlier copy is in the same file


@dataclass(frozen=True)
class ChangedRecord:
    location: str
    post: str
    application_id: str
    case_ref: str | None  # None when the earlier copy is in the same file
    fields: tuple[str, ...]


@dataclass
class ImportReport:
    """What an import did. Its size is bounded whatever the file: the first MAX_LISTED
    problems and changes are listed, the rest only counted."""

    source: str
    imported: int = 0
    unchanged: int = 0
    changed: list[ChangedRecord] = field(default_factory=list)
    rejected: list[RejectedRecord] = field(default_factory=list)
    first_case_id: int | None = None
    changed_records: int = 0
    rejected_records: int = 0
    unlisted: int = 0  # problems and changes past MAX_LISTED
    # The first MAX_LISTED records imported and unchanged, with their positions.
    imported_cases: list[ImportedRecord] = field(default_factory=list)
    unchanged_cases: list[ImportedRecord] = field(default_factory=list)
    records_read: int = 0
    cancelled: bool = False  # stopped by the officer: the records read before are kept whole

    @property
    def complete(self) -> bool:
        return not self.changed_records and not self.rejected_records

    @property
    def what_changed(self) -> Changes:
        # New cases, and the facts and documents of those an import changed (ids not kept).
        if not self.imported and not self.changed_records:
            return NO_CHANGES
        parts = frozenset({CASES, FACTS, DOCUMENTS, HISTORY})
        return Changes(parts=parts, every_case=bool(self.changed_records))

    def reject(self, problems: list[RejectedRecord]) -> None:
        self.rejected_records += 1
        room = max(0, MAX_LISTED - len(self.rejected))
        self.rejected.extend(problems[:room])
        self.unlisted += len(problems[room:])

    def list_imported(self, record: ImportedRecord) -> None:
        if len(self.imported_cases) < MAX_LISTED:
            self.imported_cases.append(record)

    def list_unchanged(self, record: ImportedRecord) -> None:
        self.unchanged += 1
        if len(self.unchanged_cases) < MAX_LISTED:
            self.unchanged_cases.append(record)

    def change(self, changed: ChangedRecord) -> None:
        self.changed_records += 1
        if len(self.changed) < MAX_LISTED:
            self.changed.append(changed)
        else:
            self.unlisted += 1


@dataclass(frozen=True)
class _Valid:
    location: str
    record: ApplicationRecord
    post: str
    as_json: dict[str, Any]
    digest: str
    size: int  # characters of the record as stored, for the batch's memory


def _document_path_problem(path_text: str) -> str | None:
    """Documents are named relative to the imported file and must stay inside its folder."""
    if "\x00" in path_text:
        return "contains a NUL character"
    # Both separators count, so a Windows-style path cannot sneak out either.
    parts = path_text.replace("\\", "/").split("/")
    if path_text.startswith(("/", "\\")) or ":" in parts[0]:
        return "must be a path relative to the imported file, not an absolute path"
    depth = 0
    for part in parts:
        depth += -1 if part == ".." else (0 if part in ("", ".") else 1)
        if depth < 0:
            return "points outside the imported file's folder"
    return None


def readable_application_id(data: Any) -> str:
    """A rejected record's application id, when it is one a report can show as it is:
    text of at most MAX_APPLICATION_ID characters, something visible, no control character."""
    value = data.get("application_id") if isinstance(data, dict) else None
    if not isinstance(value, str) or not value or len(value) > MAX_APPLICATION_ID:
        return ""
    if text_problem(value, MAX_APPLICATION_ID) or not has_visible_character(value):
        return ""
    return value


def _rejected(raw: RawRecord, problems: Iterable[tuple[str, str]]) -> list[RejectedRecord]:
    shown_id = readable_application_id(raw.data)
    return [RejectedRecord(raw.location, f, r, shown_id) for f, r in problems]


def _check(raw: RawRecord, default_post: str, today: date) -> _Valid | list[RejectedRecord]:
    if raw.problems:
        return _rejected(raw, raw.problems)
    result = validate_record(raw.data, today)
    if isinstance(result, list):
        return _rejected(raw, result)
    problems = [
        RejectedRecord(raw.location, f"documents.{i}.file", reason, result.application_id)
        for i, doc in enumerate(result.documents)
        if (reason := _document_path_problem(doc.file)) is not None
    ]
    if problems:
        return problems
    as_json = result.to_json()
    post = result.post or default_post
    as_json["post"] = post
    canonical = canonical_json(as_json)
    digest = record_digest(as_json, canonical)
    return _Valid(raw.location, result, post, as_json, digest, len(canonical))


class _BatchWriter:
    """Writes validated records a batch at a time; classifies repeats as unchanged or changed."""

    def __init__(
        self,
        session: Session,
        actor: str,
        source: str,
        report: ImportReport,
        documents: ListedDocuments | None = None,
    ) -> None:
        self.session, self.actor, self.source, self.report = session, actor, source, report
        self.pending: list[_Valid] = []
        self.pending_size = 0
        # With a folder, listed documents are attached; without, only listed (no content).
        self.documents = documents
        self.document_content: dict[str, list[dict[str, Any]]] = {}
        # Ids of the cases this import wrote, ascending (8 bytes each, however many).
        self.written = array("q")

    def add(self, valid: _Valid) -> None:
        self.pending.append(valid)
        self.pending_size += valid.size
        if len(self.pending) >= BATCH_SIZE or self.pending_size >= BATCH_CHARACTERS:
            self.flush()

    def _written_here(self, case_id: int) -> bool:
        at = bisect_left(self.written, case_id)
        return at < len(self.written) and self.written[at] == case_id

    def _existing(self, batch: list[_Valid]) -> dict[tuple[str, str], tuple[int, str]]:
        ids = {v.record.application_id for v in batch}
        rows = self.session.execute(
            select(Case.id, Case.post, Case.application_id, Case.import_digest).where(
                Case.application_id.in_(ids)
            )
        )
        return {(r.post, r.application_id): (r.id, r.import_digest) for r in rows}

    def _report_changed(self, valid: _Valid, case_id: int) -> None:
        case = self.session.scalar(
            select(Case)
            .where(Case.id == case_id)
            .options(
                selectinload(Case.education),
                selectinload(Case.employment),
                selectinload(Case.documents),
            )
        )
        assert case is not None
        fields = differing_fields(case_to_record(case), valid.as_json)
        self.report.change(
            ChangedRecord(
                valid.location,
                valid.post,
                valid.record.application_id,
                format_case_ref(case_id),
                tuple(fields) or ("(formatting only)",),
            )
        )

    def flush(self) -> None:
        batch, self.pending, self.pending_size = self.pending, [], 0
        if not batch:
            return
        # Rows written by earlier batches of this import are found here too (same transaction).
        existing = self._existing(batch)
        new: list[_Valid] = []
        for valid in batch:
            key = (valid.post, valid.record.application_id)
            if key in existing:
                case_id, digest = existing[key]
                if digest == valid.digest:
                    ref = format_case_ref(case_id) if case_id > 0 else None
                    self.report.list_unchanged(ImportedRecord(valid.location, *key, ref))
                elif case_id > 0 and not self._written_here(case_id):
                    self._report_changed(valid, case_id)
                else:
                    self.report.change(
                        ChangedRecord(valid.location, *key, None, ("(earlier in this file)",))
                    )
                continue
            if not self._attach_documents(valid):
                continue
            existing[key] = (0, valid.digest)  # later repeats within this batch
            new.append(valid)
        if new:
            self._insert(new)

    def _attach_documents(self, valid: _Valid) -> bool:
        """Check and store a new record's listed files; False (reported) if any is refused."""
        if self.documents is None or not valid.record.documents:
            return True
        outcome = self.documents.take(
            valid.post, [(d.type, d.file) for d in valid.record.documents]
        )
        if outcome.problems:
            self.report.reject(
                [
                    RejectedRecord(
                        valid.location,
                        f"documents.{index}.file",
                        reason,
                        valid.record.application_id,
                    )
                    for index, reason in outcome.problems
                ]
            )
            return False
        self.document_content[valid.location] = outcome.fields
        return True

    def _with_document_content(
        self, valid: _Valid, rows: dict[str, list[dict[str, Any]]]
    ) -> dict[str, list[dict[str, Any]]]:
        content = self.document_content.pop(valid.location, None)
        if content is not None:
            for row, fields in zip(rows["case_documents"], content, strict=True):
                row.update(fields)
        return rows

    def _number_attached_documents(self, rows: list[dict[str, Any]]) -> None:
        """Ids for attached documents' rows, so each gets its `document_attached` event."""
        if self.documents is None or not rows:
            return
        ids = reserve_ids(self.session, "case_documents", len(rows))
        for row, document_id in zip(rows, ids, strict=True):
            row["id"] = document_id
        record_attached_events(self.session, self.actor, zip(ids, rows, strict=True))

    def _insert(self, new: list[_Valid]) -> None:
        ids = reserve_ids(self.session, "cases", len(new))
        case_rows = [
            {
                "id": case_id,
                "post": v.post,
                "application_id": v.record.application_id,
                "received_at": v.record.received_at,
                "status": CaseStatus.RECEIVED.value,
                "import_digest": v.digest,
                "version": 1,
            }
            for v, case_id in zip(new, ids, strict=True)
        ]
        # The driver's executemany, one per table: no per-row work in SQLAlchemy.
        insert_rows(self.session, cases_table(), case_rows)
        tables: dict[str, list[dict[str, Any]]] = {name: [] for name in _CHILD_TABLES}
        if self.written and min(ids) < self.written[-1]:
            self.written = array("q", sorted([*self.written, *ids]))
        else:
            self.written.extend(sorted(ids))  # ids only grow, so this is the usual way
        for valid, case_id in zip(new, ids, strict=True):
            rows_by_table = self._with_document_content(valid, child_rows(valid.record, case_id))
            for name, rows in rows_by_table.items():
                tables[name].extend(rows)
        self._number_attached_documents(tables["case_documents"])
        for name, rows in tables.items():
            insert_rows(self.session, table_of(_CHILD_TABLES[name]), rows)
        record_events(
            self.session,
            self.actor,
            "case_imported",
            [
                {"case_id": cid, "details": {"source": self.source, "at": v.location}}
                for v, cid in zip(new, ids, strict=True)
            ],
        )
        if self.report.first_case_id is None:
            self.report.first_case_id = ids[0]
        for valid, case_id in zip(new, ids, strict=True):
            self.report.list_imported(
                ImportedRecord(
                    valid.location,
                    valid.post,
                    valid.record.application_id,
                    format_case_ref(case_id),
                )
            )
        self.report.imported += len(new)


def import_records(
    db: Database,
    records: Iterable[RawRecord],
    actor: str,
    source: str,
    default_post: str = DEFAULT_POST,
    progress: Progress | None = None,
    documents_dir: Path | None = None,
    session: Session | None = None,
    cancelled: Cancelled | None = None,
    also: Callable[[Session, ImportReport], None] | None = None,
    recorded_as: str | None = None,
) -> ImportReport:
    """Import decoded records. Everything is one transaction: an exception writes nothing.

    `also(session, report)` runs last inside that transaction (the inbox records the
    submission's hash there, so it is recorded exactly when its records are).

    With `documents_dir`, each record's listed files are attached from that folder (a record
    with a missing or refused file is rejected, naming it); without, they are only listed.
    Files are stored before the transaction commits: a rollback leaves stored content that
    nothing refers to (collected later), never a row without its content. With `session`,
    the import is part of the caller's transaction (the demo's batches), not one of its own.
    With `cancelled`, asked before each record: once it says True, no further record is read,
    the records before are written whole and the report says `cancelled`.
    With `recorded_as`, the events name that system actor (the demo's), not ACTOR, whose
    permission to import is still what is asked.
    """
    report = ImportReport(source)
    if session is not None:
        _import(
            db,
            session,
            records,
            actor,
            report,
            default_post,
            progress,
            documents_dir,
            cancelled,
            also,
            recorded_as,
        )
        return report
    with new_content_taken_back_on_failure(db), db.write() as own:
        _import(
            db,
            own,
            records,
            actor,
            report,
            default_post,
            progress,
            documents_dir,
            cancelled,
            also,
            recorded_as,
        )
    return report


def _import(
    db: Database,
    session: Session,
    records: Iterable[RawRecord],
    actor: str,
    report: ImportReport,
    default_post: str,
    progress: Progress | None,
    documents_dir: Path | None,
    cancelled: Cancelled | None = None,
    also: Callable[[Session, ImportReport], None] | None = None,
    recorded_as: str | None = None,
) -> None:
    require(session, actor, Permission.IMPORT)  # before the post code: a refusal comes first
    actor = recorded_as or actor  # who the events name, once the permission is settled
    post_problem = post_code_problem(default_post)
    if post_problem is not None:
        shown = default_post if len(default_post) <= 20 else default_post[:17] + "…"
        raise InvalidInput(f"post code {shown!r} refused: {post_problem}")
    today = date.today()  # one day for the whole file, even across midnight
    documents = (
        listed_documents_for_import(db, session, documents_dir, actor)
        if documents_dir is not None
        else None
    )
    writer = _BatchWriter(session, actor, report.source, report, documents)
    with collector_paused():
        for count, raw in enumerate(records, start=1):
            # Between records only: a record is written whole or not at all.
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            checked = _check(raw, default_post, today)
            if isinstance(checked, list):
                report.reject(checked)
            else:
                writer.add(checked)
            report.records_read = count
            if count % YOUNG_EVERY == 0:
                gc.collect(1)
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count)
        writer.flush()
    record_event(
        session,
        actor,
        "applications_imported",
        source=report.source,
        imported=report.imported,
        unchanged=report.unchanged,
        changed=report.changed_records,
        rejected_records=report.rejected_records,
        **({"cancelled_after": report.records_read} if report.cancelled else {}),
    )
    if also is not None:
        also(session, report)


def import_file(
    db: Database,
    path: Path,
    actor: str,
    default_post: str = DEFAULT_POST,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import an application file; raises FileRefused (nothing written) for a bad file.

    The documents it lists are attached from its folder (paths relative to it, never outside).
    `cancelled` stops it between records (see import_records).
    """
    return import_records(
        db,
        read_application_file(path),
        actor,
        path.name,
        default_post,
        progress,
        documents_dir=path.resolve().parent,
        cancelled=cancelled,
    )
