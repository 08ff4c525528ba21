"""`export_worklist`: the columns, the filters, the audit record, and nothing left by a failure."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from export_samples import make_cases, move, read_csv, sample_records, set_columns
from openpyxl import load_workbook
from sqlalchemy import select

from kvisa_desk.core.accounts.audit import verify_chain
from kvisa_desk.core.errors import InvalidInput, PermissionRefused
from kvisa_desk.core.reports.exports import (
    DEFAULT_COLUMNS,
    EVENT_KIND,
    WORKLIST_COLUMNS,
    ExportCancelled,
    export_worklist,
)
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseEvent, format_case_ref
from tests.samples import TRICKY_NAMES

pytestmark = pytest.mark.backend

TODAY = date(2025, 11, 1)
HEADER = [c.title for c in WORKLIST_COLUMNS]
# Every column that identifies a case, so rows can be found by application id.
KEYED = ("case", "application_id", "post", "applicant", "native_name", "nationality", "status",
         "outcome", "received", "days_open")  # fmt: skip
KEYED_HEADER = [
    "Case", "Application ID", "Post", "Applicant", "Native name", "Nationality", "Status",
    "Status code", "Check outcome", "Check outcome code", "Received", "Days open",
]  # fmt: skip


def export_events(db: Database) -> list[CaseEvent]:
    with db.read() as session:
        return list(
            session.scalars(
                select(CaseEvent).where(CaseEvent.kind == EVENT_KIND).order_by(CaseEvent.id)
            )
        )


@pytest.fixture
def cases(db: Database, tmp_path: Path) -> list[int]:
    records = sample_records()
    for i, record in enumerate(records):
        record["received_at"] = (TODAY - timedelta(days=3 * i)).isoformat()
    return make_cases(db, tmp_path, records)


def test_csv_export_has_every_column_and_case(
    db: Database, tmp_path: Path, cases: list[int]
) -> None:
    out = tmp_path / "out" / "worklist.csv"
    report = export_worklist(db, out, "csv", "officer.a", today=TODAY, columns=KEYED)
    assert (report.rows, report.path, report.format) == (len(cases), out, "csv")
    rows = read_csv(out)
    assert rows[0] == KEYED_HEADER
    assert [r[0] for r in rows[1:]] == [format_case_ref(i) for i in sorted(cases)]
    first = rows[1]
    assert first[1:8] == [
        "KV-EXP-0", "LON", "Okafor, Chiamaka Adaeze", "", "NGA", "Received", "received"
    ]  # fmt: skip
    assert first[8:] == ["Not checked", "unchecked", TODAY.isoformat(), "0"]
    by_id = {r[1]: r for r in rows[1:]}
    chinese = by_id["KV-EXP-T0"]
    assert chinese[3:5] == ["张, 伟", "张伟"]
    assert by_id["KV-EXP-T4"][3].startswith(TRICKY_NAMES[4][0])  # O'Brien'; DROP ... unchanged
    formula = by_id["KV-EXP-T5"]
    assert formula[3:5] == ["'=cmd|' /C calc'!A0, +1", "'@SUM(A1)"]
    assert int(by_id["KV-EXP-3"][11]) == 9  # received three days apart


def test_the_default_columns_are_the_worklists_in_the_chosen_language(
    db: Database, tmp_path: Path, cases: list[int]
) -> None:
    assert HEADER == [
        "Case", "Applicant", "Native name", "Nationality", "Age", "Status", "Status code",
        "Check outcome", "Check outcome code", "Received", "Days open", "Officer",
    ]  # fmt: skip
    out = tmp_path / "zh.csv"
    export_worklist(db, out, "csv", "officer.a", today=TODAY, language="zh")
    rows = read_csv(out)
    assert rows[0][:6] == ["案件", "申请人", "本国文字姓名", "国籍", "年龄", "状态"]
    first = rows[1]
    assert first[5:9] == ["已受理", "received", "未核查", "unchecked"]
    assert first[4].isdigit()  # age on the day received
    xlsx = tmp_path / "zh.xlsx"
    export_worklist(db, xlsx, "xlsx", "officer.a", today=TODAY, language="zh")
    assert load_workbook(xlsx).active.title == "工作清单"
    with pytest.raises(InvalidInput):
        export_worklist(db, tmp_path / "x.csv", "csv", "officer.a", language="fr")
    with pytest.raises(InvalidInput):
        export_worklist(db, tmp_path / "x.csv", "csv", "officer.a", columns=("surname",))


def test_xlsx_export_types_and_formulas(db: Database, tmp_path: Path, cases: list[int]) -> None:
    out = tmp_path / "worklist.xlsx"
    report = export_worklist(db, out, "xlsx", "officer.a", today=TODAY, columns=KEYED)
    assert report.rows == len(cases)
    sheet = load_workbook(out).active
    assert sheet.title == "Worklist"
    assert [c.value for c in sheet[1]] == KEYED_HEADER
    rows = {r[1].value: r for r in sheet.iter_rows(min_row=2)}
    assert len(rows) == len(cases)
    okafor = rows["KV-EXP-0"]
    assert okafor[10].is_date and okafor[10].value.date() == TODAY
    assert okafor[11].data_type == "n" and okafor[11].value == 0
    formula = rows["KV-EXP-T5"]
    assert [c.value for c in formula[3:5]] == ["=cmd|' /C calc'!A0, +1", "@SUM(A1)"]
    assert {c.data_type for c in formula[3:5]} == {"s"}
    assert rows["KV-EXP-T0"][4].value == "张伟"


def test_filters_selection_and_days_open_only_while_open(
    db: Database, tmp_path: Path, cases: list[int]
) -> None:
    move(db, cases[0], "in_review", "officer.a")
    move(db, cases[1], "approved", "officer.b")
    set_columns(db, cases[2:4], effective_outcome="review")
    set_columns(db, [cases[0]], effective_outcome="pass")

    def exported(name: str, **filters: object) -> list[list[str]]:
        export_worklist(db, tmp_path / name, "csv", "officer.a", today=TODAY, **filters)  # type: ignore[arg-type]
        return read_csv(tmp_path / name)[1:]

    in_review = exported("a.csv", status="in_review")
    assert [r[0] for r in in_review] == [format_case_ref(cases[0])]
    assert in_review[0][5:9] == ["In review", "in_review", "Pass", "pass"]
    approved = exported("b.csv", status="approved")
    assert approved[0][10] == "", "a decided case has no days open"
    assert [r[0] for r in exported("c.csv", outcome="review")] == [
        format_case_ref(i) for i in sorted(cases[2:4])
    ]
    unchecked = exported("d.csv", outcome="unchecked")
    assert len(unchecked) == len(cases) - 3
    chosen = [cases[5], cases[2], cases[3], cases[5]]
    selected = exported("e.csv", case_ids=chosen, outcome="review")
    assert [r[0] for r in selected] == [format_case_ref(i) for i in sorted(cases[2:4])]


def test_every_export_is_recorded_with_filter_and_count_but_no_names(
    db: Database, tmp_path: Path, cases: list[int]
) -> None:
    export_worklist(db, tmp_path / "a.csv", "csv", "officer.a", status="received")
    export_worklist(db, tmp_path / "b.xlsx", "xlsx", "officer.b", case_ids=cases[:2])
    first, second = export_events(db)
    assert first.officer == "officer.a" and first.case_id is None
    assert first.details == {
        "format": "csv",
        "language": "en",
        "columns": list(DEFAULT_COLUMNS),
        "filter": {"status": "received", "outcome": None},
        "rows": len(cases),
    }
    assert second.officer == "officer.b"
    assert second.details["format"] == "xlsx" and second.details["rows"] == 2
    assert second.details["filter"]["selection"] == {
        "count": 2,
        "case_ids": [format_case_ref(i) for i in sorted(cases[:2])],
    }
    recorded = json.dumps([first.details, second.details], ensure_ascii=False)
    for surname, given, _native in TRICKY_NAMES:
        assert surname not in recorded and given not in recorded
    assert "Okafor" not in recorded and "a.csv" not in recorded
    assert verify_chain(db).ok


def test_a_large_selection_is_recorded_by_count_and_digest(db: Database, tmp_path: Path) -> None:
    export_worklist(db, tmp_path / "a.csv", "csv", "officer.a", case_ids=list(range(1, 1502)))
    (event,) = export_events(db)
    selection = event.details["filter"]["selection"]
    assert selection["count"] == 1501 and len(selection["sha256"]) == 64
    assert "case_ids" not in selection and event.details["rows"] == 0


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_cancelled_export_leaves_no_file_and_no_record(
    db: Database, tmp_path: Path, cases: list[int], fmt: str
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    progress: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelled):
        export_worklist(
            db,
            out / f"worklist.{fmt}",
            fmt,
            "officer.a",
            progress=lambda done, total: progress.append((done, total)),
            cancelled=lambda: len(progress) >= 2,
            every=3,
        )
    assert progress == [(3, len(cases)), (6, len(cases))]
    assert list(out.iterdir()) == []
    assert export_events(db) == []


def test_progress_reports_done_and_total(db: Database, tmp_path: Path, cases: list[int]) -> None:
    seen: list[tuple[int, int]] = []
    export_worklist(
        db,
        tmp_path / "w.csv",
        "csv",
        "officer.a",
        progress=lambda d, t: seen.append((d, t)),
        every=5,
    )
    n = len(cases)
    assert seen == [(d, n) for d in range(5, n, 5)] + [(n, n)]


def test_replacing_a_file_is_atomic_and_failures_keep_the_old_one(
    db: Database, tmp_path: Path, cases: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "w.csv"
    out.write_text("old")
    import kvisa_desk.core.reports.exports as exports

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(exports, "_as_rows", broken)
    with pytest.raises(OSError, match="disk full"):
        export_worklist(db, out, "csv", "officer.a")
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert export_events(db) == []


def test_unrecordable_export_removes_its_file(
    db: Database, tmp_path: Path, cases: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import kvisa_desk.core.reports.exports as exports

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("audit unavailable")

    monkeypatch.setattr(exports, "record_event", refuse)
    out = tmp_path / "w.csv"
    with pytest.raises(RuntimeError):
        export_worklist(db, out, "csv", "officer.a")
    assert not out.exists()


@pytest.mark.parametrize(
    ("fmt", "status", "outcome"), [("ods", None, None), ("csv", "bogus", None), ("csv", None, "ok")]
)
def test_unusable_options_are_refused_before_anything_is_written(
    db: Database, tmp_path: Path, fmt: str, status: str | None, outcome: str | None
) -> None:
    with pytest.raises(InvalidInput):
        export_worklist(db, tmp_path / "w", fmt, "officer.a", status=status, outcome=outcome)
    assert list(tmp_path.iterdir()) == [] or not (tmp_path / "w").exists()
    assert export_events(db) == []


def test_empty_export_is_still_recorded(db: Database, tmp_path: Path) -> None:
    report = export_worklist(db, tmp_path / "w.csv", "csv", "officer.a", status="refused")
    assert report.rows == 0 and read_csv(tmp_path / "w.csv") == [HEADER]
    assert export_events(db)[0].details["rows"] == 0


def test_only_accounts_that_may_export_do(db: Database, tmp_path: Path, cases: list[int]) -> None:
    for actor in ("test.admin", "no.such.account"):  # administrators do no case work
        with pytest.raises(PermissionRefused):
            export_worklist(db, tmp_path / "w.csv", "csv", actor)
    assert list(tmp_path.glob("w.csv*")) == [] and export_events(db) == []
