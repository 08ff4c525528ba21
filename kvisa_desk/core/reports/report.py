"""The dashboard as charts and as a PDF report, recorded when it leaves the tool.

`dashboard_charts` turns the post's figures (core.dashboard) and the decisions by ground
into plain `Chart` values: the PDF report draws them with ReportLab graphics, the window
with QPainter, so both show the same numbers. Decisions by ground count the recommendations
in effect (approve or refuse), dated by their sign-off (or by the recommendation when none
was needed), in the period, once per ground they rest on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select

from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.reports.dashboard import Dashboard, RefusalRate, dashboard_for
from kvisa_desk.core.reports.report_words import report_words, status_word
from kvisa_desk.pdf.report_model import Bar, Chart, FiguresReport
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.files import atomic_write
from kvisa_desk.store.models import Case
from kvisa_desk.store.models.decisions import Decision, DecisionGround

EVENT_KIND = "dashboard_report_exported"
_DECIDING = ("approve", "refuse")


@dataclass(frozen=True)
class GroundCount:
    recommendation: str  # approve | refuse
    rule_id: str
    decisions: int


@dataclass(frozen=True)
class PostFigures:
    """Everything the dashboard tab and the report show."""

    board: Dashboard
    grounds: tuple[GroundCount, ...]


@dataclass(frozen=True)
class ReportWritten:
    path: Path
    size: int
    charts: int


def decisions_by_ground(
    db: Database, post: str | None, date_from: date | None, date_to: date | None
) -> tuple[GroundCount, ...]:
    """In-effect approvals and refusals of the period, counted per ground (most first)."""
    decided_at = func.coalesce(Decision.signed_off_at, Decision.recommended_at)
    query = (
        select(Decision.recommendation, DecisionGround.rule_id, func.count(Decision.id.distinct()))
        .join(DecisionGround, DecisionGround.decision_id == Decision.id)
        .join(Case, Case.id == Decision.case_id)
        .where(Decision.state == "in_effect", Decision.recommendation.in_(_DECIDING))
        .group_by(Decision.recommendation, DecisionGround.rule_id)
    )
    if post:
        query = query.where(Case.post == post)
    if date_from:
        query = query.where(decided_at >= datetime.combine(date_from, time(0), tzinfo=UTC))
    if date_to:
        end = datetime.combine(date_to + timedelta(days=1), time(0), tzinfo=UTC)
        query = query.where(decided_at < end)
    with db.read() as session:
        rows = [GroundCount(str(r), str(g), int(n)) for r, g, n in session.execute(query)]
    return tuple(sorted(rows, key=lambda g: (-g.decisions, g.recommendation, g.rule_id)))


def post_figures(
    db: Database,
    actor: str,
    post: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    today: date | None = None,
) -> PostFigures:
    """The dashboard as `actor` may see it (refusal rates for supervisors) and the grounds."""
    board = dashboard_for(db, actor, post, date_from, date_to, today=today)
    return PostFigures(board, decisions_by_ground(db, post, date_from, date_to))


def _days(w: dict[str, str], value: float | None) -> str:
    return w["none"] if value is None else w["days"].format(n=f"{value:g}")


MIN_DECISIONS = 5  # fewer decisions say too little to mark a rate as out of line


def stands_out(rate: RefusalRate, overall: float) -> bool:
    """A refusal rate above the overall one, over enough decisions to mean something."""
    return rate.decided >= MIN_DECISIONS and rate.rate > overall


def _week(monday: date, language: str | None) -> str:
    return f"{monday.month}月{monday.day}日" if language == "zh" else f"{monday:%d %b}"


def _rates(w: dict[str, str], key: str, rates: list[RefusalRate], overall: float) -> Chart:
    bars = tuple(
        Bar(
            r.shown if r.key is not None else w["not_recorded"],
            r.rate * 100,
            w["rate"].format(
                refused=f"{r.refused:,}", decided=f"{r.decided:,}", rate=f"{r.rate:.1%}"
            ),
            highlight=stands_out(r, overall),
        )
        for r in rates
    )
    note = w["rate_note"].format(rate=f"{overall:.1%}", least=MIN_DECISIONS)
    if key == "by_sign_off":
        note = f"{note} {w['sign_off_note']}"
    legend = (("bar", w["legend_rate"]), ("warn", w["legend_above"].format(least=MIN_DECISIONS)))
    return Chart(key, w[key], bars, note=note, legend=legend)


def period_text(board: Dashboard, language: str = "en") -> str:
    w = report_words(language)
    start = board.date_from.isoformat() if board.date_from else w["first_case"]
    end = (board.date_to or board.today).isoformat()
    post = board.post or w["all_posts"]
    return w["period"].format(post=post, start=start, end=end, today=board.today.isoformat())


def dashboard_charts(figures: PostFigures, language: str | None = None) -> tuple[Chart, ...]:
    """The charts, in the order the report and the window show them.

    With no `language` (the window, which translates them itself) statuses and
    recommendations stay codes and the rest is English.
    """
    w = report_words(language or "en")

    def status(code: str) -> str:
        return code if language is None else status_word(w, code)

    def verb(recommendation: str) -> str:
        return recommendation if language is None else w.get(recommendation, recommendation)

    b = figures.board
    days = set(b.days_open_target.values())
    if len(days) == 1:
        targets = w["targets_one" if b.post else "targets_every"].format(days=days.pop())
    else:
        targets = ", ".join(f"{p} {d}" for p, d in b.days_open_target.items()) or w["none"]
    medians = ((w["median_bar"], b.median_days_to_decision), (w["p90_bar"], b.p90_days_to_decision))
    charts = [
        Chart(
            "by_status",
            w["by_status"],
            tuple(Bar(status(s), n, f"{n:,}") for s, n in b.by_status.items()),
            legend=(("bar", w["legend_cases"]),),
        ),
        Chart(
            "per_week",
            w["per_week"],
            tuple(
                Bar(_week(w_.starts, language), w_.received, f"{w_.received:,}")
                for w_ in b.received_per_week
            ),
            columns=True,
            legend=(("bar", w["legend_received"]),),
        ),
        Chart(
            "days_to_decision",
            w["days_to_decision"],
            tuple(Bar(k, v, _days(w, v)) for k, v in medians if v is not None),
            note=w["decisions_note"].format(n=f"{b.decided:,}"),
            legend=(("bar", w["legend_days"]),),
        ),
        Chart(
            "by_outcome",
            w["by_outcome"],
            tuple(Bar(status(o), n, f"{n:,}") for o, n in b.decisions_by_outcome.items()),
            legend=(("bar", w["legend_decisions"]),),
        ),
        Chart(
            "by_ground",
            w["by_ground"],
            tuple(
                Bar(
                    f"{verb(g.recommendation)} · {g.rule_id}",
                    g.decisions,
                    f"{g.decisions:,}",
                    highlight=g.recommendation == "refuse",
                )
                for g in figures.grounds
            ),
            note=w["ground_note"],
            legend=(("bar", w["legend_approvals"]), ("warn", w["legend_refusals"])),
        ),
        Chart(
            "open_work",
            w["open_work"],
            (
                Bar(w["open_bar"], b.open_cases, f"{b.open_cases:,}"),
                Bar(w["past_bar"], b.open_past_target, f"{b.open_past_target:,}",
                    highlight=b.open_past_target > 0),
                Bar(w["review_bar"], b.checks_needing_review, f"{b.checks_needing_review:,}"),
            ),
            note=w["open_note"].format(targets=targets),
            legend=(("bar", w["legend_cases"]), ("warn", w["legend_past"])),
        ),
    ]  # fmt: skip
    decided = sum(b.decisions_by_outcome.values())
    overall = b.decisions_by_outcome.get("refused", 0) / decided if decided else 0.0
    if b.refusal_by_officer is not None:
        charts.append(_rates(w, "by_officer", b.refusal_by_officer, overall))
    if b.refusal_by_sign_off is not None:
        charts.append(_rates(w, "by_sign_off", b.refusal_by_sign_off, overall))
    if b.refusal_by_nationality is not None:
        charts.append(_rates(w, "by_nationality", b.refusal_by_nationality, overall))
    return tuple(charts)


def key_figures(board: Dashboard, language: str = "en") -> tuple[tuple[str, str], ...]:
    w = report_words(language)
    return (
        (w["received"], f"{board.received:,}"),
        (w["decided"], f"{board.decided:,}"),
        (w["median"], _days(w, board.median_days_to_decision)),
        (w["p90"], _days(w, board.p90_days_to_decision)),
        (w["open"], f"{board.open_cases:,}"),
        (w["past"], f"{board.open_past_target:,}"),
        (w["review"], f"{board.checks_needing_review:,}"),
    )


def figures_report(figures: PostFigures, prepared_by: str, language: str = "en") -> FiguresReport:
    board = figures.board
    w = report_words(language)
    return FiguresReport(
        title=w["title"],
        period=period_text(board, language),
        prepared_by=prepared_by,
        prepared_at=utcnow(),
        figures=key_figures(board, language),
        charts=dashboard_charts(figures, language),
        notes=tuple(board.notes),
        notice=w["notice"],
        empty=w["empty"],
        more=w["more"],
        note=w["note"],
        prepared=w["prepared"],
        page=w["page"],
        language=language,
    )


def export_dashboard_report(
    db: Database,
    actor: str,
    out: Path,
    post: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    language: str = "en",
    today: date | None = None,
) -> ReportWritten:
    """Write the dashboard report PDF atomically (in "en", "zh" or "en+zh"); recorded (who,
    post, period, how many)."""
    with db.read() as session:
        require(session, actor, Permission.EXPORT)  # permission first, then the arguments
    report_words(language)  # an unknown language fails before the figures are read
    figures = post_figures(db, actor, post, date_from, date_to, today=today)
    report = figures_report(figures, actor, language)
    from kvisa_desk.pdf.report import render_figures_report  # ReportLab: on first use

    pdf = render_figures_report(report)
    atomic_write(Path(out), pdf)
    board = figures.board
    try:
        with db.write() as session:
            record_event(
                session,
                actor,
                EVENT_KIND,
                post=post,
                date_from=date_from.isoformat() if date_from else None,
                date_to=date_to.isoformat() if date_to else None,
                cases=board.received,
                decided=board.decided,
                refusal_rates=board.refusal_by_officer is not None,
                language=language,
            )
    except BaseException:
        Path(out).unlink(missing_ok=True)  # no report goes unrecorded
        raise
    return ReportWritten(Path(out), len(pdf), len(report.charts))


__all__ = [
    "EVENT_KIND",
    "GroundCount",
    "PostFigures",
    "ReportWritten",
    "dashboard_charts",
    "decisions_by_ground",
    "export_dashboard_report",
    "figures_report",
    "key_figures",
    "period_text",
    "post_figures",
]
