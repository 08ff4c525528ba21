"""Declarative base and the column types every model shares."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

from sqlalchemy import DateTime, MetaData, Table, text
from sqlalchemy.orm import DeclarativeBase, Session

# Stable constraint names so Alembic autogenerate and SQLite batch mode agree on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Tables a migration creates by hand that no model maps (SQLite FTS5 search index and its
# shadow tables); the schema comparison and autogenerate leave them alone.
UNMAPPED_TABLE_PREFIXES = ("case_search_fts",)


def is_mapped_table(name: str | None) -> bool:
    return not (name or "").startswith(UNMAPPED_TABLE_PREFIXES)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: DateTime(timezone=True)}


def table_of(model: type[Base]) -> Table:
    """A model's table, typed for Core statements (bulk inserts, version-neutral updates)."""
    return cast(Table, model.__table__)


def reserve_ids(session: Session, table: str, count: int) -> list[int]:
    """Primary keys for `count` new rows, so a bulk insert needs no RETURNING per row.

    SQLite: the writer holds the write lock (BEGIN IMMEDIATE), so max(id) cannot move.
    PostgreSQL: the table's sequence hands out the numbers, safe under concurrency.
    """
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
            {"t": table, "n": count},
        )
        return [int(r[0]) for r in rows]
    top = session.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one()
    return list(range(int(top) + 1, int(top) + 1 + count))


def utcnow() -> datetime:
    return datetime.now(UTC)
