"""An import's rows written through the database driver's own `executemany`.

SQLAlchemy Core's executemany processes every row's parameters in Python (a dict per row,
its defaults, its type processors): a fifth of an import's time. Here each row becomes a
tuple once, with the very defaults and type processors SQLAlchemy would have applied, and
the driver (SQLite's or psycopg) takes the whole batch in one call, inside the session's
transaction. The rows stored are the same; the time per row is not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


class _RowContext:
    """What a column default is handed: the row's other values, as SQLAlchemy hands them
    (the normalised columns' defaults read the column they normalise)."""

    __slots__ = ("row",)

    def __init__(self, row: dict[str, Any]) -> None:
        self.row = row

    def get_current_parameters(self, isolate_multiinsert_groups: bool = True) -> dict[str, Any]:
        return self.row


def same_keys(rows: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """One executemany needs one set of keys; rows that leave a column to its default differ."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        # Keys in the row's own order (rows are made alike): one group per order, no sort.
        groups.setdefault(tuple(row), []).append(row)
    return list(groups.values())


def _default(column: Column[Any]) -> Callable[[_RowContext], Any]:
    default: Any = column.default
    if default.is_callable:
        return default.arg  # type: ignore[no-any-return]  # SQLAlchemy made it take a context
    value = default.arg
    return lambda _row: value


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ROWS (dicts keyed by column) into TABLE in the session's transaction, as
    `session.execute(table.insert(), rows)` would: Python-side defaults for the columns a
    row leaves out, NULL or the server's default for those without one."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    placeholder = _PLACEHOLDERS[dialect.paramstyle]
    quote = dialect.identifier_preparer.quote
    driver = connection.connection.driver_connection
    assert driver is not None
    for group in same_keys(rows):
        given = list(group[0])
        filled = [c for c in table.columns if c.key not in group[0] and c.default is not None]
        columns = [table.c[key] for key in given] + filled
        defaults = [_default(c) for c in filled]
        processors = [
            (i, process)
            for i, column in enumerate(columns)
            if (process := column.type._cached_bind_processor(dialect)) is not None
        ]
        values_of = itemgetter(*given)
        parameters: list[list[Any]] = []
        for row in group:
            values = list(values_of(row)) if len(given) > 1 else [row[given[0]]]
            if defaults:
                context = _RowContext(row)
                values.extend(default(context) for default in defaults)
            for i, process in processors:
                values[i] = process(values[i])
            parameters.append(values)
        statement = (
            f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
            f"({', '.join(quote(c.name) for c in columns)}) "
            f"VALUES ({', '.join([placeholder] * len(columns))})"
        )
        cursor = driver.cursor()
        try:
            cursor.executemany(statement, parameters)
        except dialect.loaded_dbapi.Error as exc:
            # Raised as SQLAlchemy would (an IntegrityError stays one for the callers).
            raise DBAPIError.instance(
                statement, None, exc, dialect.loaded_dbapi.Error, dialect=dialect
            ) from exc
        finally:
            cursor.close()
