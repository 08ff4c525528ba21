"""Worklist exports: the cases of a filter or a selection, to CSV or XLSX, recorded.

Personal data leaves the tool here, so every export is deliberate and recorded: who, when,
the format, the filter (or the selection) and the number of cases, never a name.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.cases.case_rows import case_row_query, with_status_and_outcome
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.store.engine import Database
from kvisa_desk.store.files import atomic_writer
from kvisa_desk.store.models import Applicant, Case, format_case_ref
from kvisa_desk.tabular import FORMATS, Cell, Column, ExportCancelled, write_table
from kvisa_desk.vocab import OPEN_STATUSES, CaseStatus

__all__ = [
    "EVENT_KIND",
    "OUTCOME_FILTERS",
    "WORKLIST_COLUMNS",
    "ExportCancelled",
    "ExportReport",
    "export_worklist",
    "worklist_rows",
]

EVENT_KIND = "worklist_exported"
OUTCOME_FILTERS = ("pass", "review", "fail", "unchecked")
BATCH = 2000
SELECTION_LISTED = 1000  # a selection up to this size is recorded case by case

WORKLIST_COLUMNS: tuple[Column, ...] = (
    Column("Case ID", 11),
    Column("Application ID", 24),
    Column("Post", 7),
    Column("Surname", 22),
    Column("Given names", 24),
    Column("Native name", 16),
    Column("Nationality", 11),
    Column("Status", 19),
    Column("Check outcome", 14),
    Column("Received", 12),
    Column("Days open", 10),
)

ProgressCallback = Callable[[int, int], object]  # (cases written, cases to write)
_OPEN = frozenset(s.value for s in OPEN_STATUSES)


@dataclass(frozen=True)
class ExportReport:
    rows: int
    path: Path
    format: str = "csv"
    cut_cells: int = 0  # XLSX texts longer than a cell holds, cut and marked in the cell


def _check_filter(fmt: str, status: str | None, outcome: str | None) -> None:
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if status is not None and status not in {s.value for s in CaseStatus}:
        raise InvalidInput(f"unknown status {status!r}")
    if outcome is not None and outcome not in OUTCOME_FILTERS:
        raise InvalidInput(
            f"unknown check outcome {outcome!r}: use one of {', '.join(OUTCOME_FILTERS)}"
        )


def _as_rows(fetched: Sequence[Any], today: date) -> list[tuple[Cell, ...]]:
    rows: list[tuple[Cell, ...]] = []
    for row in fetched:
        (case_id, application_id, post, surname, given, native, nationality, status, outcome,
         received) = row  # fmt: skip
        days_open = (today - received).days if status in _OPEN else None
        rows.append(
            (format_case_ref(case_id), application_id, post, surname, given, native,
             nationality, status, outcome, received, days_open)
        )  # fmt: skip
    return rows


def _id_batches(case_ids: Sequence[int] | None, batch: int) -> Iterator[list[int] | None]:
    if case_ids is None:
        yield None
        return
    ordered = sorted(set(case_ids))
    for start in range(0, len(ordered), batch):
        yield ordered[start : start + batch]


def worklist_rows(
    session: Session,
    status: str | None = None,
    outcome: str | None = None,
    case_ids: Sequence[int] | None = None,
    today: date | None = None,
    batch: int = BATCH,
) -> Iterator[tuple[Cell, ...]]:
    """The export rows in case order, a keyset batch at a time (flat memory for a million).

    One session throughout, so the whole export is what the database held at one moment.
    """
    today = today or date.today()
    base = case_row_query(status=status, outcome=outcome).order_by(Case.id).limit(batch)
    connection = session.connection()  # Core rows: no ORM work per row
    for ids in _id_batches(case_ids, batch):
        last = 0
        while True:
            query = base.where(Case.id > last)
            if ids is not None:
                query = query.where(Case.id.in_(ids))
            fetched = connection.execute(query).all()
            yield from _as_rows(fetched, today)
            if len(fetched) < batch:
                break
            last = fetched[-1][0]


def _count(
    session: Session, status: str | None, outcome: str | None, case_ids: Sequence[int] | None
) -> int:
    total = 0
    for ids in _id_batches(case_ids, 10_000):
        query = with_status_and_outcome(
            select(func.count()).select_from(Case).join(Applicant, Applicant.case_id == Case.id),
            status,
            outcome,
        )
        if ids is not None:
            query = query.where(Case.id.in_(ids))
        total += int(session.scalar(query) or 0)
    return total


def _filter_details(
    status: str | None, outcome: str | None, case_ids: Sequence[int] | None
) -> dict[str, Any]:
    """What was asked for, in words an auditor can read; case ids are no personal data."""
    described: dict[str, Any] = {"status": status, "outcome": outcome}
    if case_ids is not None:
        ordered = sorted(set(case_ids))
        selection: dict[str, Any] = {"count": len(ordered)}
        if len(ordered) <= SELECTION_LISTED:
            selection["case_ids"] = [format_case_ref(i) for i in ordered]
        else:
            text = ",".join(str(i) for i in ordered)
            selection["sha256"] = hashlib.sha256(text.encode()).hexdigest()
        described["selection"] = selection
    return described


def export_worklist(
    db: Database,
    out_path: Path,
    fmt: str,
    actor: str,
    status: str | None = None,
    outcome: str | None = None,
    case_ids: Sequence[int] | None = None,
    progress: ProgressCallback | None = None,
    *,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
    every: int = 5000,
) -> ExportReport:
    """Write the worklist of a filter (status, check outcome) or of a selection to a file.

    `outcome` is a check outcome after overrides, or "unchecked"; `case_ids`, when given,
    limits the export to those cases (the filter still applies). Columns: case id,
    application id, post, surname, given names, native name, nationality, status, check
    outcome, received (a date), days open (as of `today`, for open cases only; empty once a
    case is decided or closed).

    The actor must be allowed to export case data (PermissionRefused otherwise, before
    anything is written). The file is written through `atomic_writer`: an export that fails
    or is cancelled (`cancelled()` turning true raises ExportCancelled) leaves no file, not
    even half of one. Once the file is in place the export is recorded as a
    `worklist_exported` event (format, filter, rows) in a transaction of its own; if that
    cannot be recorded, the file is removed again, so no export goes unrecorded.
    """
    out_path = Path(out_path)
    with db.read() as session:
        require(session, actor, Permission.EXPORT)  # permission first, then the arguments
        _check_filter(fmt, status, outcome)
        total = _count(session, status, outcome, case_ids) if progress is not None else 0

        def report(done: int) -> None:
            if progress is not None:
                progress(done, total)

        rows = worklist_rows(session, status, outcome, case_ids, today)
        cut_cells: list[int] = []
        with atomic_writer(out_path) as handle:
            count = write_table(
                fmt,
                handle,
                WORKLIST_COLUMNS,
                rows,
                sheet_title="Worklist",
                progress=report,
                cancelled=cancelled,
                every=every,
                cut=cut_cells.append,
            )
    try:
        with db.write() as session:
            record_event(
                session,
                actor,
                EVENT_KIND,
                format=fmt,
                filter=_filter_details(status, outcome, case_ids),
                rows=count,
                **({"cut_cells": sum(cut_cells)} if cut_cells else {}),
            )
    except BaseException:
        out_path.unlink(missing_ok=True)
        raise
    return ExportReport(count, out_path, fmt, sum(cut_cells))
