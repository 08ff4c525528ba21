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

from sqlalchemy import and_, func, or_, select, text, union
from sqlalchemy.orm import Session

from kvisa_desk.core.accounts.permissions import Permission, require
from kvisa_desk.core.cases.case_rows import CASE_ROW_COLUMNS, case_row_query, outcome_condition
from kvisa_desk.core.cases.worklist_keys import key_before, order_columns, page_rows, table_of
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
    return session.scalar(select(Officer.id).where(Officer.username == username))


def _queue_filter(session: Session, queue: str, actor: str) -> Any:
    if queue == "mine":
        return Case.assigned_officer_id == _officer_id(session, actor)
    if queue == "unassigned":
        return and_(Case.assigned_officer_id.is_(None), Case.status.in_(OPEN_STATUSES))
    if queue in ("awaiting_documents", "ready_for_decision", "awaiting_sign_off"):
        return Case.status == queue
    if queue == "decided":
        return Case.status.in_(DECIDED_STATUSES)
    return None


def _filtered(session: Session, query: Any, q: WorklistQuery, actor: str) -> Any:
    conditions = [_queue_filter(session, q.queue, actor)]
    if q.status:
        conditions.append(Case.status == q.status)
    if q.nationality:
        conditions.append(Applicant.nationality == q.nationality.upper())
    conditions.append(outcome_condition(q.outcome))
    if q.officer:
        conditions.append(Case.assigned_officer_id == _officer_id(session, q.officer))
    if q.received_from:
        conditions.append(Case.received_at >= q.received_from)
    if q.received_to:
        conditions.append(Case.received_at <= q.received_to)
    if q.case_ids is not None:
        conditions.append(Case.id.in_(q.case_ids))
    found = [c for c in conditions if c is not None]
    return query.where(*found) if found else query


def _touches_cases(session: Session, q: WorklistQuery, actor: str) -> bool:
    """Whether the filters read the cases table (every one but nationality does)."""
    if _queue_filter(session, q.queue, actor) is not None or q.case_ids is not None:
        return True
    return bool(q.status or q.outcome or q.officer or q.received_from or q.received_to)


def count_worklist(db: Database, q: WorklistQuery, actor: str) -> int:
    # Every case is written with its applicant, so only the nationality filter needs the
    # join: without it a million cases are counted from one index, not a million lookups.
    query = select(func.count()).select_from(Case)
    if q.nationality:
        query = query.join(Applicant, Applicant.case_id == Case.id)
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
        if q.case_ids is not None and not q.case_ids:
            return 0
        return int(session.scalar(_filtered(session, query, q, actor)) or 0)


def ranked_case_ids(db: Database, q: WorklistQuery, actor: str) -> list[int]:
    """The search's case ids (`q.case_ids`, best match first) that pass the filters, in that
    order: ids only, so a keystroke reads just the rows of the page it shows."""
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
        if not q.case_ids:
            return []
        if _queue_filter_free(q):
            return list(q.case_ids)  # every found case is in the worklist
        query = select(Case.id)
        if q.nationality:
            query = query.join(Applicant, Applicant.case_id == Case.id)
        passing = set(session.scalars(_filtered(session, query, q, actor)))
    return [case_id for case_id in q.case_ids if case_id in passing]


def _queue_filter_free(q: WorklistQuery) -> bool:
    """No queue and no filter but the case ids."""
    return q.queue in ("all", "") and not (
        q.status or q.nationality or q.outcome or q.officer or q.received_from or q.received_to
    )


def _direction(q: WorklistQuery) -> bool:
    return q.descending != (q.sort in _REVERSED)


def worklist_page(
    db: Database,
    q: WorklistQuery,
    actor: str,
    offset: int,
    limit: int,
    after: WorklistRow | None = None,
    with_routes: bool = False,
    today: date | None = None,
) -> list[WorklistRow]:
    """One page. Give `after` (the last row of the page before) to read by key, not offset."""
    column, never_empty = SORTS.get(q.sort, SORTS["case"])
    descending = _direction(q)
    sort_columns = order_columns(q.sort, column)
    query = case_row_query(Applicant.date_of_birth, Officer.display_name).outerjoin(
        Officer, Officer.id == Case.assigned_officer_id
    )
    with db.read() as session:
        require(session, actor, Permission.VIEW_CASES)
        if q.case_ids is not None and not q.case_ids:
            return []
        query = _filtered(session, query, q, actor)
        start = after.sort_key if after is not None and after.sort_key else None
        if start is None and offset > 0:
            # A jump deep into the list: where the page starts is read from the sort's
            # columns alone, then the page by key, instead of an OFFSET joining every row.
            narrow = _narrow(session, q, actor, sort_columns)
            start = key_before(session, narrow, sort_columns, descending, never_empty, offset)
            if start is None:
                return []
        raw = page_rows(session, query, sort_columns, descending, never_empty, start, limit)
        targets = _targets(session, {r.post for r in raw})
        routes = routes_of(session, [r.id for r in raw]) if with_routes and raw else {}
    day = today or date.today()
    return [_row(r, q, day, targets, routes) for r in raw]


def _narrow(session: Session, q: WorklistQuery, actor: str, sort_columns: list[Any]) -> Any:
    """The sort's columns of the filtered worklist, from as few tables as they need."""
    tables = {table_of(c) for c in sort_columns}
    if tables == {Applicant} and not _touches_cases(session, q, actor):
        narrow = select(*sort_columns).select_from(Applicant)  # the applicants' index alone
    else:
        narrow = select(*sort_columns).select_from(Case)
        if Applicant in tables or q.nationality:
            narrow = narrow.join(Applicant, Applicant.case_id == Case.id)
        if Officer in tables:
            narrow = narrow.outerjoin(Officer, Officer.id == Case.assigned_officer_id)
    return _filtered(session, narrow, q, actor)


def _targets(session: Session, posts: set[str]) -> dict[str, int]:
    """Each post's days-open target, from one read of the posts' settings."""
    rows = session.scalars(select(PostSettings).where(PostSettings.post_code.in_(posts)))
    stored = {r.post_code: PostSettingsView(r.post_code, r.version, dict(r.values)) for r in rows}
    default = PostSettingsView("", 0, {})
    return {post: int(stored.get(post, default).working("days_open_target")) for post in posts}


# Where each sort's value sits in a page's result row: the case-row columns, then the
# applicant's birth date and the officer's name (the order worklist_page selects).
_BORN, _OFFICER = len(CASE_ROW_COLUMNS), len(CASE_ROW_COLUMNS) + 1
_KEY_AT = {"nationality": 6, "status": 7, "outcome": 8, "received": 9,
           "days_open": 9, "age": _BORN, "officer": _OFFICER}  # fmt: skip


def _row(
    r: Any, q: WorklistQuery, day: date, targets: dict[str, int], routes: dict[int, str]
) -> WorklistRow:
    # Unpacked once and built by position: a search shows up to a thousand rows a keystroke.
    case_id, app_id, post, surname, given, native, nationality, status, outcome, received = r[:10]
    born, officer = r[_BORN], r[_OFFICER]
    days = (day - received).days if status in OPEN_STATUSES else None
    if q.sort == "applicant":
        key: tuple[Any, ...] = (surname, given, case_id)
    elif q.sort == "status":
        key = (status, received, case_id)
    elif q.sort == "native_name":  # the indexed prefix: SQL's substr counts characters too
        key = (native[:NATIVE_SORT_CHARS] if native is not None else None, case_id)
    elif q.sort in _KEY_AT:
        key = (r[_KEY_AT[q.sort]], case_id)
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
