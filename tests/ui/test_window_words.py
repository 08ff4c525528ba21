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
