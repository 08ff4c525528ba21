"""The Checks tab names people as the rest of the window does: who ran the checks and who
overrode a result by full name ("王芳 Wang Fang"), never by login name ("by wangfang")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kvisa_desk.core.accounts.accounts import update_account
from kvisa_desk.core.checks.report import case_check_report, reports_of
from kvisa_desk.core.checks.review import override_result
from kvisa_desk.core.checks.runs import check_history
from kvisa_desk.store.engine import Database
from kvisa_desk.ui.checks.model import override_text
from kvisa_desk.ui.checks.texts import run_line
from kvisa_desk.ui.widgets.translations import switch_language
from tests.decisions.decisions_support import checked_case

pytestmark = pytest.mark.backend


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    switch_language("en")  # the application's language is shared by every later test


def test_who_checked_and_who_overrode_read_as_full_names(
    db: Database, tmp_path: Path, qtbot: Any, back_to_english: None
) -> None:
    case_id = checked_case(db, tmp_path)
    update_account(db, "officer.a", "test.admin", display_name="王芳 Wang Fang")
    update_account(db, "officer.b", "test.admin", display_name="周敏 Zhou Min")
    first = case_check_report(db, case_id)
    assert first is not None
    line = first.lines[0]
    override_result(
        db, case_id, line.rule_id, line.subject, "review", "Called the university", "officer.b"
    )
    report = case_check_report(db, case_id)
    assert report is not None and report.officer_name == "王芳 Wang Fang"
    overridden = next(x for x in report.lines if x.override is not None)
    assert overridden.override is not None and overridden.override.officer_name == "周敏 Zhou Min"
    for language in ("en", "zh_CN"):
        switch_language(language)
        ran, why = run_line(report), override_text(overridden)
        assert "王芳 Wang Fang" in ran and "officer.a" not in ran, ran
        assert "周敏 Zhou Min" in why and "officer.b" not in why, why
    history = reports_of(db, check_history(db, case_id))  # the Runs list names them too
    assert {r.officer_name for r in history} == {"王芳 Wang Fang"}
