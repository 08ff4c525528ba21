"""The words of the Checks tab: the outcome's headline, why, what next, who ran it when."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from kvisa_desk.core.checks.report import CheckReport, ResultLine
from kvisa_desk.ui.checks.model import (
    carried_text,
    finding_text,
    outcome_text,
    override_text,
    prefers_chinese,
    readable,
    rule_title,
    source_text,
)
from kvisa_desk.ui.widgets.labels import code_label, outcome_label, subject_label, text_of, who


def tr(text: str) -> str:
    return QCoreApplication.translate("ChecksTab", text)


def untranslated_note() -> str:
    return tr(
        "This run predates translated findings (rule pack revision 1): its findings and "
        "sources are shown in the English words it stored, exactly as they were."
    )


def headline(outcome: str) -> str:
    if outcome == "fail":
        return tr("Fail: the case does not meet the K visa rules as recorded")
    if outcome == "review":
        return tr("Review: an officer must look at the results marked Review")
    return tr("Pass: every rule is met")


def next_step(outcome: str) -> str:
    if outcome == "fail":
        return tr(
            "Check the facts each failed rule names. If a fact is recorded wrongly, correct it "
            "and run the checks again. If the rule's finding is wrong for this case, select it "
            "and override it with a written reason."
        )
    if outcome == "review":
        return tr(
            "Look at each result marked Review and the evidence it names. When you are "
            "satisfied, override it to Pass with a written reason, or to Fail."
        )
    return tr("No result needs an officer's attention before a decision.")


DECIDED_STATUSES = ("approved", "refused", "letter_issued")


def finished_step(status: str, decided_run: int | None, shown_run: int | None) -> str:
    """What stands on a finished case, where an open one is told what to do next: no new run
    is made on it, and which run its decision was made on."""
    if shown_run is None:
        return tr("This case is {status} and was never checked; no check runs on it now.").format(
            status=code_label("status", status).lower()
        )
    if decided_run is not None or status in DECIDED_STATUSES:
        if decided_run is None or decided_run == shown_run:
            return tr(
                "This case is decided: these results are the check run the decision was made "
                "on. They stay as they were; no new check runs on a decided case."
            )
        return tr(
            "This case is decided on check run {decided}, not on this later run {shown}: the "
            "run the decision was made on is under Past runs. No new check runs on a decided "
            "case."
        ).format(decided=decided_run, shown=shown_run)
    return tr(
        "This case is {status}: these are the results of its last check run. They stay as "
        "they were; no new check runs on a finished case."
    ).format(status=code_label("status", status).lower())


def run_line(report: CheckReport) -> str:
    """Who checked when, under which rules and settings: plain text."""
    pack_title = report.pack_title_zh if prefers_chinese() else report.pack_title_en
    if report.pack_effective_from is not None:
        pack = tr("rule pack {pack} revision {revision} ({title}), in force from {date}").format(
            pack=report.pack_id,
            revision=report.pack_revision,
            title=pack_title,
            date=text_of(report.pack_effective_from),
        )
    else:
        pack = tr("rule pack {pack} (no longer installed)").format(pack=report.pack_id)
    if report.settings_version == 0:
        settings = tr("post settings: the pack's defaults (version 0)")
    else:
        settings = tr("post settings version {version}").format(version=report.settings_version)
    return tr("Checked {when} by {officer} · {pack} · {settings}").format(
        when=text_of(report.ran_at),
        officer=who(report.officer, report.officer_name),
        pack=pack,
        settings=settings,
    )


def revision_notice(report: CheckReport) -> str:
    """What the newest revision of the rules would change on this open case, if anything."""
    change = report.revision_change
    if change is None:
        return ""
    rules = "; ".join(
        tr("{rule} ({about}): {before} → {after}").format(
            rule=c.rule,
            about=subject_label(c.subject),
            before=outcome_label(c.before) if c.before else tr("no result"),
            after=outcome_label(c.after) if c.after else tr("no result"),
        )
        for c in change.changes
    )
    return tr(
        "This run used revision {before} of rule pack {pack}; revision {after} would change: "
        "{rules}. Run the checks (Ctrl+R) to apply it; overrides stay while the facts are "
        "unchanged."
    ).format(
        before=change.revision_before, pack=change.pack_id, after=change.revision_after, rules=rules
    )


def _tally(lines: list[ResultLine]) -> str:
    found = [line.effective_outcome for line in lines]
    return ", ".join(
        f"{found.count(o)} {outcome_label(o).lower()}"
        for o in ("fail", "review", "pass")
        if found.count(o)
    )


def counts_line(report: CheckReport) -> str:
    whole = [line for line in report.lines if not line.is_part]
    parts = [line for line in report.lines if line.is_part]
    text = tr("Whole case: {whole}.").format(whole=_tally(whole))
    if parts:
        text += " " + tr("Degrees and posts (they count only through K-RTE-01): {parts}.").format(
            parts=_tally(parts)
        )
    return text


ROUTE_RULE = "K-RTE-01"


def why_text(report: CheckReport) -> str:
    """The case-level results behind the outcome, worst first, one line each; under the
    route rule, the parts of each degree and post that kept it from passing."""
    lines: list[str] = []
    for line in report.deciding():
        lines.append(
            tr("• {outcome} · {rule} {title}: {finding}").format(
                outcome=outcome_label(line.effective_outcome),
                rule=line.rule_id,
                title=rule_title(line),
                finding=finding_text(line),
            )
        )
        if line.rule_id == ROUTE_RULE:
            lines.extend(
                tr("    – {about} · {outcome} · {rule}: {finding}").format(
                    about=subject_label(part.subject),
                    outcome=outcome_label(part.effective_outcome),
                    rule=part.rule_id,
                    finding=finding_text(part),
                )
                for part in report.lines
                if part.is_part and part.effective_outcome != "pass"
            )
    return "\n".join([tr("Why:"), *lines]) if lines else ""


def detail_html(line: ResultLine) -> str:
    """Everything about one result, for the pane under the table."""
    rows = [
        (tr("Rule"), f"{line.rule_id} · {rule_title(line)}"),
        (tr("About"), subject_label(line.subject)),
        (tr("Outcome"), outcome_text(line)),
        (tr("Finding"), finding_text(line)),
        (tr("Source"), source_text(line)),
    ]
    if not line.finding:
        # Revision 1 stored its values by name only; a translated finding names them all.
        values = readable(
            "; ".join(
                f"{key.replace('_', ' ')}: {text_of(value) if value is not None else '—'}"
                for key, value in line.message_params.items()
            )
        )
        if values:
            rows.append((tr("Values used"), values))
    if line.override is not None:
        rows.append((tr("Rule found"), outcome_label(line.outcome)))
        rows.append((tr("Override"), override_text(line)))
    elif line.carried_by:
        rows.append((tr("Rule found"), outcome_label(line.outcome)))
        rows.append((tr("Overrides of parts"), carried_text(line)))
    body = "".join(
        f"<tr><td style='padding-right:12px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
        for k, v in rows
    )
    notes = []
    if line.assumption:
        notes.append(
            tr(
                "ASSUMPTION: the published sources do not settle this rule; it applies the "
                "post's setting or the pack's stated reading. Weigh it with that in mind."
            )
        )
    if not line.finding:
        notes.append(untranslated_note())
    if line.is_part:
        notes.append(
            tr(
                "This result is about one degree or post. It reaches the case's outcome only "
                "through K-RTE-01: one degree (Route A) or one post (Route B) passing every "
                "part is enough."
            )
        )
    extra = "".join(f"<p>{escape(n)}</p>" for n in notes)
    return f"<table>{body}</table>{extra}"
