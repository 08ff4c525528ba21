"""Alembic environment: the application passes its open connection in; nothing else writes DDL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from kvisa_desk.store.base import is_mapped_table
from kvisa_desk.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=lambda name, kind, _parent: kind != "table" or is_mapped_table(name),
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    # Developer use: `alembic -c db/alembic.ini revision --autogenerate` with KVISA_DB_URL.
    url = config.get_main_option("sqlalchemy.url") or ""
    with create_engine(url).connect() as conn:
        _run(conn)
        conn.commit()
