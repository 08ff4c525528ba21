"""Core's reasons for rejecting a record, shown in the window's language with their values."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.store.engine import Database
from kvisa_desk.ui.imports.reasons import reason_words
from kvisa_desk.ui.widgets.translations import install_translations
from tests.samples import application, write_json, write_jsonl


@pytest.fixture
def chinese(qtbot: Any) -> Iterator[None]:
    install_translations(QCoreApplication.instance(), "zh_CN")
    yield
    install_translations(QCoreApplication.instance(), "en")


def bad_records() -> list[dict[str, Any]]:
    return [
        application("KV-R-DATE", applicant__date_of_birth="1996-02-30"),
        application("KV-R-EMPTY", passport__number=""),
        application("KV-R-TYPE", travel__stay_days="ninety"),
        application("KV-R-CHOICE", applicant__sex="Q"),
        application("KV-R-COUNTRY", applicant__nationality="Germany"),
        application("KV-R-FORMAT", applicant__date_of_birth="29/02/1996"),
        application("KV-R-ISCED", education=[{**application("x")["education"][0], "isced_f": "7"}]),
    ]


def test_every_reason_core_gives_for_common_mistakes_is_translated(
    chinese: None, db: Database, tmp_path: Path
) -> None:
    report = import_file(db, write_json(tmp_path / "bad.json", bad_records()), "officer", "LON")
    reasons = [r.reason for r in report.rejected]
    assert len(reasons) == len(bad_records())
    for reason in reasons:
        shown = reason_words(reason)
        assert shown != reason, f"no template for core's reason: {reason!r}"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in shown)
    # The values core put in stay as they were (a date, a code).
    calendar = next(r for r in reasons if "calendar" in r)
    assert "1996-02-30" in reason_words(calendar)


def test_a_reason_with_no_template_is_shown_as_core_gave_it(chinese: None) -> None:
    assert reason_words("a reason nobody wrote a template for") == (
        "a reason nobody wrote a template for"
    )


def test_in_english_the_reason_is_core_s_own(qtbot: Any) -> None:
    reason = "'1996-02-30' is not a date in the calendar"
    assert reason_words(reason) == reason
    assert reason_words("must be a JSON object { … }") == "must be a JSON object { … }"


def test_the_chinese_report_says_position_field_and_problem_in_chinese(
    chinese: None, qtbot: Any, db: Database, tmp_path: Path
) -> None:
    """Not "two.jsonl:line 2", `applicant.date_of_birth` or `90, not "90"` (shot 57)."""
    from kvisa_desk.ui.imports.result_dialog import ImportResultDialog

    records = [
        application("KV-ZH-GOOD"),
        application("KV-ZH-BAD", travel__stay_days="90"),
    ]
    path = write_jsonl(tmp_path / "two.jsonl", records)
    report = import_file(db, path, "officer", "LON")
    dialog = ImportResultDialog(report, "officer")
    qtbot.addWidget(dialog)
    [rejected] = [r for r in dialog.all_rows if r.outcome == "rejected"]
    assert rejected.position == "two.jsonl第2行"
    assert rejected.fields == "停留天数"  # as the case view names it
    assert rejected.meaning == "必须是不带引号的数字：应写 90，而不是“90”"
    # Imported again: nothing is new, and the headline says so and why.
    again = ImportResultDialog(import_file(db, path, "officer", "LON"), "officer")
    qtbot.addWidget(again)
    assert again.headline.text().startswith("没有从two.jsonl导入新的申请")
