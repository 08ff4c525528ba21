"""The CSV and XLSX writers: round trips, types, formula neutralisation, streaming, cancelling."""

from __future__ import annotations

import ast
import csv
import io
import os
import shutil
import subprocess
import tracemalloc
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from export_samples import FORMULAS, KEEP
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils.escape import unescape

from kvisa_desk.store.files import atomic_writer
from kvisa_desk.tabular import (
    CSV_TRIGGERS,
    Cell,
    Column,
    ExportCancelled,
    neutralise_csv,
    write_csv,
    write_table,
    write_xlsx,
)
from kvisa_desk.tabular import writers as tabular

COLUMNS = [Column("Name", 20), Column("Number"), Column("Received", 12), Column("Note")]
ROWS: list[list[Cell]] = [
    ["张伟", 42, date(2025, 10, 15), None],
    ["O'Brien", -7, date(2024, 2, 29), "Zoë\nsecond line"],
    ["Smith 😀", 0, date(1999, 12, 31), 'a,b;"c"'],
    *[[text, i, date(2025, 1, i + 1), text] for i, text in enumerate(FORMULAS)],
    *[[text, 100 + i, date(2025, 2, i + 1), "-"] for i, text in enumerate(KEEP)],
]


def csv_bytes(rows: list[list[Cell]], columns: list[Column] = COLUMNS) -> bytes:
    buffer = io.BytesIO()
    assert write_csv(buffer, columns, rows) == len(rows)
    return buffer.getvalue()


def parse_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def xlsx_file(tmp_path: Path, rows: list[list[Cell]], name: str = "t.xlsx") -> Path:
    path = tmp_path / name
    with path.open("wb") as handle:
        assert write_xlsx(handle, COLUMNS, rows, sheet_title="Worklist") == len(rows)
    return path


# -- CSV ---------------------------------------------------------------------------------


def read_back(text: str) -> str:
    """A text as an XLSX reader sees it again: the writer escapes a carriage return (and a
    literal `_xHHHH_`) as Excel does, and Excel and LibreOffice turn it back."""
    return text


def as_shown(value: object) -> object:
    """A cell's value as Excel shows it: openpyxl leaves inline strings' `_xHHHH_` escapes."""
    return unescape(value) if isinstance(value, str) else value


def test_csv_round_trip_with_bom_crlf_chinese_and_iso_dates() -> None:
    data = csv_bytes(ROWS)
    assert data.startswith("\ufeffName,Number,Received,Note\r\n".encode())
    assert b"\r\n" in data and data.endswith(b"\r\n")
    back = parse_csv(data)
    assert back[0] == ["Name", "Number", "Received", "Note"]
    assert back[1] == ["张伟", "42", "2025-10-15", ""]
    assert back[2] == ["O'Brien", "-7", "2024-02-29", "Zoë\nsecond line"]
    assert back[3] == ["Smith 😀", "0", "1999-12-31", 'a,b;"c"']
    assert len(back) == len(ROWS) + 1


@pytest.mark.parametrize("text", FORMULAS)
def test_csv_neutralises_each_formula_trigger(text: str) -> None:
    back = parse_csv(csv_bytes([[text, 1, None, text]]))
    assert back[1] == ["'" + text, "1", "", "'" + text]


@pytest.mark.parametrize("text", KEEP)
def test_csv_leaves_other_text_alone(text: str) -> None:
    back = parse_csv(csv_bytes([[text, None, None, None]]))
    assert back[1][0] == text


def test_csv_numbers_are_not_text_and_keep_their_sign() -> None:
    # A negative number is a number, not applicant text: it is written as one.
    assert parse_csv(csv_bytes([["x", -5, None, None]]))[1][1] == "-5"


def test_csv_datetimes_are_written_in_utc_without_zone() -> None:
    moment = datetime(2025, 10, 15, 9, 30, tzinfo=UTC)
    back = parse_csv(csv_bytes([["x", None, moment, datetime(2025, 1, 2, 3, 4, 5)]]))
    assert back[1][2:] == ["2025-10-15 09:30:00", "2025-01-02 03:04:05"]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_csv_cell_is_the_text_or_quote_plus_text_exactly_when_it_starts_with_a_trigger(
    text: str,
) -> None:
    cell = parse_csv(csv_bytes([[text, None, None, None]]))[1][0]
    if text.startswith(CSV_TRIGGERS):
        assert cell == "'" + text
    else:
        assert cell == text
    assert neutralise_csv(text) == cell


@given(st.sampled_from(CSV_TRIGGERS), st.text())
def test_every_trigger_is_neutralised(trigger: str, rest: str) -> None:
    assert neutralise_csv(trigger + rest) == "'" + trigger + rest


# -- XLSX --------------------------------------------------------------------------------


def test_xlsx_round_trip_types_dates_and_chinese(tmp_path: Path) -> None:
    path = xlsx_file(tmp_path, ROWS)
    sheet = load_workbook(path).active
    assert sheet.title == "Worklist"
    header = next(sheet.iter_rows(max_row=1))
    assert [c.value for c in header] == ["Name", "Number", "Received", "Note"]
    assert all(c.font.bold for c in header)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:D{len(ROWS) + 1}"
    # 20 characters: Excel stores it with its cell padding (20.71)
    assert 20 <= sheet.column_dimensions["A"].width < 21
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$1:$1"
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == len(ROWS)
    for cells, expected in zip(rows, ROWS, strict=True):
        name, number, received, _note = cells
        assert isinstance(expected[0], str)
        assert as_shown(name.value) == (read_back(expected[0]) or None)
        assert name.data_type == "s" or not expected[0]  # an empty text is an empty cell
        assert number.data_type == "n" and number.value == expected[1]
        assert received.is_date and received.number_format == "yyyy-mm-dd"
        assert isinstance(received.value, datetime) and received.value.date() == expected[2]
    assert rows[0][3].value is None
    assert rows[1][3].value == "Zoë\nsecond line"


def test_xlsx_read_only_reader_sees_dates_too(tmp_path: Path) -> None:
    sheet = load_workbook(xlsx_file(tmp_path, ROWS), read_only=True).active
    second = next(sheet.iter_rows(min_row=2, max_row=2, values_only=True))
    assert second[2] == datetime(2025, 10, 15)


def test_xlsx_formula_texts_are_string_cells_without_prefix(tmp_path: Path) -> None:
    rows: list[list[Cell]] = [[text, None, None, text] for text in [*FORMULAS, "#N/A", "=A1"]]
    path = xlsx_file(tmp_path, rows)
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml, "a formula was written"
    assert 't="e"' not in xml, "an error value was written"
    sheet = load_workbook(path).active
    for cells, (text, *_) in zip(sheet.iter_rows(min_row=2), rows, strict=True):
        for cell in (cells[0], cells[3]):
            assert cell.data_type == "s"
            assert isinstance(text, str)
            assert as_shown(cell.value) == read_back(text)
            assert not str(cell.value).startswith("'")


def test_xlsx_keeps_names_like_obrien(tmp_path: Path) -> None:
    sheet = load_workbook(xlsx_file(tmp_path, [[t, None, None, None] for t in KEEP])).active
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == [t or None for t in KEEP]


def test_xlsx_replaces_characters_xml_cannot_hold_and_csv_keeps_them(tmp_path: Path) -> None:
    text = "A\x00B\x07C\x1fD\tE"
    sheet = load_workbook(xlsx_file(tmp_path, [[text, None, None, None]])).active
    assert sheet["A2"].value == "A\ufffdB\ufffdC\ufffdD\tE"
    assert parse_csv(csv_bytes([[text, None, None, None]]))[1][0] == text


def test_xlsx_datetimes_are_real_datetimes_in_utc(tmp_path: Path) -> None:
    moment = datetime(2025, 10, 15, 9, 30, tzinfo=UTC)
    sheet = load_workbook(xlsx_file(tmp_path, [["x", None, moment, None]])).active
    assert sheet["C2"].is_date and sheet["C2"].value == datetime(2025, 10, 15, 9, 30)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=5))
def test_xlsx_text_reads_back_as_a_string_cell(texts: list[str]) -> None:
    buffer = io.BytesIO()
    write_xlsx(buffer, COLUMNS, [[t, None, None, None] for t in texts])
    sheet = load_workbook(buffer).active
    for text, row in zip(texts, sheet.iter_rows(min_row=2), strict=True):
        expected = read_back(tabular._XML_ILLEGAL.sub("\ufffd", text))
        assert as_shown(row[0].value) == (expected or None)
        if text:
            assert row[0].data_type == "s"


def test_xlsx_goes_on_in_a_new_sheet_when_one_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tabular, "XLSX_MAX_ROWS", 4)  # header + 3 rows a sheet
    rows: list[list[Cell]] = [[f"n{i}", i, None, None] for i in range(7)]
    book = load_workbook(xlsx_file(tmp_path, rows))
    assert book.sheetnames == ["Worklist", "Worklist (2)", "Worklist (3)"]
    names = [[row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] for sheet in book]
    assert names == [["n0", "n1", "n2"], ["n3", "n4", "n5"], ["n6"]]
    assert all(sheet["A1"].value == "Name" for sheet in book)


def test_empty_export_has_the_header_only(tmp_path: Path) -> None:
    assert parse_csv(csv_bytes([])) == [["Name", "Number", "Received", "Note"]]
    sheet = load_workbook(xlsx_file(tmp_path, [])).active
    assert [c.value for c in sheet[1]] == ["Name", "Number", "Received", "Note"]
    assert sheet.max_row == 1


# -- progress, cancelling, streaming -----------------------------------------------------


def many(count: int) -> Iterator[list[Cell]]:
    for i in range(count):
        yield [f"Name {i} 张", i, date(2025, 1, 1 + i % 28), f"+{i}"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_progress_every_n_rows_and_at_the_end(fmt: str) -> None:
    seen: list[int] = []
    count = write_table(fmt, io.BytesIO(), COLUMNS, many(25), progress=seen.append, every=10)
    assert count == 25 and seen == [10, 20, 25]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_cancelling_midway_leaves_no_file(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    scratch = tmp_path / "temporary"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where the sheet files go
    target = tmp_path / f"out.{fmt}"
    seen: list[int] = []
    with pytest.raises(ExportCancelled), atomic_writer(target) as handle:
        write_table(
            fmt,
            handle,
            COLUMNS,
            many(1000),
            progress=seen.append,
            cancelled=lambda: len(seen) >= 3,
            every=100,
        )
    assert seen == [100, 200, 300]
    assert list(tmp_path.iterdir()) == [scratch]
    assert list(scratch.iterdir()) == [], "a temporary sheet file was left behind"


def test_a_failing_row_source_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")

    def broken() -> Iterator[list[Cell]]:
        yield ["fine", 1, None, None]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        write_csv(handle, COLUMNS, broken())
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        write_table("ods", io.BytesIO(), COLUMNS, [])


def _peak_bytes(fmt: str, count: int, tmp_path: Path) -> int:
    tracemalloc.start()
    try:
        with (tmp_path / f"m-{count}.{fmt}").open("wb") as handle:
            write_table(fmt, handle, COLUMNS, many(count))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    ("fmt", "small", "large"), [("csv", 10_000, 100_000), ("xlsx", 500, 8_000)]
)
def test_memory_does_not_grow_with_the_rows(
    fmt: str, small: int, large: int, tmp_path: Path
) -> None:
    # Ten or sixteen times the rows (past a whole batch of rows) must not take twice the memory.
    assert _peak_bytes(fmt, large, tmp_path) < 2 * _peak_bytes(fmt, small, tmp_path) + 1_000_000


# -- LibreOffice reads the XLSX as we meant it -------------------------------------------


def test_libreoffice_converts_the_xlsx_to_the_same_table(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (no soffice on PATH)")
    path = xlsx_file(tmp_path, ROWS, "worklist.xlsx")
    out = tmp_path / "lo"
    env = dict(os.environ, HOME=str(tmp_path))  # a profile of its own, never the user's
    subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env=env,
    )
    with (out / "worklist.csv").open(encoding="utf-8", newline="") as handle:
        converted = list(csv.reader(handle))

    def spelled(value: Cell) -> str:
        if value is None:
            return ""
        if isinstance(value, date):
            return value.isoformat()
        return read_back(str(value))

    assert converted[0] == [c.title for c in COLUMNS]
    assert converted[1:] == [[spelled(v) for v in row] for row in ROWS]


# -- the package stays a writer ----------------------------------------------------------


def test_exports_package_imports_no_qt_no_core_no_database() -> None:
    package = Path(tabular.__file__).parent
    forbidden = ("PySide6", "sqlalchemy", "kvisa_desk.core", "kvisa_desk.store", "kvisa_desk.ui")
    offenders = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.name}: {n}"
                for n in names
                if any(n == bad or n.startswith(bad + ".") for bad in forbidden)
            ]
    assert offenders == []
