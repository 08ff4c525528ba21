"""The case summary prints each rule's finding in its language: Chinese in a Chinese summary,
both in a bilingual one; a revision-1 run's stored English stays as it was."""

from __future__ import annotations

import os
from pathlib import Path

from kvisa_desk.core.checks.report import run_case_checks
from kvisa_desk.core.checks.runs import check_cases
from kvisa_desk.core.reports.summary import build_case_summary, export_case_summary
from kvisa_desk.store.engine import Database
from tests.samples import application
from tests.ui.conftest import import_applications


def _case(db: Database) -> int:
    record = application("KV-SUM-ZH", applicant__date_of_birth="1975-01-10")
    case_id = import_applications(db, [record]).first_case_id
    assert case_id is not None
    return case_id


def _age_detail(db: Database, case_id: int, language: str) -> str:
    summary = build_case_summary(db, case_id, "test.officer", (), language)
    return next(r.detail for r in summary.check_runs[-1].results if r.rule_id == "K-AGE-01")


def test_summary_findings_in_the_summary_language(db: Database, tmp_path: Path) -> None:
    case_id = _case(db)
    run_case_checks(db, case_id, "test.officer")
    english = "Born 1975-01-10, 50 on 2025-10-15; band 18–45; outside the band."
    chinese = (
        "出生于1975年1月10日，至2025年10月15日年满50周岁；规定范围18至45周岁；不在规定范围内。"
    )
    assert _age_detail(db, case_id, "en") == english
    assert _age_detail(db, case_id, "zh") == chinese
    assert _age_detail(db, case_id, "en+zh") == f"{english}\n{chinese}"
    out = Path(os.environ.get("KVISA_DOCS_SCREENSHOTS") or tmp_path) / "summary-findings-zh.pdf"
    export_case_summary(db, "test.officer", case_id, out, "zh")
    assert out.read_bytes().startswith(b"%PDF")


def test_a_revision_1_run_keeps_its_english_in_a_chinese_summary(db: Database) -> None:
    case_id = _case(db)
    list(check_cases(db, [case_id], "test.officer", revision=1))
    english = "Born 1975-01-10, 50 on 2025-10-15; band 18–45; outside the band."
    assert _age_detail(db, case_id, "zh") == english
    assert _age_detail(db, case_id, "en+zh") == english


def test_decision_grounds_in_the_summary_language(db: Database) -> None:
    from kvisa_desk.core.decisions.decisions import recommend

    case_id = _case(db)
    run_case_checks(db, case_id, "test.officer")
    recommend(
        db, "test.officer", case_id, "refuse", grounds=["K-AGE-01"], reasoning="Outside the band"
    )
    summary = build_case_summary(db, case_id, "test.officer", (), "zh")
    (decision,) = summary.decisions
    assert decision.grounds == (
        "K-AGE-01: 出生于1975年1月10日，至2025年10月15日年满50周岁；规定范围18至45周岁；"
        "不在规定范围内。",
    )
