"""Streaming writers for tables of plain values: CSV (UTF-8 with a BOM) and XLSX.

A row is a sequence of cells, each a `str`, `int`, `float`, `date`, `datetime` or `None`.
Rows are pulled from any iterable one at a time and written as they come, so a million rows
need no more memory than a thousand: CSV goes straight to the handle, XLSX through
openpyxl's write-only workbook (rows streamed to a temporary sheet file, zipped at the end).

Formula injection (CWE-1236): a spreadsheet program runs a cell that begins with `=`, `+`,
`-`, `@`, a tab or a carriage return as a formula. Applicant names come from outside, so
* in CSV such a text cell gets a leading `'` (the rest of the text unchanged), the
  OWASP-recommended neutralisation that every spreadsheet program shows as plain text;
* in XLSX every text cell is written as a typed string cell (`t="inlineStr"`), never a
  formula, so no prefix is needed and the text reads back exactly.

What XLSX itself cannot hold, the XLSX writer changes (CSV keeps everything):
* characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return)
  become U+FFFD;
* a carriage return survives: openpyxl, writing through lxml (installed with the
  letters' signing library), escapes it (without lxml a reader would see a line feed);
* a text longer than 32,767 characters (Excel's limit per cell) is cut, and the cell says
  so at its end (`… [cut: 40,000 characters; an Excel cell holds 32,767]`); the writer
  reports how many cells it cut (`cut(count)`), so the caller can say so too;
* after 1,048,575 data rows (Excel's limit per sheet) the rows go on in a new sheet.

Datetimes with a time zone are written in UTC, without the zone (neither format has one).
Progress: `progress(rows_written)` every `every` rows; cancellation: `cancelled()` is asked
at the same moments and, when true, ExportCancelled is raised. A caller writing through
`kvisa_desk.store.files.atomic_writer` then keeps no file at all.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import islice
from typing import Any, BinaryIO, Final, TypeAlias

Cell: TypeAlias = str | int | float | date | datetime | None

FORMATS: Final = ("csv", "xlsx")
CSV_TRIGGERS: Final = ("=", "+", "-", "@", "\t", "\r")
DEFAULT_EVERY: Final = 5000
XLSX_MAX_ROWS: Final = 1_048_576  # rows per sheet, the header row included
XLSX_MAX_TEXT: Final = 32_767
DATE_FORMAT: Final = "yyyy-mm-dd"
DATETIME_FORMAT: Final = "yyyy-mm-dd hh:mm:ss"
REPLACEMENT: Final = "\ufffd"
CUT_MARK: Final = " … [cut: {length:,} characters; an Excel cell holds {limit:,}]"

# XML 1.0 allows tab, LF and CR but no other C0 control character (openpyxl refuses them).
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Texts openpyxl would otherwise store as a formula or an error value instead of a string.
_XLSX_ERROR_CODES: Final = frozenset(
    ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A")
)

Progress: TypeAlias = Callable[[int], object]
CancelCheck: TypeAlias = Callable[[], bool]


class ExportCancelled(Exception):
    """The caller asked to stop; whatever was being written is to be thrown away."""


@dataclass(frozen=True)
class Column:
    """A column: its header text and, for XLSX, its width in characters."""

    title: str
    width: float | None = None


def neutralise_csv(text: str) -> str:
    """`text` with a leading `'` when a spreadsheet would run it as a formula, else as is."""
    return "'" + text if text.startswith(CSV_TRIGGERS) else text


def _utc_naive(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


class _Pacer:
    """Reports progress and asks about cancellation every `every` rows."""

    def __init__(self, progress: Progress | None, cancelled: CancelCheck | None, every: int):
        if every < 1:
            raise ValueError("every must be at least 1")
        self.progress, self.cancelled, self.every = progress, cancelled, every

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled("the export was cancelled")

    def reached(self, done: int) -> None:
        if self.progress is not None:
            self.progress(done)
        self.check()


# -- CSV -----------------------------------------------------------------------------------


def _csv_value(value: Cell) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise_csv(str(value))
    if isinstance(value, datetime):
        return _utc_naive(value).isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _csv_rows(rows: Iterable[Sequence[Cell]]) -> Iterator[list[str | int | float | None]]:
    triggers, convert = CSV_TRIGGERS, _csv_value
    for row in rows:
        # Text, numbers and None (csv writes it empty) without a call per cell: a million
        # rows add up. Dates and anything else go through _csv_value.
        yield [
            ("'" + v if v.startswith(triggers) else v)
            if type(v) is str
            else (v if v is None or type(v) is int else convert(v))
            for v in row
        ]


def write_csv(
    handle: BinaryIO,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Cell]],
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    every: int = DEFAULT_EVERY,
) -> int:
    """Write a header and the rows as CSV (UTF-8 with BOM, `\\r\\n`); returns the row count.

    Dates are ISO 8601 (`2025-10-15`), datetimes `2025-10-15 09:30:00` (UTC), None empty.
    """
    pacer = _Pacer(progress, cancelled, every)
    pacer.check()
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow([neutralise_csv(column.title) for column in columns])
        done = 0
        converted = _csv_rows(rows)
        while chunk := list(islice(converted, every)):
            writer.writerows(chunk)
            done += len(chunk)
            pacer.reached(done)
        text.flush()
        return done
    finally:
        # Hand the binary handle back open: its owner flushes, syncs and renames it.
        with suppress(ValueError):
            text.detach()


# -- XLSX ----------------------------------------------------------------------------------


def _xlsx_text(text: str) -> str:
    if _XML_ILLEGAL.search(text):
        text = _XML_ILLEGAL.sub(REPLACEMENT, text)
    if len(text) > XLSX_MAX_TEXT:
        # Never silently: the cell ends saying it was cut, and from how long.
        mark = CUT_MARK.format(length=len(text), limit=XLSX_MAX_TEXT)
        text = text[: XLSX_MAX_TEXT - len(mark)] + mark
    return text


class _XlsxSheets:
    """The workbook's sheets as they fill: a new one whenever a sheet reaches Excel's limit."""

    def __init__(self, columns: Sequence[Column], title: str) -> None:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self._cell_type = WriteOnlyCell
        self._letter = get_column_letter
        self._bold = Font(bold=True)
        self.workbook: Any = Workbook(write_only=True)
        self.columns, self.title = columns, title
        self.sheet: Any = None
        self.count = 0  # sheets made so far
        self.rows_in_sheet = 0
        self.cut_cells = 0  # texts longer than a cell holds

    def new_sheet(self) -> None:
        self.finish_sheet()
        self.count += 1
        title = self.title if self.count == 1 else f"{self.title} ({self.count})"
        sheet = self.workbook.create_sheet(title[:31])
        for index, column in enumerate(self.columns, 1):
            if column.width is not None:
                sheet.column_dimensions[self._letter(index)].width = column.width
        sheet.freeze_panes = "A2"
        # Printed: landscape, every column on the page's width, the header on every page.
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = "1:1"
        header = []
        for column in self.columns:
            cell = self._cell_type(sheet, value=_xlsx_text(column.title))
            cell.data_type = "s"
            cell.font = self._bold
            header.append(cell)
        sheet.append(header)
        self.sheet, self.rows_in_sheet = sheet, 0

    def finish_sheet(self) -> None:
        if self.sheet is not None and self.columns:
            last = self._letter(len(self.columns))
            self.sheet.auto_filter.ref = f"A1:{last}{self.rows_in_sheet + 1}"

    def convert(self, row: Sequence[Cell]) -> list[Any]:
        """Values openpyxl writes as they are, and typed cells where it would guess wrong."""
        out: list[Any] = []
        for value in row:
            if isinstance(value, str):
                text = _xlsx_text(str(value))
                self.cut_cells += len(value) > XLSX_MAX_TEXT
                if text[:1] == "=" or text in _XLSX_ERROR_CODES:
                    # openpyxl would store "=..." as a formula: force a string cell.
                    cell = self._cell_type(self.sheet, value=text)
                    cell.data_type = "s"
                    out.append(cell)
                else:
                    out.append(text)
            elif isinstance(value, datetime):
                cell = self._cell_type(self.sheet, value=_utc_naive(value))
                cell.number_format = DATETIME_FORMAT
                out.append(cell)
            elif isinstance(value, date):
                cell = self._cell_type(self.sheet, value=value)
                cell.number_format = DATE_FORMAT
                out.append(cell)
            else:
                out.append(value)
        return out

    def append(self, row: Sequence[Cell]) -> None:
        if self.rows_in_sheet >= XLSX_MAX_ROWS - 1:
            self.new_sheet()
        self.sheet.append(self.convert(row))
        self.rows_in_sheet += 1

    def discard(self) -> None:
        """Close and remove the temporary sheet files of an abandoned workbook."""
        for sheet in list(self.workbook.worksheets):
            with suppress(Exception):
                rows = getattr(sheet, "_rows", None)
                if rows is not None:
                    rows.close()
            writer = getattr(sheet, "_writer", None)
            if writer is not None:
                with suppress(Exception):
                    writer.xf.close()
                with suppress(Exception):
                    writer.cleanup()


def write_xlsx(
    handle: BinaryIO,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Cell]],
    *,
    sheet_title: str = "Export",
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    every: int = DEFAULT_EVERY,
    cut: Progress | None = None,
) -> int:
    """Write a header and the rows as an XLSX workbook; returns the row count.

    The header is bold and frozen, with an autofilter over the data; text cells are string
    cells, numbers numbers, dates real dates (`yyyy-mm-dd`), None an empty cell.
    `handle` must be seekable (a file), as a ZIP archive is written to it. When texts had
    to be cut to Excel's cell size, `cut(count)` is told how many.
    """
    pacer = _Pacer(progress, cancelled, every)
    pacer.check()
    sheets = _XlsxSheets(columns, sheet_title)
    try:
        sheets.new_sheet()
        done = 0
        for row in rows:
            sheets.append(row)
            done += 1
            if done % every == 0:
                pacer.reached(done)
        sheets.finish_sheet()
        if done % every:
            pacer.reached(done)
        sheets.workbook.save(handle)
        if sheets.cut_cells and cut is not None:
            cut(sheets.cut_cells)
        return done
    except BaseException:
        sheets.discard()
        raise


def write_table(
    fmt: str,
    handle: BinaryIO,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Cell]],
    *,
    sheet_title: str = "Export",
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    every: int = DEFAULT_EVERY,
    cut: Progress | None = None,
) -> int:
    """Write in the named format ("csv" or "xlsx"); returns the row count. CSV cuts nothing;
    XLSX tells `cut` how many texts it cut to Excel's cell size, if any."""
    if fmt == "csv":
        return write_csv(handle, columns, rows, progress=progress, cancelled=cancelled, every=every)
    if fmt == "xlsx":
        return write_xlsx(
            handle,
            columns,
            rows,
            sheet_title=sheet_title,
            progress=progress,
            cancelled=cancelled,
            every=every,
            cut=cut,
        )
    raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")
