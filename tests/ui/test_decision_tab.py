"""The Decision tab: an officer recommends in the window, a supervisor in another session
signs off; what a role or the case's state does not allow is greyed and still refused by core;
core's refusals are shown in full with what to do next."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.documents.reading import list_documents
from kvisa_desk.core.documents.status import set_verification
from kvisa_desk.store.engine import Database
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.decisions.decision_tab import DecisionTab
from kvisa_desk.ui.letters.letters_tab import LettersTab
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.operations import OperationRunner
from tests.decisions.decisions_support import (
    REFUSAL_REASONING,
    checked_case,
    events_of,
    recommend,
    status_of,
)
from tests.ui.conftest import FakePrompts

pytestmark = pytest.mark.backend

REASONS = "Re-entry ban recorded 2025-10-20, in force to 2027; not disclosed on the form."


@pytest.fixture
def contexts(db: Database, prompts: FakePrompts) -> Iterator[Any]:
    """A session per officer (each its own worker), as two officers' windows would have."""
    runners: list[OperationRunner] = []

    def make(actor: str) -> DeskContext:
        runner = OperationRunner()
        runners.append(runner)
        return DeskContext(db, actor, runner, prompts.prompts(), None)

    yield make
    for runner in runners:
        runner.wait()


def open_view(
    qtbot: Any, context: DeskContext, case_id: int, show_decision: bool = True
) -> CaseView:
    view = CaseView(context, case_detail(context.db, case_id))
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    if show_decision:
        view.tabs.setCurrentWidget(view.decision)
        qtbot.waitUntil(lambda: view.decision.ready, timeout=20_000)  # read on the worker
    return view


def letters_of(qtbot: Any, view: CaseView) -> LettersTab:
    view.tabs.setCurrentWidget(view.letters)
    qtbot.waitUntil(lambda: view.letters.ready, timeout=20_000)
    return view.letters


def refusable_case(db: Database, folder: Path, application_id: str = "KV-UI-DEC-1") -> int:
    """Checked, with K-REF-01 failing on a recorded re-entry ban."""
    return checked_case(db, folder, application_id, screening__reentry_ban=True)


def fill_refusal(qtbot: Any, tab: DecisionTab) -> None:
    qtbot.mouseClick(tab.form.kind_buttons["refuse"], Qt.MouseButton.LeftButton)
    tab.form.tick("K-REF-01")
    tab.form.reasoning.setFocus()
    qtbot.keyClicks(tab.form.reasoning, REASONS)


def test_officer_recommends_a_refusal_and_another_supervisor_signs_it_off(
    qtbot: Any, db: Database, tmp_path: Path, contexts: Any, prompts: FakePrompts
) -> None:
    case_id = refusable_case(db, tmp_path)
    officer = open_view(qtbot, contexts("officer.a"), case_id, show_decision=False)
    qtbot.keySequence(officer, QKeySequence("Ctrl+D"))
    tab = officer.decision
    assert officer.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.ready, timeout=20_000)  # read on the worker when first shown
    assert tab.form.kind_buttons["approve"].hasFocus()
    assert tab.banner.text() == "No decision yet."
    # The grounds are the latest run's results, the failing one first, with its finding.
    first = tab.form.grounds.item(0).text()
    assert first.startswith("K-REF-01 · Fail · ") and "re-entry ban" in first
    fill_refusal(qtbot, tab)
    with qtbot.waitSignal(tab.changed, timeout=20_000):
        qtbot.mouseClick(tab.form.submit_button, Qt.MouseButton.LeftButton)
    assert status_of(db, case_id) == "awaiting_sign_off"
    assert tab.table.rowCount() == 1
    assert (
        tab.table.cell_text(0, 1) == "Refuse" and tab.table.cell_text(0, 2) == "Awaiting sign-off"
    )
    # An officer's own recommendation awaits a supervisor, not "another" one.
    assert tab.banner.text() == "Your recommendation (Refuse) awaits a supervisor's sign-off."
    assert tab.sign_off_note.text() == "You recommended this; a supervisor signs it off."
    assert not tab.agree_button.isEnabled()  # an officer never signs off
    assert tab.form.reasoning.toPlainText() == ""  # recorded: the form is ready for the next
    assert not tab.form.isEnabled()  # a case awaiting sign-off takes no new recommendation
    assert REASONS in tab.detail.toPlainText() and "K-REF-01" in tab.detail.toPlainText()
    qtbot.waitUntil(lambda: not officer.updates.busy, timeout=20_000)  # what it touched, read
    assert officer.header.findChildren(QLabel)  # the header redrew from the saved case
    assert officer.detail.status == "awaiting_sign_off"

    supervisor = open_view(qtbot, contexts("supervisor.s"), case_id)
    signing = supervisor.decision
    assert signing.banner.text() == "officer.a recommends: Refuse. It awaits your sign-off."
    assert signing.agree_button.isEnabled() and signing.return_button.isEnabled()
    with qtbot.waitSignal(signing.changed, timeout=20_000):
        qtbot.mouseClick(signing.agree_button, Qt.MouseButton.LeftButton)
    assert "Agree with officer.a's recommendation (Refuse)" in prompts.questions[-1]
    assert status_of(db, case_id) == "refused"
    assert signing.table.cell_text(0, 2) == "In effect"
    assert signing.table.cell_text(0, 4).startswith("Agreed by supervisor.s")
    assert signing.banner.text() == "Decision in effect: Refuse. Case status: Refused."
    assert not signing.agree_button.isEnabled()
    # The letter the decision calls for is now the Letters tab's default.
    assert letters_of(qtbot, supervisor).form.chosen_kind() == "refusal"
    kinds = [(e.kind, e.officer) for e in events_of(db, case_id)]
    assert ("decision_recommended", "officer.a") in kinds
    assert ("decision_signed_off", "supervisor.s") in kinds


def test_self_sign_off_is_greyed_and_refused_by_core(
    qtbot: Any, db: Database, tmp_path: Path, contexts: Any
) -> None:
    case_id = refusable_case(db, tmp_path, "KV-UI-DEC-2")
    own = open_view(qtbot, contexts("supervisor.s"), case_id).decision
    fill_refusal(qtbot, own)
    with qtbot.waitSignal(own.changed, timeout=20_000):
        own.form.submit()
    assert not own.agree_button.isEnabled() and not own.return_button.isEnabled()
    assert "you cannot" in own.sign_off_note.text()
    # Asked anyway (as a script might), core refuses and the tab says so.
    own.sign_off("agree")
    qtbot.waitUntil(own.sign_off_error.isVisible, timeout=20_000)
    assert "may not sign it off: another supervisor must" in own.sign_off_error.text()
    assert status_of(db, case_id) == "awaiting_sign_off"
    # An officer sees why the sign-off is greyed for them.
    other = open_view(qtbot, contexts("officer.b"), case_id).decision
    assert not other.agree_button.isEnabled()
    assert other.sign_off_note.text() == "Only a supervisor signs off; supervisor.s recommended it."
    # Sending back needs a reason: core's refusal is shown, then it goes back with one.
    boss = open_view(qtbot, contexts("supervisor.t"), case_id).decision
    boss.sign_off("return")
    qtbot.waitUntil(boss.sign_off_error.isVisible, timeout=20_000)
    assert "needs a reason" in boss.sign_off_error.text()
    qtbot.keyClicks(boss.sign_off_reason, "Ask for the ban's end date first.")
    with qtbot.waitSignal(boss.changed, timeout=20_000):
        qtbot.mouseClick(boss.return_button, Qt.MouseButton.LeftButton)
    assert boss.table.cell_text(0, 2) == "Sent back"
    assert "Ask for the ban's end date first." in boss.detail.toPlainText()
    assert status_of(db, case_id) in {"in_review", "received", "ready_for_decision"}
    assert boss.form.isEnabled()  # back in review: a new recommendation may be made
    # Switching languages redraws what was made from data and keeps what was typed.
    boss.form.choose("refuse")
    boss.form.tick("K-REF-01")
    qtbot.keyClicks(boss.form.reasoning, "Ban confirmed by the ministry on 2025-11-02.")
    banner = boss.banner.text()
    QCoreApplication.sendEvent(boss, QEvent(QEvent.Type.LanguageChange))
    assert boss.banner.text() == banner and boss.table.rowCount() == 1
    assert boss.form.chosen_grounds() == ["K-REF-01"] and boss.form.chosen_kind() == "refuse"
    assert boss.form.reasoning.toPlainText() == "Ban confirmed by the ministry on 2025-11-02."


def test_live_stock_phrase_warning_and_core_refusals_shown_with_the_next_step(
    qtbot: Any, db: Database, tmp_path: Path, contexts: Any
) -> None:
    case_id = refusable_case(db, tmp_path, "KV-UI-DEC-3")
    tab = open_view(qtbot, contexts("officer.a"), case_id).decision
    form = tab.form
    qtbot.keyClicks(form.reasoning, "Approved. Meets requirements")
    assert form.warning.isVisible() and "only stock phrases" in form.warning.text()
    qtbot.keyClicks(form.reasoning, "; degree 0713 from a listed university")
    assert not form.warning.isVisible()

    # Approval: the terms have no defaults and are not guessed.
    qtbot.mouseClick(form.kind_buttons["approve"], Qt.MouseButton.LeftButton)
    assert form.terms_box.isVisible() and not form.request_box.isVisible()
    assert form.entries.currentData() is None and form.validity.text() == "—"
    form.submit()
    qtbot.waitUntil(form.error.isVisible, timeout=20_000)
    assert "missing entries, validity days, stay days" in form.error.text()

    # With terms, core still refuses while K-REF-01 fails, and the tab says where to act.
    form.entries.setCurrentIndex(form.entries.findData("multiple"))
    form.validity.setValue(180)
    form.stay.setValue(90)
    form.show_error("")
    form.submit()
    qtbot.waitUntil(form.error.isVisible, timeout=20_000)
    text = form.error.text()
    assert text.startswith("Not recorded: ")
    # Each open result once, with the step that resolves it: above the tab, not again here.
    assert "cannot be approved until every result listed above passes" in text
    assert "K-REF-01" not in text and "effective outcome" not in text
    assert tab.open_reviews.text().count("K-REF-01") == 1
    assert "degree 0713" in form.reasoning.toPlainText()  # nothing typed is lost
    assert status_of(db, case_id) != "approved"


def test_stale_checks_refuse_an_approval_and_request_documents_takes_a_reply_date(
    qtbot: Any, db: Database, tmp_path: Path, contexts: Any
) -> None:
    case_id = checked_case(db, tmp_path, "KV-UI-DEC-4", verify=False)
    # A change of the facts after the run.
    for document in list_documents(db, "test.officer", case_id):
        set_verification(db, "officer.a", case_id, document.document_id, "verified")
    view = open_view(qtbot, contexts("officer.a"), case_id)
    form = view.decision.form
    form.choose("approve")
    form.entries.setCurrentIndex(form.entries.findData("1"))
    form.validity.setValue(90)
    form.stay.setValue(30)
    qtbot.keyClicks(form.reasoning, "Master's degree 0713 and a research post since 2022.")
    form.submit()
    qtbot.waitUntil(form.error.isVisible, timeout=20_000)
    # Said before the form is filled, and again in words that say what to do.
    assert view.decision.open_reviews.text().startswith(
        "The case's facts changed after the latest check run"
    )
    assert "Run the checks again (Ctrl+R), then recommend" in form.error.text()

    form.choose("request-documents")
    assert form.request_box.isVisible() and not form.terms_box.isVisible()
    form.reply_by.setDate(form.reply_by.date().addDays(5))
    wanted = form.reply_by.date().toPython()
    qtbot.keyClicks(form.documents, "degree_certificate, transcript")
    assert not form.interview_place.isEnabled()  # only with the interview ticked
    form.interview.setChecked(True)
    qtbot.keyClicks(form.interview_place, "Visa section, room 3")
    with qtbot.waitSignal(view.decision.changed, timeout=20_000):
        form.submit()
    assert status_of(db, case_id) == "awaiting_documents"
    latest = view.decision.desk.decisions[-1]  # type: ignore[union-attr]
    assert latest.reply_by == wanted
    assert latest.requested_documents == ("degree_certificate", "transcript")
    assert view.decision.table.cell_text(0, 2) == "In effect"  # no sign-off for a request
    assert latest.interview is not None and latest.interview.place == "Visa section, room 3"
    letters = letters_of(qtbot, view)
    assert letters.form.chosen_kind() == "request-documents"
    # The interview recorded with the request is what an invitation would print.
    assert letters.form.place.text() == "Visa section, room 3"
    assert letters.form.interview_at.dateTime().toPython() == latest.interview.at


def test_what_a_role_or_the_case_state_does_not_allow_is_greyed_with_the_reason(
    qtbot: Any, db: Database, tmp_path: Path, contexts: Any
) -> None:
    case_id = refusable_case(db, tmp_path, "KV-UI-DEC-5")
    recommend(db, "officer.a", case_id, "refuse", grounds=["K-REF-01"], reasoning=REFUSAL_REASONING)
    # An officer of the case may read it, but the refusal awaits: nothing to recommend.
    tab = open_view(qtbot, contexts("officer.b"), case_id).decision
    assert not tab.form.isEnabled()
    assert tab.form.toolTip() == "This case takes no new recommendation now."
    assert tab.banner.text() == "officer.a recommends: Refuse. It awaits a supervisor's sign-off."
    # An administrator does no case work: the tabs say so and offer nothing.
    admin = DecisionTab(contexts("test.admin"), case_id)
    qtbot.addWidget(admin)
    admin.show()
    qtbot.waitUntil(lambda: admin.ready, timeout=20_000)
    assert admin.banner.text().startswith(
        "Decisions cannot be shown: test.admin (administrator) may not view cases"
    )
    assert not admin.form.isEnabled() and not admin.agree_button.isEnabled()
    letters = LettersTab(contexts("test.admin"), case_id)
    qtbot.addWidget(letters)
    letters.show()
    qtbot.waitUntil(lambda: letters.ready, timeout=20_000)
    assert letters.preview.message.startswith(
        "Letters cannot be shown: test.admin (administrator) may not view cases"
    )
    assert not letters.form.isEnabled() and not letters.verify_button.isEnabled()


def test_an_approval_with_its_terms_takes_effect_and_calls_for_an_approval_notice(
    qtbot: Any, db: Database, tmp_path: Path, contexts: Any
) -> None:
    case_id = checked_case(db, tmp_path, "KV-UI-DEC-6")
    view = open_view(qtbot, contexts("officer.a"), case_id)
    form = view.decision.form
    form.choose("approve")
    form.tick("K-RTE-01", "K-DOC-01")
    form.entries.setCurrentIndex(form.entries.findData("2"))
    form.validity.setValue(180)
    form.stay.setValue(60)
    form.reasoning.setFocus()
    qtbot.keyClicks(form.reasoning, "MSc 0713 from the University of Lagos; research post.")
    with qtbot.waitSignal(view.decision.changed, timeout=20_000) as recorded:
        qtbot.keySequence(form.reasoning, QKeySequence("Ctrl+Return"))
    decision = recorded.args[0]
    assert decision.terms.entries == "2" and decision.terms.validity_days == 180
    assert decision.terms.stay_days == 60
    assert sorted(g.rule_id for g in decision.grounds) == ["K-DOC-01", "K-RTE-01"]
    assert status_of(db, case_id) == "approved"
    assert view.decision.table.cell_text(0, 2) == "In effect"  # no sign-off at this post
    assert "Visa terms: Double entry (2); valid 180 days; 60 days each stay." in (
        view.decision.detail.toPlainText()
    )
    assert letters_of(qtbot, view).form.chosen_kind() == "approval"


def test_a_status_move_in_the_window_reads_the_decision_tab_again(
    qtbot: Any, db: Database, tmp_path: Path, contexts: Any
) -> None:
    case_id = checked_case(db, tmp_path, "KV-UI-DEC-7")
    view = open_view(qtbot, contexts("officer.a"), case_id)
    tab = view.decision
    assert tab.form.isEnabled()
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        view.workflow.move_to("withdrawn")
    assert not tab.form.isEnabled()  # a withdrawn case takes no recommendation
    assert tab.banner.text() == "Case status: Withdrawn. It takes no new recommendation."


def test_the_tab_lists_the_open_results_before_an_approval(
    qtbot: Any, db: Database, tmp_path: Path, contexts: Any
) -> None:
    case_id = checked_case(db, tmp_path, "KV-UI-DEC-OPEN", verify=False, screening=None)
    tab = open_view(qtbot, contexts("officer.a"), case_id).decision
    assert tab.open_reviews.isVisible()
    text = tab.open_reviews.text()
    assert text.startswith("An approval needs every result to pass.")
    assert "K-VER-01 · Review: verify the documents on the Documents tab" in text
    assert "K-REF-01 · Review: record the screening facts" in text

    ready = checked_case(db, tmp_path, "KV-UI-DEC-READY", passport__number="A07769988")
    tab = open_view(qtbot, contexts("officer.a"), ready).decision
    assert not tab.open_reviews.isVisible() and tab.open_reviews.text() == ""


def test_the_chinese_tab_shows_grounds_in_chinese_and_officers_by_their_full_names(
    qtbot: Any, db: Database, tmp_path: Path, contexts: Any
) -> None:
    import re

    from kvisa_desk.store.models import Officer
    from kvisa_desk.ui.widgets.translations import switch_language

    case_id = refusable_case(db, tmp_path, "KV-UI-DEC-ZH")
    recommend(db, "officer.a", case_id, "refuse", grounds=["K-REF-01"], reasoning=REFUSAL_REASONING)
    with db.write() as session:
        for officer in session.query(Officer).filter(Officer.username == "officer.a"):
            officer.display_name = "李伟"
    chinese = re.compile(r"[\u4e00-\u9fff]")
    switch_language("zh_CN")
    try:
        tab = open_view(qtbot, contexts("officer.b"), case_id).decision
        english = next(c.message for c in tab.desk.choices if c.rule_id == "K-REF-01")  # type: ignore[union-attr]
        assert tab.banner.text().startswith("李伟")
        assert tab.table.item(0, 3).text() == "李伟"  # the Officer column
        detail = tab.detail.toPlainText()
        ground = next(line for line in detail.splitlines() if "K-REF-01" in line)
        assert english not in ground and chinese.search(ground.split("·")[-1])
        listed = [tab.form.grounds.item(r).text() for r in range(tab.form.grounds.count())]
        ref = next(text for text in listed if text.startswith("K-REF-01"))
        assert english not in ref and chinese.search(ref.split("·")[-1])
    finally:
        switch_language("en")
    view = open_view(qtbot, contexts("officer.b"), case_id)
    assert (
        view.decision.banner.text() == "李伟 recommends: Refuse. It awaits a supervisor's sign-off."
    )
    text = view.decision.detail.toPlainText()
    assert english in text  # in English, the English finding
    history = view.history
    who = {history.cell_text(r, 1) for r in range(history.rowCount())}
    assert "李伟" in who and "officer.a" not in who  # the History tab names people too


def test_stale_checks_are_said_before_a_refusal_and_agreeing_is_greyed_in_both_languages(
    qtbot: Any, db: Database, tmp_path: Path, contexts: Any
) -> None:
    import re

    from kvisa_desk.ui.decisions.texts import warning_words
    from kvisa_desk.ui.widgets.translations import switch_language

    case_id = refusable_case(db, tmp_path, "KV-UI-DEC-STALE")
    recommend(db, "officer.a", case_id, "refuse", grounds=["K-REF-01"], reasoning=REFUSAL_REASONING)
    document = list_documents(db, "test.officer", case_id)[0]
    set_verification(db, "officer.a", case_id, document.document_id, "unverified")
    tab = open_view(qtbot, contexts("supervisor.s"), case_id).decision
    assert not tab.agree_button.isEnabled() and tab.return_button.isEnabled()
    assert tab.sign_off_note.text().startswith("The case's facts changed after the check run")
    old = "the latest check run (run 7) is older than the latest change to the case's facts"
    han = re.compile(r"[\u4e00-\u9fff]")
    switch_language("zh_CN")
    try:
        chinese = open_view(qtbot, contexts("supervisor.s"), case_id).decision
        note = chinese.sign_off_note.text()
        assert han.search(note) and "check run" not in note
        # A warning an older database stored in English is shown in Chinese, run number kept.
        words = warning_words(old + "; the grounds are the results of that run")
        assert han.search(words) and "7" in words and "check run" not in words
    finally:
        switch_language("en")


def test_every_refusal_on_the_decision_path_reads_in_chinese(qtbot: Any) -> None:
    """Core's refusals the form or the sign-off box can show carry an id the window words
    itself: no English (and no CLI flag) inside the Chinese window."""
    import re

    from kvisa_desk.core.errors import MESSAGES, Conflict
    from kvisa_desk.ui.decisions.texts import refusal_text
    from kvisa_desk.ui.widgets.translations import switch_language

    params = {
        "case_ref": "C0000001",
        "run_id": 7,
        "missing": "entries, stay days",
        "date": "2026-01-02",
        "by": " by officer.a",
        "status": "refused",
        "status_words": "refused",
        "expected": 3,
        "version": 4,
        "actor": "officer.a",
        "recommendation": "refuse",
    }
    ids = [i for i in MESSAGES if i.startswith(("decision.", "sign_off."))]
    assert len(ids) >= 15
    latin_words = re.compile(r"[A-Za-z]{4,}")
    switch_language("zh_CN")
    try:
        for message_id in ids:
            shown = refusal_text(Conflict.said(message_id, **params))
            assert "--" not in shown, message_id
            left = latin_words.findall(shown.replace("Ctrl", ""))
            assert not left, f"{message_id}: {shown}"
    finally:
        switch_language("en")
    english = refusal_text(Conflict.said("decision.terms_missing", **params))
    assert english.endswith("missing entries, stay days.")


def test_a_refusal_resting_only_on_results_in_review_is_asked_first(
    qtbot: Any, db: Database, tmp_path: Path, contexts: Any, prompts: FakePrompts
) -> None:
    # Documents not verified: K-VER-01 is in review, and nothing fails.
    case_id = checked_case(db, tmp_path, "KV-UI-DEC-REV", verify=False)
    tab = open_view(qtbot, contexts("officer.a"), case_id).decision
    qtbot.mouseClick(tab.form.kind_buttons["refuse"], Qt.MouseButton.LeftButton)
    tab.form.tick("K-VER-01")
    tab.form.reasoning.setPlainText(REASONS)
    prompts.answers.append(False)
    tab.form.submit()
    assert "still in review" in prompts.questions[-1]
    assert status_of(db, case_id) != "awaiting_sign_off"  # not recorded
    assert tab.form.reasoning.toPlainText() == REASONS  # nothing typed is lost
    with qtbot.waitSignal(tab.changed, timeout=20_000):
        tab.form.submit()  # asked again; yes this time
    assert status_of(db, case_id) == "awaiting_sign_off"
