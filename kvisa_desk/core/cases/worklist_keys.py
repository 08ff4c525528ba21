"""Reading the worklist by key in every sort order, so a page deep into a million cases costs
what the first one does.

An order is a list of columns ending with the case id. Columns that may be empty (native
name, check outcome, officer) put the empty rows last whichever way they run: a page reads
the filled rows by key, then the empty ones by case id, each walking an index where one
exists instead of sorting every row. A jump to a row number reads only the order's columns
up to it (from an index where one serves) to find the key it starts after, counting from
the top or from a nearer row whose key is known.

Each statement is built once per shape (the sort, its direction, which filters are set, which
part of the order it reads) and kept: values are bound parameters, so a page costs its
execution, not building and hashing SQL again.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import partial
from typing import Any

from sqlalchemy import Integer, Select, bindparam, func, literal_column, select, tuple_
from sqlalchemy.orm import Session

from kvisa_desk.store.models import Applicant, Case, Officer
from kvisa_desk.store.models.worklist import native_sort_key

_STATEMENTS: dict[Hashable, Any] = {}
_MOST_STATEMENTS = 4000  # shapes are few; this only bounds a pathological caller
_LIMIT = bindparam("lim", type_=Integer)
_SKIP = bindparam("skip", type_=Integer)
_OFFICERS: Any = bindparam("officer_ids", expanding=True)
_TIE = bindparam("k_tie", type_=Integer)


def cached(shape: Hashable, build: Callable[[], Any]) -> Any:
    """The statement of SHAPE, built on first use (a race builds it twice, harmlessly)."""
    found = _STATEMENTS.get(shape)
    if found is None:
        if len(_STATEMENTS) >= _MOST_STATEMENTS:
            _STATEMENTS.clear()
        found = _STATEMENTS[shape] = build()
    return found


def run(
    session: Session, shape: Hashable, build: Callable[[], Any], params: dict[str, Any]
) -> list[Any]:
    """Execute SHAPE's statement with PARAMS on the session's connection: rows as tuples,
    none of the ORM's per-statement work (its columns are plain values, never objects)."""
    return list(session.connection().execute(cached(shape, build), params).all())


def table_of(column: Any) -> Any:
    """The model a sort column is read from (the native name's prefix: the applicants')."""
    return Applicant if column is native_sort_key else column.class_


def order_columns(sort: str, column: Any) -> list[Any]:
    """The columns a sort orders by, the case id last."""
    if sort == "applicant":
        columns = [Applicant.surname, Applicant.given_names]
    elif sort == "status":
        # Within a status, oldest received first: the order of the status index.
        return [Case.status, Case.received_at, Case.id]
    elif column is Case.id:
        return [Case.id]
    else:
        columns = [column]
    # Ties broken by the same case id, taken from the sort column's own table: the
    # applicants' indexes end with it, so a page never sorts a crowd of equal names.
    tie = Applicant.case_id if table_of(columns[0]) is Applicant else Case.id
    return [*columns, tie]


def _ordered(query: Select[Any], columns: list[Any], descending: bool) -> Select[Any]:
    return query.order_by(*(c.desc() if descending else c.asc() for c in columns))


def _keys(columns: list[Any]) -> list[Any]:
    """A bound parameter per column of a key, typed as the column (dates stay dates)."""
    return [bindparam(f"k{i}", type_=getattr(c, "type", None)) for i, c in enumerate(columns)]


def _values(start: tuple[Any, ...]) -> dict[str, Any]:
    return {f"k{i}": value for i, value in enumerate(start)}


def _after(columns: list[Any], descending: bool) -> Any:
    key, bound = tuple_(*columns), tuple_(*_keys(columns))
    return key < bound if descending else key > bound


def _same(columns: list[Any], descending: bool) -> list[Any]:
    """The rest of the start's value, by the tie."""
    first, tie = columns
    value, last = _keys(columns)
    return [first == value, tie < last if descending else tie > last]


def _later(columns: list[Any], descending: bool) -> Any:
    first, value = columns[0], _keys(columns)[0]
    return first < value if descending else first > value


def _tie_after(tie: Any, descending: bool) -> Any:
    return tie < _TIE if descending else tie > _TIE


def _count(
    session: Session, shape: Hashable, build: Callable[[], Any], params: dict[str, Any]
) -> int:
    def counting() -> Any:
        return build().with_only_columns(func.count(), maintain_column_froms=True)

    return int(run(session, (shape, "count"), counting, params)[0][0] or 0)


def _keyset(
    session: Session,
    query: Select[Any],
    shape: Hashable,
    columns: list[Any],
    descending: bool,
    start: tuple[Any, ...] | None,
    limit: int,
    params: dict[str, Any],
) -> list[Any]:
    """Up to LIMIT rows after START in the order of COLUMNS. For a column and the tie: the
    rest of START's value by the tie, then the values after it, each one seek of the
    column's index. SQLite seeks (column, id) < (?, ?) by the column alone and then steps
    over every row of the same value (a third of a million cases share an outcome)."""
    bound = {**params, "lim": limit}
    if start is None:
        top = (shape, "top", descending)
        return run(session, top, lambda: _ordered(query, columns, descending).limit(_LIMIT), bound)
    bound.update(_values(start))
    if len(columns) != 2:
        return run(
            session,
            (shape, "after", descending),
            lambda: _ordered(query.where(_after(columns, descending)), columns, descending).limit(
                _LIMIT
            ),
            bound,
        )
    rows = run(
        session,
        (shape, "same", descending),
        lambda: _ordered(query.where(*_same(columns, descending)), columns[1:], descending).limit(
            _LIMIT
        ),
        bound,
    )
    if len(rows) < limit:
        bound["lim"] = limit - len(rows)
        rows += run(
            session,
            (shape, "later", descending),
            lambda: _ordered(query.where(_later(columns, descending)), columns, descending).limit(
                _LIMIT
            ),
            bound,
        )
    return rows


def page_rows(
    session: Session,
    query: Select[Any],
    shape: Hashable,
    columns: list[Any],
    descending: bool,
    never_empty: bool,
    start: tuple[Any, ...] | None,
    limit: int,
    params: dict[str, Any],
) -> list[Any]:
    """Up to LIMIT rows of QUERY (of SHAPE, its values in PARAMS) in the order of COLUMNS,
    after the key START (None: from the top). Unless NEVER_EMPTY, rows whose first column is
    empty come last."""
    if never_empty:
        return _keyset(session, query, shape, columns, descending, start, limit, params)
    first, tie = columns[0], columns[-1]
    rows: list[Any] = []
    if first is Officer.display_name and (start is None or start[0] is not None):
        rows = _by_officer(session, query, shape, descending, start, limit, params)
    elif start is None or start[0] is not None:
        filled = cached((shape, "filled"), lambda: query.where(_filled(first)))
        rows = _keyset(
            session, filled, (shape, "filled"), columns, descending, start, limit, params
        )
    if len(rows) < limit:
        bound = {**params, "lim": limit - len(rows)}
        after = start is not None and start[0] is None
        if after:
            bound["k_tie"] = start[-1]  # type: ignore[index]

        def empty() -> Select[Any]:
            rest = query.where(_empty(first))
            rest = rest.where(_tie_after(tie, descending)) if after else rest
            return _ordered(rest, [tie], descending).limit(_LIMIT)

        rows += run(session, (shape, "empty", after, descending), empty, bound)
    return rows


def _officer_names(session: Session, descending: bool) -> dict[str, list[int]]:
    """Officers' names in the database's own order of text, as ORDER BY would give them,
    each with the ids of the officers who bear it (two may share a name)."""
    ordered = run(
        session,
        "officer names",
        lambda: select(Officer.display_name, Officer.id).order_by(Officer.display_name, Officer.id),
        {},
    )
    names: dict[str, list[int]] = {}
    for name, officer in ordered:
        names.setdefault(str(name), []).append(int(officer))
    return dict(reversed(names.items())) if descending else names


def _names_from(names: list[str], start: tuple[Any, ...] | None, descending: bool) -> list[str]:
    """The names from the one START's key holds (a name renamed meanwhile: by comparison)."""
    if start is None:
        return names
    if start[0] in names:
        return names[names.index(start[0]) :]
    return [n for n in names if (n > start[0] if not descending else n < start[0])]


def _of_officer(query: Select[Any], after: bool, descending: bool) -> Select[Any]:
    """QUERY's cases of one officer's name (its officers' ids bound), after a case id if AFTER:
    by the cases' officer index, which holds each officer's cases in case order."""
    cases = query.where(Case.assigned_officer_id.in_(_OFFICERS))
    return cases.where(_tie_after(Case.id, descending)) if after else cases


def _officer_page(query: Select[Any], after: bool, descending: bool) -> Select[Any]:
    return _ordered(_of_officer(query, after, descending), [Case.id], descending).limit(_LIMIT)


def _by_officer(
    session: Session,
    query: Select[Any],
    shape: Hashable,
    descending: bool,
    start: tuple[Any, ...] | None,
    limit: int,
    params: dict[str, Any],
) -> list[Any]:
    """Assigned cases by officer name, then case id: one officer's name at a time, each
    read from the cases' officer index (no index orders a million cases by name)."""
    rows: list[Any] = []
    officers = _officer_names(session, descending)
    for name in _names_from(list(officers), start, descending):
        after = start is not None and name == start[0]
        bound = {**params, "officer_ids": officers[name], "lim": limit - len(rows)}
        if after:
            bound["k_tie"] = start[-1]  # type: ignore[index]
        rows += run(
            session,
            (shape, "officer", after, descending),
            partial(_officer_page, query, after, descending),
            bound,
        )
        if len(rows) >= limit:
            break
    return rows


def _filled(first: Any) -> Any:
    # Any text is >= '': SQLite seeks an index on an expression by a range, not by IS NOT
    # NULL (which reads every applicant's row to test it).
    return first >= "" if first is native_sort_key else first.is_not(None)


def _empty(first: Any) -> Any:
    # An officer always has a name: no officer is what the cases' officer index finds.
    return Case.assigned_officer_id.is_(None) if first is Officer.display_name else first.is_(None)


def _nth(
    session: Session,
    query: Select[Any],
    shape: Hashable,
    columns: list[Any],
    descending: bool,
    start: tuple[Any, ...] | None,
    position: int,
    params: dict[str, Any],
    count_first: bool = False,
) -> tuple[tuple[Any, ...] | None, int]:
    """The key POSITION rows after START (None: from the top; 0 is the first row), or None
    and how far past QUERY's last row POSITION lies (counted only then, unless COUNT_FIRST:
    then each part is counted before it is walked, when the position is likely past it)."""
    bound = {**params, "skip": position}
    if start is None:
        parts: list[tuple[str, Callable[[], Select[Any]], list[Any]]] = [
            ("all", lambda: query, columns)
        ]
    else:
        bound.update(_values(start))
        if len(columns) != 2:
            parts = [("after", lambda: query.where(_after(columns, descending)), columns)]
        else:  # the rest of the start's value by the tie, then the values after it
            parts = [
                ("same", lambda: query.where(*_same(columns, descending)), columns[1:]),
                ("later", lambda: query.where(_later(columns, descending)), columns),
            ]
    for part, rows_of, order in parts:
        at = (shape, "nth", part, descending)
        held = _count(session, at, rows_of, bound) if count_first else None
        if held is None or bound["skip"] < held:
            found = run(session, at, partial(_one_at, rows_of, order, descending), bound)
            if found:
                return tuple(found[0]), 0
        bound["skip"] -= _count(session, at, rows_of, bound) if held is None else held
    return None, bound["skip"]


def _one_at(rows_of: Callable[[], Select[Any]], order: list[Any], descending: bool) -> Select[Any]:
    """The row at the bound position of ROWS_OF in ORDER."""
    return _ordered(rows_of(), order, descending).offset(_SKIP).limit(1)


def _nth_by_officer(
    session: Session,
    narrow: Select[Any],
    shape: Hashable,
    descending: bool,
    start: tuple[Any, ...] | None,
    position: int,
    params: dict[str, Any],
) -> tuple[tuple[Any, ...] | None, int]:
    """As _nth among the assigned cases, by officer name then case id: each name's cases
    counted on the cases' officer index until POSITION falls among them."""
    officers = _officer_names(session, descending)
    for name in _names_from(list(officers), start, descending):
        after = start is not None and name == start[0]
        bound = {**params, "officer_ids": officers[name], "skip": position}
        if after:
            bound["k_tie"] = start[-1]  # type: ignore[index]
        cases = partial(_of_officer, narrow, after, descending)
        at = (shape, "officer", after, descending)
        held = _count(session, at, cases, bound)
        if position < held:
            found = run(session, (at, "nth"), partial(_one_at, cases, [Case.id], descending), bound)
            return (tuple(found[0]) if found else None), 0
        position -= held
    return None, position


_FEW_EMPTY = 50_000  # counting up to this many empty rows is a few milliseconds


def _few_empty(
    session: Session, narrow: Select[Any], shape: Hashable, first: Any, params: dict[str, Any]
) -> bool:
    """Whether fewer than _FEW_EMPTY rows of NARROW are empty (counting at most that many)."""

    def some_empty() -> Select[Any]:
        # A constant per row: the native name's prefix is not computed for each empty one.
        ones: Select[Any] = narrow.with_only_columns(
            literal_column("1"), maintain_column_froms=True
        )
        capped = ones.where(_empty(first)).limit(bindparam("few", type_=Integer)).subquery()
        return select(func.count()).select_from(capped)

    bound = {**params, "few": _FEW_EMPTY}
    return int(run(session, (shape, "few empty"), some_empty, bound)[0][0]) < _FEW_EMPTY


def key_at(
    session: Session,
    narrow: Select[Any],
    shape: Hashable,
    columns: list[Any],
    descending: bool,
    never_empty: bool,
    position: int,
    params: dict[str, Any],
    start: tuple[Any, ...] | None = None,
) -> tuple[Any, ...] | None:
    """The key of the row POSITION rows after the key START (None: from the top; 0 is the
    first row); NARROW selects COLUMNS, filtered (SHAPE, its values in PARAMS)."""
    if never_empty:
        return _nth(session, narrow, shape, columns, descending, start, position, params)[0]
    first, tie = columns[0], columns[-1]
    if start is None or start[0] is not None:
        if first is Officer.display_name:
            found, position = _nth_by_officer(
                session, narrow, shape, descending, start, position, params
            )
        else:
            # With many empty rows (two in three native names) the position may well be
            # among them: the filled rows are counted first, not walked to their end and then
            # counted as well. With few, they are walked first.
            filled = cached((shape, "filled"), lambda: narrow.where(_filled(first)))
            many_empty = not _few_empty(session, narrow, shape, first, params)
            found, position = _nth(
                session, filled, (shape, "filled"), columns, descending, start, position,
                params, count_first=many_empty,
            )  # fmt: skip
        if found is not None:
            return found
        start = None
    # Among the empty rows, which run by case id alone.
    after = start is not None
    bound = {**params, "skip": position}
    if after:
        bound["k_tie"] = start[-1]  # type: ignore[index]

    def empty() -> Select[Any]:
        rest = narrow.where(_empty(first))
        rest = rest.where(_tie_after(tie, descending)) if after else rest
        return _ordered(rest, [tie], descending).offset(_SKIP).limit(1)

    found_empty = run(session, (shape, "nth empty", after, descending), empty, bound)
    if not found_empty:
        return None
    return (*([None] * (len(columns) - 1)), found_empty[0][-1])
