"""Post settings and the institution registry, edited in the window through core."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox
from sqlalchemy import select

from kvisa_desk.core.post.registry import duplicate_names, search_registry
from kvisa_desk.core.post.settings import load_post_settings
from kvisa_desk.store.models import CaseEvent
from kvisa_desk.ui.admin.registry_editor import RegistryEditor
from kvisa_desk.ui.admin.registry_model import DuplicatesModel, RegistryModel
from kvisa_desk.ui.admin.settings_dialog import PostSettingsDialog
from kvisa_desk.ui.widgets.context import DeskContext
from tests.samples import application
from tests.ui.conftest import import_applications


@pytest.fixture
def supervisor(desk: DeskContext) -> DeskContext:
    """Post settings and the registry are a supervisor's to change."""
    return replace(desk, actor="supervisor.s")


def settings_dialog(qtbot: Any, desk: DeskContext) -> PostSettingsDialog:
    import_applications(desk.db, [application("KV-SET-1", documents=[])])
    dialog = PostSettingsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def events(desk: DeskContext, kind: str) -> list[dict[str, Any]]:
    with desk.db.read() as session:
        rows = session.scalars(select(CaseEvent).where(CaseEvent.kind == kind))
        return [dict(row.details) for row in rows]


def test_settings_pages_list_rule_parameters_with_descriptions_and_assumptions(
    qtbot: Any, desk: DeskContext
) -> None:
    dialog = settings_dialog(qtbot, desk)
    assert [p.title for p in dialog.pages] == ["Rule parameters", "Working settings"]
    assert dialog.post.currentText() == "LON"
    assert dialog.version.text().startswith("Version 0")
    age = dialog.option("age_max")
    assert age.assumption and "46th birthday" in age.description
    assert isinstance(age.widget, QSpinBox) and age.widget.value() == 45
    assert age.widget.maximum() == 120
    assert isinstance(dialog.option("age_outside_band").widget, QComboBox)
    assert isinstance(dialog.option("stem_fields").widget, QLineEdit)
    assert dialog.option("stem_fields").save() == ["05", "06", "07"]
    fixed = dialog.option("k_visa_in_force")
    assert not fixed.editable and "fixed by the rule pack" in fixed.widget.text()  # type: ignore[union-attr]
    assert isinstance(dialog.option("approvals_need_sign_off").widget, QCheckBox)
    assert dialog.option("days_open_target").save() == 15
    assert dialog.pending() == ({}, [])


def test_every_setting_reads_in_chinese_in_the_chinese_window(
    qtbot: Any, desk: DeskContext
) -> None:
    from PySide6.QtWidgets import QLabel

    from kvisa_desk import labels
    from kvisa_desk.core.checks.report import pack_in_force
    from kvisa_desk.core.post.settings import WORKING_SETTINGS
    from kvisa_desk.ui.widgets.translations import switch_language

    names = [p.name for p in pack_in_force().parameters] + list(WORKING_SETTINGS)
    for table in ("setting", "setting_help"):
        assert [n for n in names if not labels.has_label(table, n)] == [], table
    switch_language("zh_CN")
    try:
        dialog = settings_dialog(qtbot, desk)
        assert [p.title for p in dialog.pages] == ["规则参数", "工作设置"]
        age = dialog.option("age_max")
        assert age.title == "最高年龄" and "46" in age.description
        tiers = dialog.option("min_institution_tier").widget
        assert isinstance(tiers, QComboBox) and tiers.currentText() == "已收录"
        assert tiers.currentData() == "listed"  # the code is what is saved
        shown = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
        ascii_words = [t for t in shown if re.fullmatch(r"[ -~]+", t) and re.search(r"[a-z]{3}", t)]
        # Only values that are data stay in Latin letters (a date, the letterhead's names).
        assert [t for t in ascii_words if "_" in t or " the " in t] == []
    finally:
        switch_language("en")


def test_saving_settings_makes_a_new_version_recorded_in_the_history(
    qtbot: Any, supervisor: DeskContext
) -> None:
    dialog = settings_dialog(qtbot, supervisor)
    age = dialog.option("age_max").widget
    assert isinstance(age, QSpinBox)
    age.setValue(40)
    target = dialog.option("days_open_target").widget
    assert isinstance(target, QSpinBox)
    target.setValue(10)
    assert dialog.pending() == ({"age_max": 40, "days_open_target": 10}, [])
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    view = load_post_settings(supervisor.db, "LON")
    assert view.version == 1 and view.values == {"age_max": 40, "days_open_target": 10}
    assert dialog.version.text() == "Version 1"
    (event,) = events(supervisor, "post_settings_changed")
    assert event["changed"]["age_max"] == [None, 40]
    # Back to the default: the override is removed, not stored as 45.
    dialog.option("age_max").reset()
    assert dialog.pending() == ({}, ["age_max"])
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    assert load_post_settings(supervisor.db, "LON").values == {"days_open_target": 10}


def test_a_refused_setting_is_explained_and_nothing_typed_is_lost(
    qtbot: Any, desk: DeskContext
) -> None:
    dialog = settings_dialog(qtbot, desk)
    stem = dialog.option("stem_fields").widget
    assert isinstance(stem, QLineEdit)
    stem.setText("05, 99x")
    dialog.save()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.error.text().startswith("Not saved: ")
    assert stem.text() == "05, 99x"
    assert dialog.save_button.isEnabled()
    assert load_post_settings(desk.db, "LON").version == 0


def test_registry_search_raise_and_add(qtbot: Any, supervisor: DeskContext) -> None:
    editor = RegistryEditor(supervisor)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.search, "University of Lagos")
    qtbot.waitUntil(lambda: editor.entries.rowCount() == 1, timeout=5000)
    entry = editor.entries.row_at(0)
    assert entry is not None and entry.country_code == "NG" and entry.tier == "listed"
    assert not editor.raise_button.isEnabled()  # nothing selected yet
    editor.entry_table.selectRow(0)
    assert editor.raise_button.isEnabled()
    with qtbot.waitSignal(editor.entries.modelReset, timeout=10_000):
        qtbot.mouseClick(editor.raise_button, Qt.MouseButton.LeftButton)
    assert search_registry(supervisor.db, "University of Lagos")[0].tier == "recognised"
    assert editor.message.text() == "University of Lagos is now recognised."
    assert events(supervisor, "registry_tier_changed")[0]["after"] == "recognised"

    dialog = editor.ask_add()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name, "Max Planck Institute of Quantum Optics")
    qtbot.keyClicks(dialog.country, "ZZ")  # not a country: refused, text kept
    qtbot.keyClicks(dialog.domains, "mpq.mpg.de")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "not a country code" in dialog.error.text()
    assert dialog.name.text() == "Max Planck Institute of Quantum Optics"
    dialog.country.setText("DE")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    added = search_registry(supervisor.db, "Quantum Optics")
    assert [(e.country_code, e.kind, e.domains) for e in added] == [
        ("DE", "research", ("mpq.mpg.de",))
    ]
    assert editor.search.text() == "Max Planck Institute of Quantum Optics"


def test_duplicates_are_listed_and_merged(qtbot: Any, supervisor: DeskContext) -> None:
    before = duplicate_names(supervisor.db)
    assert len(before) >= 10
    editor = RegistryEditor(supervisor)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.tabs.tabText(1) == "D&uplicates"  # looked for only when asked
    with qtbot.waitSignal(editor.pairs.modelReset, timeout=20_000):
        editor.tabs.setCurrentIndex(1)
    assert editor.pairs.rowCount() == len(before)
    assert editor.tabs.tabText(1) == f"D&uplicates ({len(before)})"
    editor.pair_table.selectRow(0)
    first, second = before[0]
    with qtbot.waitSignal(editor.pairs.modelReset, timeout=20_000):
        qtbot.mouseClick(editor.merge_second, Qt.MouseButton.LeftButton)
    assert len(duplicate_names(supervisor.db)) == len(before) - 1
    assert editor.pairs.rowCount() == len(before) - 1
    assert f"No. {second.id} merged into No. {first.id}" in editor.message.text()
    assert events(supervisor, "registry_merged")[0] == {
        "institution": second.id,
        "merged_into": first.id,
    }


def test_registry_models_pass_qt_model_tester(qtmodeltester: Any, desk: DeskContext) -> None:
    entries = RegistryModel()
    entries.set_rows(search_registry(desk.db, "Lagos"))
    qtmodeltester.check(entries)
    pairs = DuplicatesModel()
    pairs.set_rows(duplicate_names(desk.db))
    qtmodeltester.check(pairs)


def test_an_officer_is_told_that_settings_are_a_supervisors(qtbot: Any, desk: DeskContext) -> None:
    dialog = settings_dialog(qtbot, desk)
    target = dialog.option("days_open_target").widget
    assert isinstance(target, QSpinBox)
    target.setValue(9)
    dialog.save()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.error.text() == (
        "Not saved: test.officer (officer) may not change the post's settings."
    )
    assert target.value() == 9


def test_registry_names_are_registered_and_removed_in_the_editor(
    qtbot: Any, supervisor: DeskContext
) -> None:
    editor = RegistryEditor(supervisor)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.search, "University of Lagos")
    qtbot.waitUntil(lambda: editor.entries.rowCount() == 1, timeout=5000)
    editor.entry_table.selectRow(0)
    assert editor.aliases.text() == "Names registered for University of Lagos: UNILAG"
    assert not editor.alias_add.isEnabled()  # no name typed yet
    qtbot.keyClicks(editor.alias_name, "Unilag Akoka")
    with qtbot.waitSignal(editor.entries.modelReset, timeout=10_000):
        qtbot.mouseClick(editor.alias_add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Unilag Akoka" in editor.aliases.text(), timeout=10_000)
    assert editor.message.text() == "Unilag Akoka registered for University of Lagos."
    assert events(supervisor, "registry_alias_added")[0]["alias"] == "Unilag Akoka"
    qtbot.keyClicks(editor.alias_name, "UNILAG")
    with qtbot.waitSignal(editor.entries.modelReset, timeout=10_000):
        qtbot.mouseClick(editor.alias_remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "UNILAG" not in editor.aliases.text(), timeout=10_000)
    assert events(supervisor, "registry_alias_removed")[0]["alias"] == "UNILAG"
