"""`kvisa-desk db upgrade`, `db backup OUT`, `db restore FILE --to PATH`, `db info` and
`db unlock NAME` (an encrypted file's recovery key), `db encrypt|decrypt` and
`db post-key generate|export|import` (a PostgreSQL database's document key) and `db roles`."""

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
    info = actions.add_parser(
        "info", help="what kind of database this is: encrypted or plain, key slots, documents"
    )
    info.set_defaults(handler=run_info, login="none")
    unlock = actions.add_parser(
        "unlock",
        help="with an encrypted database's recovery key, set a one-time password for an "
        "administrator account (the key from --recovery-key-file or stdin, never an argument)",
        description="When every administrator password of an encrypted database is lost: the "
        "recovery key shown when the database was made opens it and sets a one-time password "
        "for the administrator account NAME, shown once. It must be changed at the next "
        "sign-in, and the recovery is recorded in the audit trail and flagged for the "
        "supervisors. FILE may be the file the window saved (the key is found in it) or hold "
        "the key alone; without --recovery-key-file the key is read from stdin. Example: "
        "kvisa-desk db unlock chief --recovery-key-file /media/usb/kvisa-recovery-key.txt",
    )
    unlock.add_argument("name", metavar="NAME", help="the administrator account's username")
    unlock.add_argument("--recovery-key-file", type=path, help="a file holding the recovery key")
    unlock.set_defaults(handler=run_unlock, login="none")
    encrypt = actions.add_parser(
        "encrypt",
        help="encrypt a plain SQLite database (administrators; a verified copy first, the "
        "plain file kept beside it)",
    )
    encrypt.set_defaults(handler=run_encrypt)
    decrypt = actions.add_parser(
        "decrypt",
        help="make an encrypted SQLite database plain again (administrators; a training "
        "machine, say)",
    )
    decrypt.set_defaults(handler=run_decrypt)
    keys = actions.add_parser(
        "post-key",
        help="the key that seals a PostgreSQL database's documents (administrators; kept "
        "on each computer, never in the database)",
    )
    key_actions = keys.add_subparsers(dest="post_key_action", metavar="ACTION", required=True)
    generate = key_actions.add_parser("generate", help="make the database's post key (once)")
    generate.set_defaults(handler=run_post_key_generate)
    export = key_actions.add_parser(
        "export", help="copy this computer's post key to FILE (for another computer, a backup)"
    )
    export.add_argument("file", type=path, help="the file to write (must not exist)")
    export.set_defaults(handler=run_post_key_export)
    load = key_actions.add_parser("import", help="put a post key file in place on this computer")
    load.add_argument("file", type=path, help="a file written by `db post-key export`")
    load.set_defaults(handler=run_post_key_import)
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
    if result.encrypted:
        print(
            f"the backup is encrypted, with its key slots ({result.database.name}.keys, keep it "
            "beside it): it restores with an account's password or the recovery key",
            file=ctx.out,
        )
    else:
        print("the backup is a plain file: anyone who copies it reads every case", file=ctx.out)
    if result.unreferenced_left_out:
        print(
            f"{result.unreferenced_left_out} stored files no document refers to were left "
            "out (`kvisa-desk documents sweep` removes them from the store)",
            file=ctx.out,
        )
    return 0


def run_restore(ctx: CliContext) -> int:
    import os

    from kvisa_desk.core.post.backup import restore_database, unlock_backup

    # Whoever holds a plain backup file holds its data; an encrypted one opens with one of
    # its own accounts. The restored copy keeps its own accounts.
    unlock_backup(ctx.args.file, ctx.actor, os.environ.get("KVISA_PASSWORD"))
    target = restore_database(ctx.args.file, ctx.args.target)
    print(f"restored to {target}; open it with --db {target}", file=ctx.out)
    return 0


def run_info(ctx: CliContext) -> int:
    from kvisa_desk.core.database import describe_database

    for label, value in describe_database(ctx.database_url):
        print(f"{label + ':':<12} {value}", file=ctx.out)
    return 0


def run_unlock(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.accounts import recover_with_recovery_key
    from kvisa_desk.core.accounts.recovery_sheet import recovery_key_in
    from kvisa_desk.core.errors import InvalidInput

    source = ctx.args.recovery_key_file
    try:
        key = source.read_text(encoding="utf-8") if source else sys.stdin.readline()
    except OSError as exc:
        raise InvalidInput(f"{source}: cannot read the recovery key ({exc.strerror})") from exc
    if not key.strip():
        raise InvalidInput("no recovery key: give --recovery-key-file FILE or the key on stdin")
    one_time = recover_with_recovery_key(ctx.db, ctx.args.name, recovery_key_in(key))
    print(
        f"one-time password of {ctx.args.name} (shown once; it must be changed at the next "
        f"sign-in, and the reset is flagged for the supervisors):\n\n    {one_time}\n",
        file=ctx.out,
    )
    return 0


def run_encrypt(ctx: CliContext) -> int:
    from kvisa_desk.core.post.encryption import encrypt_database

    done = encrypt_database(ctx.db, ctx.actor, ctx.password())
    print(f"{done.database} is encrypted; only account passwords open it now", file=ctx.out)
    print(
        f"the plain file as it was is kept at {done.kept}: check the encrypted one, then "
        "delete that copy (it holds every case in the clear)",
        file=ctx.out,
    )
    if done.recovery_key:
        print(
            "the recovery key (shown only this once; it opens the database if every "
            f"password is lost):\n\n    {done.recovery_key}\n",
            file=ctx.out,
        )
    if done.need_one_time_password:
        print(
            "these accounts open it again once you set them a one-time password "
            f"(kvisa-desk user reset NAME): {', '.join(done.need_one_time_password)}",
            file=ctx.out,
        )
    return 0


def run_decrypt(ctx: CliContext) -> int:
    from kvisa_desk.core.post.encryption import decrypt_database

    done = decrypt_database(ctx.db, ctx.actor)
    print(
        f"{done.database} is a plain file now; the encrypted one is kept at {done.kept}",
        file=ctx.out,
    )
    return 0


def run_post_key_generate(ctx: CliContext) -> int:
    from kvisa_desk.core.post.post_keys import generate_post_key

    made = generate_post_key(ctx.db, ctx.actor)
    print(
        f"post key {made.fingerprint} made at {made.path}; documents stored from now on are "
        "sealed with it. Export it (`db post-key export FILE`) to every computer that opens "
        "documents and to the backups: without it they cannot be read",
        file=ctx.out,
    )
    return 0


def run_post_key_export(ctx: CliContext) -> int:
    from kvisa_desk.core.post.post_keys import export_post_key

    made = export_post_key(ctx.db, ctx.actor, ctx.args.file)
    print(
        f"post key {made.fingerprint} written to {made.path} (owner-only): keep it as safe "
        "as the database itself",
        file=ctx.out,
    )
    return 0


def run_post_key_import(ctx: CliContext) -> int:
    from kvisa_desk.core.post.post_keys import import_post_key

    made = import_post_key(ctx.db, ctx.actor, ctx.args.file)
    print(f"post key {made.fingerprint} in place at {made.path}", file=ctx.out)
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
