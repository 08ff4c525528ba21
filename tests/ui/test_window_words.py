"""What a Chinese window shows where it used to show English or a code: the case summary's
language follows the window's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

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
    from kvisa_desk.ui.widgets.labels import country_words, sex_choices

    assert country_words("DEU") == "德国（DEU）" and country_words("deu") == "德国（DEU）"
    assert country_words("") == "" and country_words("UNK") == ""  # no country: the code alone
    assert dict(sex_choices())["M"] == "男" and sex_choices()[0] == ("", "")
    switch_language("en")
    assert country_words("DEU") == "Germany (DEU)" and dict(sex_choices())["F"] == "Female"


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
