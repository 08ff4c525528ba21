"""`kvisa-desk export` and `kvisa-desk dashboard`: output, files and exit statuses."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from export_samples import make_cases, move, read_csv, sample_records
from openpyxl import load_workbook
from sqlalchemy import select

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.accounts.accounts import create_account
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseEvent

pytestmark = pytest.mark.backend


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(
    db: Database, *argv: str, err: io.StringIO | None = None, user: str = "officer.cli"
) -> tuple[int, str, str]:
    out, err = io.StringIO(), err if err is not None else io.StringIO()
    args = build_parser().parse_args(["--db-url", db.url, "--user", user, *argv])
    code = dispatch(CliContext(args, out=out, err=err))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cases(db: Database, tmp_path: Path) -> list[int]:
    ids = make_cases(db, tmp_path, sample_records())
    move(db, ids[0], "refused", "officer.a")
    return ids


def test_export_csv_then_xlsx_with_filter(db: Database, tmp_path: Path, cases: list[int]) -> None:
    out = tmp_path / "w.csv"
    code, stdout, stderr = run(db, "export", "--format", "csv", "--out", str(out))
    assert (code, stderr) == (0, "")
    assert stdout == f"exported {len(cases)} cases to {out} (csv)\n"
    assert len(read_csv(out)) == len(cases) + 1
    book = tmp_path / "refused.xlsx"
    code, stdout, _ = run(db, "export", "--out", str(book), "--status", "refused")
    assert code == 0 and "exported 1 cases" in stdout and "(xlsx)" in stdout
    assert load_workbook(book).active.max_row == 2
    with db.read() as session:
        recorded = session.scalars(
            select(CaseEvent).where(CaseEvent.kind == "worklist_exported").order_by(CaseEvent.id)
        ).all()
    assert [(e.officer, e.details["rows"], e.details["filter"]["status"]) for e in recorded] == [
        ("officer.cli", len(cases), None),
        ("officer.cli", 1, "refused"),
    ]


def test_export_in_chinese_keeps_codes_beside_the_labels(
    db: Database, tmp_path: Path, cases: list[int]
) -> None:
    out = tmp_path / "zh.csv"
    code, _, stderr = run(db, "export", "--out", str(out), "--lang", "zh")
    assert (code, stderr) == (0, "")
    header, *rows = read_csv(out)
    assert header[-1] == "签证官" and "年龄" in header
    at = header.index("状态")
    assert header[at + 1] == "状态代码"
    assert {(r[at], r[at + 1]) for r in rows} == {("已受理", "received"), ("已拒签", "refused")}
    assert {r[header.index("核查结果")] for r in rows} == {"未核查"}


def test_export_refuses_to_overwrite_without_force(
    db: Database, tmp_path: Path, cases: list[int]
) -> None:
    out = tmp_path / "w.csv"
    out.write_text("keep me")
    code, stdout, stderr = run(db, "export", "--format", "csv", "--out", str(out))
    assert (code, stdout) == (2, "")
    assert "exists" in stderr and "--force" in stderr
    assert out.read_text() == "keep me"
    code, _, _ = run(db, "export", "--format", "csv", "--out", str(out), "--force")
    assert code == 0 and out.read_bytes().startswith(b"\xef\xbb\xbfCase,")


def test_export_needs_a_known_format(db: Database, tmp_path: Path) -> None:
    code, _, stderr = run(db, "export", "--out", str(tmp_path / "w.txt"))
    assert code == 2 and "--format" in stderr
    assert not (tmp_path / "w.txt").exists()
    with pytest.raises(SystemExit) as stop:
        run(db, "export", "--format", "ods", "--out", str(tmp_path / "w.ods"))
    assert stop.value.code == 2


def test_export_shows_progress_on_a_terminal_only(
    db: Database, tmp_path: Path, cases: list[int]
) -> None:
    terminal = Terminal()
    code, _, stderr = run(db, "export", "--out", str(tmp_path / "a.csv"), err=terminal)
    assert code == 0 and f"exported {len(cases)} of {len(cases)} cases" in stderr
    code, _, stderr = run(db, "export", "--out", str(tmp_path / "b.csv"))
    assert (code, stderr) == (0, "")


def test_dashboard_text_and_json(db: Database, cases: list[int]) -> None:
    code, stdout, stderr = run(db, "dashboard")
    assert (code, stderr) == (0, "")
    assert "Dashboard: all posts" in stdout and "Refusal rate" not in stdout
    code, stdout, _ = run(db, "dashboard", "--post", "LON", "--json", "--from", "2025-01-01")
    board = json.loads(stdout)
    assert code == 0 and board["post"] == "LON" and board["date_from"] == "2025-01-01"
    assert board["received"] == len(cases)
    assert board["decisions_by_outcome"] == {"refused": 1}


def test_supervisors_see_refusal_rates(
    db: Database, cases: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    password = os.environ.get("KVISA_PASSWORD") or "exports test password"
    monkeypatch.setenv("KVISA_PASSWORD", password)
    with db.write() as session:
        create_account(session, "sup.exports", password, "supervisor", "test", must_change=False)
    code, stdout, _ = run(db, "dashboard", user="sup.exports")
    assert code == 0 and "Refusal rate by recommending officer" in stdout and "officer.a" in stdout
    code, stdout, _ = run(db, "dashboard", "--json", user="sup.exports")
    assert json.loads(stdout)["refusal_by_officer"][0]["key"] == "officer.a"


def test_administrators_may_not_export(db: Database, tmp_path: Path, cases: list[int]) -> None:
    code, _, stderr = run(db, "export", "--out", str(tmp_path / "w.csv"), user="test.admin")
    assert code == 3 and "may not" in stderr
    assert not (tmp_path / "w.csv").exists()


def test_dashboard_bad_date_is_a_usage_error(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        run(db, "dashboard", "--from", "15/10/2025")
    assert stop.value.code == 2 and "YYYY-MM-DD" in capsys.readouterr().err
    code, _, stderr = run(db, "dashboard", "--from", "2025-02-01", "--to", "2025-01-01")
    assert code == 2 and "after it ends" in stderr
