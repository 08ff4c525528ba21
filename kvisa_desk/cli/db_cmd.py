"""`kvisa-desk db upgrade`, `db backup OUT`, `db restore FILE --to PATH` and `db roles`."""

from __future__ import annotations

import sys

from kvisa_desk.cli.options import path

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from typing import Any

    from kvisa_desk.cli.context import CliContext


def register(subcommands: Any) -> None:
    db = subcommands.add_parser("db", help="database upgrade, backup and restore")
    actions = db.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    upgrade = actions.add_parser("upgrade", help="create or upgrade the database schema")
    upgrade.set_defaults(handler=run_upgrade, login="none")  # signs in itself: see run_upgrade
    backup = actions.add_parser(
        "backup",
        help="copy the SQLite database and its documents to OUT (safe while officers work)",
    )
    backup.add_argument("out", type=path, help="the backup file to write (must not exist)")
    backup.set_defaults(handler=run_backup)
    restore = actions.add_parser(
        "restore", help="put a backup in place at a new path (never over an existing database)"
    )
    restore.add_argument("file", type=path, help="the backup file")
    restore.add_argument("--to", type=path, required=True, dest="target", help="the new path")
    restore.set_defaults(handler=run_restore, login="none")
    roles = actions.add_parser(
        "roles",
        help="PostgreSQL: an owner role that migrates and an officer role for daily use that "
        "cannot rewrite history (administrators; run again after an upgrade)",
    )
    roles.add_argument("--owner", default="kvisa_owner", help="the owner role's name")
    roles.add_argument("--officer", default="kvisa_officer", help="the officer role's name")
    roles.add_argument(
        "--passwords-stdin",
        action="store_true",
        help="read the owner's password, then the officer role's, one a line (empty: keep)",
    )
    roles.set_defaults(handler=run_roles)


def run_upgrade(ctx: CliContext) -> int:
    from kvisa_desk.core.startup import upgrade_shared_database
    from kvisa_desk.store.engine import sqlite_file
    from kvisa_desk.store.migrate import current_revision

    if sqlite_file(ctx.database_url) is None:
        # A shared server: the administrator signs in before anything is migrated.
        before, after = upgrade_shared_database(ctx.database_url, ctx.actor, ctx.password())
        if before != after:
            print(f"database upgraded from schema revision {before} to {after}", file=ctx.out)
        print(f"database at schema revision {after}", file=ctx.out)
        return 0
    ctx.sign_in()  # the file is upgraded (with a backup) as it opens, as at every start
    revision = current_revision(ctx.db.engine)
    print(f"database at schema revision {revision}", file=ctx.out)
    return 0


def run_backup(ctx: CliContext) -> int:
    from kvisa_desk.core.post.backup import backup_database

    result = backup_database(ctx.db, ctx.actor, ctx.args.out)
    print(
        f"backed up to {result.database} with {result.document_files} document files in "
        f"{result.documents}",
        file=ctx.out,
    )
    if result.unreferenced_left_out:
        print(
            f"{result.unreferenced_left_out} stored files no document refers to were left "
            "out (`kvisa-desk documents sweep` removes them from the store)",
            file=ctx.out,
        )
    return 0


def run_restore(ctx: CliContext) -> int:
    from kvisa_desk.core.post.backup import restore_database

    # Whoever holds the backup file holds its data; the restored copy keeps its own accounts.
    target = restore_database(ctx.args.file, ctx.args.target)
    print(f"restored to {target}; open it with --db {target}", file=ctx.out)
    return 0


def run_roles(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.post.db_roles import RolePasswords, set_up_roles

    ctx.require(Permission.DATABASE)  # before the passwords are read
    passwords = RolePasswords()
    if ctx.args.passwords_stdin:
        owner, officer = (sys.stdin.readline().rstrip("\r\n") for _ in range(2))
        passwords = RolePasswords(owner or None, officer or None)
    done = set_up_roles(ctx.db, ctx.actor, ctx.args.owner, ctx.args.officer, passwords)
    for line in done:
        print(line, file=ctx.out)
    print(
        f"officers connect as {ctx.args.officer}; upgrades run as {ctx.args.owner}",
        file=ctx.out,
    )
    return 0
