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

from sqlalchemy import Select, func, tuple_
from sqlalchemy.orm import Session

from kvisa_desk.store.models import Applicant, Case


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
    tie = Applicant.case_id if columns[0].class_ is Applicant else Case.id
    return [*columns, tie]


def _ordered(query: Select[Any], columns: list[Any], descending: bool) -> Select[Any]:
    return query.order_by(*(c.desc() if descending else c.asc() for c in columns))


def _after(columns: list[Any], start: tuple[Any, ...], descending: bool) -> Any:
    key, bound = tuple_(*columns), tuple_(*start)
    return key < bound if descending else key > bound


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
        if start is not None:
            query = query.where(_after(columns, start, descending))
        return list(session.execute(_ordered(query, columns, descending).limit(limit)))
    first, tie = columns[0], columns[-1]
    rows: list[Any] = []
    if start is None or start[0] is not None:
        filled = query.where(first.is_not(None))
        if start is not None:
            filled = filled.where(_after(columns, start, descending))
        rows = list(session.execute(_ordered(filled, columns, descending).limit(limit)))
    if len(rows) < limit:
        empty = query.where(first.is_(None))
        if start is not None and start[0] is None:
            empty = empty.where(tie < start[-1] if descending else tie > start[-1])
        ordered = _ordered(empty, [tie], descending).limit(limit - len(rows))
        rows += list(session.execute(ordered))
    return rows


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
        count = narrow.with_only_columns(func.count(first), maintain_column_froms=True)
        filled = int(session.scalar(count) or 0)
        if position >= filled:  # among the empty rows, which run by case id alone
            empty = _ordered(narrow.where(first.is_(None)), [columns[-1]], descending)
            found = session.execute(empty.offset(position - filled).limit(1)).first()
            return (*([None] * (len(columns) - 1)), found[-1]) if found is not None else None
        narrow = narrow.where(first.is_not(None))
    found = session.execute(_ordered(narrow, columns, descending).offset(position).limit(1)).first()
    return tuple(found) if found is not None else None
