"""The case summary PDF from the command line: read back, every section, audited."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.cases.refs import find_case_id
from kvisa_desk.core.checks.review import override_result
from kvisa_desk.core.checks.runs import all_case_ids, check_cases
from kvisa_desk.core.reports.summary import export_case_summary
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseEvent
from tests.samples import OKAFOR, application, write_json

pytestmark = pytest.mark.backend


def _text(path: Path) -> str:
    return " ".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


def test_summary_has_every_section_and_is_audited(db: Database, tmp_path: Path) -> None:
    chinese = application("KV-ZH", applicant__native_name="张伟", applicant__surname="Zhang")
    import_file(db, write_json(tmp_path / "a.json", [OKAFOR, chinese]), "officer.a")
    ids = all_case_ids(db)
    for _ in range(3):
        list(check_cases(db, ids, "officer.a"))
    override_result(
        db, find_case_id(db, "KV-ZH"), "K-PUR-01", None, "pass", "purpose confirmed", "officer.b"
    )
    out = export_case_summary(
        db, "officer.a", find_case_id(db, "KV-ZH"), tmp_path / "s.pdf", "en+zh"
    )
    text = _text(out)
    for expected in ("Zhang", "张伟", "C0000002", "K-AGE-01", "purpose confirmed", "passport"):
        assert expected in text
    with db.read() as session:
        kinds = set(session.scalars(select(CaseEvent.kind)))
    assert "case_summary_exported" in kinds


def test_redacted_summary_leaves_out_what_was_chosen_and_says_so(
    db: Database, tmp_path: Path
) -> None:
    import_file(db, write_json(tmp_path / "a.json", [OKAFOR]), "officer.a")
    out = export_case_summary(
        db,
        "officer.a",
        find_case_id(db, OKAFOR["application_id"]),
        tmp_path / "r.pdf",
        "en",
        ("officers", "screening"),
    )
    text = _text(out)
    assert "officer.a" not in text and "Screening facts" in text


def test_cli_summary(db: Database, tmp_path: Path) -> None:
    import_file(db, write_json(tmp_path / "a.json", [OKAFOR]), "officer.a")
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "cli.pdf"
    args = build_parser().parse_args(
        ["--db-url", db.url, "summary", OKAFOR["application_id"], "--out", str(target)]
    )
    assert dispatch(CliContext(args, out=out, err=err)) == 0, err.getvalue()
    assert target.read_bytes().startswith(b"%PDF")
    again = build_parser().parse_args(
        ["--db-url", db.url, "summary", OKAFOR["application_id"], "--out", str(target)]
    )
    assert dispatch(CliContext(again, out=out, err=err)) == 2  # never overwrites silently
