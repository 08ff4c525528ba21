"""A new post's first day, in the window only (issue 15): the first administrator, the first
officer and supervisor, sign-out, the officer's forced password change, an import of good and
bad records, checks, a refusal recommended, the supervisor's sign-off and the letter issued.

Every step goes through the window's menus, keys, buttons and dialogs on a real SQLite file;
core is read only to check what the window did. With KVISA_TEST_WALK_SHOTS set to a folder, each
step is also saved there as a 1280x800 picture (the window, with its dialog drawn on top).
"""

from __future__ import annotations

import os
import re
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QWidget

from kvisa_desk import labels
from kvisa_desk.core.accounts.accounts import authenticate
from kvisa_desk.core.accounts.roster import account_rows
from kvisa_desk.core.cases.cases import case_detail, count_cases
from kvisa_desk.core.cases.refs import find_case_id
from kvisa_desk.core.decisions.letters import case_letters
from kvisa_desk.core.startup import open_database
from kvisa_desk.store.engine import Database
from kvisa_desk.ui.admin.account_form import AccountForm
from kvisa_desk.ui.admin.accounts_dialog import AccountsDialog
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.imports.result_dialog import ImportResultDialog
from kvisa_desk.ui.shell.app import application as the_application
from kvisa_desk.ui.shell.app import create_main_window
from kvisa_desk.ui.shell.desk_session import DeskSession, dialog_sign_in
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.shell.recovery_key_dialog import RecoveryKeyDialog
from kvisa_desk.ui.shell.sign_in import (
    ChangePasswordDialog,
    FirstAdministratorDialog,
    SignInDialog,
)
from kvisa_desk.ui.widgets.translations import install_translations
from kvisa_desk.ui.worklist.columns import COL_RECEIVED
from tests.samples import application, write_json
from tests.ui.conftest import FakePrompts, records_for_demo

WAIT = 30_000  # generous: two cores shared by several test runs
SHOT_SIZE = (1280, 800)
REFUSE_ID, OTHER_ID = "KV-DAY-REFUSE", "KV-DAY-GOOD"
REASONS = "Re-entry ban recorded 2025-10-20, in force to 2027; not disclosed on the form."


@dataclass
class Shots:
    """Pictures of each step when KVISA_TEST_WALK_SHOTS names a folder; nothing otherwise."""

    folder: Path | None
    taken: list[Path] = field(default_factory=list)

    def take(self, name: str, window: QWidget | None, *dialogs: QWidget) -> None:
        """WINDOW at 1280x800 with DIALOGS drawn over it, each centred and framed."""
        if self.folder is None:
            return
        QApplication.processEvents()
        canvas = QPixmap(*SHOT_SIZE)
        canvas.fill(QColor("#5a6270"))  # the desktop behind a dialog that has no window yet
        painter = QPainter(canvas)
        if window is not None:
            window.resize(*SHOT_SIZE)
            QApplication.processEvents()
            painter.drawPixmap(0, 0, window.grab())
        for dialog in dialogs:
            picture = dialog.grab()
            where = QPoint(
                max((SHOT_SIZE[0] - picture.width()) // 2, 0),
                max((SHOT_SIZE[1] - picture.height()) // 2, 0),
            )
            painter.drawPixmap(where, picture)
            painter.setPen(QColor("#30343b"))
            painter.drawRect(
                where.x() - 1, where.y() - 1, picture.width() + 1, picture.height() + 1
            )
        painter.end()
        path = self.folder / f"{len(self.taken) + 1:02d}-{name}.png"
        canvas.save(str(path))
        self.taken.append(path)


def when_modal(steps: list[tuple[type[QWidget], Callable[[Any], None]]]) -> None:
    """Act on each modal dialog as it comes up (they block the test's own code), in order;
    a step waits until a dialog of its kind is the active modal one."""
    # Weakly: `step` refers to itself, a cycle only the garbage collector frees, and it may run
    # on a reader thread; a dialog freed there is destroyed off the GUI thread (a segfault).
    done: weakref.WeakSet[QWidget] = weakref.WeakSet()

    def step() -> None:
        if not steps:
            return
        kind, act = steps[0]
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible() or dialog in done:
            QTimer.singleShot(20, step)
            return
        steps.pop(0)
        done.add(dialog)
        try:
            act(dialog)
        except BaseException:
            steps.clear()
            if isinstance(dialog, QDialog):  # the test fails instead of waiting on it for ever
                dialog.reject()
            raise
        if steps:
            QTimer.singleShot(20, step)

    QTimer.singleShot(0, step)


def ok(dialog: Any) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def first_day_file(folder: Path) -> Path:
    """Two good applications (one with a recorded re-entry ban), two that cannot be read."""
    records = [
        application(REFUSE_ID, screening__reentry_ban=True),
        application(OTHER_ID, applicant__surname="Adeyemi", passport__number="A77001234"),
        application("KV-DAY-BADDATE", applicant__date_of_birth="1996-02-30"),
        application("KV-DAY-NOPASS", passport__number=""),
    ]
    folder.mkdir(parents=True, exist_ok=True)
    return write_json(folder / "first-day.json", records)


@pytest.fixture
def fresh_db(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """A database file with no account at all, and no password in the environment."""
    monkeypatch.delenv("KVISA_PASSWORD", raising=False)
    opened = open_database(db_url).db
    yield opened
    opened.dispose()


@pytest.fixture
def shots(request: pytest.FixtureRequest) -> Shots:
    root = os.environ.get("KVISA_TEST_WALK_SHOTS")
    if not root:
        return Shots(None)
    folder = Path(root) / request.node.callspec.params["language"]
    folder.mkdir(parents=True, exist_ok=True)
    return Shots(folder)


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = the_application()  # configured first: its first configuring would install English
    install_translations(app, request.param)
    yield request.param
    install_translations(app, "en")


def current(session: DeskSession) -> MainWindow:
    assert session.window is not None
    return session.window


def next_window(qtbot: Any, session: DeskSession, before: MainWindow) -> MainWindow:
    qtbot.waitUntil(lambda: session.window not in (None, before), timeout=WAIT)
    window = current(session)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    return window


def add_account(
    qtbot: Any, accounts: AccountsDialog, shots: Shots, who: tuple[str, str, str, str]
) -> str:
    """Add Account… filled in as an administrator types it; the one-time password shown."""
    username, name, title, role = who
    qtbot.mouseClick(accounts.add_button, Qt.MouseButton.LeftButton)
    form = accounts.form
    assert isinstance(form, AccountForm) and form.isVisible()
    type_into(qtbot, form.username, username)
    type_into(qtbot, form.display_name, name)
    type_into(qtbot, form.title, title)
    form.role.setCurrentIndex(form.role.findData(role))
    shots.take(f"add-{role}", accounts.parentWidget(), accounts, form)
    ok(form)
    qtbot.waitUntil(lambda: accounts.password_dialog is not None, timeout=WAIT)
    shown = accounts.password_dialog
    assert shown is not None
    shots.take(f"password-{role}", accounts.parentWidget(), accounts, shown)
    password = shown.table.password(0)
    shown.close()
    qtbot.waitUntil(lambda: accounts.password_dialog is None, timeout=WAIT)
    return password


def sign_in_steps(
    shots: Shots, username: str, one_time: str, own: str
) -> list[tuple[type[QWidget], Callable[[Any], None]]]:
    """The sign-in dialog after a sign-out, then the forced change of a one-time password."""

    def sign_in(dialog: SignInDialog) -> None:
        assert dialog.username.text() == ""  # nobody's name left from the one signed out
        dialog.username.setText(username)
        dialog.password.setText(one_time)
        shots.take(f"sign-in-{username}", None, dialog)
        ok(dialog)

    def change(dialog: ChangePasswordDialog) -> None:
        dialog.current.setText(one_time)
        dialog.new.setText(own)
        dialog.repeat.setText(own)
        shots.take(f"change-password-{username}", None, dialog)
        ok(dialog)

    return [(SignInDialog, sign_in), (ChangePasswordDialog, change)]


def open_from_search(qtbot: Any, window: MainWindow, application_id: str) -> CaseView:
    """Ctrl+F, the application id, Enter: the one matching case opens."""
    qtbot.keySequence(window, QKeySequence("Ctrl+F"))
    search = window.worklist.filters.search
    assert search.hasFocus()
    qtbot.keyClicks(search, application_id)
    case_id = find_case_id(window.db, application_id)
    qtbot.waitUntil(lambda: window.worklist_model.row_of_case(case_id) == 0, timeout=WAIT)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case_id in window.case_views, timeout=WAIT)
    view = window.case_views[case_id]
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT)
    return view


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_a_new_posts_first_day_in_the_window(
    qtbot: Any,
    fresh_db: Database,
    tmp_path: Path,
    prompts: FakePrompts,
    shots: Shots,
    language: str,
) -> None:
    db = fresh_db
    quits: list[bool] = []

    # 1. The first start: no account yet, so the first administrator is created.
    def create(dialog: FirstAdministratorDialog) -> None:
        dialog.username.setText("chief")
        dialog.display_name.setText("Chen Jie")
        dialog.title.setText("Consul")
        dialog.password.setText("chief password 1")
        dialog.repeat.setText("chief password 1")
        shots.take("first-administrator", None, dialog)
        ok(dialog)

    # The new file is encrypted: its recovery key is shown once, to be kept off the computer.
    recovery: list[str] = []

    def keep_recovery_key(dialog: RecoveryKeyDialog) -> None:
        shots.take("recovery-key", None, dialog)
        recovery.append(dialog.recovery_key)
        dialog.accept()

    when_modal([(FirstAdministratorDialog, create), (RecoveryKeyDialog, keep_recovery_key)])
    sign_in = dialog_sign_in(db)
    signed = sign_in(None, "", True)
    assert signed is not None and signed.first_run
    assert db.encrypted and recovery and recovery[0]
    session = DeskSession(
        db,
        lambda name: create_main_window(db, name, prompts.prompts(), records_for_demo),
        sign_in,
        30,
        lambda: quits.append(True),
    )
    try:
        admin_window = session.open(signed)
        qtbot.waitExposed(admin_window)

        # 2. It goes straight on to Accounts: an officer and a supervisor are added.
        qtbot.waitUntil(lambda: admin_window.findChild(AccountsDialog) is not None, timeout=WAIT)
        accounts = admin_window.findChild(AccountsDialog)
        assert isinstance(accounts, AccountsDialog)
        qtbot.waitUntil(lambda: accounts.model.rowCount() == 1, timeout=WAIT)
        shots.take("accounts-first-run", admin_window, accounts)
        officer_password = add_account(
            qtbot, accounts, shots, ("ada", "Ada Obi", "Visa Officer", "officer")
        )
        supervisor_password = add_account(
            qtbot, accounts, shots, ("li", "Li Na", "Head of Visa Section", "supervisor")
        )
        qtbot.waitUntil(lambda: accounts.model.rowCount() == 3, timeout=WAIT)
        shots.take("accounts-added", admin_window, accounts)
        made = {row.username: row for row in account_rows(db, "chief")}
        assert (made["ada"].role, made["ada"].display_name) == ("officer", "Ada Obi")
        assert (made["li"].role, made["li"].title) == ("supervisor", "Head of Visa Section")
        assert made["ada"].must_change_password and made["li"].must_change_password
        # The worklist's officer filter learns them without a restart (read off the GUI thread).
        officer_filter = admin_window.worklist.filters.officer

        def listed() -> set[str | None]:
            return {officer_filter.itemData(i) for i in range(officer_filter.count())}

        qtbot.waitUntil(lambda: {"ada", "li"} <= listed(), timeout=WAIT)
        accounts.close()
        assert not prompts.questions  # an administrator is not offered demo cases

        # 3. Sign out; the officer signs in with the one-time password and chooses their own.
        prompts.answers.append(False)  # no demo cases: this post imports its own
        when_modal(sign_in_steps(shots, "ada", officer_password, "ada's own password 1"))
        admin_window.menus.action_sign_out.trigger()
        window = next_window(qtbot, session, admin_window)
        assert "Ada Obi" in window.windowTitle()
        assert "Ada Obi" in window.status_bar.officer_label.text()
        assert authenticate(db, "ada", "ada's own password 1").username == "ada"
        qtbot.waitUntil(lambda: len(prompts.questions) == 1, timeout=WAIT)  # the demo offer
        shots.take("officer-signed-in", window)

        # 4. The file the post received, imported as File ▸ Import applications… does once its
        # file dialog is answered (the dialog itself is tested in test_file_dialogs.py: driving
        # a real QFileDialog here crashed Qt once in a full run under load).
        path = first_day_file(tmp_path / "inbox")
        window.importer.start(path)
        qtbot.waitUntil(lambda: window.importer.result is not None, timeout=WAIT)
        result = window.importer.result
        assert isinstance(result, ImportResultDialog) and result.isVisible()
        shots.take("import-result", window, result)
        rejected = [row for row in result.shown_rows() if row.outcome == "rejected"]
        assert [(row.position, row.fields) for row in rejected] == [
            # The field as the case view names it, in the window's language.
            ("first-day.json:[2]", labels.field("applicant.date_of_birth", language)),
            ("first-day.json:[3]", labels.field("passport.number", language)),
        ]
        assert all(row.meaning for row in rejected)  # each says what is wrong
        imported = [row.application for row in result.shown_rows() if row.outcome == "imported"]
        assert imported == [f"LON/{REFUSE_ID}", f"LON/{OTHER_ID}"]
        assert count_cases(db) == 2
        result.close()
        qtbot.waitUntil(lambda: window.importer.result is None, timeout=WAIT)
        shots.take("worklist-after-import", window)
        received = str(window.worklist_model.index(0, COL_RECEIVED).data())
        metrics = window.worklist_view.fontMetrics()  # the date whole, in either language
        assert metrics.horizontalAdvance(received) < window.worklist_view.columnWidth(COL_RECEIVED)

        # 5. The case opened from the list; Ctrl+R runs the checks.
        refuse_case = find_case_id(db, REFUSE_ID)
        # The import left its first new case selected in the list: Enter opens it.
        qtbot.waitUntil(lambda: window.worklist_view.current_case_id() == refuse_case, timeout=WAIT)
        window.worklist_view.setFocus()
        qtbot.keyClick(window.worklist_view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: refuse_case in window.case_views, timeout=WAIT)
        view = window.case_views[refuse_case]
        qtbot.waitExposed(view)
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow, timeout=WAIT)
        shots.take("case-opened", window, view)
        with qtbot.waitSignal(view.checks.changed, timeout=WAIT):
            qtbot.keySequence(view, QKeySequence("Ctrl+R"))
        shots.take("checks-run", window, view)

        # 6. Ctrl+D: a refusal on the failing re-entry check, with the reasons.
        qtbot.keySequence(view, QKeySequence("Ctrl+D"))
        tab = view.decision
        qtbot.waitUntil(lambda: tab.ready and tab.form.isEnabled(), timeout=WAIT)
        grounds = [tab.form.grounds.item(i).text() for i in range(tab.form.grounds.count())]
        assert any(g.startswith("K-REF-01") for g in grounds), grounds
        qtbot.mouseClick(tab.form.kind_buttons["refuse"], Qt.MouseButton.LeftButton)
        tab.form.tick("K-REF-01")
        type_into(qtbot, tab.form.reasoning, REASONS)
        shots.take("recommend-refusal", window, view)
        with qtbot.waitSignal(tab.changed, timeout=WAIT):
            qtbot.mouseClick(tab.form.submit_button, Qt.MouseButton.LeftButton)
        assert case_detail(db, refuse_case).status == "awaiting_sign_off"
        if language == "en":  # an officer's recommendation awaits a supervisor, not "another"
            assert "another" not in tab.banner.text() + tab.sign_off_note.text()
        shots.take("recommended", window, view)

        # 7. Sign out (the case view closes with it); the supervisor signs in.
        when_modal(sign_in_steps(shots, "li", supervisor_password, "li's own password 12"))
        window.menus.action_sign_out.trigger()
        supervisor_window = next_window(qtbot, session, window)
        assert "Li Na" in supervisor_window.status_bar.officer_label.text()
        shots.take("supervisor-signed-in", supervisor_window)

        # 8. The case found by its application id; Agree signs it off.
        signing = open_from_search(qtbot, supervisor_window, REFUSE_ID)
        qtbot.keySequence(signing, QKeySequence("Ctrl+D"))
        decision = signing.decision
        qtbot.waitUntil(lambda: decision.ready, timeout=WAIT)
        assert decision.agree_button.isEnabled()
        shots.take("sign-off", supervisor_window, signing)
        asked = len(prompts.questions)
        with qtbot.waitSignal(decision.changed, timeout=WAIT):
            qtbot.mouseClick(decision.agree_button, Qt.MouseButton.LeftButton)
        assert len(prompts.questions) == asked + 1  # "Agree with …?" was asked first
        assert case_detail(db, refuse_case).status == "refused"

        # 9. Ctrl+L: the refusal notice the decision calls for, issued with Ctrl+Return.
        qtbot.keySequence(signing, QKeySequence("Ctrl+L"))
        letters = signing.letters
        qtbot.waitUntil(lambda: letters.ready, timeout=WAIT)
        assert letters.form.chosen_kind() == "refusal"
        # A new post has no name of its own yet: refused before a number is taken, saying
        # where to set it; the supervisor names the mission in Administration > Post settings.
        qtbot.keySequence(letters.form.kind, QKeySequence("Ctrl+Return"))
        qtbot.waitUntil(lambda: "Post settings" in letters.message.text()
                        or "驻外机构设置" in letters.message.text(), timeout=WAIT)  # fmt: skip
        assert case_letters(db, "li", refuse_case) == []
        settings = supervisor_window.open_post_settings()
        for key, name in (
            ("letterhead_name_en", "Embassy of the People's Republic of China in the UK"),
            ("letterhead_name_zh", "中华人民共和国驻英国大使馆"),
        ):
            edit = settings.option(key).widget
            assert isinstance(edit, QLineEdit)
            edit.setText(name)
        with qtbot.waitSignal(settings.saved, timeout=WAIT):
            settings.save()
        settings.close()
        with qtbot.waitSignal(letters.previewed, timeout=WAIT):
            with qtbot.waitSignal(letters.issued, timeout=WAIT):  # back in the case: a click
                qtbot.mouseClick(letters.form.issue_button, Qt.MouseButton.LeftButton)
        shots.take("letter-issued", supervisor_window, signing)
        if language == "en":  # counted in words, not "page(s)"
            assert re.search(r"Refusal notice, 1 page\)\.$", letters.message.text())
        assert case_detail(db, refuse_case).status == "letter_issued"
        (letter,) = case_letters(db, "li", refuse_case)
        assert letter.kind == "refusal"
        assert prompts.errors == []  # nothing went wrong on the way
        assert not quits
    finally:
        if session.window is not None:
            session.window.close()
        QApplication.processEvents()


def test_accounts_added_or_deactivated_reach_the_officer_filter_at_once(
    qtbot: Any, cases_db: Database, prompts: FakePrompts
) -> None:
    window = create_main_window(cases_db, "test.admin", prompts.prompts(), records_for_demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    officer = window.worklist.filters.officer

    def listed() -> set[str]:
        return {officer.itemData(i) for i in range(1, officer.count())}

    officer.setCurrentIndex(officer.findData("officer.a"))  # a filter chosen before
    assert "ada" not in listed() and "officer.wang" in listed()
    window.menus.action_accounts.trigger()
    qtbot.waitUntil(lambda: window.findChild(AccountsDialog) is not None, timeout=WAIT)
    accounts = window.findChild(AccountsDialog)
    assert isinstance(accounts, AccountsDialog)
    qtbot.waitUntil(lambda: accounts.model.rowCount() > 0, timeout=WAIT)
    add_account(qtbot, accounts, Shots(None), ("ada", "Ada Obi", "Visa Officer", "officer"))
    qtbot.waitUntil(lambda: "ada" in listed(), timeout=WAIT)  # the list is read off the GUI thread
    assert officer.itemText(officer.findData("ada")) == "Ada Obi"
    accounts.table.selectRow(accounts.model.row_of("officer.wang"))
    accounts.toggle_active()  # FakePrompts says yes to "can no longer sign in"
    qtbot.waitUntil(lambda: "officer.wang" not in listed(), timeout=WAIT)
    assert officer.currentData() == "officer.a"  # the officer's own choice was kept
    accounts.close()  # while it reads the list again: the reading must not reach it after
    window.close()
    window.runner.wait()
    window.reader.wait()
