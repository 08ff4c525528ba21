"""Docs scenes for the Decision and Letters tabs: an officer's refusal sent back by a
supervisor with a reason, and the officer recommending again in the form; then, once the
supervisor agreed, the bilingual refusal letter issued, its pages drawn in the preview."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kvisa_desk.core.accounts.accounts import list_accounts
from kvisa_desk.core.cases.cases import case_detail, list_cases
from kvisa_desk.core.checks.report import case_check_report
from kvisa_desk.core.decisions.decisions import RECOMMENDABLE, recommend, sign_off
from kvisa_desk.core.decisions.desk import decision_desk
from kvisa_desk.core.decisions.letters import issue_letter
from kvisa_desk.demo.posts import name_demo_posts
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.letters.letters_tab import read_case_letters
from kvisa_desk.ui.letters.preview import render_pages
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.vocab import DEMO_ACTOR, Role

PAGE = 500


def refusable_case(context: DeskContext, limit: int = 5000) -> int | None:
    """An open, checked case whose outcome a failing case-level result decides (K-REF-01 if
    one is found), to be recommended for refusal."""
    fallback = None
    for offset in range(0, limit, PAGE):
        page = list_cases(context.db, None, offset, PAGE)
        for row in page:
            if row.outcome != "fail" or row.status not in RECOMMENDABLE:
                continue
            report = case_check_report(context.db, row.case_id)
            failing = [line.rule_id for line in report.deciding()] if report else []
            if "K-REF-01" in failing:
                return row.case_id
            if failing and fallback is None:
                fallback = row.case_id
        if len(page) < PAGE:
            break
    return fallback


def _failing(context: DeskContext, case_id: int) -> tuple[list[str], str]:
    """The failing results' rule ids, and reasoning that names what they found."""
    report = case_check_report(context.db, case_id)
    assert report is not None
    failing = [line for line in report.deciding() if line.effective_outcome == "fail"]
    findings = "; ".join(f"{line.rule_id}: {line.message.rstrip('.')}" for line in failing)
    reasoning = f"Check run {report.run_id} found {findings}. No document on file answers it."
    return [line.rule_id for line in failing], reasoning


def _refuse(context: DeskContext, case_id: int) -> None:
    grounds, reasoning = _failing(context, case_id)
    recommend(context.db, context.actor, case_id, "refuse", grounds=grounds, reasoning=reasoning)


def decision_scene(
    context: DeskContext, supervisor: str, case_id: int, size: tuple[int, int]
) -> CaseView:
    """CONTEXT's officer recommended refusal; SUPERVISOR sent it back with a reason; the
    officer recommends again, the form filled in."""
    _refuse(context, case_id)
    sign_off(
        context.db,
        supervisor,
        case_id,
        "return",
        "Say which document shows the fraud, and attach the verification reply.",
    )
    view = CaseView(context, case_detail(context.db, case_id))
    view.resize(*size)
    view.tabs.setCurrentWidget(view.decision)
    view.show()
    # Read here rather than on the worker: the shot is taken before the worker would finish.
    view.decision.show_desk(decision_desk(context.db, context.actor, case_id))
    grounds, reasoning = _failing(context, case_id)
    form = view.decision.form
    form.choose("refuse")
    form.tick(*grounds)
    form.reasoning.setPlainText(
        reasoning.replace("No document on file answers it.", "")
        + "The university's registrar wrote on 2025-10-28 that no such degree was awarded."
    )
    return view


def letters_scene(
    context: DeskContext, supervisor: str, case_id: int, size: tuple[int, int]
) -> CaseView:
    """The same case recommended again, signed off by SUPERVISOR, its bilingual refusal
    letter issued and shown."""
    _refuse(context, case_id)
    sign_off(context.db, supervisor, case_id, "agree")
    # A letter is issued only for a post that has named itself: the demo's name for it.
    post = str(case_detail(context.db, case_id).record.get("post") or "")
    name_demo_posts(context.db, DEMO_ACTOR, [post])
    letter = issue_letter(context.db, context.actor, case_id, language="en+zh")
    view = CaseView(context, case_detail(context.db, case_id))
    view.resize(*size)
    view.tabs.setCurrentWidget(view.letters)
    view.show()
    tab = view.letters
    # Read and drawn here rather than on the worker: the shot is taken before it would finish.
    tab.show_letters(*read_case_letters(context.db, context.actor, case_id))
    tab.select(letter.letter_id)
    tab.preview.show_pages(render_pages(letter.pdf))
    return view


def a_supervisor(context: DeskContext) -> str | None:
    """An active supervisor other than the acting officer, to sign off in the scenes."""
    for account, active in list_accounts(context.db):
        if active and account.role == Role.SUPERVISOR.value and account.username != context.actor:
            return account.username
    return None


def decision_shots(
    context: DeskContext, size: tuple[int, int]
) -> list[tuple[str, Callable[[], QWidget | None]]]:
    """`decision-tab.png` then `letters-tab.png`, for `ui.screenshot` (None: nothing to show)."""
    chosen: dict[str, tuple[str, int]] = {}

    def decision() -> QWidget | None:
        supervisor, case_id = a_supervisor(context), refusable_case(context)
        if supervisor is None or case_id is None:
            return None
        chosen["case"] = (supervisor, case_id)
        return decision_scene(context, supervisor, case_id, size)

    def letters() -> QWidget | None:
        if "case" not in chosen:
            return None
        supervisor, case_id = chosen["case"]
        return letters_scene(context, supervisor, case_id, size)

    return [("decision-tab.png", decision), ("letters-tab.png", letters)]
