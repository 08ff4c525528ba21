"""Nothing internal is ever shown: every PDF kind, export and command-line text output of a
case taken from import to letter, in each language, is read back and searched for stored
codes (`ready_for_decision`, `passport_scan`) and raw subjects (`education[0]`), the rules'
findings included (templates in both languages since pack revision 2).

What is data, not vocabulary, is allowed: usernames, e-mail addresses, file names, and the
columns a machine reads (the code columns, the audit's recorded details). Set
OFFICER_WORDS_RENDERS to keep every file for a look (pdftoppm -png).
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
from pathlib import Path

import pypdf
import pytest
from openpyxl import load_workbook

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.accounts.audit_view import AuditFilter, export_audit
from kvisa_desk.core.cases.notes import add_note
from kvisa_desk.core.cases.workflow import assign_case
from kvisa_desk.core.checks.review import override_result
from kvisa_desk.core.decisions.letters import issue_letter
from kvisa_desk.core.reports.exports import export_worklist
from kvisa_desk.core.reports.report import export_dashboard_report
from kvisa_desk.core.reports.summary import build_case_summary, export_case_summary
from kvisa_desk.pdf.summary import render_case_summary
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case
from tests.decisions.decisions_support import approved_case, checked_case, refused_case

pytestmark = pytest.mark.backend

SNAKE = re.compile(r"(?<![\w.@/-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w@/-]|\.\w)")
SUBJECT = re.compile(r"\b(?:education|employment)\[\d+\]")
# Data, not vocabulary: e-mail addresses, file names and paths, usernames (a.b).
DATA = re.compile(r"\S+@\S+|\S+\.(?:pdf|jpe?g|png|json|csv|xlsx|heic|txt)\b|/\S+")


def leaks(text: str) -> list[str]:
    """The stored codes and raw subjects TEXT shows an officer."""
    plain = DATA.sub(" ", text)
    return sorted(set(SNAKE.findall(plain)) | set(SUBJECT.findall(plain)))


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


def table_text(rows: list[list[str]]) -> str:
    """The cells people read: not the code columns, nor the audit's recorded details."""
    header = rows[0]
    machine = {i for i, h in enumerate(header) if h.endswith((" code", "代码"))}
    machine |= {i for i, h in enumerate(header) if h in ("Recorded details", "记录的详情")}
    return "\n".join(
        " ".join(cell for i, cell in enumerate(row) if i not in machine) for row in rows
    )


def csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def cli(db: Database, *argv: str, user: str = "supervisor.s") -> str:
    os.environ["KVISA_USER"] = user
    out, err = io.StringIO(), io.StringIO()
    url = str(db.engine.url.render_as_string(hide_password=False))
    args = build_parser().parse_args(["--db-url", url, *argv])
    code = dispatch(CliContext(args, out=out, err=err))
    assert code == 0, err.getvalue()
    return out.getvalue()


@pytest.fixture
def worked(db: Database, tmp_path: Path) -> dict[str, int]:
    """A case refused with its letter issued, and one approved after an override."""
    refused, _ = refused_case(db, tmp_path)
    issue_letter(db, "officer.a", refused)
    add_note(db, refused, "Called the host institution: the visit is confirmed.", "officer.a")
    approved = approved_case(db, tmp_path, "KV-APP-W")
    open_case = checked_case(db, tmp_path, "KV-OPEN-W", verify=False)
    with db.read() as session:
        version = session.get(Case, open_case).version  # type: ignore[union-attr]
    assign_case(db, open_case, version, "officer.a", "supervisor.s")
    override_result(db, open_case, "K-PUR-01", None, "pass", "purpose confirmed", "officer.a")
    return {"refused": refused, "approved": approved, "open": open_case}


def test_no_stored_code_reaches_a_page_a_file_or_the_terminal(
    db: Database, tmp_path: Path, worked: dict[str, int]
) -> None:
    out = tmp_path / "renders"
    out.mkdir()
    shown: dict[str, str] = {}
    for name, case_id in worked.items():
        export_case_summary(db, "officer.a", case_id, out / f"summary-{name}.pdf", "en+zh")
        for language in ("en", "zh", "en+zh"):
            pdf = out / f"summary-{name}-{language}.pdf"
            summary = build_case_summary(db, case_id, "officer.a", language=language)
            pdf.write_bytes(render_case_summary(summary, language))
            shown[pdf.name] = pdf_text(pdf)
    for language in ("en", "zh", "en+zh"):
        pdf = out / f"report-{language}.pdf"
        export_dashboard_report(db, "supervisor.s", pdf, language=language)
        shown[pdf.name] = pdf_text(pdf)
    for language in ("en", "zh"):
        sheet = out / f"worklist-{language}.csv"
        export_worklist(db, sheet, "csv", "officer.a", language=language)
        shown[sheet.name] = table_text(csv_rows(sheet))
        book = out / f"worklist-{language}.xlsx"
        export_worklist(db, book, "xlsx", "officer.a", language=language)
        sheet_rows = load_workbook(book).active.iter_rows(values_only=True)
        cells = [[str(c or "") for c in r] for r in sheet_rows]
        shown[book.name] = table_text(cells)
        trail = out / f"audit-{language}.csv"
        export_audit(db, "supervisor.s", AuditFilter(), trail, language)
        shown[trail.name] = table_text(csv_rows(trail))
    refused = f"C{worked['refused']:07d}"
    commands = (
        ["cases"], ["show", refused], ["documents", "list", refused], ["dashboard"],
        ["check", f"C{worked['open']:07d}"],
    )  # fmt: skip
    for argv in commands:
        said = cli(db, *argv)
        shown["kvisa-desk " + " ".join(argv)] = said
    if os.environ.get("OFFICER_WORDS_RENDERS"):
        shutil.copytree(out, os.environ["OFFICER_WORDS_RENDERS"], dirs_exist_ok=True)
    found = {where: leaks(text) for where, text in shown.items() if leaks(text)}
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())
    # The words did arrive, in the language asked for.
    assert "Passport scan" in shown["summary-refused-en.pdf"]
    assert "护照扫描件" in shown["summary-refused-zh.pdf"]
    # The findings are scanned too, now templates: they arrive in the reader's language.
    assert "周岁" in shown["summary-refused-zh.pdf"]
    assert "K-AGE-01" in shown["kvisa-desk check " + f"C{worked['open']:07d}"]
    assert "已拒签" in shown["worklist-zh.csv"] or "已出具函件" in shown["worklist-zh.csv"]


def test_the_scan_finds_what_it_looks_for() -> None:
    assert leaks("Status: ready_for_decision, see education[0]") == [
        "education[0]",
        "ready_for_decision",
    ]
    assert leaks("li_wei@example.org sent passport_scan.pdf to /tmp/a_b") == []
    assert leaks("Awaiting sign-off · Degree 1 · University of Lagos") == []
