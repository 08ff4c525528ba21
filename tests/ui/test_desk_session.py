"""Who is at the desk: the signed-in officer in the title and status bar; File ▸ Sign out and
Switch user close the case views (asking about unsaved edits) and go back to the sign-in
dialog without restarting; the idle lock follows whoever signed in; the first run goes on to
the post's first accounts and offers demo cases only to an account that may load them."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from kvisa_desk.core.accounts.accounts import authenticate, update_account
from kvisa_desk.core.startup import open_database
from kvisa_desk.store.engine import Database
from kvisa_desk.ui.admin.accounts_dialog import AccountsDialog
from kvisa_desk.ui.shell.app import create_main_window
from kvisa_desk.ui.shell.desk_session import DeskSession
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.shell.recovery_key_dialog import RecoveryKeyDialog
from kvisa_desk.ui.shell.sign_in import (
    ChangePasswordDialog,
    FirstAdministratorDialog,
    SignedIn,
    SignInDialog,
    sign_in_window_user,
)
from kvisa_desk.ui.widgets.translations import install_translations
from tests.conftest import TEST_PASSWORD
from tests.ui.conftest import FakePrompts, records_for_demo
from tests.ui.opening import open_case
from tests.ui.test_case_editing import retype


@dataclass
class FakeSignIn:
    """Answers the session's sign-in from a list (None: the officer cancelled)."""

    db: Database
    answers: list[str | None] = field(default_factory=list)
    calls: list[tuple[QWidget | None, str, bool]] = field(default_factory=list)

    def __call__(self, parent: QWidget | None, username: str, use_env: bool) -> SignedIn | None:
        self.calls.append((parent, username, use_env))
        name = self.answers.pop(0) if self.answers else None
        return None if name is None else SignedIn(authenticate(self.db, name, TEST_PASSWORD))


@dataclass
class Desk:
    session: DeskSession
    sign_in: FakeSignIn
    quits: list[bool]

    @property
    def window(self) -> MainWindow:
        assert self.session.window is not None
        return self.session.window


@pytest.fixture
def desk_at(qtbot: Any, prompts: FakePrompts) -> Iterator[Any]:
    made: list[Desk] = []

    def start(db: Database, username: str, first_run: bool = False) -> Desk:
        quits: list[bool] = []
        sign_in = FakeSignIn(db)
        session = DeskSession(
            db,
            lambda name: create_main_window(db, name, prompts.prompts(), records_for_demo),
            sign_in,
            30,
            lambda: quits.append(True),
        )
        desk = Desk(session, sign_in, quits)
        session.open(SignedIn(authenticate(db, username, TEST_PASSWORD), first_run))
        qtbot.waitExposed(desk.window)
        made.append(desk)
        return desk

    yield start
    for desk in made:
        window = desk.session.window
        if window is not None:
            window.close()
        QApplication.processEvents()


def who(window: MainWindow) -> tuple[str, str]:
    return window.windowTitle(), window.status_bar.officer_label.text()


def test_the_title_and_status_bar_say_who_is_signed_in(desk_at: Any, cases_db: Database) -> None:
    update_account(cases_db, "supervisor.s", "test.admin", display_name="Shen Su")
    desk = desk_at(cases_db, "supervisor.s")
    assert who(desk.window) == (
        "Shen Su (supervisor) — encrypted database",
        "Signed in: Shen Su (supervisor)",
    )
    assert desk.window.status_bar.officer_label.isVisible()
    desk.window.status_bar.showMessage("a passing message")
    assert desk.window.status_bar.officer_label.isVisible()  # messages do not hide who it is
    menus = desk.window.menus
    assert menus.action_sign_out.shortcut() == QKeySequence("Ctrl+Shift+L")
    assert menus.action_switch_user.shortcut() == QKeySequence("Ctrl+Shift+W")


def test_sign_out_asks_about_unsaved_edits_then_returns_to_sign_in(
    qtbot: Any, desk_at: Any, cases_db: Database, prompts: FakePrompts
) -> None:
    desk = desk_at(cases_db, "officer.a")
    first = desk.window
    first.worklist_view.setFocus()
    case_id = first.worklist_model.case_id_at(0)
    view = open_case(qtbot, first, case_id)
    assert view is not None
    qtbot.waitExposed(view)
    retype(qtbot, view.field("applicant.given_names"), "Chiamaka")
    prompts.choices.append("cancel")
    first.menus.action_sign_out.trigger()
    assert view.isVisible() and desk.session.window is first  # the officer chose to stay
    assert desk.sign_in.calls == []
    prompts.choices.append("discard")
    desk.sign_in.answers.append("officer.b")
    first.menus.action_sign_out.trigger()
    qtbot.waitUntil(lambda: desk.session.window not in (None, first), timeout=10_000)
    assert desk.sign_in.calls == [(None, "", False)]  # not KVISA_PASSWORD again
    assert who(desk.window)[0] == "officer.b (officer) — encrypted database"
    assert desk.window.isVisible() and not desk.quits
    assert desk.session.lock is not None and desk.session.lock.username == "officer.b"


def test_cancelling_the_sign_in_after_sign_out_ends_the_sitting(
    qtbot: Any, desk_at: Any, cases_db: Database
) -> None:
    desk = desk_at(cases_db, "officer.a")
    desk.window.sign_out()
    qtbot.waitUntil(lambda: bool(desk.quits), timeout=10_000)
    assert desk.session.window is None and len(desk.sign_in.calls) == 1


def test_switch_user_keeps_the_window_when_cancelled_and_replaces_it_otherwise(
    qtbot: Any, desk_at: Any, cases_db: Database
) -> None:
    desk = desk_at(cases_db, "officer.a")
    first = desk.window
    desk.sign_in.answers.append(None)
    first.menus.action_switch_user.trigger()
    assert desk.session.window is first and first.isVisible()
    assert desk.sign_in.calls == [(first, "", False)]  # over the window
    desk.sign_in.answers.append("supervisor.s")
    first.menus.action_switch_user.trigger()
    assert desk.session.window is not first
    assert who(desk.window)[1] == "Signed in: supervisor.s (supervisor)"
    assert not desk.quits


def test_the_idle_lock_follows_the_account_that_signed_in(
    qtbot: Any, desk_at: Any, cases_db: Database
) -> None:
    desk = desk_at(cases_db, "officer.a")
    desk.sign_in.answers.append("officer.b")
    desk.window.switch_user()
    lock = desk.session.lock
    assert lock is not None and lock.window is desk.window and lock.username == "officer.b"
    lock.timer.setInterval(30)  # half an hour is too long for a test
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    assert lock.dialog.username.text() == "officer.b" and lock.dialog.username.isReadOnly()
    qtbot.keyClicks(lock.dialog.password, TEST_PASSWORD)
    lock.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not lock.locked)  # the password is worked beside the GUI thread
    lock.timer.stop()


def test_an_administrator_is_offered_accounts_not_demo_cases(
    qtbot: Any, desk_at: Any, db: Database, prompts: FakePrompts
) -> None:
    desk = desk_at(db, "test.admin", first_run=True)
    qtbot.waitUntil(lambda: desk.window.findChild(AccountsDialog) is not None)
    dialog = desk.window.findChild(AccountsDialog)
    assert "add the post's first officers and supervisors" in dialog.intro.text()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    assert not desk.window.offer_demo_cases() and prompts.questions == []
    assert not desk.window.menus.action_load_demo.isEnabled()
    assert desk.window.menus.action_accounts.isEnabled()
    install_translations(QCoreApplication.instance(), "zh_CN")  # View ▸ Language, live
    try:
        qtbot.waitUntil(lambda: dialog.add_button.text() == "添加账户(&A)…")
        assert desk.window.status_bar.officer_label.text() == "当前登录：test.admin（管理员）"
        assert desk.window.windowTitle() == "test.admin（管理员） — 加密数据库"
        assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "用户名"
    finally:
        install_translations(QCoreApplication.instance(), "en")
    dialog.close()


def test_officers_see_accounts_greyed(desk_at: Any, db: Database) -> None:
    desk = desk_at(db, "officer.a")
    assert not desk.window.menus.action_accounts.isEnabled()  # core refuses it anyway


def _answer(steps: list[Any]) -> None:
    """Fill in whichever modal dialog is up, one step per dialog, as an officer would."""

    # Weakly: `step` refers to itself, a cycle only the garbage collector frees, and it may run
    # on a reader thread; a dialog freed there is destroyed off the GUI thread (a segfault).
    answered: weakref.WeakSet[QWidget] = weakref.WeakSet()

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        # A dialog still working beside the GUI thread (a key slot) is not the next one yet.
        if dialog is None or getattr(dialog, "busy", False) or dialog in answered:
            QTimer.singleShot(10, step)
            return
        answered.add(dialog)
        steps.pop(0)(dialog)
        if steps:
            QTimer.singleShot(10, step)

    QTimer.singleShot(0, step)


def _keep_recovery_key(dialog: QWidget) -> None:
    """The new encrypted database's recovery key, shown once after its first account."""
    assert isinstance(dialog, RecoveryKeyDialog) and dialog.recovery_key
    dialog.accept()


def test_the_first_run_signs_the_new_administrator_in_without_asking_again(
    qtbot: Any, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KVISA_PASSWORD")
    fresh = open_database(db_url).db
    seen: list[str] = []

    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstAdministratorDialog)
        dialog.display_name.setText("Chen Jie")
        dialog.title.setText("Systems Administrator")
        dialog.password.setText("chief password 1")
        dialog.repeat.setText("chief password 1")
        seen.append(type(dialog).__name__)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    try:
        _answer([create, _keep_recovery_key])
        signed = sign_in_window_user(fresh, "chief")
        assert signed is not None and signed.first_run and seen == ["FirstAdministratorDialog"]
        assert (signed.account.username, signed.account.role) == ("chief", "admin")
        assert QApplication.activeModalWidget() is None  # no second password asked
        assert (signed.account.display_name, signed.account.title) == (
            "Chen Jie",
            "Systems Administrator",
        )
    finally:
        fresh.dispose()


def test_a_one_time_password_is_changed_at_first_sign_in(
    qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kvisa_desk.core.accounts.accounts import set_password

    monkeypatch.delenv("KVISA_PASSWORD")
    set_password(db, "officer.a", "pass-word-one", "test.admin", force_change=True)

    def sign_in(dialog: QWidget) -> None:
        assert isinstance(dialog, SignInDialog)
        dialog.password.setText("pass-word-one")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangePasswordDialog)
        dialog.current.setText("pass-word-one")
        dialog.new.setText("my own password 7")
        dialog.repeat.setText("my own password 7")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    _answer([sign_in, change])
    signed = sign_in_window_user(db, "officer.a", use_environment=False)
    assert signed is not None and not signed.account.must_change_password
    # Signed in, changed the password, took the changed account: one sign-in in the trail.
    from sqlalchemy import select

    from kvisa_desk.store.models import CaseEvent

    with db.read() as session:
        kinds = list(
            session.scalars(select(CaseEvent.kind).where(CaseEvent.officer == "officer.a"))
        )
    assert (kinds.count("login"), kinds.count("password_changed")) == (1, 1)
    assert authenticate(db, "officer.a", "my own password 7").username == "officer.a"


def test_a_new_posts_first_accounts_then_the_officer_signs_in(
    qtbot: Any, db_url: str, monkeypatch: pytest.MonkeyPatch, prompts: FakePrompts
) -> None:
    """Create the administrator, add an officer and a supervisor in the window, sign out,
    and sign in as the officer with the forced change: no command line, no restart."""
    from kvisa_desk.ui.shell.desk_session import dialog_sign_in

    monkeypatch.delenv("KVISA_PASSWORD")
    fresh = open_database(db_url).db
    quits: list[bool] = []

    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstAdministratorDialog)
        dialog.password.setText("chief password 1")
        dialog.repeat.setText("chief password 1")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    _answer([create, _keep_recovery_key])
    signed = sign_in_window_user(fresh, "chief")
    assert signed is not None
    session = DeskSession(
        fresh,
        lambda name: create_main_window(fresh, name, prompts.prompts(), records_for_demo),
        dialog_sign_in(fresh),
        30,
        lambda: quits.append(True),
    )
    try:
        window = session.open(signed)
        qtbot.waitUntil(lambda: window.findChild(AccountsDialog) is not None)
        accounts = window.findChild(AccountsDialog)
        passwords: dict[str, str] = {}
        for username, name, role in (("ada", "Ada Obi", "officer"), ("li", "Li Na", "supervisor")):
            form = accounts.ask_add()
            form.username.setText(username)
            form.display_name.setText(name)
            form.role.setCurrentIndex(form.role.findData(role))
            form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            qtbot.waitUntil(lambda: accounts.password_dialog is not None, timeout=10_000)
            shown = accounts.password_dialog
            assert shown is not None
            passwords[username] = shown.table.password(0)
            shown.close()
            qtbot.waitUntil(lambda: accounts.password_dialog is None)
        accounts.close()

        def sign_in(dialog: QWidget) -> None:
            assert isinstance(dialog, SignInDialog) and dialog.username.text() == ""
            assert dialog.slow()  # after a sign-out too, the password is worked beside the GUI
            dialog.username.setText("ada")
            dialog.password.setText(passwords["ada"])
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        def change(dialog: QWidget) -> None:
            assert isinstance(dialog, ChangePasswordDialog)
            dialog.current.setText(passwords["ada"])
            dialog.new.setText("ada's own password")
            dialog.repeat.setText("ada's own password")
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        _answer([sign_in, change])
        window.menus.action_sign_out.trigger()
        qtbot.waitUntil(lambda: session.window not in (None, window), timeout=10_000)
        assert session.window is not None
        assert session.window.windowTitle() == "Ada Obi (officer) — encrypted database"
        assert session.window.menus.action_load_demo.isEnabled()  # an officer may load demos
        assert authenticate(fresh, "ada", "ada's own password").role == "officer"
        assert not quits
        session.window.close()
    finally:
        QApplication.processEvents()
        fresh.dispose()


def test_choosing_save_signs_out_once_the_case_is_saved(
    qtbot: Any, desk_at: Any, cases_db: Database, prompts: FakePrompts
) -> None:
    from kvisa_desk.core.cases.cases import case_detail

    desk = desk_at(cases_db, "officer.a")
    first = desk.window
    case_id = first.worklist_model.case_id_at(0)
    view = open_case(qtbot, first, case_id)
    assert view is not None
    qtbot.waitExposed(view)
    retype(qtbot, view.field("applicant.given_names"), "Chiamaka")
    prompts.choices.append("save")
    desk.sign_in.answers.append("officer.b")
    assert not first.sign_out()  # not yet: the case is being saved
    qtbot.waitUntil(lambda: desk.session.window not in (None, first), timeout=10_000)
    assert case_detail(cases_db, case_id).record["applicant"]["given_names"] == "Chiamaka"
    assert who(desk.window)[0] == "officer.b (officer) — encrypted database"


def test_signing_out_drops_the_database_key_until_the_next_sign_in(
    qtbot: Any, desk_at: Any, cases_db: Database
) -> None:
    from kvisa_desk.store import cipher

    desk = desk_at(cases_db, "officer.a")
    assert cases_db.file is not None
    db_id = cipher.database_id(cases_db.file)
    assert db_id is not None
    held = cipher._unlocked[db_id]
    at_sign_in: list[tuple[bool, int, bytes]] = []
    asked = desk.session._sign_in

    def sign_in(parent: QWidget | None, username: str, use_env: bool) -> SignedIn | None:
        at_sign_in.append((cases_db.locked, cases_db.engine.pool.checkedin(), bytes(held)))
        return asked(parent, username, use_env)

    desk.session._sign_in = sign_in
    desk.sign_in.answers.append("officer.b")
    first = desk.window
    first.sign_out()
    qtbot.waitUntil(lambda: desk.session.window not in (None, first), timeout=10_000)
    # Asked with the file locked, no pooled connection and the key held before zeroed.
    assert at_sign_in == [(True, 0, bytes(cipher.KEY_BYTES))]
    assert not cases_db.locked  # officer.b's password unwrapped it again
    qtbot.waitUntil(lambda: desk.window.worklist_model.rowCount() > 0, timeout=10_000)
