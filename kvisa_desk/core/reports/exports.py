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
from itertools import chain
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Select, bindparam, func, select
from sqlalchemy.orm import Session

from kvisa_desk import labels
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.cases.case_rows import UNCHECKED, case_row_query, with_status_and_outcome
from kvisa_desk.core.cases.worklist import age_on, routes_of
from kvisa_desk.core.collector import collector_paused
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.store.engine import Database
from kvisa_desk.store.files import atomic_writer
from kvisa_desk.store.models import Applicant, Case, Officer, format_case_ref
from kvisa_desk.tabular import FORMATS, Cell, Column, ExportCancelled, write_table
from kvisa_desk.tabular.writers import CSV_TRIGGERS
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


@lru_cache(maxsize=512)
def _label(table: str, code: str | None, language: str) -> str:
    # A handful of statuses, outcomes and routes, looked up for each of a million rows.
    return labels.label(table, code, language)


def _csv_text(value: str | None) -> str | None:
    """Text as the CSV writer would make it: neutralised (a leading ' before a formula)."""
    return "'" + value if value and value.startswith(CSV_TRIGGERS) else value


def _as_date(value: Any) -> date:
    # SQLite hands dates back as their ISO text, PostgreSQL as dates.
    return value if isinstance(value, date) else date.fromisoformat(value)


def _age(born: Any, received: tuple[date, int, int, str, str]) -> int:
    """age_on(born, received day) for a date of birth in either form the drivers give."""
    if type(born) is str:
        return received[2] - int(born[:4]) - (received[3] < born[5:])
    return age_on(_as_date(born), received[0])


# The fetched row's names, in its order: the case-row columns, date of birth and officer.
_ROW = "case_id, application_id, post, surname, given, native, nationality, status, outcome"
_ROW += ", received, born, officer"
# Each column's cells as an expression of those names. `{text:NAME}` is text the CSV writer
# neutralises; `d` is the received date's (date, days open, year, 'MM-DD', ISO text);
# `status_label`, `status_code` (and the outcome's) map a code to its two cells.
_EXPRESSIONS = {
    "case": "ref(case_id)",
    "application_id": "{text:application_id}",
    "post": "{text:post}",
    # The applicant as the worklist writes the name: "Surname, Given names".
    "applicant": "{text:(name := f'{surname}, {given}' if given else surname)}",
    "native_name": "{text:native}",
    "nationality": "{text:nationality}",
    "age": "age(born, d)",
    "route": "{text:(name := route_label(routes[0].get(case_id)))}",
    "status": "status_label[status], status_code[status]",
    "outcome": "outcome_label[outcome], outcome_code[outcome]",
    "received": "d[RECEIVED]",
    "days_open": "(d[1] if status in OPEN else None)",
    "officer": "{text:officer}",
}
# age_on for a date of birth given as ISO text (SQLite's): the years between, less one if
# the birthday ('MM-DD', which compares as text) is still to come in the received year.
_ISO_AGE = "d[2] - int(born[:4]) - (d[3] < born[5:])"


def _expression(key: str, csv: bool, iso: bool) -> str:
    """The column's cells; for CSV, text neutralised inline (no call per cell)."""
    if key == "age" and iso:
        return f"({_ISO_AGE})"
    expression = _EXPRESSIONS[key].replace("RECEIVED", "4" if csv else "0")
    if not expression.startswith("{text:"):
        return expression
    value = expression[6:-1]
    if not csv:
        return value
    name = "name" if value.startswith("(name :=") else value
    return f'("\'" + {name} if {value} and {name}[0] in TRIGGERS else {name})'


class _Known(dict[Any, Any]):
    """A dict that works a missing value out once (a handful of codes or days)."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.make(key)
        return value


class _RowMaker:
    """Turns fetched rows into cells for one export's columns, language and format.

    The cells of a row are one function made once per export from the columns asked for
    (each column's expression from `_EXPRESSIONS`, never from data; its helpers are its
    locals), so a million rows cost one call each, not one per cell; what rows repeat is
    worked out once per distinct value (labels, received dates and their days open). For
    CSV the cells come out as the CSV writer writes them (text neutralised, dates in ISO
    form), so it writes them as they are.
    """

    def __init__(self, columns: Sequence[str], today: date, language: str, csv: bool) -> None:
        text: Callable[[str | None], str | None] = _csv_text if csv else _same

        def shown(table: str, default: str | None) -> _Known:
            return _Known(lambda code: text(_label(table, code or default, language)))

        def code(default: str | None) -> _Known:
            return _Known(lambda code: text(code or default))

        def day(value: Any) -> tuple[date, int, int, str, str]:
            on = _as_date(value)
            iso = on.isoformat()
            return on, (today - on).days, on.year, iso[5:], iso

        self.routes: list[dict[int, str]] = [{}]  # the batch's, read by the cells
        self.helpers: dict[str, Any] = {
            "ref": format_case_ref,
            "int": int,
            "age": _age,
            "days": _Known(day),
            "route_label": lambda code: _label("route", code, language),
            "routes": self.routes,
            "status_label": shown("status", None),
            "status_code": code(None),
            "outcome_label": shown("outcome", UNCHECKED),
            "outcome_code": code(UNCHECKED),
            "OPEN": _OPEN,
            "TRIGGERS": frozenset(CSV_TRIGGERS),
        }
        self.columns, self.csv = columns, csv
        self.cells: Callable[[Sequence[Any]], tuple[Cell, ...]] | None = None

    def _made(self, iso: bool) -> Callable[[Sequence[Any]], tuple[Cell, ...]]:
        cells = ", ".join(_expression(key, self.csv, iso) for key in self.columns)
        helpers = ", ".join(f"{name}={name}" for name in self.helpers)
        source = (
            f"def cells(row, {helpers}):\n"
            f"    {_ROW} = row\n"
            "    d = days[received]\n"
            f"    return ({cells},)\n"
        )
        namespace: dict[str, Any] = {"__builtins__": {}, **self.helpers}
        exec(source, namespace)  # our own expressions, chosen by validated column keys
        made: Callable[[Sequence[Any]], tuple[Cell, ...]] = namespace["cells"]
        return made

    def rows(self, fetched: Sequence[Sequence[Any]], routes: dict[int, str]) -> list[Any]:
        if not fetched:
            return []
        if self.cells is None:  # SQLite's driver gives dates as ISO text, PostgreSQL's as dates
            self.cells = self._made(iso=type(fetched[0][10]) is str)
        self.routes[0] = routes
        return list(map(self.cells, fetched))


def _same(value: Any) -> Any:
    return value


def _as_rows(
    fetched: Sequence[Any],
    today: date,
    columns: Sequence[str] = DEFAULT_COLUMNS,
    language: str = "en",
    routes: dict[int, str] | None = None,
    *,
    maker: _RowMaker | None = None,
) -> list[tuple[Cell, ...]]:
    """The cells of fetched rows (CSV-ready when MAKER is a CSV export's)."""
    maker = maker or _RowMaker(columns, today, language, csv=False)
    return maker.rows(fetched, routes or {})


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
    *,
    csv: bool = False,
) -> Iterator[Sequence[Cell]]:
    """The export rows in case order, a keyset batch at a time (flat memory for a million);
    with `csv`, as the CSV writer writes them (text neutralised, dates in ISO form).

    One session throughout, so the whole export is what the database held at one moment.
    """
    batches = _row_batches(session, status, outcome, case_ids, today, batch, columns, language, csv)
    return chain.from_iterable(batches)  # the rows handed on without a generator step each


def _row_batches(
    session: Session,
    status: str | None,
    outcome: str | None,
    case_ids: Sequence[int] | None,
    today: date | None,
    batch: int,
    columns: Sequence[str],
    language: str,
    csv: bool,
) -> Iterator[list[tuple[Cell, ...]]]:
    today = today or date.today()
    maker = _RowMaker(columns, today, language, csv)
    base = (
        case_row_query(
            Applicant.date_of_birth, Officer.display_name, status=status, outcome=outcome
        )
        .outerjoin(Officer, Officer.id == Case.assigned_officer_id)
        .order_by(Case.id)
        .limit(batch)
    )
    connection = session.connection()
    for ids in _id_batches(case_ids, batch):
        query = base.where(Case.id > bindparam("after", 0))
        if ids is not None:
            query = query.where(Case.id.in_(ids))
        fetch = _Fetch(connection, query)
        last = 0
        while True:
            fetched = fetch.rows(after=last)
            routes = routes_of(session, [r[0] for r in fetched]) if "route" in columns else {}
            yield _as_rows(fetched, today, routes=routes if fetched else {}, maker=maker)
            if len(fetched) < batch:
                break
            last = fetched[-1][0]


class _Fetch:
    """A query compiled once and run on the connection's own driver cursor: its rows are
    the driver's plain tuples. SQLAlchemy's result rows and their date parsing were about a
    fifth of a CSV export; the row maker reads dates in either form the drivers give."""

    def __init__(self, connection: Connection, query: Select[*tuple[Any, ...]]) -> None:
        compiled = query.compile(
            dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
        )
        self.connection, self.sql = connection, compiled.string
        self.params = dict(compiled.params)
        self.order = compiled.positiontup if compiled.positional else None

    def rows(self, **values: Any) -> list[Any]:
        params = {**self.params, **values}
        args = params if self.order is None else tuple(params[name] for name in self.order)
        cursor = self.connection.connection.cursor()
        try:
            cursor.execute(self.sql, args)
            return list(cursor.fetchall())
        finally:
            cursor.close()


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
            session,
            status,
            outcome,
            case_ids,
            today,
            columns=columns,
            language=language,
            csv=fmt == "csv",
        )
        cut_cells: list[int] = []
        with collector_paused(), atomic_writer(out_path) as handle:
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
                csv_ready=fmt == "csv",  # the rows are already as CSV writes them
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
