"""The officer's worklist: queues and their counts, filters, sort orders, pages of rows.

A page selects only the columns asked for. Pages in a sort order on a column that is never
empty are read by key ("after this row") rather than by offset, so reading deep into a
million cases costs the same as the first page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import Date, and_, bindparam, func, or_, select, text, union
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.cases.case_rows import (
    CASE_ROW_COLUMNS,
    UNCHECKED,
    case_row_query,
    outcome_condition,
)
from kvisa_desk.core.cases.worklist_keys import (
    cached,
    key_at,
    order_columns,
    page_rows,
    run,
    table_of,
)
from kvisa_desk.core.post.settings import PostSettingsView
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Applicant, Case, Officer, PostSettings, format_case_ref
from kvisa_desk.store.models.worklist import NATIVE_SORT_CHARS, native_sort_key
from kvisa_desk.vocab import OPEN_STATUSES, CaseStatus

DECIDED_STATUSES = frozenset(
    {CaseStatus.APPROVED, CaseStatus.REFUSED, CaseStatus.LETTER_ISSUED, CaseStatus.CLOSED}
)
QUEUES = (
    "mine",
    "unassigned",
    "awaiting_documents",
    "ready_for_decision",
    "awaiting_sign_off",
    "decided",
    "all",
)
# Sort keys: the column, and whether it is never empty (else empty values come last).
SORTS: dict[str, tuple[Any, bool]] = {
    "case": (Case.id, True),
    "applicant": (Applicant.surname, True),
    "native_name": (native_sort_key, False),  # a bounded prefix of the name: it has an index
    "nationality": (Applicant.nationality, True),
    "age": (Applicant.date_of_birth, True),  # by birth date: the order of age, reversed
    "status": (Case.status, True),
    "outcome": (Case.effective_outcome, False),
    "received": (Case.received_at, True),
    "days_open": (Case.received_at, True),  # by reception: the order of days open, reversed
    "officer": (Officer.display_name, False),
}
_REVERSED = {"age", "days_open"}  # keys whose column runs the other way round


@dataclass(frozen=True)
class WorklistQuery:
    """Which cases, in which order. `case_ids` (from a search) restricts to those cases."""

    queue: str = "all"
    status: str | None = None
    nationality: str | None = None
    outcome: str | None = None  # pass, review, fail, or "unchecked"
    officer: str | None = None  # a username
    received_from: date | None = None
    received_to: date | None = None
    case_ids: tuple[int, ...] | None = None
    sort: str = "case"
    descending: bool = True

    def sorted_by(self, key: str, descending: bool) -> WorklistQuery:
        return replace(self, sort=key, descending=descending)


@dataclass(frozen=True)
class WorklistRow:
    case_id: int
    application_id: str
    post: str
    surname: str
    given_names: str
    native_name: str | None
    nationality: str
    date_of_birth: date
    status: str
    outcome: str | None  # effective outcome of the latest check; None until checked
    received_at: date
    officer: str | None  # the assigned officer's display name
    age: int  # in completed years on the day the application was received
    days_open: int | None  # None once decided or closed
    overdue: bool = False  # open longer than the post's days_open_target
    route: str | None = None  # "A", "B", "A+B", "none"; None unchecked or not asked for
    sort_key: tuple[Any, ...] = field(default=(), compare=False)

    @property
    def case_ref(self) -> str:
        return format_case_ref(self.case_id)


def age_on(born: date, day: date) -> int:
    """Completed years; a 29 February birthday falls on 1 March in other years."""
    years = day.year - born.year
    return years - 1 if (day.month, day.day) < (born.month, born.day) else years


def _officer_id(session: Session, username: str) -> int | None:
    found = run(
        session,
        "officer id",
        lambda: select(Officer.id).where(Officer.username == bindparam("username")),
        {"username": username},
    )
    return int(found[0][0]) if found else None


# A filter's shape: which conditions a query has (its values are bound when it runs).
Filters = tuple[Any, ...]


def _filters(session: Session, q: WorklistQuery, actor: str) -> tuple[Filters, dict[str, Any]]:
    """The shape of Q's filters and the values they are read with."""
    values: dict[str, Any] = {}
    queue = q.queue if q.queue in _QUEUE_SHAPES else None
    if queue == "mine":
        values["me"] = _officer_id(session, actor)
        queue = "mine" if values["me"] is not None else "mine: nobody"
    officer: str | None = None
    if q.officer:
        values["officer_id"] = _officer_id(session, q.officer)
        officer = "officer" if values["officer_id"] is not None else "officer: nobody"
    outcome = "unchecked" if q.outcome == UNCHECKED else bool(q.outcome)
    for name, value in (("status", q.status), ("outcome", q.outcome), ("from", q.received_from),
                        ("to", q.received_to)):  # fmt: skip
        if value:
            values[name] = value
    if q.nationality:
        values["nationality"] = q.nationality.upper()
    if q.case_ids is not None:
        values["case_ids"] = list(q.case_ids)
    shape = (queue, bool(q.status), bool(q.nationality), outcome, officer,
             bool(q.received_from), bool(q.received_to), q.case_ids is not None)  # fmt: skip
    return shape, values


_QUEUE_SHAPES = {"mine", "unassigned", "awaiting_documents", "ready_for_decision",
                 "awaiting_sign_off", "decided"}  # fmt: skip


def _queue_condition(queue: str | None) -> Any:
    if queue == "mine":
        return Case.assigned_officer_id == bindparam("me")
    if queue == "mine: nobody":  # an account without an officer's row: as == None read
        return Case.assigned_officer_id.is_(None)
    if queue == "unassigned":
        return and_(Case.assigned_officer_id.is_(None), Case.status.in_(OPEN_STATUSES))
    if queue in ("awaiting_documents", "ready_for_decision", "awaiting_sign_off"):
        return Case.status == queue
    if queue == "decided":
        return Case.status.in_(DECIDED_STATUSES)
    return None


def _filtered(query: Any, shape: Filters) -> Any:
    """QUERY with the conditions of SHAPE, each value a bound parameter."""
    queue, status, nationality, outcome, officer, since, until, ids = shape
    conditions = [_queue_condition(queue)]
    if status:
        conditions.append(Case.status == bindparam("status"))
    if nationality:
        conditions.append(Applicant.nationality == bindparam("nationality"))
    if outcome == "unchecked":
        conditions.append(outcome_condition(UNCHECKED))
    elif outcome:
        conditions.append(Case.effective_outcome == bindparam("outcome"))
    if officer == "officer":
        conditions.append(Case.assigned_officer_id == bindparam("officer_id"))
    elif officer:
        conditions.append(Case.assigned_officer_id.is_(None))
    if since:
        conditions.append(Case.received_at >= bindparam("from", type_=Date))
    if until:
        conditions.append(Case.received_at <= bindparam("to", type_=Date))
    if ids:
        conditions.append(Case.id.in_(bindparam("case_ids", expanding=True)))
    found = [c for c in conditions if c is not None]
    return query.where(*found) if found else query


def _touches_cases(shape: Filters) -> bool:
    """Whether the filters read the cases table (every one but nationality does)."""
    queue, status, _nationality, outcome, officer, since, until, ids = shape
    return any((queue, status, outcome, officer, since, until, ids))


def _counting(shape: Filters, nationality: bool) -> Any:
    # Every case is written with its applicant, so only the nationality filter needs the
    # join: without it a million cases are counted from one index, not a million lookups.
    query = select(func.count()).select_from(Case)
    if nationality:
        query = query.join(Applicant, Applicant.case_id == Case.id)
    return _filtered(query, shape)


def count_worklist(db: Database, q: WorklistQuery, actor: str) -> int:
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
        if q.case_ids is not None and not q.case_ids:
            return 0
        shape, values = _filters(session, q, actor)
        counted = run(session, ("count", shape), lambda: _counting(shape, shape[2]), values)
        return int(counted[0][0] or 0)


def ranked_case_ids(db: Database, q: WorklistQuery, actor: str) -> list[int]:
    """The search's case ids (`q.case_ids`, best match first) that pass the filters, in that
    order: ids only, so a keystroke reads just the rows of the page it shows."""
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
        if not q.case_ids:
            return []
        if _queue_filter_free(q):
            return list(q.case_ids)  # every found case is in the worklist
        shape, values = _filters(session, q, actor)

        def passing_ids() -> Any:
            query = select(Case.id)
            if q.nationality:
                query = query.join(Applicant, Applicant.case_id == Case.id)
            return _filtered(query, shape)

        passing = {r[0] for r in run(session, ("ranked", shape), passing_ids, values)}
    return [case_id for case_id in q.case_ids if case_id in passing]


def _queue_filter_free(q: WorklistQuery) -> bool:
    """No queue and no filter but the case ids."""
    return q.queue in ("all", "") and not (
        q.status or q.nationality or q.outcome or q.officer or q.received_from or q.received_to
    )


def _direction(q: WorklistQuery) -> bool:
    return q.descending != (q.sort in _REVERSED)


def _page_query(shape: Filters) -> Any:
    query = case_row_query(Applicant.date_of_birth, Officer.display_name).outerjoin(
        Officer, Officer.id == Case.assigned_officer_id
    )
    return _filtered(query, shape)


def worklist_page(
    db: Database,
    q: WorklistQuery,
    actor: str,
    offset: int,
    limit: int,
    after: WorklistRow | None = None,
    with_routes: bool = False,
    today: date | None = None,
    near: tuple[int, WorklistRow] | None = None,
) -> list[WorklistRow]:
    """One page. Give `after` (the last row of the page before) to read by key, not offset;
    or `near` (a row whose number is known, before OFFSET) to count from there on a jump."""
    sort = q.sort if q.sort in SORTS else "case"
    column, never_empty = SORTS[sort]
    descending = _direction(q)
    sort_columns = order_columns(sort, column)
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
        if q.case_ids is not None and not q.case_ids:
            return []
        shape, values = _filters(session, q, actor)
        query = cached(("page", shape), lambda: _page_query(shape))
        start = after.sort_key if after is not None and after.sort_key else None
        if start is None and offset > 0:
            # A jump deep into the list: where the page starts is read from the sort's
            # columns alone, then the page by key, instead of an OFFSET joining every row.
            narrow = cached(("narrow", sort, shape), lambda: _narrow(shape, sort_columns))
            known, position = None, offset - 1
            if near is not None and near[1].sort_key and 0 <= near[0] < offset:
                known, position = near[1].sort_key, offset - 2 - near[0]
            start = known if position < 0 else key_at(
                session, narrow, ("narrow", sort, shape), sort_columns, descending,
                never_empty, position, values, known,
            )  # fmt: skip
            if start is None:
                return []
        raw = page_rows(
            session, query, ("page", sort, shape), sort_columns, descending, never_empty,
            start, limit, values,
        )  # fmt: skip
        targets = _targets(session, {r[2] for r in raw})
        routes = routes_of(session, [r[0] for r in raw]) if with_routes and raw else {}
    day = today or date.today()
    return [_row(r, sort, day, targets, routes) for r in raw]


def _narrow(shape: Filters, sort_columns: list[Any]) -> Any:
    """The sort's columns of the filtered worklist, from as few tables as they need."""
    tables = {table_of(c) for c in sort_columns}
    if tables == {Applicant} and not _touches_cases(shape):
        narrow = select(*sort_columns).select_from(Applicant)  # the applicants' index alone
    else:
        narrow = select(*sort_columns).select_from(Case)
        if Applicant in tables or shape[2]:
            narrow = narrow.join(Applicant, Applicant.case_id == Case.id)
        if Officer in tables:
            narrow = narrow.outerjoin(Officer, Officer.id == Case.assigned_officer_id)
    return _filtered(narrow, shape)


def _targets(session: Session, posts: set[str]) -> dict[str, int]:
    """Each post's days-open target, from one read of the posts' settings."""
    if not posts:
        return {}
    rows = run(
        session,
        "post targets",
        lambda: select(PostSettings.post_code, PostSettings.version, PostSettings.values).where(
            PostSettings.post_code.in_(bindparam("posts", expanding=True))
        ),
        {"posts": sorted(posts)},
    )
    stored = {code: PostSettingsView(code, version, dict(kept)) for code, version, kept in rows}
    default = PostSettingsView("", 0, {})
    return {post: int(stored.get(post, default).working("days_open_target")) for post in posts}


# Where each sort's value sits in a page's result row: the case-row columns, then the
# applicant's birth date and the officer's name (the order worklist_page selects).
_BORN, _OFFICER = len(CASE_ROW_COLUMNS), len(CASE_ROW_COLUMNS) + 1
_KEY_AT = {"nationality": 6, "status": 7, "outcome": 8, "received": 9,
           "days_open": 9, "age": _BORN, "officer": _OFFICER}  # fmt: skip


def _row(
    r: Any, sort: str, day: date, targets: dict[str, int], routes: dict[int, str]
) -> WorklistRow:
    # Unpacked once and built by position: a search shows up to a thousand rows a keystroke.
    case_id, app_id, post, surname, given, native, nationality, status, outcome, received = r[:10]
    born, officer = r[_BORN], r[_OFFICER]
    days = (day - received).days if status in OPEN_STATUSES else None
    if sort == "applicant":
        key: tuple[Any, ...] = (surname, given, case_id)
    elif sort == "status":
        key = (status, received, case_id)
    elif sort == "native_name":  # the indexed prefix: SQL's substr counts characters too
        key = (native[:NATIVE_SORT_CHARS] if native is not None else None, case_id)
    elif sort in _KEY_AT:
        key = (r[_KEY_AT[sort]], case_id)
    else:
        key = (case_id,)
    return WorklistRow(
        case_id, app_id, post, surname, given or "", native, nationality, born, status,
        outcome, received, officer, age_on(born, received), days,
        days is not None and days > targets.get(post, 0), routes.get(case_id), key,
    )  # fmt: skip


def _route_code(route_a: Any, route_b: Any) -> str:
    if route_a and route_b:
        return "A+B"
    if route_a:
        return "A"
    if route_b:
        return "B"
    return "none"


def routes_of(session: Session, case_ids: Sequence[int]) -> dict[int, str]:
    """The route each case's latest check found met (K-RTE-01), read from the stored run."""
    ids = ",".join(str(int(i)) for i in case_ids)
    latest = f"SELECT max(id) FROM check_runs WHERE case_id IN ({ids}) GROUP BY case_id"
    if session.get_bind().dialect.name == "postgresql":
        statement = (
            "SELECT r.case_id, j.value->'message_params'->>'route_a_met_by', "
            "j.value->'message_params'->>'route_b_met_by' FROM check_runs r "
            "CROSS JOIN LATERAL json_array_elements(r.results) AS j(value) "
            f"WHERE r.id IN ({latest}) AND j.value->>'rule_id' = 'K-RTE-01'"
        )
    else:
        statement = (
            "SELECT r.case_id, json_extract(j.value, '$.message_params.route_a_met_by'), "
            "json_extract(j.value, '$.message_params.route_b_met_by') "
            "FROM check_runs r, json_each(r.results) j "
            f"WHERE r.id IN ({latest}) AND json_extract(j.value, '$.rule_id') = 'K-RTE-01'"
        )
    return {int(cid): _route_code(a, b) for cid, a, b in session.execute(text(statement))}


@dataclass(frozen=True)
class QueueCounts:
    counts: dict[str, int]

    def __getitem__(self, queue: str) -> int:
        return self.counts.get(queue, 0)


def queue_counts(db: Database, actor: str) -> QueueCounts:
    """How many cases each queue holds, each count read from an index of the cases."""
    open_statuses = [s.value for s in OPEN_STATUSES]
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
        me = _officer_id(session, actor)
        by_status = {
            str(status): int(n)
            for status, n in session.execute(
                select(Case.status, func.count()).group_by(Case.status)
            )
        }
        mine = 0
        if me is not None:
            mine = session.scalar(select(func.count()).where(Case.assigned_officer_id == me)) or 0
        unassigned = session.scalar(
            select(func.count()).where(
                Case.assigned_officer_id.is_(None), Case.status.in_(open_statuses)
            )
        )
    return QueueCounts(
        {
            "all": sum(by_status.values()),
            "mine": mine,
            "unassigned": int(unassigned or 0),
            "awaiting_documents": by_status.get(CaseStatus.AWAITING_DOCUMENTS.value, 0),
            "ready_for_decision": by_status.get(CaseStatus.READY_FOR_DECISION.value, 0),
            "awaiting_sign_off": by_status.get(CaseStatus.AWAITING_SIGN_OFF.value, 0),
            "decided": sum(by_status.get(s.value, 0) for s in DECIDED_STATUSES),
        }
    )


def known_posts(db: Database) -> list[str]:
    """Every post with cases or settings, in alphabetical order."""
    query = union(select(Case.post).distinct(), select(PostSettings.post_code))
    with db.read() as session:
        return sorted({str(post) for post in session.scalars(query)})


# Each next nationality found by one seek of its index, not by reading a million entries.
_NATIONALITIES = text(
    "WITH RECURSIVE found(code) AS (SELECT min(nationality) FROM applicants UNION ALL "
    "SELECT (SELECT min(nationality) FROM applicants WHERE nationality > found.code) "
    "FROM found WHERE found.code IS NOT NULL) SELECT code FROM found"
)


def known_nationalities(db: Database) -> list[str]:
    with db.read() as session:
        return sorted(str(n) for n in session.scalars(_NATIONALITIES) if n)


def active_officers(db: Database) -> list[tuple[str, str]]:
    """(username, display name) of officers who may be assigned cases."""
    with db.read() as session:
        rows = session.execute(
            select(Officer.username, Officer.display_name)
            .where(Officer.active.is_(True), or_(Officer.role.is_(None), Officer.role != "admin"))
            .order_by(Officer.display_name)
        )
        return [(str(u), str(d)) for u, d in rows]
