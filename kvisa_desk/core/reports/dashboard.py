"""The post's dashboard: workload and decisions at a glance, as SQL aggregates.

Every figure is a GROUP BY in the database; Python only folds the grouped rows (at most one
per day, per post and day, or per number of days), so the dashboard stays fast on a million
cases, and the same code runs on SQLite and PostgreSQL.

Which cases count where:
* received figures (cases by status, received per ISO week) count the cases *received*
  between `date_from` and `date_to` (both included), by their status now;
* decision figures (days to decision, decisions by outcome, refusal rates) count the cases
  *decided* in that period;
* the snapshot figures (open past the target, checks needing review) count every case open
  now, whatever the period: they are the work waiting today.

A case's decision is the latest `status_changed` event that moved it to approved or refused
(its details `{"from": ..., "to": ...}`): the event's time is the decision time. The decision
is credited to the officer who recommended it (the case's latest recommendation in effect);
a supervisor's sign-off is a figure of its own (`refusal_by_sign_off`), never the
recommender's. A case with no recommendation recorded counts under the event's officer.
A case that is approved or refused but has no such event (set so by an import or a
migration) counts with its `updated_at` as the decision time and no officer. Days to
decision are whole calendar days from `received_at` to the decision's date in UTC.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    String,
    case,
    cast,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.account_flags import (
    FlaggedAct,
    PasswordSetByOther,
    day_bounds,
    flagged_acts,
    flagged_now,
    passwords_set_by_others,
)
from kvisa_desk.core.accounts.names import full_names
from kvisa_desk.core.accounts.officers import get_account
from kvisa_desk.core.accounts.permissions import Permission, allowed, require
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.core.post.settings import get_post_settings
from kvisa_desk.store.base import table_of
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Applicant, Case, CaseEvent
from kvisa_desk.store.models.decisions import Decision
from kvisa_desk.store.models.exchange import InboxSubmission
from kvisa_desk.vocab import OPEN_STATUSES, CaseStatus

DECISIONS = (CaseStatus.APPROVED.value, CaseStatus.REFUSED.value)
STATUS_CHANGED = "status_changed"
_OPEN = tuple(sorted(s.value for s in OPEN_STATUSES))
_Q = TypeVar("_Q", bound="Select[*tuple[Any, ...]]")


@dataclass(frozen=True)
class WeekCount:
    week: str  # ISO week, "2025-W42"
    starts: date  # its Monday
    received: int


@dataclass(frozen=True)
class RefusalRate:
    key: str | None  # an officer's user name or a nationality; None: not recorded
    decided: int
    refused: int
    name: str = ""  # an officer's full name, where the account has one

    @property
    def shown(self) -> str:
        """What a reader sees for the key: an officer's full name, else the key."""
        return self.name or self.key or ""

    @property
    def rate(self) -> float:
        return self.refused / self.decided if self.decided else 0.0


@dataclass(frozen=True)
class Dashboard:
    post: str | None
    date_from: date | None
    date_to: date | None
    today: date
    by_status: dict[str, int]
    received_per_week: list[WeekCount]
    decided: int
    median_days_to_decision: float | None
    p90_days_to_decision: float | None
    decisions_by_outcome: dict[str, int]
    open_cases: int
    open_past_target: int
    days_open_target: dict[str, int]  # the post's, or each post's with cases
    checks_needing_review: int
    # Supervisors only (None otherwise): to spot inconsistent decisions.
    refusal_by_officer: list[RefusalRate] | None = None  # credited to the recommending officer
    refusal_by_nationality: list[RefusalRate] | None = None
    refusal_by_sign_off: list[RefusalRate] | None = None  # decisions a supervisor signed off
    # Supervisors only: inbox submissions in the period refused whole or with rejected records.
    inbox_rejections: int | None = None
    # Supervisors only: sign-offs and approvals by accounts whose password someone else set
    # (account_flags), in the period, and the accounts flagged now.
    flagged_acts: list[FlaggedAct] | None = None
    flagged_accounts: list[PasswordSetByOther] | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def received(self) -> int:
        return sum(self.by_status.values())

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        acts, accounts = self.flagged_acts, self.flagged_accounts
        data["flagged_acts"] = None if acts is None else [a.to_json() for a in acts]
        data["flagged_accounts"] = None if accounts is None else [a.to_json() for a in accounts]
        for key in ("date_from", "date_to", "today"):
            value = data[key]
            data[key] = value.isoformat() if value is not None else None
        data["received"] = self.received
        data["received_per_week"] = [
            {"week": w.week, "starts": w.starts.isoformat(), "received": w.received}
            for w in self.received_per_week
        ]
        for key in ("refusal_by_officer", "refusal_by_nationality", "refusal_by_sign_off"):
            rates = getattr(self, key)
            data[key] = (
                None
                if rates is None
                else [
                    {"key": r.key, "decided": r.decided, "refused": r.refused, "rate": r.rate}
                    for r in rates
                ]
            )
        return data


# -- pure helpers --------------------------------------------------------------------------


def percentile(histogram: Mapping[int, int], fraction: float) -> float | None:
    """The `fraction` quantile of values given as {value: how many}, None when empty.

    Linear interpolation between closest ranks (position (n - 1) * fraction in the sorted
    values), the same as `statistics.median` for 0.5 and `statistics.quantiles(...,
    method="inclusive")` for the others.
    """
    n = sum(histogram.values())
    if n == 0:
        return None
    position = (n - 1) * fraction
    low_index = int(position)
    weight = position - low_index
    low = _value_at(histogram, low_index)
    high = _value_at(histogram, min(low_index + 1, n - 1)) if weight else low
    return low + (high - low) * weight


def _value_at(histogram: Mapping[int, int], index: int) -> int:
    """The value at `index` (from 0) of the sorted values the histogram stands for."""
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen > index:
            return value
    raise IndexError(index)


def weekly(received_on: Iterable[tuple[date, int]]) -> list[WeekCount]:
    """Counts per day folded into ISO weeks, oldest first, weeks with none included."""
    per_monday: dict[date, int] = defaultdict(int)
    for day, count in received_on:
        per_monday[day - timedelta(days=day.weekday())] += count
    if not per_monday:
        return []
    weeks: list[WeekCount] = []
    monday, last = min(per_monday), max(per_monday)
    while monday <= last:
        year, week, _ = monday.isocalendar()
        weeks.append(WeekCount(f"{year}-W{week:02d}", monday, per_monday.get(monday, 0)))
        monday += timedelta(days=7)
    return weeks


# -- queries -------------------------------------------------------------------------------


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _decisions(dialect: str) -> Any:
    """A subquery of decided cases: case_id, post, received_at, nationality, officer,
    decided_at, decision and days (received to decision)."""
    events = table_of(CaseEvent)
    to_status = events.c.details["to"].as_string()
    is_decision = (events.c.kind == STATUS_CHANGED) & to_status.in_(DECISIONS)
    # A CTE read twice (the join and the NOT IN below), built once (SQLite and PostgreSQL
    # 12+ take the hint), so the trail is scanned and its details decoded once, not twice.
    # Grouped by `case_id + 0`, not the column: SQLite would otherwise walk the trail in
    # the (case_id, id) index's order, a row lookup per event (twice the time of reading
    # the table straight through on a million cases).
    case_key = events.c.case_id + 0
    latest = (
        select(case_key.label("case_id"), func.max(events.c.id).label("event_id"))
        .where(is_decision, case_key.is_not(None))
        .group_by(case_key)
        .cte("latest_decision")
        .prefix_with("MATERIALIZED")
    )
    by_event = (
        select(
            Case.id.label("case_id"),
            Case.post,
            Case.received_at,
            Applicant.nationality,
            events.c.officer.label("officer"),
            events.c.occurred_at.label("decided_at"),
            to_status.label("decision"),
        )
        .select_from(latest)
        .join(events, events.c.id == latest.c.event_id)
        .join(Case, Case.id == latest.c.case_id)
        .join(Applicant, Applicant.case_id == Case.id)
    )
    # NOT IN an uncorrelated list (no nulls in it) rather than NOT EXISTS per case: the
    # database builds the list once (a third of the time on SQLite).
    with_event = select(latest.c.case_id)
    without_event = (
        select(
            Case.id.label("case_id"),
            Case.post,
            Case.received_at,
            Applicant.nationality,
            literal(None, String).label("officer"),
            Case.updated_at.label("decided_at"),
            Case.status.label("decision"),
        )
        .join(Applicant, Applicant.case_id == Case.id)
        .where(Case.status.in_(DECISIONS), Case.id.not_in(with_event))
    )
    decided = union_all(by_event, without_event).subquery("decided")
    days: ColumnElement[Any]
    if dialect == "sqlite":
        # Stored as 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC and 'YYYY-MM-DD'.
        days = cast(
            func.julianday(func.date(decided.c.decided_at)) - func.julianday(decided.c.received_at),
            Integer,
        )
    elif dialect == "postgresql":
        decided_on = cast(func.timezone("UTC", decided.c.decided_at), Date)
        days = cast(decided_on - decided.c.received_at, Integer)
    else:
        raise InvalidInput(f"the dashboard does not know the {dialect} database yet")
    # The recommendation each decision carried out: the case's latest one in effect.
    recs = table_of(Decision)
    latest_rec = (
        select(recs.c.case_id, func.max(recs.c.id).label("decision_id"))
        .where(recs.c.state == "in_effect", recs.c.recommendation.in_(("approve", "refuse")))
        .group_by(recs.c.case_id)
        .subquery("latest_recommendation")
    )
    return (
        select(
            decided.c.case_id,
            decided.c.post,
            decided.c.received_at,
            decided.c.nationality,
            func.coalesce(recs.c.recommended_by, decided.c.officer).label("officer"),
            recs.c.signed_off_by.label("signed_off_by"),
            decided.c.decided_at,
            decided.c.decision,
            days.label("days"),
        )
        .select_from(
            decided.outerjoin(latest_rec, latest_rec.c.case_id == decided.c.case_id).outerjoin(
                recs, recs.c.id == latest_rec.c.decision_id
            )
        )
        .subquery("decisions")
    )


def _received_filter(
    query: _Q, post: str | None, date_from: date | None, date_to: date | None
) -> _Q:
    if post:
        query = query.where(Case.post == post)
    if date_from:
        query = query.where(Case.received_at >= date_from)
    if date_to:
        query = query.where(Case.received_at <= date_to)
    return query


def _grouped_rates(rows: Iterable[Any]) -> list[RefusalRate]:
    decided: dict[str | None, int] = defaultdict(int)
    refused: dict[str | None, int] = defaultdict(int)
    for key, decision, count in rows:
        decided[key] += count
        if decision == CaseStatus.REFUSED.value:
            refused[key] += count
    rates = [RefusalRate(k, decided[k], refused[k]) for k in decided]
    # Highest refusal rate first; ties by volume, then by name.
    return sorted(rates, key=lambda r: (-r.rate, -r.decided, r.key or ""))


def _open_figures(
    session: Session, post: str | None, today: date
) -> tuple[int, int, int, dict[str, int]]:
    """Open cases, those open longer than their post's target, those whose checks need a
    review, and each post's target: one pass over the open cases.

    Past the target is counted per target rather than per post (with one target for every
    post, the usual case, it is a date comparison alone).
    """
    if post:
        posts = [post]
    else:
        posts = [p for (p,) in session.execute(select(Case.post).distinct().order_by(Case.post))]
    targets = {p: int(get_post_settings(session, p).working("days_open_target")) for p in posts}
    by_target: dict[int, list[str]] = defaultdict(list)
    for p, target in targets.items():
        by_target[target].append(p)

    def how_many(condition: ColumnElement[bool]) -> ColumnElement[Any]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    past_target = []
    for target, group in by_target.items():
        # Open more than `target` days: received before today minus that many days.
        condition = Case.received_at < today - timedelta(days=target)
        if len(by_target) > 1:
            condition = condition & Case.post.in_(group)
        past_target.append(how_many(condition))
    query = select(func.count(), how_many(Case.effective_outcome == "review"), *past_target).where(
        Case.status.in_(_OPEN)
    )
    if post:
        query = query.where(Case.post == post)
    open_cases, review, *past = session.execute(query).one()
    return int(open_cases), sum(int(n) for n in past), int(review), dict(sorted(targets.items()))


def _decided_filter(
    decisions: Any, post: str | None, date_from: date | None, date_to: date | None
) -> list[ColumnElement[bool]]:
    """The decisions of POST (every post: None) made in the period, both days included."""
    conditions: list[ColumnElement[bool]] = []
    if post:
        conditions.append(decisions.c.post == post)
    if date_from:
        start = datetime.combine(date_from, time(0), tzinfo=UTC)
        conditions.append(decisions.c.decided_at >= start)
    if date_to:
        end = datetime.combine(date_to + timedelta(days=1), time(0), tzinfo=UTC)
        conditions.append(decisions.c.decided_at < end)
    return conditions


_BY_DAYS, _BY_OFFICER, _BY_NATIONALITY, _BY_SIGN_OFF = 0, 1, 2, 3


def _decision_groups(decided: Select[*tuple[Any, ...]], supervisor: bool) -> Any:
    """Rows (figure, decision, days, key, count): the decisions grouped by outcome and days,
    and for supervisors also by officer, by nationality and by signing supervisor.

    The decided cases are a CTE read once per figure and built once (MATERIALIZED: SQLite
    3.51 would otherwise run the joins behind it again for each), so the joins run once.
    """
    cases = decided.cte("decided_in_period").prefix_with("MATERIALIZED")
    n = func.count()
    no_days = literal(None, Integer)
    no_key = literal(None, String)
    groups: list[Any] = [
        select(literal(_BY_DAYS), cases.c.decision, cases.c.days, no_key, n).group_by(
            cases.c.decision, cases.c.days
        )
    ]
    if supervisor:
        for figure, column in (
            (_BY_OFFICER, cases.c.officer),
            (_BY_NATIONALITY, cases.c.nationality),
        ):
            groups.append(
                select(literal(figure), cases.c.decision, no_days, column, n).group_by(
                    cases.c.decision, column
                )
            )
        groups.append(
            select(literal(_BY_SIGN_OFF), cases.c.decision, no_days, cases.c.signed_off_by, n)
            .where(cases.c.signed_off_by.is_not(None))
            .group_by(cases.c.decision, cases.c.signed_off_by)
        )
    return union_all(*groups) if len(groups) > 1 else groups[0]


def post_dashboard(
    db: Database,
    post: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    supervisor: bool = False,
    today: date | None = None,
) -> Dashboard:
    """The dashboard of one post (or of every post in the database, `post=None`).

    `supervisor` adds the refusal rates by officer and by nationality. `today` (default:
    today's date) is the day the days-open figures are counted to.
    """
    if date_from and date_to and date_from > date_to:
        raise InvalidInput(f"the period starts ({date_from}) after it ends ({date_to})")
    today = today or date.today()
    with db.read() as session:
        dialect = session.get_bind().dialect.name
        return _build(session, dialect, post, date_from, date_to, supervisor, today)


def _build(
    session: Session,
    dialect: str,
    post: str | None,
    date_from: date | None,
    date_to: date | None,
    supervisor: bool,
    today: date,
) -> Dashboard:
    notes: list[str] = []
    count = func.count().label("n")

    # Cases by status and per day in one pass (the (status, received_at) index, in order).
    by_status: dict[str, int] = defaultdict(int)
    per_day: dict[date, int] = defaultdict(int)
    for status, day, n in session.execute(
        _received_filter(
            select(Case.status, Case.received_at, count).group_by(Case.status, Case.received_at),
            post,
            date_from,
            date_to,
        )
    ):
        by_status[status] += int(n)
        per_day[_as_date(day)] += int(n)
    weeks = weekly(per_day.items())

    decisions = _decisions(dialect)
    decided = select(decisions).where(*_decided_filter(decisions, post, date_from, date_to))
    histogram: dict[int, int] = defaultdict(int)
    by_outcome: dict[str, int] = defaultdict(int)
    per_officer: dict[tuple[str | None, str], int] = defaultdict(int)
    per_nationality: dict[tuple[str | None, str], int] = defaultdict(int)
    per_sign_off: dict[tuple[str | None, str], int] = defaultdict(int)
    # Each figure grouped by its own keys in the database (a few hundred rows in all), not
    # every combination of them (one row per decision or so on a million cases).
    for figure, decision, days, key, n in session.execute(_decision_groups(decided, supervisor)):
        if figure == _BY_DAYS:
            histogram[int(days)] += int(n)
            by_outcome[decision] += int(n)
        elif figure == _BY_OFFICER:
            per_officer[(key, decision)] += int(n)
        elif figure == _BY_NATIONALITY:
            per_nationality[(key, decision)] += int(n)
        else:
            per_sign_off[(key, decision)] += int(n)

    open_cases, past_target, needing_review, targets = _open_figures(session, post, today)

    by_officer = by_nationality = by_sign_off = None
    inbox_rejections = None
    acts: list[FlaggedAct] | None = None
    accounts: list[PasswordSetByOther] | None = None
    if supervisor:
        inbox_rejections = _inbox_rejections(session, date_from, date_to)
        setters = passwords_set_by_others(session)
        acts = flagged_acts(session, *day_bounds(date_from, date_to), post, setters)
        accounts = flagged_now(setters)
        by_officer = _grouped_rates((k, d, n) for (k, d), n in per_officer.items())
        by_nationality = _grouped_rates((k, d, n) for (k, d), n in per_nationality.items())
        by_sign_off = _grouped_rates((k, d, n) for (k, d), n in per_sign_off.items())
        people = full_names(session, (r.key for r in by_officer + by_sign_off if r.key))
        by_officer = [replace(r, name=people.get(r.key or "", "")) for r in by_officer]
        by_sign_off = [replace(r, name=people.get(r.key or "", "")) for r in by_sign_off]
        if any(r.key is None for r in by_officer):
            notes.append(
                "some decisions have no status change recorded: they count under no officer"
            )

    return Dashboard(
        post=post,
        date_from=date_from,
        date_to=date_to,
        today=today,
        by_status=dict(sorted(by_status.items())),
        received_per_week=weeks,
        decided=sum(by_outcome.values()),
        median_days_to_decision=percentile(histogram, 0.5),
        p90_days_to_decision=percentile(histogram, 0.9),
        decisions_by_outcome=dict(sorted(by_outcome.items())),
        open_cases=open_cases,
        open_past_target=past_target,
        days_open_target=targets,
        checks_needing_review=needing_review,
        refusal_by_officer=by_officer,
        refusal_by_nationality=by_nationality,
        refusal_by_sign_off=by_sign_off,
        inbox_rejections=inbox_rejections,
        flagged_acts=acts,
        flagged_accounts=accounts,
        notes=notes,
    )


def _inbox_rejections(session: Session, date_from: date | None, date_to: date | None) -> int:
    """Inbox submissions refused whole (events) or imported with rejected records (rows)."""
    whole = select(func.count()).where(CaseEvent.kind == "inbox_submission_rejected")
    partly = select(func.count()).where(InboxSubmission.rejected > 0)
    if date_from:
        start = datetime.combine(date_from, time(0), tzinfo=UTC)
        whole = whole.where(CaseEvent.occurred_at >= start)
        partly = partly.where(InboxSubmission.imported_at >= start)
    if date_to:
        end = datetime.combine(date_to + timedelta(days=1), time(0), tzinfo=UTC)
        whole = whole.where(CaseEvent.occurred_at < end)
        partly = partly.where(InboxSubmission.imported_at < end)
    return int(session.scalar(whole) or 0) + int(session.scalar(partly) or 0)


def sees_refusal_rates(db: Database, actor: str) -> bool:
    """Whether `actor` is shown the refusal rates: supervisors (who may sign off) only."""
    with db.read() as session:
        account = get_account(session, actor)
    return account is not None and allowed(account.role, Permission.SIGN_OFF)


def dashboard_for(
    db: Database,
    actor: str,
    post: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    today: date | None = None,
) -> Dashboard:
    """The dashboard as `actor` may see it: anyone who may view cases, with the refusal
    rates for supervisors only. PermissionRefused for anyone else."""
    with db.read() as session:
        account = require(session, actor, Permission.VIEW_CASES)
    supervisor = allowed(account.role, Permission.SIGN_OFF)
    return post_dashboard(db, post, date_from, date_to, supervisor=supervisor, today=today)
