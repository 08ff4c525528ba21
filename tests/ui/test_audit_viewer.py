"""The audit viewer (supervisors and administrators) and the window greying out by role."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel
from sqlalchemy import select, text

from kvisa_desk.core.accounts.audit_view import AuditRow
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseEvent
from kvisa_desk.ui.admin.audit_model import (
    COL_ACTION,
    COL_SENTENCE,
    COL_TIME,
    AuditModel,
    local_time,
)
from kvisa_desk.ui.admin.audit_viewer import PAGE, AuditViewer
from kvisa_desk.ui.shell.app import create_main_window
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.roles import Roles
from tests.ui.conftest import FakePrompts, records_for_demo
from tests.ui.opening import open_case

MARKUP = "<b>bold</b> & <i>not</i>"


def _seed(db: Database) -> None:
    with db.write() as session:
        record_event(session, "officer.a", "case_viewed", 41)
        record_event(session, "officer.b", "note_added", 42, text=MARKUP)
        record_event(session, "officer.a", "case_edited", 42, fields=["applicant.email"])


def _viewer(qtbot: Any, desk: DeskContext, actor: str) -> AuditViewer:
    viewer = AuditViewer(replace(desk, actor=actor))
    qtbot.addWidget(viewer)
    viewer.show()
    _settle(qtbot, viewer)
    return viewer


def _settle(qtbot: Any, viewer: AuditViewer) -> None:
    qtbot.waitUntil(lambda: not viewer.runner.busy, timeout=10_000)


def _shown(viewer: AuditViewer, column: int) -> list[str]:
    model = viewer.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_supervisor_filters_by_officer_action_and_case(qtbot: Any, desk: DeskContext) -> None:
    _seed(desk.db)
    viewer = _viewer(qtbot, desk, "supervisor.s")
    assert viewer.model.rowCount() == viewer.total >= 3
    assert viewer.officer.findData("officer.b") > 0
    assert viewer.action.findData("note_added") > 0
    viewer.officer.setCurrentIndex(viewer.officer.findData("officer.a"))
    qtbot.waitUntil(lambda: viewer.total == 2, timeout=5_000)
    _settle(qtbot, viewer)
    assert _shown(viewer, COL_ACTION) == ["Case edited", "Case viewed"]  # newest first
    viewer.case.setText("C0000042")
    qtbot.waitUntil(lambda: viewer.total == 1, timeout=5_000)
    _settle(qtbot, viewer)
    assert _shown(viewer, COL_ACTION) == ["Case edited"]
    assert viewer.page_label.text() == "Events 1–1 of 1, newest first"
    viewer.officer.setCurrentIndex(0)
    viewer.action.setCurrentIndex(viewer.action.findData("note_added"))
    qtbot.waitUntil(lambda: _shown(viewer, COL_ACTION) == ["Note added"], timeout=5_000)
    # Recorded text shows as it was written, never as markup.
    assert _shown(viewer, COL_SENTENCE) == ["officer.b added a note"]  # with its subject
    assert viewer.details.toPlainText().endswith(f"\n\nText: {MARKUP}")


def test_dates_are_local_days(qtbot: Any, desk: DeskContext) -> None:
    _seed(desk.db)
    viewer = _viewer(qtbot, desk, "test.admin")
    today = QDate.currentDate()
    viewer.date_from.setDate(today.addDays(1))
    viewer.use_from.setChecked(True)
    qtbot.waitUntil(lambda: viewer.total == 0, timeout=5_000)
    _settle(qtbot, viewer)
    assert viewer.page_label.text() == "No events match."
    viewer.date_from.setDate(today)
    viewer.date_to.setDate(today)
    viewer.use_to.setChecked(True)
    qtbot.waitUntil(lambda: viewer.total >= 3, timeout=5_000)
    _settle(qtbot, viewer)
    shown = viewer.model.index(0, COL_TIME).data()
    row = viewer.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert isinstance(row, AuditRow)
    assert shown == row.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def test_pages_step_through_the_whole_trail(qtbot: Any, desk: DeskContext) -> None:
    with desk.db.write() as session:
        for number in range(PAGE + 20):
            record_event(session, "officer.a", "case_viewed", 7, number=number)
    viewer = _viewer(qtbot, desk, "supervisor.s")
    viewer.case.setText("7")
    qtbot.waitUntil(lambda: viewer.total == PAGE + 20, timeout=5_000)
    _settle(qtbot, viewer)
    assert viewer.model.rowCount() == PAGE
    assert not viewer.newer.isEnabled() and viewer.older.isEnabled()
    qtbot.keyClick(viewer, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 20, timeout=5_000)
    assert viewer.page_label.text() == f"Events {PAGE + 1}–{PAGE + 20} of {PAGE + 20}, newest first"
    last = viewer.model.index(19, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert last.details["number"] == 0
    assert viewer.newer.isEnabled() and not viewer.older.isEnabled()
    assert viewer.go(PAGE) is None  # nothing older
    qtbot.keyClick(viewer, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: viewer.model.rowCount() == PAGE, timeout=5_000)


def test_verify_shows_intact_then_names_the_edited_event(qtbot: Any, desk: DeskContext) -> None:
    _seed(desk.db)
    viewer = _viewer(qtbot, desk, "supervisor.s")
    qtbot.mouseClick(viewer.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "intact" in viewer.message.text(), timeout=10_000)
    assert viewer.message.textFormat() == Qt.TextFormat.PlainText
    with desk.db.read() as session:
        target = session.scalar(select(CaseEvent.id).where(CaseEvent.case_id == 41))
    with desk.db.engine.begin() as conn:  # an attacker with the file drops the trigger first
        conn.execute(text("DROP TRIGGER case_events_no_update"))
        conn.execute(text("UPDATE case_events SET kind = 'nothing' WHERE id = :id"), {"id": target})
    _settle(qtbot, viewer)
    viewer.verify()
    qtbot.waitUntil(lambda: "broken" in viewer.message.text(), timeout=10_000)
    assert viewer.message.text().startswith(f"Audit chain broken at event {target}:")


def test_export_writes_the_filtered_events_and_is_recorded(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    _seed(desk.db)
    viewer = _viewer(qtbot, desk, "test.admin")
    viewer.case.setText("42")
    qtbot.waitUntil(lambda: viewer.total == 2, timeout=5_000)
    _settle(qtbot, viewer)
    out = tmp_path / "trail.csv"
    viewer.export_to(out)
    qtbot.waitUntil(lambda: viewer.message.text().startswith("Exported 2 events"), timeout=10_000)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [r[4:6] for r in rows[1:]] == [
        ["Case edited", "case_edited"],
        ["Note added", "note_added"],
    ]
    with desk.db.read() as session:
        recorded = session.scalars(select(CaseEvent).where(CaseEvent.kind == "audit_exported"))
        assert [(e.officer, e.details["rows"]) for e in recorded] == [("test.admin", 2)]


def test_an_officer_opening_it_anyway_is_refused_by_core(qtbot: Any, desk: DeskContext) -> None:
    _seed(desk.db)
    viewer = _viewer(qtbot, desk, "officer.a")
    assert viewer.model.rowCount() == 0
    assert "may not view the audit trail" in viewer.message.text()


def test_audit_model_passes_qt_model_tester(qtmodeltester: Any) -> None:
    model = AuditModel()
    now = datetime.now(UTC)
    model.set_rows(
        [
            AuditRow(2, now, "officer.a", "note_added", 5, {"text": MARKUP}),
            AuditRow(1, now - timedelta(hours=1), "test.admin", "login", None, {}),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1, 3).data() == ""  # no case
    assert local_time(model.row_at(0)) == now.astimezone().strftime("%Y-%m-%d %H:%M:%S")  # type: ignore[arg-type]


# -- the window greys out what the role may not do ------------------------------------------

ROLE_CASES = {
    # account: (actions enabled, actions greyed); Open case waits for a case on the worklist
    # (this database has none): tests/ui/test_case_stepping.py
    "officer.a": (
        {"action_load_demo", "action_run_checks", "action_assign_me"},
        {"action_post_settings", "action_registry", "action_audit", "action_post_key"},
    ),
    "supervisor.s": (
        {"action_load_demo", "action_run_checks", "action_post_settings", "action_audit"},
        {"action_post_key"},
    ),
    "test.admin": (
        {"action_audit", "action_refresh", "action_language", "action_shortcuts",
         "action_post_key"},
        {"action_load_demo", "action_run_checks", "action_check_all", "action_post_settings",
         "action_registry", "action_assign_me", "action_open", "action.export_worklist",
         "action.dashboard"},
    ),
}  # fmt: skip


def _action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert isinstance(found, QAction), name
    return found


@pytest.fixture
def open_window(qtbot: Any, db: Database, prompts: FakePrompts) -> Any:
    made: list[MainWindow] = []

    def make(actor: str) -> MainWindow:
        window = create_main_window(db, actor, prompts.prompts(), records_for_demo)
        qtbot.addWidget(window)
        made.append(window)
        window.show()
        return window

    yield make
    for window in made:
        window.runner.wait()
        window.reader.wait()


@pytest.mark.parametrize("account", list(ROLE_CASES))
def test_window_greys_out_what_the_role_cannot_do(open_window: Any, account: str) -> None:
    window = open_window(account)
    enabled, greyed = ROLE_CASES[account]
    assert {name for name in enabled if not _action(window, name).isEnabled()} == set()
    assert {name for name in greyed if _action(window, name).isEnabled()} == set()
    for name in greyed:
        assert "Not for your role" in _action(window, name).statusTip()
    # Work finishing does not switch the demo loader back on for an administrator.
    window._show_busy(False)
    assert window.menus.action_load_demo.isEnabled() == (account != "test.admin")


def test_the_menu_opens_the_viewer_for_a_supervisor(qtbot: Any, open_window: Any) -> None:
    window = open_window("supervisor.s")
    assert window.menus.action_audit.shortcut().toString() == "Ctrl+Shift+T"
    window.menus.action_audit.trigger()
    viewers = window.findChildren(AuditViewer)
    assert len(viewers) == 1
    qtbot.waitUntil(lambda: viewers[0].total > 0, timeout=10_000)
    viewers[0].close()


def test_roles_answer_from_the_core_table(db: Database) -> None:
    assert Roles.of(db, "nobody.here").role is None
    assert not Roles.of(db, "nobody.here").may_trigger("action_audit")
    assert Roles.of(db, "officer.a").may_trigger("action_refresh")  # for everyone
    refusal = Roles("nobody", None).why_not(Permission.VIEW_AUDIT)
    assert (
        refusal
        == "Not for your role (no active account): only accounts that may view the audit trail."
    )


def test_opening_a_case_is_recorded_and_refused_to_an_administrator(
    qtbot: Any, open_window: Any, db: Database, prompts: FakePrompts
) -> None:
    case_id = records_for_demo(db, 1, 3, "officer.a").first_case_id
    assert case_id is not None
    officer = open_window("officer.a")
    assert open_case(qtbot, officer, case_id) is not None
    with db.read() as session:
        viewed = session.scalars(select(CaseEvent).where(CaseEvent.kind == "case_viewed")).all()
    assert [(e.officer, e.case_id) for e in viewed] == [("officer.a", case_id)]
    admin = open_window("test.admin")
    assert open_case(qtbot, admin, case_id) is None
    assert prompts.errors[-1][1] == "test.admin (administrator) may not view cases."


def test_every_control_has_its_own_access_key(qtbot: Any, desk: DeskContext) -> None:
    viewer = _viewer(qtbot, desk, "supervisor.s")
    texts = [w.text() for w in viewer.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in viewer.findChildren(QAbstractButton) if "&" in w.text()]
    keys = [t[t.index("&") + 1].lower() for t in texts]
    assert len(keys) >= 9 and len(keys) == len(set(keys)), texts


def test_events_read_as_sentences_and_details_as_words_in_chinese(
    qtbot: Any, desk: DeskContext
) -> None:
    from kvisa_desk.ui.widgets.translations import switch_language

    with desk.db.write() as session:
        record_event(session, "officer.a", "case_edited", 42, fields=["applicant.email"])
        record_event(
            session, "officer.a", "document_verification_set", 42,
            doc_type="passport_scan", before="unverified", after="verified",
        )  # fmt: skip
    switch_language("zh_CN")
    try:
        viewer = _viewer(qtbot, desk, "supervisor.s")
        viewer.case.setText("42")
        qtbot.waitUntil(lambda: viewer.total == 2, timeout=5_000)
        _settle(qtbot, viewer)
        assert _shown(viewer, COL_SENTENCE) == [
            "officer.a将护照扫描件标记为“已核验”",
            "officer.a修改了案件记录：电子邮箱",
        ]
        shown = viewer.details.toPlainText().split("\n")
        assert shown[0].endswith("officer.a将护照扫描件标记为“已核验”")  # the selected event
        assert shown[2:] == ["变更后：已核验", "变更前：未核验", "材料：护照扫描件"]
        viewer.table.selectRow(1)
        assert viewer.details.toPlainText().split("\n")[2:] == ["字段：电子邮箱"]
        assert viewer.model.headerData(COL_SENTENCE, Qt.Orientation.Horizontal) == "事件说明"
    finally:
        switch_language("en")


def test_the_details_pane_shows_the_selected_event_even_one_without_details(
    qtbot: Any, desk: DeskContext
) -> None:
    """Not "Select an event to read its recorded details" while the newest row is selected
    (the new user's shots 53, 55): a sign-in has no details, its pane still names it."""
    with desk.db.write() as session:
        record_event(session, "officer.a", "note_added", 42, text="x")
        record_event(session, "officer.a", "login")
    viewer = _viewer(qtbot, desk, "supervisor.s")
    assert viewer.table.selectionModel().isRowSelected(0)
    shown = viewer.details.toPlainText()
    assert shown.startswith(local_time(viewer.model.row_at(0)))
    assert shown.split("\n")[0].endswith("officer.a signed in")
    assert shown.endswith("No further details were recorded.")
    viewer.table.selectRow(1)
    assert viewer.details.toPlainText().split("\n")[0].endswith("officer.a added a note")
