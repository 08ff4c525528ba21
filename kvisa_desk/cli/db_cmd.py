"""`kvisa-desk db upgrade` and `kvisa-desk db backup OUT`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kvisa_desk.cli.context import CliContext
from kvisa_desk.core.permissions import Permission, require
from kvisa_desk.store.engine import sqlite_file
from kvisa_desk.store.migrate import backup_sqlite, current_revision


def register(subcommands: Any) -> None:
    db = subcommands.add_parser("db", help="database upgrade and backup")
    actions = db.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    upgrade = actions.add_parser("upgrade", help="create or upgrade the database schema")
    upgrade.set_defaults(handler=run_upgrade)
    backup = actions.add_parser(
        "backup", help="copy the SQLite database to OUT (safe while the app runs)"
    )
    backup.add_argument("out", type=Path, help="the backup file to write")
    backup.set_defaults(handler=run_backup)


def run_upgrade(ctx: CliContext) -> int:
    revision = current_revision(ctx.db.engine)
    print(f"database at schema revision {revision}", file=ctx.out)
    return 0


def run_backup(ctx: CliContext) -> int:
    with ctx.db.read() as session:
        require(session, ctx.actor, Permission.DATABASE)
    source = sqlite_file(ctx.database_url)
    if source is None:
        ctx.error("db backup copies a SQLite file; for PostgreSQL use pg_dump")
        return 2
    if not source.exists():
        ctx.error(f"{source}: no database file to back up")
        return 4
    out: Path = ctx.args.out
    if out.resolve() == source.resolve():
        ctx.error(f"{out}: the backup must not overwrite the database itself")
        return 2
    backup_sqlite(source, out)
    print(f"backed up {source} to {out}", file=ctx.out)
    return 0
