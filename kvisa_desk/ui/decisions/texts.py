"""Decision and letter codes in the officer's words (recommendations, sign-offs, letter kinds
and languages from the shared catalogue, kvisa_desk.labels), and one-line summaries."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from kvisa_desk.core.decisions.decisions import NOT_YET_PASS, STALE_OR_FAILING, DecisionView
from kvisa_desk.core.decisions.desk import DecisionDesk
from kvisa_desk.core.errors import ServiceError
from kvisa_desk.ui.checks.model import readable
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.labels import (
    QT_TRANSLATE_NOOP,
    code_label,
    language,
    outcome_label,
    status_label,
    subject_label,
    text_of,
)

# The step each open result's finding asks for, before an approval (rules revision 2).
_ACTIONS = {
    "K-VER-01": QT_TRANSLATE_NOOP(
        "Decision", "verify the documents on the Documents tab, then run the checks"
    ),
    "K-EDU-02": QT_TRANSLATE_NOOP(
        "Decision",
        "confirm the field's ISCED-F code on the Education & posts tab, then run the checks",
    ),
    "K-REF-01": QT_TRANSLATE_NOOP(
        "Decision", "record the screening facts on the case, then run the checks"
    ),
    "K-DOC-01": QT_TRANSLATE_NOOP("Decision", "attach the missing documents, then run the checks"),
    "K-DOC-02": QT_TRANSLATE_NOOP(
        "Decision", "attach the document the passing route relies on, then run the checks"
    ),
    "K-PPT-01": QT_TRANSLATE_NOOP(
        "Decision", "record the intended entry date, then run the checks"
    ),
    "K-EDU-03": QT_TRANSLATE_NOOP("Decision", "judge whether the institution is well known"),
    "K-DUP-01": QT_TRANSLATE_NOOP("Decision", "look at the other case or refusal it names"),
}


def recommendation_label(code: str) -> str:
    return code_label("recommendation", code)


def state_label(code: str) -> str:
    return code_label("decision_state", code)


def verdict_label(code: str | None) -> str:
    return code_label("sign_off", code)


def kind_label(code: str) -> str:
    return code_label("letter_kind", code)


def language_label(code: str) -> str:
    return code_label("language", code)


def entries_label(code: str) -> str:
    return code_label("entries", code)


def tr(source: str) -> str:
    return QCoreApplication.translate("Decision", source)


def finding_words(desk: DecisionDesk, run_id: int | None, ground: Any) -> str:
    """A ground's finding as the Checks tab shows it: in the window's language from its run's
    template; a run that predates translated findings keeps its stored English."""
    lang = "zh" if language() == "zh" else "en"
    stored = desk.finding(run_id, ground.rule_id, ground.subject, "en", "")
    shown = desk.finding(run_id, ground.rule_id, ground.subject, lang, "")
    if stored or shown:
        return shown or stored
    return readable(ground.message)


def sign_off_text(view: DecisionView, desk: DecisionDesk) -> str:
    """`Agreed by Wang Fang, 2026-11-29 10:02`, or what it waits for."""
    if view.sign_off:
        return tr("{verdict} by {who}, {when}").format(
            verdict=verdict_label(view.sign_off),
            who=desk.name_of(view.signed_off_by),
            when=text_of(view.signed_off_at),
        )
    if view.needs_sign_off:
        return tr("Waiting for a supervisor other than {who}").format(
            who=desk.name_of(view.recommended_by)
        )
    return tr("Not needed")


def sign_off_short(view: DecisionView, desk: DecisionDesk) -> str:
    """For the decisions list: `Agreed by Wang Fang`, or empty while none is recorded."""
    if not view.sign_off:
        return ""
    return tr("{verdict} by {who}").format(
        verdict=verdict_label(view.sign_off), who=desk.name_of(view.signed_off_by)
    )


def decision_detail(view: DecisionView, desk: DecisionDesk) -> str:
    """Everything recorded with a decision, as plain text for the detail box."""
    lines = [
        tr("{recommendation} — {state}").format(
            recommendation=recommendation_label(view.recommendation),
            state=state_label(view.state),
        ),
        tr("Recommended by {who}, {when}; check run {run}.").format(
            who=desk.name_of(view.recommended_by),
            when=text_of(view.recommended_at),
            run=view.check_run_id,
        ),
        tr("Sign-off: {text}").format(text=sign_off_text(view, desk)),
    ]
    if view.sign_off_reason:
        lines.append(tr("Reason given: {reason}").format(reason=view.sign_off_reason))
    if view.terms is not None:
        lines.append(
            tr("Visa terms: {entries}; valid {validity} days; {stay} days each stay.").format(
                entries=entries_label(view.terms.entries),
                validity=view.terms.validity_days,
                stay=view.terms.stay_days,
            )
        )
    if view.requested_documents:
        lines.append(
            tr("Documents requested: {docs}; reply by {date}.").format(
                docs=", ".join(view.requested_documents), date=text_of(view.reply_by)
            )
        )
    lines.append("")
    lines.append(tr("Grounds:"))
    for ground in view.grounds:
        subject = f" ({subject_label(ground.subject)})" if ground.subject else ""
        outcome = outcome_label(ground.effective_outcome)
        finding = finding_words(desk, ground.run_id, ground)
        lines.append(f"  {ground.rule_id}{subject} · {outcome} · {finding}")
    if not view.grounds:
        lines.append("  " + tr("none chosen"))
    lines.append("")
    lines.append(tr("Reasoning:"))
    lines.append(view.reasoning)
    for warning in view.warnings:
        lines.append(tr("Warning: {text}").format(text=warning_words(warning)))
    return "\n".join(lines)


# Warnings core stores in English with a decision (older databases' wording included).
_STALE_RUN = re.compile(r"the latest check run \(run (\d+)\) is older than the latest change")
_STOCK = "the reasoning is only stock phrases"
_ALL_PASSED = "every ground chosen for this refusal is a result that passed"


def warning_words(warning: str) -> str:
    """A stored warning in the window's language; one the window does not know, as stored."""
    stale = _STALE_RUN.match(warning)
    if stale:
        return tr(
            "the latest check run (run {run}) is older than the latest change to the case's "
            "facts; this was recorded on that run's results."
        ).format(run=stale.group(1))
    if warning.startswith(_STOCK):
        return tr(
            "the reasoning is only stock phrases: say what in this case led to the "
            "recommendation (the facts, documents or results relied on)."
        )
    if warning.startswith(_ALL_PASSED):
        return tr("every ground chosen for this refusal is a result that passed.")
    return warning


def decision_rows(desk: DecisionDesk) -> list[tuple[str, ...]]:
    return [
        (
            text_of(view.recommended_at),
            recommendation_label(view.recommendation),
            state_label(view.state),
            desk.name_of(view.recommended_by),
            sign_off_short(view, desk),
            ", ".join(g.rule_id for g in view.grounds),
        )
        for view in desk.decisions
    ]


# Core's refusals on the decision path, in the window's words (core's English names CLI flags).
_REFUSALS: dict[str, str] = {
    "decision.reasoning_needed": QT_TRANSLATE_NOOP(
        "Decision", "Write the reasoning: what in this case leads to the recommendation."
    ),
    "decision.terms_needed": QT_TRANSLATE_NOOP(
        "Decision",
        "An approval needs the visa terms: entries, validity days and stay days (there are no "
        "defaults).",
    ),
    "decision.terms_missing": QT_TRANSLATE_NOOP(
        "Decision", "An approval needs the visa terms (there are no defaults): missing {missing}."
    ),
    "decision.interview_incomplete": QT_TRANSLATE_NOOP(
        "Decision", "An interview needs both its date and time and its place."
    ),
    "decision.reply_by_not_after_today": QT_TRANSLATE_NOOP(
        "Decision", "The reply-by date {date} is not after today: choose a later date."
    ),
    "decision.grounds_needed": QT_TRANSLATE_NOOP(
        "Decision", "A refusal needs at least one ground: tick a result from the check run."
    ),
    "decision.no_missing_documents": QT_TRANSLATE_NOOP(
        "Decision",
        "The latest check run found no document missing: name the documents to request.",
    ),
    "decision.already_pending": QT_TRANSLATE_NOOP(
        "Decision",
        "Case {case_ref} already has a recommendation awaiting sign-off: reload the case to "
        "see it.",
    ),
    "decision.not_recommendable": QT_TRANSLATE_NOOP(
        "Decision", "Case {case_ref} is {status}: it takes no new recommendation."
    ),
    "decision.not_checked": QT_TRANSLATE_NOOP(
        "Decision",
        "Case {case_ref} has not been checked: run the checks (Ctrl+R) before recommending.",
    ),
    "decision.case_changed": QT_TRANSLATE_NOOP(
        "Decision",
        "Case {case_ref} changed since you opened it: reload it and try again.",
    ),
    "sign_off.reason_needed": QT_TRANSLATE_NOOP(
        "Decision", "Sending a recommendation back needs a reason: type it beside the buttons."
    ),
    "sign_off.nothing_pending": QT_TRANSLATE_NOOP(
        "Decision", "Case {case_ref} has no recommendation awaiting sign-off."
    ),
    "sign_off.own": QT_TRANSLATE_NOOP(
        "Decision",
        "You recommended this {recommendation} and may not sign it off: another supervisor must.",
    ),
}


# The visa terms core names as missing.
_TERMS = {
    "entries": QT_TRANSLATE_NOOP("Decision", "entries"),
    "validity days": QT_TRANSLATE_NOOP("Decision", "validity days"),
    "stay days": QT_TRANSLATE_NOOP("Decision", "stay days"),
}


# Every message id this module words itself (core's refusals on the decision path); the rest
# are error_text's (WINDOW_MESSAGES): between them, every id core says has the window's words.
WORDED_HERE = frozenset({*_REFUSALS, "decision.checks_stale", "sign_off.checks_stale"})


def _missing_terms(listed: object) -> str:
    names = [n.strip() for n in str(listed or "").split(",") if n.strip()]
    return tr(", ").join(tr(_TERMS[n]) if n in _TERMS else n for n in names)


def refusal_text(error: BaseException, *, listed_above: bool = False) -> str:
    """Core's refusal in full; a stale or failing check run also says where to act. An
    approval refused for open results lists each once with its step, or, LISTED_ABOVE (the
    tab shows them already), says so instead of listing them again."""
    if isinstance(error, ServiceError) and error.message_id == "approval.open_reviews":
        if listed_above:
            return tr(
                "case {case_ref} cannot be approved until every result listed above passes. "
                "A refusal or a request for documents needs no such step."
            ).format(case_ref=error.params.get("case_ref", ""))
        return error_text(
            error, step=lambda rule_id: tr(_ACTIONS[rule_id]) if rule_id in _ACTIONS else None
        )
    message_id = getattr(error, "message_id", None)
    params = getattr(error, "params", None) or {}
    if message_id in _REFUSALS:
        shown = {
            "case_ref": params.get("case_ref", ""),
            "date": text_of(params.get("date", "")),
            "status": status_label(str(params.get("status", ""))),
            "recommendation": recommendation_label(str(params.get("recommendation", ""))),
            "missing": _missing_terms(params.get("missing")),
        }
        try:
            return tr(_REFUSALS[message_id]).format(**shown)
        except (KeyError, IndexError, ValueError):
            return str(error)  # a translation naming a parameter not given
    if message_id == "decision.checks_stale":
        return tr(
            "Case {case_ref}: the case's facts changed after the latest check run (run {run}), "
            "so an approval or a refusal cannot rest on its results. Run the checks again "
            "(Ctrl+R), then recommend on the new results."
        ).format(case_ref=params.get("case_ref", ""), run=params.get("run_id", ""))
    if message_id == "sign_off.checks_stale":
        return tr(
            "Case {case_ref}: the case's facts changed after the check run this recommendation "
            "rests on (run {run}), so it cannot be agreed. Send it back with a reason, so the "
            "officer runs the checks again and recommends on the new results."
        ).format(case_ref=params.get("case_ref", ""), run=params.get("run_id", ""))
    message = error_text(error)
    if STALE_OR_FAILING in message.casefold():
        message += "\n" + tr(
            "Run the checks again (Ctrl+R), or override the failing result on the Checks tab "
            "with a reason."
        )
    elif NOT_YET_PASS in message:
        message += "\n" + tr(
            "Resolve each open result by the step it names, then run the checks again "
            "(Ctrl+R); or override it on the Checks tab with a reason."
        )
    return message


def open_reviews_text(desk: DecisionDesk) -> str:
    """Before an approval: each result still open, the step it asks for, or an override;
    before anything, that the checks must be run again when the facts changed since."""
    if desk.recommendable and desk.run_id is not None and not desk.checks_current:
        return tr(
            "The case's facts changed after the latest check run (run {run}). Run the checks "
            "again (Ctrl+R) before recommending an approval or a refusal; a request for "
            "documents can still be made."
        ).format(run=desk.run_id)
    if not desk.open_reviews or not desk.recommendable:
        return ""
    lines = [
        tr(
            "An approval needs every result to pass. Still open (resolve each by its step, or "
            "override it on the Checks tab with a reason):"
        )
    ]
    for item in desk.open_reviews:
        step = _ACTIONS.get(item.rule_id)
        action = tr(step) if step else tr("look at the finding on the Checks tab")
        about = f"{item.rule_id} ({subject_label(item.subject)})" if item.subject else item.rule_id
        lines.append(f"• {about} · {outcome_label(item.effective_outcome)}: {action}")
    return "\n".join(lines)
