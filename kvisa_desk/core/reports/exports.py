"""Worklist exports: the cases of a filter or a selection, to CSV or XLSX, recorded.

Personal data leaves the tool here, so every export is deliberate and recorded: who, when,
the format, the filter (or the selection) and the number of cases, never a name.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kvisa_desk import labels
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.cases.case_rows import UNCHECKED, case_row_query, with_status_and_outcome
from kvisa_desk.core.cases.worklist import age_on, routes_of
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.store.engine import Database
from kvisa_desk.store.files import atomic_writer
from kvisa_desk.store.models import Applicant, Case, Officer, format_case_ref
from kvisa_desk.tabular import FORMATS, Cell, Column, ExportCancelled, write_table
from kvisa_desk.vocab import OPEN_STATUSES, CaseStatus

__all__ = [
    "DEFAULT_COLUMNS",
    "EVENT_KIND",
    "OUTCOME_FILTERS",
    "WORKLIST_COLUMNS",
    "WORKLIST_KEYS",
    "ExportCancelled",
    "ExportReport",
    "export_worklist",
    "worklist_columns",
    "worklist_rows",
]

EVENT_KIND = "worklist_exported"
OUTCOME_FILTERS = ("pass", "review", "fail", "unchecked")
BATCH = 2000
SELECTION_LISTED = 1000  # a selection up to this size is recorded case by case

# The worklist's columns as the window numbers them: (key, width in characters). Status and
# check outcome carry a code column beside their label, for whoever reads the file by machine.
_WIDTHS = {
    "case": 11, "application_id": 24, "post": 7, "applicant": 34, "native_name": 16,
    "nationality": 11, "age": 6, "route": 12, "status": 19, "outcome": 14, "received": 12,
    "days_open": 10, "officer": 18,
}  # fmt: skip
WORKLIST_KEYS = tuple(_WIDTHS)
# What the window's worklist shows until the officer hides or moves a column.
DEFAULT_COLUMNS = (
    "case", "applicant", "native_name", "nationality", "age", "status", "outcome", "received",
    "days_open", "officer",
)  # fmt: skip
_CODED = {"status": "status_code", "outcome": "outcome_code"}


def worklist_columns(
    columns: Sequence[str] = DEFAULT_COLUMNS, language: str = "en"
) -> tuple[Column, ...]:
    """The header row: each column's label in LANGUAGE, and a code column beside status and
    check outcome."""
    out: list[Column] = []
    for key in columns:
        out.append(Column(labels.label("column", key, language), _WIDTHS[key]))
        if key in _CODED:
            out.append(Column(labels.label("column", _CODED[key], language), 14))
    return tuple(out)


WORKLIST_COLUMNS = worklist_columns()  # the default columns in English

ProgressCallback = Callable[[int, int], object]  # (cases written, cases to write)
_OPEN = frozenset(s.value for s in OPEN_STATUSES)


@dataclass(frozen=True)
class ExportReport:
    rows: int
    path: Path
    format: str = "csv"
    cut_cells: int = 0  # XLSX texts longer than a cell holds, cut and marked in the cell


def _check_filter(
    fmt: str,
    status: str | None,
    outcome: str | None,
    columns: Sequence[str] = (),
    language: str = "en",
) -> None:
    unknown = [c for c in columns if c not in _WIDTHS]
    if unknown or not columns:
        raise InvalidInput(
            f"unknown worklist column {unknown[0]!r}: use {', '.join(WORKLIST_KEYS)}"
            if unknown
            else "choose at least one column to export"
        )
    if language not in labels.LANGUAGES:
        raise InvalidInput(f"unknown language {language!r}: use {' or '.join(labels.LANGUAGES)}")
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if status is not None and status not in {s.value for s in CaseStatus}:
        raise InvalidInput(f"unknown status {status!r}")
    if outcome is not None and outcome not in OUTCOME_FILTERS:
        raise InvalidInput(
            f"unknown check outcome {outcome!r}: use one of {', '.join(OUTCOME_FILTERS)}"
        )


def _applicant(surname: str, given: str | None) -> str:
    return f"{surname}, {given}" if given else surname  # as the worklist writes it


@lru_cache(maxsize=512)
def _label(table: str, code: str | None, language: str) -> str:
    # A handful of statuses, outcomes and routes, looked up for each of a million rows.
    return labels.label(table, code, language)


def _row_cells(
    row: Any, columns: Sequence[str], route: str | None, today: date, language: str
) -> tuple[Cell, ...]:
    """One case's cells in the columns' order, each worked out once (a million rows)."""
    (case_id, application_id, post, surname, given, native, nationality, status, outcome,
     received, born, officer) = row  # fmt: skip
    cells: list[Cell] = []
    for key in columns:
        if key == "status":
            cells += (_label("status", status, language), status)
        elif key == "outcome":
            cells += (_label("outcome", outcome or UNCHECKED, language), outcome or UNCHECKED)
        elif key == "days_open":
            cells.append((today - received).days if status in _OPEN else None)
        elif key == "case":
            cells.append(format_case_ref(case_id))
        elif key == "application_id":
            cells.append(application_id)
        elif key == "post":
            cells.append(post)
        elif key == "applicant":
            cells.append(_applicant(surname, given))
        elif key == "native_name":
            cells.append(native)
        elif key == "nationality":
            cells.append(nationality)
        elif key == "age":
            cells.append(age_on(born, received))
        elif key == "route":
            cells.append(_label("route", route, language))
        elif key == "received":
            cells.append(received)
        elif key == "officer":
            cells.append(officer)
        else:
            raise KeyError(key)
    return tuple(cells)


def _as_rows(
    fetched: Sequence[Any],
    today: date,
    columns: Sequence[str] = DEFAULT_COLUMNS,
    language: str = "en",
    routes: dict[int, str] | None = None,
) -> list[tuple[Cell, ...]]:
    routes = routes or {}
    return [_row_cells(row, columns, routes.get(row[0]), today, language) for row in fetched]


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
    columns: Sequence[str] = DEFAULT_COLUMNS,
    language: str = "en",
) -> Iterator[tuple[Cell, ...]]:
    """The export rows in case order, a keyset batch at a time (flat memory for a million).

    One session throughout, so the whole export is what the database held at one moment.
    """
    today = today or date.today()
    base = (
        case_row_query(
            Applicant.date_of_birth, Officer.display_name, status=status, outcome=outcome
        )
        .outerjoin(Officer, Officer.id == Case.assigned_officer_id)
        .order_by(Case.id)
        .limit(batch)
    )
    connection = session.connection()  # Core rows: no ORM work per row
    for ids in _id_batches(case_ids, batch):
        last = 0
        while True:
            query = base.where(Case.id > last)
            if ids is not None:
                query = query.where(Case.id.in_(ids))
            fetched = connection.execute(query).all()
            routes = routes_of(session, [r[0] for r in fetched]) if "route" in columns else {}
            yield from _as_rows(fetched, today, columns, language, routes if fetched else {})
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
    columns: Sequence[str] = DEFAULT_COLUMNS,
    language: str = "en",
) -> ExportReport:
    """Write the worklist of a filter (status, check outcome) or of a selection to a file.

    `outcome` is a check outcome after overrides, or "unchecked"; `case_ids`, when given,
    limits the export to those cases (the filter still applies). `columns` are worklist
    column keys in the order the officer's worklist shows them (by default the worklist's
    default columns: case, applicant, native name, nationality, age, status, check outcome,
    received, days open, officer); headers and labels are in `language` ("en" or "zh"),
    with a code column beside status and check outcome, and "Not checked" for a case never
    checked. Days open count to `today`, for open cases only.

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
        _check_filter(fmt, status, outcome, columns, language)
        total = _count(session, status, outcome, case_ids) if progress is not None else 0

        def report(done: int) -> None:
            if progress is not None:
                progress(done, total)

        rows = worklist_rows(
            session, status, outcome, case_ids, today, columns=columns, language=language
        )
        cut_cells: list[int] = []
        with atomic_writer(out_path) as handle:
            count = write_table(
                fmt,
                handle,
                worklist_columns(columns, language),
                rows,
                sheet_title=labels.label("column", "sheet_worklist", language),
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
                language=language,
                columns=list(columns),
                filter=_filter_details(status, outcome, case_ids),
                rows=count,
                **({"cut_cells": sum(cut_cells)} if cut_cells else {}),
            )
    except BaseException:
        out_path.unlink(missing_ok=True)
        raise
    return ExportReport(count, out_path, fmt, sum(cut_cells))
