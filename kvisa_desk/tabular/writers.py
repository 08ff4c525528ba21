"""Streaming writers for tables of plain values: CSV (UTF-8 with a BOM) and XLSX.

A row is a sequence of cells, each a `str`, `int`, `float`, `date`, `datetime` or `None`.
Rows are pulled from any iterable one at a time and written as they come, so a million rows
need no more memory than a thousand: CSV goes straight to the handle, XLSX as its sheets'
XML written straight into the ZIP archive (xlsx_package has the fixed parts; openpyxl's
and XlsxWriter's cell objects cost 20-30 times the csv module).

Formula injection (CWE-1236): a spreadsheet program runs a cell that begins with `=`, `+`,
`-`, `@`, a tab or a carriage return as a formula. Applicant names come from outside, so
* in CSV such a text cell gets a leading `'` (the rest of the text unchanged), the
  OWASP-recommended neutralisation that every spreadsheet program shows as plain text;
* in XLSX every text cell is written as a typed string cell (`t="inlineStr"`), never a
  formula, so no prefix is needed and the text reads back exactly.

What XLSX itself cannot hold, the XLSX writer changes (CSV keeps everything):
* characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return)
  become U+FFFD;
* a carriage return survives, written `&#13;`; a literal `_x0041_` is escaped as Excel
  does (`_x005F_x0041_`), so Excel shows it as written;
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

import codecs
import csv
import io
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import islice
from typing import Any, BinaryIO, Final, TypeAlias

from kvisa_desk.tabular import xlsx_package

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
    ready: bool = False,
) -> int:
    """Write a header and the rows as CSV (UTF-8 with BOM, `\\r\\n`); returns the row count.

    Dates are ISO 8601 (`2025-10-15`), datetimes `2025-10-15 09:30:00` (UTC), None empty.
    `ready`: the caller has already made every cell what this writes (text neutralised with
    `neutralise_csv`, dates as text), so the rows go to the csv module as they are.
    """
    pacer = _Pacer(progress, cancelled, every)
    pacer.check()
    # Each chunk of rows is made as text, then encoded and written at once (a text wrapper
    # on the handle encoded every row on its own); the handle stays the caller's, open.
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")

    def flush() -> None:
        handle.write(text.getvalue().encode("utf-8"))
        text.seek(0)
        text.truncate()

    handle.write(codecs.BOM_UTF8)
    writer.writerow([neutralise_csv(column.title) for column in columns])
    done = 0
    converted = iter(rows) if ready else _csv_rows(rows)
    while chunk := list(islice(converted, every)):
        writer.writerows(chunk)
        flush()
        done += len(chunk)
        pacer.reached(done)
    flush()
    return done


# -- XLSX ----------------------------------------------------------------------------------


def _xlsx_text(text: str) -> str:
    if _XML_ILLEGAL.search(text):
        text = _XML_ILLEGAL.sub(REPLACEMENT, text)
    if len(text) > XLSX_MAX_TEXT:
        # Never silently: the cell ends saying it was cut, and from how long.
        mark = CUT_MARK.format(length=len(text), limit=XLSX_MAX_TEXT)
        text = text[: XLSX_MAX_TEXT - len(mark)] + mark
    return text


_XML_ESCAPES: Final = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
# Excel reads `_xHHHH_` in a text as an escaped character: a literal one is escaped itself.
_EXCEL_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
# Anything in a text that the cell cannot hold as it is (the empty text included).
_XML_UNSAFE = re.compile(r"^$|[\x00-\x08\x0b\x0c\x0e-\x1f&<>\r]|_x")
_EPOCH_DAY: Final = date(1899, 12, 30)  # Excel's day 0 (with its 1900 leap-year bug)
_EPOCH: Final = datetime(1899, 12, 30)
_FLUSH_ROWS: Final = 500  # rows gathered before they go to the zip stream together


def _xml_text(text: str) -> str:
    if "_x" in text:
        text = _EXCEL_ESCAPE.sub(r"_x005F_\1", text)
    return text.translate(_XML_ESCAPES)


class _XlsxSheets:
    """The workbook's sheets as they fill: a new one whenever a sheet reaches Excel's limit.

    Each sheet's XML is written straight into the ZIP archive on the handle, a few hundred
    rows at a time (texts as inline strings), so memory stays flat and nothing is left in a
    temporary folder; the workbook, its styles and relationships are added at the end.
    """

    def __init__(self, handle: BinaryIO, columns: Sequence[Column], title: str) -> None:
        import zipfile

        self.zip = zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self.columns, self.title = columns, title
        self.letters = xlsx_package.column_letters(max(len(columns), 1))
        self.titles: list[str] = []
        self.filters: list[str] = []
        self.stream: Any = None
        self.pending: list[str] = []
        self.count = 0  # sheets made so far
        self.rows_in_sheet = 0
        self.cut_cells = 0  # texts longer than a cell holds

    def new_sheet(self) -> None:
        self.finish_sheet()
        self.count += 1
        title = (self.title if self.count == 1 else f"{self.title} ({self.count})")[:31]
        self.titles.append(title)
        self.stream = self.zip.open(f"xl/worksheets/sheet{self.count}.xml", "w")
        self.stream.write(xlsx_package.sheet_start([c.width for c in self.columns]).encode("utf-8"))
        header = "".join(
            f'<c r="{letter}1" s="{xlsx_package.STYLE_BOLD}" t="inlineStr"><is>'
            f'<t xml:space="preserve">{_xml_text(_xlsx_text(column.title))}</t></is></c>'
            for letter, column in zip(self.letters, self.columns, strict=False)
        )
        self.pending = [f'<row r="1">{header}</row>']
        self.rows_in_sheet = 0

    def _flush(self) -> None:
        if self.pending:
            self.stream.write("".join(self.pending).encode("utf-8"))
            self.pending = []

    def finish_sheet(self) -> None:
        if self.stream is None:
            return
        self._flush()
        last = self.letters[len(self.columns) - 1] if self.columns else "A"
        ref = f"A1:{last}{self.rows_in_sheet + 1}"
        self.filters.append(f"$A$1:${last}${self.rows_in_sheet + 1}")
        self.stream.write(xlsx_package.sheet_end(ref).encode("utf-8"))
        self.stream.close()
        self.stream = None

    def _text_cell(self, ref: str, value: str) -> str:
        if len(value) > XLSX_MAX_TEXT:
            self.cut_cells += 1
            value = _xlsx_text(value)
        elif _XML_ILLEGAL.search(value):
            value = _XML_ILLEGAL.sub(REPLACEMENT, value)
        text = _xml_text(value)
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'

    def append(self, row: Sequence[Cell]) -> None:
        if self.rows_in_sheet >= XLSX_MAX_ROWS - 1:
            self.new_sheet()
        self.rows_in_sheet += 1
        n = self.rows_in_sheet + 1  # the header is row 1
        if len(row) > len(self.letters):
            self.letters = xlsx_package.column_letters(len(row))
        cells = [f'<row r="{n}">']
        for letter, value in zip(self.letters, row, strict=False):
            kind = type(value)
            if kind is str:
                assert isinstance(value, str)
                if len(value) <= XLSX_MAX_TEXT and not _XML_UNSAFE.search(value):
                    # The common case, a text that needs no escaping: written as it is.
                    cells.append(
                        f'<c r="{letter}{n}" t="inlineStr"><is><t xml:space="preserve">'
                        f"{value}</t></is></c>"
                    )
                elif value:
                    cells.append(self._text_cell(f"{letter}{n}", value))
                else:  # an empty text: an empty cell, but the row is still there
                    cells.append(f'<c r="{letter}{n}" s="{xlsx_package.STYLE_TEXT}"/>')
            elif value is None:
                continue
            elif kind is int or (kind is float and math.isfinite(value)):  # type: ignore[arg-type]
                cells.append(f'<c r="{letter}{n}"><v>{value!r}</v></c>')
            elif kind is bool:
                cells.append(f'<c r="{letter}{n}" t="b"><v>{int(bool(value))}</v></c>')
            elif isinstance(value, datetime):
                serial = (_utc_naive(value) - _EPOCH).total_seconds() / 86400
                style = xlsx_package.STYLE_DATETIME
                cells.append(f'<c r="{letter}{n}" s="{style}"><v>{serial!r}</v></c>')
            elif isinstance(value, date):
                serial_day = (value - _EPOCH_DAY).days
                style = xlsx_package.STYLE_DATE
                cells.append(f'<c r="{letter}{n}" s="{style}"><v>{serial_day}</v></c>')
            else:  # a str subclass, an infinite number, anything else: its text
                cells.append(self._text_cell(f"{letter}{n}", str(value)))
        cells.append("</row>")
        self.pending.append("".join(cells))
        if len(self.pending) >= _FLUSH_ROWS:
            self._flush()

    def save(self) -> None:
        self.finish_sheet()
        parts = {
            "[Content_Types].xml": xlsx_package.content_types(self.count),
            "_rels/.rels": xlsx_package.ROOT_RELS,
            "xl/workbook.xml": xlsx_package.workbook(self.titles, self.filters),
            "xl/_rels/workbook.xml.rels": xlsx_package.workbook_rels(self.count),
            "xl/styles.xml": xlsx_package.styles(DATE_FORMAT, DATETIME_FORMAT),
        }
        for name, text in parts.items():
            self.zip.writestr(name, text.encode("utf-8"))
        self.zip.close()

    def discard(self) -> None:
        """Abandon the workbook: nothing was written anywhere but the handle."""
        with suppress(Exception):
            if self.stream is not None:
                self.stream.close()
        with suppress(Exception):
            self.zip.close()


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
    csv_ready: bool = False,
) -> int:
    """Write in the named format ("csv" or "xlsx"); returns the row count. CSV cuts nothing;
    XLSX tells `cut` how many texts it cut to Excel's cell size, if any. `csv_ready`: see
    `write_csv`'s `ready` (XLSX ignores it)."""
    if fmt == "csv":
        return write_csv(
            handle,
            columns,
            rows,
            progress=progress,
            cancelled=cancelled,
            every=every,
            ready=csv_ready,
        )
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
