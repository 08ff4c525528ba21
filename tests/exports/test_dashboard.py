"""`post_dashboard`: every figure checked against queries written here, on SQLite and PostgreSQL."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from export_samples import make_cases, move, set_columns
from sqlalchemy import text

from kvisa_desk.core.accounts.accounts import create_account
from kvisa_desk.core.errors import InvalidInput, PermissionRefused
from kvisa_desk.core.post.settings import update_post_settings
from kvisa_desk.core.reports.dashboard import (
    Dashboard,
    dashboard_for,
    percentile,
    post_dashboard,
    sees_refusal_rates,
    weekly,
)
from kvisa_desk.store.engine import Database
from tests.samples import application

OPEN = ("received", "in_review", "awaiting_documents", "ready_for_decision", "awaiting_sign_off")
UTC_TODAY = datetime.now(UTC).date()  # decisions made in a test are dated today, in UTC


def received(days_ago: int) -> str:
    return (UTC_TODAY - timedelta(days=days_ago)).isoformat()


@pytest.fixture
def post_data(db: Database, tmp_path: Path) -> dict[str, int]:
    """Two posts, three nationalities, decisions by three officers, one without an event."""
    plan = [
        # (application id, post, nationality, received days ago)
        ("L0", "LON", "NGA", 0), ("L1", "LON", "NGA", 2), ("L2", "LON", "CHN", 5),
        ("L3", "LON", "CHN", 9), ("L4", "LON", "IND", 14), ("L5", "LON", "IND", 16),
        ("L6", "LON", "NGA", 20), ("L7", "LON", "CHN", 30), ("L8", "LON", "IND", 40),
        ("L9", "LON", "NGA", 61), ("B0", "BER", "DEU", 1), ("B1", "BER", "DEU", 4),
        ("B2", "BER", "NGA", 7), ("B3", "BER", "CHN", 12), ("B4", "BER", "CHN", 33),
    ]  # fmt: skip
    records = [
        application(app_id, post=post, applicant__nationality=nat, received_at=received(ago))
        for app_id, post, nat, ago in plan
    ]
    ids = dict(zip([p[0] for p in plan], make_cases(db, tmp_path, records), strict=True))
    update_post_settings(db, "BER", {"days_open_target": 5}, "supervisor.s")
    move(db, ids["L3"], "in_review", "officer.a")
    move(db, ids["L3"], "approved", "officer.a")
    move(db, ids["L4"], "refused", "officer.a")
    move(db, ids["L5"], "refused", "officer.a")  # refused, reopened, then approved by b
    move(db, ids["L5"], "in_review", "officer.b")
    move(db, ids["L5"], "approved", "officer.b")
    move(db, ids["L7"], "approved", "officer.b")
    move(db, ids["L7"], "letter_issued", "officer.b")  # still an approval
    move(db, ids["L8"], "refused", "officer.c")
    move(db, ids["B3"], "refused", "officer.c")
    move(db, ids["B4"], "approved", "officer.a")
    move(db, ids["L1"], "in_review", "officer.a")
    # Refused by an old import: no event, its updated_at is the decision time.
    set_columns(db, [ids["L9"]], status="refused", updated_at=datetime.now(UTC))
    set_columns(db, [ids["L0"], ids["L1"], ids["B1"], ids["L8"]], effective_outcome="review")
    return ids


def expected_decisions(db: Database, post: str | None) -> list[dict[str, Any]]:
    """Decisions worked out here from the raw rows, as the dashboard's docstring defines them."""
    with db.read() as session:
        events = session.execute(
            text(
                "SELECT id, case_id, officer, occurred_at, details FROM case_events "
                "WHERE kind = 'status_changed' ORDER BY id"
            )
        ).all()
        cases = {
            r.id: r
            for r in session.execute(
                text(
                    "SELECT c.id, c.post, c.received_at, c.status, c.updated_at, a.nationality "
                    "FROM cases c JOIN applicants a ON a.case_id = c.id"
                )
            )
        }
    latest: dict[int, Any] = {}
    for event in events:
        details = (
            event.details
            if isinstance(event.details, dict)
            else __import__("json").loads(event.details)
        )
        if details.get("to") in ("approved", "refused"):
            latest[event.case_id] = (event, details["to"])
    found = []
    for case_id, case in cases.items():
        if case_id in latest:
            event, decision = latest[case_id]
            officer, moment = event.officer, event.occurred_at
        elif case.status in ("approved", "refused"):
            officer, moment, decision = None, case.updated_at, case.status
        else:
            continue
        moment = _utc_date(moment)
        found.append(
            {
                "post": case.post,
                "decision": decision,
                "officer": officer,
                "nationality": case.nationality,
                "days": (moment - _as_date(case.received_at)).days,
                "decided_on": moment,
            }
        )
    return [d for d in found if post is None or d["post"] == post]


def _utc_date(moment: Any) -> date:
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.date()  # type: ignore[no-any-return]


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def scalar_rows(db: Database, sql: str, **params: Any) -> list[Any]:
    with db.read() as session:
        return list(session.execute(text(sql), params))


def rates(decisions: list[dict[str, Any]], key: str) -> dict[Any, tuple[int, int]]:
    decided: Counter[Any] = Counter(d[key] for d in decisions)
    refused: Counter[Any] = Counter(d[key] for d in decisions if d["decision"] == "refused")
    return {k: (decided[k], refused[k]) for k in decided}


pytestmark = pytest.mark.backend


@pytest.mark.parametrize("post", [None, "LON", "BER"])
def test_figures_match_queries_written_here(
    db: Database, post_data: dict[str, int], post: str | None
) -> None:
    board = post_dashboard(db, post, supervisor=True, today=UTC_TODAY)
    where = "WHERE post = :post" if post else ""
    params = {"post": post} if post else {}

    by_status = scalar_rows(
        db, f"SELECT status, count(*) FROM cases {where} GROUP BY status", **params
    )
    assert board.by_status == {s: n for s, n in by_status}
    days = scalar_rows(db, f"SELECT received_at FROM cases {where}", **params)
    per_week = Counter("{}-W{:02d}".format(*_as_date(d).isocalendar()[:2]) for (d,) in days)
    assert {w.week: w.received for w in board.received_per_week if w.received} == per_week
    assert sum(w.received for w in board.received_per_week) == len(days)

    decisions = expected_decisions(db, post)
    assert board.decided == len(decisions)
    assert board.decisions_by_outcome == dict(Counter(d["decision"] for d in decisions))
    spans = [d["days"] for d in decisions]
    assert board.median_days_to_decision == statistics.median(spans)
    if len(spans) > 1:
        assert board.p90_days_to_decision == pytest.approx(
            statistics.quantiles(spans, n=10, method="inclusive")[8]
        )

    targets = {"LON": 15, "BER": 5}
    open_rows = scalar_rows(
        db,
        "SELECT post, received_at FROM cases WHERE status IN "
        f"({', '.join(repr(s) for s in OPEN)}) {'AND post = :post' if post else ''}",
        **params,
    )
    assert board.open_cases == len(open_rows)
    assert board.open_past_target == sum(
        (UTC_TODAY - _as_date(r)).days > targets[p] for p, r in open_rows
    )
    posts = [p for (p,) in scalar_rows(db, f"SELECT DISTINCT post FROM cases {where}", **params)]
    assert board.days_open_target == {p: targets[p] for p in sorted(posts or [post])}
    ((review,),) = scalar_rows(
        db,
        "SELECT count(*) FROM cases WHERE effective_outcome = 'review' AND status IN "
        f"({', '.join(repr(s) for s in OPEN)}) {'AND post = :post' if post else ''}",
        **params,
    )
    assert board.checks_needing_review == review

    assert board.refusal_by_officer is not None and board.refusal_by_nationality is not None
    assert {r.key: (r.decided, r.refused) for r in board.refusal_by_officer} == rates(
        decisions, "officer"
    )
    assert {r.key: (r.decided, r.refused) for r in board.refusal_by_nationality} == rates(
        decisions, "nationality"
    )
    shown = [r.rate for r in board.refusal_by_officer]
    assert shown == sorted(shown, reverse=True)


def test_known_values_for_london(db: Database, post_data: dict[str, int]) -> None:
    board = post_dashboard(db, "LON", supervisor=True, today=UTC_TODAY)
    # L3 approved (a), L4 refused (a), L5 approved (b, after a refusal), L7 approved (b,
    # now letter_issued), L8 refused (c), L9 refused (no event).
    assert board.decisions_by_outcome == {"approved": 3, "refused": 3}
    assert board.median_days_to_decision == 23.0  # 9, 14, 16, 30, 40, 61
    officers = {r.key: (r.decided, r.refused) for r in board.refusal_by_officer or []}
    assert officers == {"officer.a": (2, 1), "officer.b": (2, 0), "officer.c": (1, 1), None: (1, 1)}
    assert board.notes and "no officer" in board.notes[0]
    # Open: L0 (0), L1 (2), L2 (5), L6 (20): one past London's 15 days.
    assert (board.open_cases, board.open_past_target) == (4, 1)
    assert board.checks_needing_review == 2  # L0 and L1; L8 is decided
    assert board.by_status["refused"] == 3 and board.by_status["letter_issued"] == 1


def test_berlin_uses_its_own_target(db: Database, post_data: dict[str, int]) -> None:
    board = post_dashboard(db, "BER", today=UTC_TODAY)
    # Open in Berlin: B0 (1 day), B1 (4), B2 (7): one past its 5 days.
    assert (board.open_cases, board.open_past_target) == (3, 1)
    assert board.days_open_target == {"BER": 5}
    everywhere = post_dashboard(db, today=UTC_TODAY)
    assert everywhere.open_past_target == 2 and everywhere.days_open_target == {
        "BER": 5,
        "LON": 15,
    }


def test_period_selects_received_cases_and_decisions(
    db: Database, post_data: dict[str, int]
) -> None:
    start, end = UTC_TODAY - timedelta(days=16), UTC_TODAY - timedelta(days=2)
    board = post_dashboard(db, "LON", start, end, today=UTC_TODAY)
    # Received in the period: L1 (2), L2 (5), L3 (9), L4 (14), L5 (16).
    assert board.received == 5
    assert board.by_status == {"approved": 2, "in_review": 1, "received": 1, "refused": 1}
    # Every decision was made today, after the period's end: none in it.
    assert board.decided == 0 and board.median_days_to_decision is None
    today_only = post_dashboard(db, "LON", UTC_TODAY, UTC_TODAY, today=UTC_TODAY)
    assert today_only.decided == 6 and today_only.received == 1


def test_officers_see_no_refusal_rates(db: Database, post_data: dict[str, int]) -> None:
    board = post_dashboard(db, today=UTC_TODAY)
    assert board.refusal_by_officer is None and board.refusal_by_nationality is None
    assert board.to_json()["refusal_by_officer"] is None


def test_only_supervisors_are_shown_refusal_rates(db: Database) -> None:
    with db.write() as session:
        for name, role in (("sup.s", "supervisor"), ("off.o", "officer"), ("adm.a", "admin")):
            create_account(session, name, "correct horse battery", role, "t", must_change=False)
    assert sees_refusal_rates(db, "sup.s")
    assert not sees_refusal_rates(db, "off.o")
    assert not sees_refusal_rates(db, "adm.a")
    assert not sees_refusal_rates(db, "nobody")
    assert dashboard_for(db, "sup.s").refusal_by_officer == []
    assert dashboard_for(db, "off.o").refusal_by_officer is None
    with pytest.raises(PermissionRefused):
        dashboard_for(db, "adm.a")


def test_empty_database(db: Database) -> None:
    board = post_dashboard(db, supervisor=True)
    assert isinstance(board, Dashboard)
    assert (board.received, board.decided, board.open_cases) == (0, 0, 0)
    assert board.received_per_week == [] and board.median_days_to_decision is None
    assert board.refusal_by_officer == []


def test_a_period_that_ends_before_it_starts_is_refused(db: Database) -> None:
    with pytest.raises(InvalidInput):
        post_dashboard(db, date_from=date(2025, 2, 1), date_to=date(2025, 1, 1))


# -- the pure parts, no database ---------------------------------------------------------


def test_weeks_are_iso_weeks_with_gaps_filled() -> None:
    weeks = weekly([(date(2024, 12, 30), 2), (date(2025, 1, 5), 1), (date(2025, 1, 20), 4)])
    assert [(w.week, w.starts, w.received) for w in weeks] == [
        ("2025-W01", date(2024, 12, 30), 3),
        ("2025-W02", date(2025, 1, 6), 0),
        ("2025-W03", date(2025, 1, 13), 0),
        ("2025-W04", date(2025, 1, 20), 4),
    ]


def test_percentiles_from_a_histogram_match_statistics() -> None:
    values = [3, 3, 7, 10, 10, 10, 21, 40, 41, 90, 2]
    histogram: dict[int, int] = defaultdict(int)
    for v in values:
        histogram[v] += 1
    assert percentile(histogram, 0.5) == statistics.median(values)
    assert percentile(histogram, 0.9) == pytest.approx(
        statistics.quantiles(values, n=10, method="inclusive")[8]
    )
    assert percentile({}, 0.5) is None and percentile({5: 1}, 0.9) == 5
