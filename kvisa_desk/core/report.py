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

from kvisa_desk.core.dashboard import Dashboard, RefusalRate, dashboard_for
from kvisa_desk.core.history import record_event
from kvisa_desk.core.permissions import Permission, require
from kvisa_desk.letters.report import Bar, Chart, FiguresReport, render_figures_report
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


def _days(value: float | None) -> str:
    return "-" if value is None else f"{value:g} days"


def _rates(key: str, title: str, rates: list[RefusalRate], overall: float) -> Chart:
    bars = tuple(
        Bar(
            r.key if r.key is not None else "(not recorded)",
            r.rate * 100,
            f"{r.refused:,} of {r.decided:,} refused, {r.rate:.1%}",
            highlight=r.rate > overall,
        )
        for r in rates
    )
    note = f"Overall refusal rate {overall:.1%}; bars above it are drawn in red."
    return Chart(key, title, bars, note=note)


def period_text(board: Dashboard) -> str:
    start = board.date_from.isoformat() if board.date_from else "the first case"
    end = (board.date_to or board.today).isoformat()
    return f"{board.post or 'All posts'}, {start} to {end} (as of {board.today.isoformat()})"


def dashboard_charts(figures: PostFigures) -> tuple[Chart, ...]:
    """The charts, in the order the report and the window show them."""
    b = figures.board
    days = set(b.days_open_target.values())
    if len(days) == 1:
        targets = f"{days.pop()} days" + ("" if b.post else " at every post")
    else:
        targets = ", ".join(f"{p} {d}" for p, d in b.days_open_target.items()) or "-"
    charts = [
        Chart(
            "by_status",
            "Cases received in the period, by status now",
            tuple(Bar(s, n, f"{n:,}") for s, n in b.by_status.items()),
        ),
        Chart(
            "per_week",
            "Received per week (weeks starting on Monday)",
            tuple(
                Bar(f"{w.starts:%d %b}", w.received, f"{w.received:,}") for w in b.received_per_week
            ),
            columns=True,
        ),
        Chart(
            "days_to_decision",
            "Days from receipt to decision",
            tuple(
                Bar(label, value, _days(value))
                for label, value in (
                    ("Median", b.median_days_to_decision),
                    ("90th percentile", b.p90_days_to_decision),
                )
                if value is not None
            ),
            note=f"{b.decided:,} decisions in the period.",
        ),
        Chart(
            "by_outcome",
            "Decisions by outcome",
            tuple(Bar(o, n, f"{n:,}") for o, n in b.decisions_by_outcome.items()),
        ),
        Chart(
            "by_ground",
            "Decisions by ground (the rule results a decision rests on)",
            tuple(
                Bar(
                    f"{g.recommendation} · {g.rule_id}",
                    g.decisions,
                    f"{g.decisions:,}",
                    highlight=g.recommendation == "refuse",
                )
                for g in figures.grounds
            ),
            note="A decision resting on several grounds counts under each.",
        ),
        Chart(
            "open_work",
            "Work waiting now",
            (
                Bar("Open cases", b.open_cases, f"{b.open_cases:,}"),
                Bar(
                    "Past the target days",
                    b.open_past_target,
                    f"{b.open_past_target:,}",
                    highlight=b.open_past_target > 0,
                ),
                Bar(
                    "Checks needing review", b.checks_needing_review, f"{b.checks_needing_review:,}"
                ),
            ),
            note=f"Target days open: {targets}. Counted over every open case, whatever the period.",
        ),
    ]
    decided = sum(b.decisions_by_outcome.values())
    overall = b.decisions_by_outcome.get("refused", 0) / decided if decided else 0.0
    if b.refusal_by_officer is not None:
        charts.append(
            _rates("by_officer", "Refusal rate by officer", b.refusal_by_officer, overall)
        )
    if b.refusal_by_nationality is not None:
        charts.append(
            _rates(
                "by_nationality", "Refusal rate by nationality", b.refusal_by_nationality, overall
            )
        )
    return tuple(charts)


def key_figures(board: Dashboard) -> tuple[tuple[str, str], ...]:
    return (
        ("Cases received", f"{board.received:,}"),
        ("Decisions", f"{board.decided:,}"),
        ("Median days to decision", _days(board.median_days_to_decision)),
        ("90th percentile days to decision", _days(board.p90_days_to_decision)),
        ("Open now", f"{board.open_cases:,}"),
        ("Open past the target days", f"{board.open_past_target:,}"),
        ("Checks needing review", f"{board.checks_needing_review:,}"),
    )


def figures_report(figures: PostFigures, prepared_by: str) -> FiguresReport:
    board = figures.board
    return FiguresReport(
        title="Post dashboard",
        period=period_text(board),
        prepared_by=prepared_by,
        prepared_at=utcnow(),
        figures=key_figures(board),
        charts=dashboard_charts(figures),
        notes=tuple(board.notes),
    )


def export_dashboard_report(
    db: Database,
    actor: str,
    out: Path,
    post: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    today: date | None = None,
) -> ReportWritten:
    """Write the dashboard report PDF atomically; recorded (who, post, period, how many)."""
    with db.read() as session:
        require(session, actor, Permission.EXPORT)
    figures = post_figures(db, actor, post, date_from, date_to, today=today)
    report = figures_report(figures, actor)
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
