"""Reading the worklist by key in every sort order, so a page deep into a million cases costs
what the first one does.

An order is a list of columns ending with the case id. Columns that may be empty (native
name, check outcome, officer) put the empty rows last whichever way they run: a page reads
the filled rows by key, then the empty ones by case id, each walking an index where one
exists instead of sorting every row. A jump to a row number reads only the order's columns
up to it (from an index where one serves) to find the key it starts after.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import Session

from kvisa_desk.store.models import Applicant, Case, Officer
from kvisa_desk.store.models.worklist import native_sort_key


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


def _after(columns: list[Any], start: tuple[Any, ...], descending: bool) -> Any:
    key, bound = tuple_(*columns), tuple_(*start)
    return key < bound if descending else key > bound


def _keyset(
    session: Session,
    query: Select[Any],
    columns: list[Any],
    descending: bool,
    start: tuple[Any, ...] | None,
    limit: int,
) -> list[Any]:
    """Up to LIMIT rows after START in the order of COLUMNS. For a column and the tie: the
    rest of START's value by the tie, then the values after it, each one seek of the
    column's index. SQLite seeks (column, id) < (?, ?) by the column alone and then steps
    over every row of the same value (a third of a million cases share an outcome)."""
    if start is None or len(columns) != 2:
        if start is not None:
            query = query.where(_after(columns, start, descending))
        return list(session.execute(_ordered(query, columns, descending).limit(limit)))
    first, tie = columns
    same = query.where(first == start[0], tie < start[1] if descending else tie > start[1])
    rows = list(session.execute(_ordered(same, [tie], descending).limit(limit)))
    if len(rows) < limit:
        later = query.where(first < start[0] if descending else first > start[0])
        ordered = _ordered(later, columns, descending).limit(limit - len(rows))
        rows += list(session.execute(ordered))
    return rows


def page_rows(
    session: Session,
    query: Select[Any],
    columns: list[Any],
    descending: bool,
    never_empty: bool,
    start: tuple[Any, ...] | None,
    limit: int,
) -> list[Any]:
    """Up to LIMIT rows of QUERY in the order of COLUMNS, after the key START (None: from
    the top). Unless NEVER_EMPTY, rows whose first column is empty come last."""
    if never_empty:
        return _keyset(session, query, columns, descending, start, limit)
    first, tie = columns[0], columns[-1]
    rows: list[Any] = []
    if first is Officer.display_name and (start is None or start[0] is not None):
        rows = _by_officer(session, query, descending, start, limit)
    elif start is None or start[0] is not None:
        rows = _keyset(session, query.where(_filled(first)), columns, descending, start, limit)
    if len(rows) < limit:
        empty = query.where(_empty(first))
        if start is not None and start[0] is None:
            empty = empty.where(tie < start[-1] if descending else tie > start[-1])
        ordered = _ordered(empty, [tie], descending).limit(limit - len(rows))
        rows += list(session.execute(ordered))
    return rows


def _officer_names(session: Session, descending: bool) -> list[str]:
    """Officers' names in the database's own order of text, as ORDER BY would give them."""
    ordered = select(Officer.display_name).distinct().order_by(Officer.display_name)
    names = [str(name) for name in session.scalars(ordered)]
    return names[::-1] if descending else names


def _by_officer(
    session: Session,
    query: Select[Any],
    descending: bool,
    start: tuple[Any, ...] | None,
    limit: int,
) -> list[Any]:
    """Assigned cases by officer name, then case id: one officer's name at a time, each
    read from the cases' officer index (no index orders a million cases by name)."""
    rows: list[Any] = []
    names = _officer_names(session, descending)
    if start is not None:
        # From the name the last page ended on (a name renamed meanwhile: by comparison).
        at = names.index(start[0]) if start[0] in names else None
        later = [n for n in names if (n > start[0] if not descending else n < start[0])]
        names = names[at:] if at is not None else later
    for name in names:
        cases = query.where(Officer.display_name == name)
        if start is not None and name == start[0]:
            cases = cases.where(Case.id < start[-1] if descending else Case.id > start[-1])
        ordered = _ordered(cases, [Case.id], descending).limit(limit - len(rows))
        rows += list(session.execute(ordered))
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


def _officer_sizes(session: Session, narrow: Select[Any]) -> dict[str, int]:
    """How many of the cases each officer's name holds, counted on the cases' officer index."""
    counted = narrow.with_only_columns(
        Case.assigned_officer_id, func.count(), maintain_column_froms=True
    ).group_by(Case.assigned_officer_id)
    per_officer = {officer: int(n) for officer, n in session.execute(counted) if officer}
    names = session.execute(
        select(Officer.id, Officer.display_name).where(Officer.id.in_(per_officer))
    )
    sizes: dict[str, int] = {}
    for officer, name in names:
        sizes[name] = sizes.get(name, 0) + per_officer[officer]
    return sizes


def _officer_key(
    session: Session, narrow: Select[Any], descending: bool, position: int, sizes: dict[str, int]
) -> tuple[Any, ...] | None:
    """The key at POSITION among the assigned cases ordered by officer name and case id."""
    for name in (n for n in _officer_names(session, descending) if n in sizes):
        if position < sizes[name]:
            cases = _ordered(narrow.where(Officer.display_name == name), [Case.id], descending)
            found = session.execute(cases.offset(position).limit(1)).first()
            return tuple(found) if found is not None else None
        position -= sizes[name]
    return None


def key_before(
    session: Session,
    narrow: Select[Any],
    columns: list[Any],
    descending: bool,
    never_empty: bool,
    offset: int,
) -> tuple[Any, ...] | None:
    """The key of the row before OFFSET (at least 1); NARROW selects COLUMNS, filtered."""
    position = offset - 1
    if not never_empty:
        first = columns[0]
        sizes = _officer_sizes(session, narrow) if first is Officer.display_name else None
        if sizes is not None:
            filled = sum(sizes.values())
        else:
            # Counted on the column's index (a range of it), not by reading every row.
            count = narrow.with_only_columns(func.count(), maintain_column_froms=True)
            filled = int(session.scalar(count.where(_filled(first))) or 0)
        if position >= filled:  # among the empty rows, which run by case id alone
            empty = _ordered(narrow.where(_empty(first)), [columns[-1]], descending)
            found = session.execute(empty.offset(position - filled).limit(1)).first()
            return (*([None] * (len(columns) - 1)), found[-1]) if found is not None else None
        if sizes is not None:
            return _officer_key(session, narrow, descending, position, sizes)
        narrow = narrow.where(_filled(first))
    found = session.execute(_ordered(narrow, columns, descending).offset(position).limit(1)).first()
    return tuple(found) if found is not None else None
