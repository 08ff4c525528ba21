"""What a Chinese window shows where it used to show English or a code: the case summary's
language follows the window's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLabel

from kvisa_desk.store.engine import Database
from kvisa_desk.ui.case.exports import CaseExportOptions
from kvisa_desk.ui.widgets.translations import switch_language


@pytest.fixture
def chinese_window() -> Iterator[None]:
    switch_language("zh_CN")
    yield
    switch_language("en")  # the application's language is shared by every later test


def test_the_summary_is_offered_in_the_window_s_language(qtbot: Any, chinese_window: None) -> None:
    options = CaseExportOptions("案件摘要")
    qtbot.addWidget(options)
    assert options.chosen()[0] == "zh"  # was English whatever the window's language
    switch_language("en")
    english = CaseExportOptions("Case summary")
    qtbot.addWidget(english)
    assert english.chosen()[0] == "en"


def test_codes_read_as_words_in_the_window_s_language(qtbot: Any, chinese_window: None) -> None:
    from kvisa_desk.ui.widgets.labels import country_words

    assert country_words("DEU") == "德国（DEU）" and country_words("deu") == "德国（DEU）"
    assert country_words("") == "" and country_words("UNK") == ""  # no country: the code alone
    switch_language("en")
    assert country_words("DEU") == "Germany (DEU)"


def test_a_post_reads_as_the_mission_s_own_name_once_it_has_one() -> None:
    from kvisa_desk.core.post.post_names import post_title
    from kvisa_desk.core.post.settings import PostSettingsView

    unnamed = PostSettingsView("BER", 0, {})
    assert post_title(unnamed, "zh") == "BER"  # the generic default names no mission
    named = PostSettingsView(
        "BER",
        2,
        {
            "letterhead_name_zh": "中华人民共和国驻德意志联邦共和国大使馆",
            "letterhead_name_en": "Embassy of the People's Republic of China in Germany",
        },
    )
    assert post_title(named, "zh") == "中华人民共和国驻德意志联邦共和国大使馆（BER）"
    assert post_title(named, "en") == ("Embassy of the People's Republic of China in Germany (BER)")


def test_the_case_view_reads_codes_as_words_in_chinese(
    qtbot: Any, db: Database, chinese_window: None
) -> None:
    from kvisa_desk.core.cases.cases import case_detail
    from kvisa_desk.core.post.settings import update_post_settings
    from kvisa_desk.ui.case.view import CaseView
    from kvisa_desk.ui.widgets.context import DeskContext
    from kvisa_desk.ui.widgets.operations import OperationRunner
    from tests.samples import application
    from tests.ui.conftest import import_applications

    record = application("KV-ZH-1", applicant__sex="M", applicant__nationality="DEU",
                         passport__issuing_state="DEU", post="BER")  # fmt: skip
    report = import_applications(db, [record])
    assert report.first_case_id is not None
    update_post_settings(
        db, "BER", {"letterhead_name_zh": "中华人民共和国驻德意志联邦共和国大使馆"}, "supervisor.s"
    )
    runner = OperationRunner()
    view = CaseView(DeskContext(db, "test.officer", runner), case_detail(db, report.first_case_id))
    qtbot.addWidget(view)
    view.show()
    sex = view.findChild(QComboBox, "applicant.sex")
    assert sex is not None and sex.currentText() == "男" and sex.currentData() == "M"  # not "M"
    view.build_tab_of("passport.issuing_state")
    for path in ("applicant.nationality", "passport.issuing_state"):
        words = view.findChild(QLabel, f"{path}.words")
        assert words is not None and words.text() == "德国（DEU）", path
    assert "受理馆 中华人民共和国驻德意志联邦共和国大使馆（BER）" in view.header.case_label.text()
    view.build_tab_of("history")
    assert view.history.horizontalHeaderItem(1).text() == "操作人"
    runner.wait()
