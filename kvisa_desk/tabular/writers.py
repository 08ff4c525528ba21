"""Streaming writers for tables of plain values: CSV (UTF-8 with a BOM) and XLSX.

A row is a sequence of cells, each a `str`, `int`, `float`, `date`, `datetime` or `None`.
Rows are pulled from any iterable one at a time and written as they come, so a million rows
need no more memory than a thousand: CSV goes straight to the handle, XLSX through
XlsxWriter's constant-memory workbook (rows streamed to a temporary sheet file, zipped at
the end; about 1.3 times faster than openpyxl's write-only mode, memory as flat).

Formula injection (CWE-1236): a spreadsheet program runs a cell that begins with `=`, `+`,
`-`, `@`, a tab or a carriage return as a formula. Applicant names come from outside, so
* in CSV such a text cell gets a leading `'` (the rest of the text unchanged), the
  OWASP-recommended neutralisation that every spreadsheet program shows as plain text;
* in XLSX every text cell is written as a typed string cell (`t="inlineStr"`), never a
  formula, so no prefix is needed and the text reads back exactly.

What XLSX itself cannot hold, the XLSX writer changes (CSV keeps everything):
* characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return)
  become U+FFFD;
* a carriage return survives: XlsxWriter escapes it as `_x000D_`, which readers turn back;
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

# XML 1.0 allows tab, LF and CR but no other C0 control character (readers refuse them).
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

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
    """The workbook's sheets as they fill: a new one whenever a sheet reaches Excel's limit.

    XlsxWriter in constant-memory mode: each row goes to the sheet's temporary file as it
    comes (texts as inline strings), so memory stays flat; the temporary files live in a
    folder of this export's own, removed whatever happens.
    """

    def __init__(self, handle: BinaryIO, columns: Sequence[Column], title: str) -> None:
        import tempfile

        from xlsxwriter import Workbook

        self._folder = tempfile.TemporaryDirectory(prefix="kvisa-xlsx-")
        self.workbook: Any = Workbook(
            handle,
            {"constant_memory": True, "tmpdir": self._folder.name, "strings_to_numbers": False,
             "strings_to_formulas": False, "strings_to_urls": False},
        )  # fmt: skip
        self._bold = self.workbook.add_format({"bold": True})
        self._text = self.workbook.add_format({"num_format": "@"})
        self._date = self.workbook.add_format({"num_format": DATE_FORMAT})
        self._datetime = self.workbook.add_format({"num_format": DATETIME_FORMAT})
        self.columns, self.title = columns, title
        self.sheet: Any = None
        self.count = 0  # sheets made so far
        self.rows_in_sheet = 0
        self.cut_cells = 0  # texts longer than a cell holds

    def new_sheet(self) -> None:
        self.finish_sheet()
        self.count += 1
        title = self.title if self.count == 1 else f"{self.title} ({self.count})"
        sheet = self.workbook.add_worksheet(title[:31])
        for index, column in enumerate(self.columns):
            if column.width is not None:
                sheet.set_column(index, index, column.width)
        sheet.freeze_panes(1, 0)
        # Printed: landscape, every column on the page's width, the header on every page.
        sheet.set_landscape()
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(0)
        for index, column in enumerate(self.columns):
            sheet.write_string(0, index, _xlsx_text(column.title), self._bold)
        self.sheet, self.rows_in_sheet = sheet, 0

    def finish_sheet(self) -> None:
        if self.sheet is not None and self.columns:
            self.sheet.autofilter(0, 0, self.rows_in_sheet, len(self.columns) - 1)

    def append(self, row: Sequence[Cell]) -> None:
        if self.rows_in_sheet >= XLSX_MAX_ROWS - 1:
            self.new_sheet()
        self.rows_in_sheet += 1
        at, sheet = self.rows_in_sheet, self.sheet
        for col, value in enumerate(row):
            kind = type(value)
            if kind is str:
                # Always a string cell: never a formula, a number or a link guessed from it.
                assert isinstance(value, str)
                if len(value) > XLSX_MAX_TEXT:
                    self.cut_cells += 1
                    sheet.write_string(at, col, _xlsx_text(value))
                elif _XML_ILLEGAL.search(value):
                    sheet.write_string(at, col, _XML_ILLEGAL.sub(REPLACEMENT, value))
                elif value:
                    sheet.write_string(at, col, value)
                else:  # an empty text: an empty cell, but the row is still there
                    sheet.write_blank(at, col, None, self._text)
            elif value is None:
                continue
            elif kind is int or kind is float:
                sheet.write_number(at, col, value)
            elif isinstance(value, datetime):
                sheet.write_datetime(at, col, _utc_naive(value), self._datetime)
            elif isinstance(value, date):
                sheet.write_datetime(at, col, value, self._date)
            elif isinstance(value, str):  # a str subclass
                self.append_text(at, col, str(value))
            else:
                sheet.write(at, col, value)

    def append_text(self, at: int, col: int, text: str) -> None:
        self.cut_cells += len(text) > XLSX_MAX_TEXT
        self.sheet.write_string(at, col, _xlsx_text(text))

    def save(self) -> None:
        try:
            self.workbook.close()
        finally:
            self._folder.cleanup()

    def discard(self) -> None:
        """Close and remove the temporary sheet files of an abandoned workbook."""
        for sheet in self.workbook.worksheets():
            handle = getattr(sheet, "row_data_fh", None)
            if handle is not None:
                with suppress(Exception):
                    handle.close()
        self.workbook.fileclosed = True  # nothing to write at garbage collection
        self._folder.cleanup()


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
    sheets = _XlsxSheets(handle, columns, sheet_title)
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
        sheets.save()
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
