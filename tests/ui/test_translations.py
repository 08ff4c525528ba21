"""English and Simplified Chinese: every string translated, the compiled catalogue current,
the window in Chinese, dates and numbers in the language's own way."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.shell.translation_catalog import (
    extract,
    source_files,
    ts_path,
    untranslated,
    would_be_dropped,
)
from kvisa_desk.ui.widgets import translations
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.labels import date_text, outcome_label
from kvisa_desk.ui.widgets.translations import (
    CatalogueTranslator,
    chosen_language,
    install_translations,
    read_ts,
    remember_language,
)
from tests.samples import application
from tests.ui.conftest import import_applications

PLACEHOLDER = re.compile(r"\{\w+\}|%\w")


@pytest.fixture
def chinese(qtbot: Any) -> Iterator[None]:
    install_translations(QCoreApplication.instance(), "zh_CN")
    yield
    install_translations(QCoreApplication.instance(), "en")


def test_every_string_of_the_window_has_a_chinese_translation() -> None:
    assert [f"{m.location} [{m.context}] {m.source}" for m in untranslated("zh_CN")] == []
    assert len(extract()) > 300


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_finished_translation_would_be_dropped_by_an_update(language: str) -> None:
    # A module moved to another folder, or a helper the extractor no longer finds, would make
    # `--update` drop its strings' translations while every remaining string is translated.
    assert would_be_dropped(language) == []


def test_the_extractor_reads_the_window_in_every_subfolder() -> None:
    read = {path.name for path in source_files()}
    assert {"labels.py", "main_window.py", "translation_catalog.py"} <= read
    assert all(path.suffix == ".py" for path in source_files()) and len(read) > 60


def test_translations_keep_every_placeholder() -> None:
    for (context, source), text in read_ts(ts_path("zh_CN")).items():
        found, kept = set(PLACEHOLDER.findall(source)), set(PLACEHOLDER.findall(text))
        assert found == kept, f"[{context}] {source!r} -> {text!r}"


def test_the_compiled_catalogue_matches_the_source_catalogue(qtbot: Any) -> None:
    compiled = QTranslator()
    assert compiled.load(str(ts_path("zh_CN").with_suffix(".qm")))
    for (context, source), text in read_ts(ts_path("zh_CN")).items():
        assert compiled.translate(context, source) == text, (context, source)


def test_the_source_catalogue_alone_is_enough(qtbot: Any) -> None:
    translator = CatalogueTranslator(read_ts(ts_path("zh_CN")))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("CaseView", "What happened") == "事件"
    finally:
        app.removeTranslator(translator)
    assert QCoreApplication.translate("CaseView", "What happened") == "What happened"


def test_the_case_view_in_chinese(qtbot: Any, desk: DeskContext, chinese: None) -> None:
    case_id = import_applications(desk.db, [application("KV-ZH-1", documents=[])]).first_case_id
    assert case_id is not None
    view = CaseView(desk, case_detail(desk.db, case_id))
    qtbot.addWidget(view)
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs[:2] == ["申请人(&A)", "护照(&P)"] and tabs[5] == "核查(&K)"
    assert view.header.status_label.text().startswith("状态：已受理 · 已办理 ")
    assert view.checks.tab.headline.text() == "尚未核查"
    assert view.field("applicant.surname").accessibleName() == "姓"
    assert outcome_label("review") == "待审查"
    assert date_text(date(2025, 10, 15)) == "2025年10月15日"


def test_english_dates(qtbot: Any) -> None:
    install_translations(QApplication.instance(), "en")
    assert date_text(date(2025, 10, 15)) == "15 Oct 2025"


class ChineseSystem(QLocale):
    """A machine whose locale is zh_CN (the suite's own is pinned to English)."""

    @staticmethod
    def system() -> QLocale:
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)


def test_the_language_choice_variable_then_setting_then_system(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    remember_language(settings, "en")
    monkeypatch.setenv("KVISA_LANGUAGE", "zh_CN")
    assert chosen_language(settings) == "zh_CN"  # the variable beats the saved choice
    monkeypatch.setenv("KVISA_LANGUAGE", "xx")  # not a language: ignored
    assert chosen_language(settings) == "en"
    remember_language(settings, "zh_CN")
    monkeypatch.delenv("KVISA_LANGUAGE")
    assert chosen_language(settings) == "zh_CN"  # the saved choice beats the system
    assert chosen_language(None) == "en"  # the suite's pinned locale is English
    monkeypatch.setattr(translations, "QLocale", ChineseSystem)
    assert chosen_language(None) == "zh_CN"  # a Chinese system, nothing chosen
    remember_language(settings, "en")
    assert chosen_language(settings) == "en"


def test_shortcut_lists_drop_accelerators_in_either_language() -> None:
    from kvisa_desk.ui.widgets.labels import action_caption

    assert action_caption("&Attach document…") == "Attach document"
    assert action_caption("附加材料(&A)…") == "附加材料"  # Chinese puts the key in brackets
    assert action_caption("&Education && posts") == "Education & posts"  # && is an ampersand


def test_the_pseudo_language_wraps_every_translated_text_for_screenshots(
    qtbot: Any, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KVISA_LANGUAGE", "pseudo")
    assert chosen_language(None) == "pseudo"
    install_translations(QCoreApplication.instance(), "pseudo")
    try:
        case_id = import_applications(desk.db, [application("KV-PS-1")]).first_case_id
        assert case_id is not None
        view = CaseView(desk, case_detail(desk.db, case_id))
        qtbot.addWidget(view)
        tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
        assert all(t.startswith("⟦") and t.endswith("⟧") for t in tabs), tabs
        assert "⟦Received⟧" in view.header.status_label.text()  # the catalogue's labels too
        assert view.history.cell_text(0, 2).startswith("⟦")
        assert QLocale().language() == QLocale.Language.English  # dates stay readable
    finally:
        install_translations(QCoreApplication.instance(), "en")
    assert outcome_label(None) == "Not checked"
