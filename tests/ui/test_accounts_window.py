"""Administration ▸ Accounts in the window: list, add, change, deactivate, unlock and one-time
passwords through core and its audit trail; the passwords shown once in a readable table."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from kvisa_desk.core.accounts.account_flags import passwords_set_by_others
from kvisa_desk.core.accounts.accounts import MAX_FAILED_ATTEMPTS, authenticate
from kvisa_desk.core.accounts.roster import account_rows
from kvisa_desk.core.errors import AuthenticationFailed
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseEvent
from kvisa_desk.ui.admin.account_form import AccountForm, OneTimePasswordDialog
from kvisa_desk.ui.admin.accounts_dialog import AccountsDialog
from kvisa_desk.ui.admin.accounts_model import COL_ROLE, COL_STATE
from kvisa_desk.ui.shell.demo_accounts_dialog import DemoAccountsDialog
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.password_table import COL_PASSWORD, PasswordTable
from tests.conftest import TEST_PASSWORD
from tests.ui.conftest import FakePrompts

LOOK_ALIKE = set("0O1lI")


@pytest.fixture
def admin(desk: DeskContext) -> DeskContext:
    return replace(desk, actor="test.admin")


def accounts_dialog(qtbot: Any, context: DeskContext) -> AccountsDialog:
    dialog = AccountsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 or bool(dialog.message.text()))
    return dialog


def select_account(dialog: AccountsDialog, username: str) -> None:
    row = dialog.model.row_of(username)
    assert row >= 0, username
    dialog.table.selectRow(row)
    assert dialog.selected() is not None and dialog.selected().username == username  # type: ignore[union-attr]


def fill(qtbot: Any, form: AccountForm, **typed: str) -> None:
    for name, text in typed.items():
        if name == "role":
            form.role.setCurrentIndex(form.role.findData(text))
            continue
        field = getattr(form, name)
        field.selectAll()
        qtbot.keyClicks(field, text)


def submit(qtbot: Any, dialog: AccountsDialog, form: AccountForm) -> None:
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog._context.runner.busy, timeout=10_000)


def wait_idle(qtbot: Any, dialog: AccountsDialog) -> None:
    qtbot.waitUntil(lambda: not dialog._context.runner.busy, timeout=10_000)


def kinds(db: Database, actor: str) -> list[tuple[str, dict[str, Any]]]:
    with db.read() as session:
        rows = session.scalars(
            select(CaseEvent).where(CaseEvent.officer == actor).order_by(CaseEvent.id)
        )
        return [(row.kind, dict(row.details)) for row in rows]


def test_the_list_shows_every_account_with_its_role_and_state(
    qtbot: Any, admin: DeskContext
) -> None:
    dialog = accounts_dialog(qtbot, admin)
    names = [dialog.model.rows()[i].username for i in range(dialog.model.rowCount())]
    assert {"test.admin", "officer.a", "supervisor.s"} <= set(names)
    assert names == sorted(names)
    supervisor = dialog.model.row_of("supervisor.s")
    assert dialog.model.index(supervisor, COL_ROLE).data() == "supervisor"
    assert dialog.model.index(supervisor, COL_STATE).data() == "Active"
    assert not dialog.change_button.isEnabled()  # nothing chosen yet
    select_account(dialog, "officer.a")
    assert dialog.change_button.isEnabled() and not dialog.unlock_button.isEnabled()


def test_adding_an_account_shows_a_one_time_password_once(qtbot: Any, admin: DeskContext) -> None:
    dialog = accounts_dialog(qtbot, admin)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert form is not None and form.isVisible()
    fill(qtbot, form, username="ada.obi", title="Visa Officer", role="officer")
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "full name" in form.error.text() and form.isVisible()  # letters need a name
    fill(qtbot, form, display_name="Ada Obi")
    submit(qtbot, dialog, form)
    qtbot.waitUntil(lambda: dialog.password_dialog is not None)
    shown = dialog.password_dialog
    assert isinstance(shown, OneTimePasswordDialog) and shown.isVisible()
    password = shown.table.password(0)
    assert not set(password) & LOOK_ALIKE and len(password) >= 12
    assert "Account ada.obi added." in dialog.message.text()
    added = {row.username: row for row in account_rows(admin.db, "test.admin")}["ada.obi"]
    assert (added.display_name, added.title, added.role) == ("Ada Obi", "Visa Officer", "officer")
    assert added.must_change_password  # its owner chooses their own at first sign-in
    assert authenticate(admin.db, "ada.obi", password).must_change_password
    made = [d for k, d in kinds(admin.db, "test.admin") if k == "account_created"]
    assert made[-1]["account"] == "ada.obi" and made[-1]["one_time_password"] is True
    with admin.db.read() as session:
        flagged = [p for p in passwords_set_by_others(session) if p.account == "ada.obi"]
    assert flagged and flagged[0].by == "test.admin"
    assert dialog.selected() is not None and dialog.selected().username == "ada.obi"  # type: ignore[union-attr]


def test_a_refused_account_keeps_the_form_and_its_typing(qtbot: Any, admin: DeskContext) -> None:
    dialog = accounts_dialog(qtbot, admin)
    form = dialog.ask_add()
    fill(qtbot, form, username="officer.a", display_name="Another A", role="supervisor")
    submit(qtbot, dialog, form)
    assert "already exists" in form.error.text()
    assert form.isVisible() and form.display_name.text() == "Another A"
    assert form.buttons.isEnabled()  # the administrator can correct and try again


def test_changing_role_name_and_title_goes_into_the_trail(qtbot: Any, admin: DeskContext) -> None:
    dialog = accounts_dialog(qtbot, admin)
    select_account(dialog, "officer.b")
    form = dialog.ask_change()
    assert form is not None and form.username.isReadOnly()
    fill(qtbot, form, display_name="Bo Bai", title="Consul", role="supervisor")
    form.title_zh.setText("领事")  # typed through an input method: keyClicks cannot
    submit(qtbot, dialog, form)
    qtbot.waitUntil(lambda: dialog.form is None)  # closed once core saved it
    row = {r.username: r for r in account_rows(admin.db, "test.admin")}["officer.b"]
    assert (row.role, row.display_name, row.title) == ("supervisor", "Bo Bai", "Consul")
    assert row.title_zh == "领事"  # what its Chinese letters print under the Chinese text
    changed = [d for k, d in kinds(admin.db, "test.admin") if k == "account_changed"][-1]
    assert changed["changed"]["role"] == ["officer", "supervisor"]
    assert changed["changed"]["title"][1] == "Consul"
    assert changed["changed"]["title_zh"] == ["", "领事"]
    assert changed["changed"]["display_name"][1] == "Bo Bai"
    assert dialog.model.index(dialog.model.row_of("officer.b"), COL_ROLE).data() == "supervisor"


def test_deactivate_and_reactivate_ask_first_and_sign_in_follows(
    qtbot: Any, admin: DeskContext, prompts: FakePrompts
) -> None:
    dialog = accounts_dialog(qtbot, admin)
    select_account(dialog, "officer.wang")
    prompts.answers.append(False)
    assert dialog.toggle_active() is None  # the administrator said no
    prompts.answers.append(True)
    dialog.toggle_active()
    wait_idle(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.active_button.text() == "Re&activate")
    assert "can no longer sign in" in prompts.questions[-1]
    with pytest.raises(AuthenticationFailed):
        authenticate(admin.db, "officer.wang", TEST_PASSWORD)
    state = dialog.model.index(dialog.model.row_of("officer.wang"), COL_STATE).data()
    assert state == "Deactivated"
    dialog.toggle_active()
    wait_idle(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.active_button.text() == "&Deactivate")
    # Reactivating goes through core: a one-time password, shown once, like a reset (the
    # deactivation removed the account's key slot, so the old password opens nothing).
    qtbot.waitUntil(lambda: dialog.password_dialog is not None)
    assert dialog.password_dialog is not None
    password = dialog.password_dialog.table.password(0)
    assert not set(password) & LOOK_ALIKE
    with pytest.raises(AuthenticationFailed):
        authenticate(admin.db, "officer.wang", TEST_PASSWORD)
    assert authenticate(admin.db, "officer.wang", password).must_change_password


def test_the_last_administrator_cannot_be_deactivated(qtbot: Any, admin: DeskContext) -> None:
    dialog = accounts_dialog(qtbot, admin)
    select_account(dialog, "test.admin")
    dialog.toggle_active()
    wait_idle(qtbot, dialog)
    qtbot.waitUntil(lambda: "only active administrator" in dialog.message.text())
    assert dialog.add_button.isEnabled()  # a refusal of one change, not of the dialog


def test_unlocking_a_locked_account(qtbot: Any, admin: DeskContext) -> None:
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(AuthenticationFailed):
            authenticate(admin.db, "officer.li", "not the password")
    dialog = accounts_dialog(qtbot, admin)
    select_account(dialog, "officer.li")
    assert "locked until" in dialog.model.index(dialog.model.row_of("officer.li"), COL_STATE).data()
    assert dialog.unlock_button.isEnabled()
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.unlock_button.isEnabled())
    assert authenticate(admin.db, "officer.li", TEST_PASSWORD).username == "officer.li"
    assert ("account_unlocked", {"account": "officer.li"}) in kinds(admin.db, "test.admin")


def test_a_one_time_password_is_recorded_flagged_and_must_be_changed(
    qtbot: Any, admin: DeskContext, prompts: FakePrompts
) -> None:
    dialog = accounts_dialog(qtbot, admin)
    select_account(dialog, "supervisor.t")
    dialog.ask_one_time_password()
    wait_idle(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.password_dialog is not None)
    assert "flagged to supervisors" in prompts.questions[-1]
    assert dialog.password_dialog is not None
    password = dialog.password_dialog.table.password(0)
    assert not set(password) & LOOK_ALIKE
    with pytest.raises(AuthenticationFailed):
        authenticate(admin.db, "supervisor.t", TEST_PASSWORD)  # the old one stopped working
    assert authenticate(admin.db, "supervisor.t", password).must_change_password
    resets = [d for k, d in kinds(admin.db, "test.admin") if k == "password_reset"]
    assert resets == [{"account": "supervisor.t"}]
    with admin.db.read() as session:
        flagged = [p for p in passwords_set_by_others(session) if p.account == "supervisor.t"]
    assert flagged[0].how == "reset" and flagged[0].flagged_until is None  # until changed


def test_an_officer_is_refused_by_core_and_sees_why(qtbot: Any, desk: DeskContext) -> None:
    dialog = accounts_dialog(qtbot, desk)  # test.officer
    assert "may not manage accounts" in dialog.message.text()
    assert dialog.model.rowCount() == 0 and not dialog.add_button.isEnabled()


def test_passwords_show_in_a_monospace_column_with_a_copy_button_per_row(qtbot: Any) -> None:
    from kvisa_desk.demo.accounts import DemoAccount

    made = [
        DemoAccount("demo.admin", "admin", "demo-abcd-efgh-jkmn"),
        DemoAccount("demo.officer", "officer", "demo-pqrs-tuvw-xyz2"),
    ]
    dialog = DemoAccountsDialog(made)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert isinstance(table, PasswordTable) and table.rowCount() == 2
    metrics = QFontMetrics(table.item(0, COL_PASSWORD).font())
    assert metrics.horizontalAdvance("il1|") == metrics.horizontalAdvance("WM@m")  # columns
    plain = QFontMetrics(table.item(0, 0).font())
    assert plain.horizontalAdvance("iiii") < plain.horizontalAdvance("WWWW")  # passwords only
    assert table.item(1, 1).text() == "officer"
    assert len(table.copy_buttons) == 2
    qtbot.mouseClick(table.copy_buttons[1], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "demo-pqrs-tuvw-xyz2"
    assert table.verticalScrollBar().isHidden() or table.verticalScrollBar().maximum() == 0


def test_demo_account_passwords_have_no_look_alike_characters(db_url: str) -> None:
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.demo.accounts import create_demo_accounts

    fresh = open_database(db_url).db
    try:
        made = create_demo_accounts(fresh)
    finally:
        fresh.dispose()
    assert made and all(not set(a.password) & LOOK_ALIKE for a in made)
