"""`kvisa-desk user ...` (accounts) and `kvisa-desk audit verify`."""

from __future__ import annotations

import sys

from kvisa_desk.cli.options import ROLES, day, path
from kvisa_desk.vocab import Role

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from datetime import date, datetime
    from typing import Any

    from kvisa_desk.cli.context import CliContext


def register(subcommands: Any) -> None:
    user = subcommands.add_parser("user", help="officer accounts")
    actions = user.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="add an account (the first administrator of a new database needs no sign-in)",
    )
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, default="officer")
    add.add_argument(
        "--display-name",
        default="",
        help="the full name letters are signed with (asked for in a terminal when not given)",
    )
    add.add_argument(
        "--title",
        default="",
        help="e.g. Visa Officer, Consul: signed under the name (asked for in a terminal)",
    )
    add.add_argument(
        "--title-zh",
        default="",
        help="the title in Chinese, signed under the Chinese text of a letter (e.g. 领事)",
    )
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.set_defaults(handler=run_add, login="unless_first_admin")
    passwd = actions.add_parser("passwd", help="change your own password")
    passwd.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the new password from stdin (the old one: KVISA_PASSWORD)",
    )
    passwd.set_defaults(handler=run_passwd, login="none")
    reset = actions.add_parser(
        "reset",
        help="set a new password for an account (administrators; or, for a forgotten "
        "administrator password, anyone with access to the SQLite file)",
    )
    reset.add_argument("name")
    reset.add_argument("--password-stdin", action="store_true")
    reset.set_defaults(handler=run_reset, login="unless_file_access")
    listing = actions.add_parser("list", help="list accounts")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    change = actions.add_parser("set", help="change an account's role, title or active flag")
    change.add_argument("name")
    change.add_argument("--role", choices=ROLES)
    change.add_argument("--title")
    change.add_argument("--title-zh", help="the title in Chinese letters print")
    change.add_argument("--display-name")
    change.add_argument("--active", choices=["yes", "no"])
    change.set_defaults(handler=run_set)

    retention = subcommands.add_parser("retention", help="purge cases past retention")
    r_actions = retention.add_subparsers(dest="retention_action", metavar="ACTION", required=True)
    purge = r_actions.add_parser(
        "purge", help="list the finished cases past the post's retention (add --yes to purge)"
    )
    purge.add_argument("--yes", action="store_true", help="purge what the dry run lists")
    purge.set_defaults(handler=run_purge)

    audit = subcommands.add_parser("audit", help="the audit trail")
    a_actions = audit.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    verify = a_actions.add_parser(
        "verify",
        help="walk the hash chain, compare each case with its history, and report the first "
        "break or disagreement",
    )
    verify.add_argument(
        "--against",
        nargs="+",
        type=path,
        default=[],
        metavar="FILE",
        help="signed checkpoints (audit checkpoint) the chain must still hold",
    )
    verify.add_argument(
        "--report",
        action="store_true",
        help="also list passwords set by someone other than their owner, and the sign-offs "
        "and approvals those accounts recorded while flagged",
    )
    verify.set_defaults(handler=run_audit_verify)
    checkpoint = a_actions.add_parser(
        "checkpoint", help="write a signed statement of the audit head, to keep elsewhere"
    )
    checkpoint.add_argument("--out", type=path, required=True, help="the file to write (new)")
    checkpoint.add_argument("--post", help="whose letter key signs (if several posts have one)")
    checkpoint.set_defaults(handler=run_audit_checkpoint)
    export = a_actions.add_parser(
        "export", help="the audit trail (or the events of a filter) to CSV, newest first"
    )
    export.add_argument("--out", type=path, required=True, help="the CSV file to write")
    export.add_argument("--officer", help="only this officer's events")
    export.add_argument("--case", help="only this case's events (C0000042 or 42)")
    export.add_argument("--action", help="only events of this kind, e.g. case_edited")
    export.add_argument("--since", type=day, help="from this day (UTC)")
    export.add_argument("--until", type=day, help="to this day (UTC), inclusive")
    export.add_argument(
        "--lang",
        choices=("en", "zh"),
        default="en",
        help="language of the headers, actions and sentences (the action code has its column)",
    )
    export.set_defaults(handler=run_audit_export)


def read_new_password(ctx: CliContext, from_stdin: bool) -> str:
    import getpass

    from kvisa_desk.core.accounts import accounts
    from kvisa_desk.core.errors import InvalidInput

    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass("New password: ")
        if getpass.getpass("Repeat it: ") != password:
            raise InvalidInput("the two passwords differ")
    else:
        raise InvalidInput("give the password with --password-stdin, or run in a terminal")
    accounts.check_password_rules(password)
    return password


def run_add(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts import accounts
    from kvisa_desk.core.accounts.permissions import Permission, require

    a = ctx.args
    first = ctx.first_administrator_setup
    if first and a.role != Role.ADMIN.value:
        ctx.error("this database has no administrator yet: add one first with --role admin")
        return 3
    if not first:
        ctx.require(Permission.ACCOUNTS)  # before the new password is asked for
    _ask_signatory(ctx)
    password = read_new_password(ctx, a.password_stdin)
    with ctx.db.write() as session:
        if not first:
            require(session, ctx.actor, Permission.ACCOUNTS)
        account = accounts.create_account(
            session,
            a.name,
            password,
            a.role,
            ctx.actor if not first else a.name,
            a.display_name,
            a.title,
            must_change=not first,
            title_zh=a.title_zh,
        )
    note = "" if first else " (must change the password at first sign-in)"
    print(f"account {account.username} ({account.role}) added{note}", file=ctx.out)
    if first:
        ctx.show_recovery_key(ctx.out)
    return 0


def _ask_signatory(ctx: CliContext) -> None:
    """In a terminal, the full name and title letters are signed with, when not given as
    options (scripts give them, or sign with the username and the post's default title)."""
    a = ctx.args
    if not sys.stdin.isatty():
        return
    if not a.display_name:
        print("Full name (letters are signed with it): ", end="", file=ctx.err, flush=True)
        a.display_name = sys.stdin.readline().strip()
    if not a.title:
        print("Title, e.g. Visa Officer: ", end="", file=ctx.err, flush=True)
        a.title = sys.stdin.readline().strip()


def run_passwd(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts import accounts

    old = ctx.password()
    new = read_new_password(ctx, ctx.args.password_stdin)
    accounts.change_own_password(ctx.db, ctx.actor, old, new)
    print(f"password of {ctx.actor} changed", file=ctx.out)
    return 0


def run_reset(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts import accounts
    from kvisa_desk.core.accounts.permissions import Permission

    # Before the new password is asked for: a refused account (or recovery) hears so first.
    if ctx.file_access_recovery and ctx.db.locked:
        # An encrypted file: holding it is not enough, its recovery key is the way in.
        from kvisa_desk.store.cipher import DatabaseLocked

        raise DatabaseLocked(
            "this database is encrypted: without signing in, only its recovery key sets a "
            f"new password: kvisa-desk db unlock {ctx.args.name} --recovery-key-file FILE "
            "(FILE: the saved recovery key), or sign in as an administrator (KVISA_USER, "
            "KVISA_PASSWORD) to reset another account"
        )
    if ctx.file_access_recovery:
        accounts.check_recoverable(ctx.db, ctx.args.name)
    else:
        ctx.require(Permission.ACCOUNTS)
    password = read_new_password(ctx, ctx.args.password_stdin)
    if ctx.file_access_recovery:  # recovery by whoever holds the database file
        accounts.recover_password(ctx.db, ctx.args.name, password, ctx.actor)
    else:
        accounts.set_password(ctx.db, ctx.args.name, password, ctx.actor, force_change=True)
    print(f"password of {ctx.args.name} reset; it must be changed at next sign-in", file=ctx.out)
    return 0


def run_list(ctx: CliContext) -> int:
    from kvisa_desk.cli.printable import printable, printable_json
    from kvisa_desk.core.accounts import accounts
    from kvisa_desk.core.accounts.permissions import Permission

    ctx.require(Permission.ACCOUNTS)
    found = accounts.list_accounts(ctx.db)
    # On an encrypted file: who has no key slot yet (after `db encrypt`), as the window shows.
    without_key = accounts.accounts_without_key(ctx.db)
    if ctx.args.json:
        rows = []
        for account, active in found:
            row = {**account.to_json(), "active": active}
            if without_key is not None:
                row["has_key"] = active and account.username not in without_key
            rows.append(row)
        ctx.out.write(printable_json(rows) + "\n")
        return 0
    for account, active in found:
        state = "" if active else "  (inactive)"
        if without_key is not None and account.username in without_key:
            state = "  (no key for this encrypted database yet: set a one-time password "
            state += f"with kvisa-desk user reset {printable(account.username)})"
        name, shown_name = printable(account.username), printable(account.display_name)
        ctx.out.write(f"{name:<20} {account.role:<11} {shown_name}{state}\n")
    return 0


def run_set(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts import accounts

    a = ctx.args
    active = None if a.active is None else a.active == "yes"
    # Reactivating sets a one-time password (its key slot went with the deactivation).
    one_time = accounts.reactivate_account(ctx.db, a.name, ctx.actor) if active else None
    account = accounts.update_account(
        ctx.db,
        a.name,
        ctx.actor,
        a.role,
        None if active else active,
        a.title,
        a.display_name,
        title_zh=a.title_zh,
    )
    print(f"account {account.username}: {account.role}", file=ctx.out)
    if one_time is not None:
        print(
            f"{account.username} is active again with a one-time password (shown once; it "
            f"must be changed at the next sign-in, and it is flagged like a reset):\n\n"
            f"    {one_time}\n",
            file=ctx.out,
        )
    return 0


def run_purge(ctx: CliContext) -> int:
    from kvisa_desk.core.post import retention

    plan = retention.plan_purge(ctx.db, ctx.actor)
    for ref in plan.case_refs:
        ctx.out.write(f"{ref}\n")
    if not ctx.args.yes:
        print(
            f"{len(plan.case_ids)} cases are past retention (dry run: add --yes to purge)",
            file=ctx.out,
        )
        return 0
    done = retention.purge(ctx.db, ctx.actor, plan)
    print(
        f"{done} cases purged; the audit chain keeps their events without personal data",
        file=ctx.out,
    )
    return 0


def run_audit_verify(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.audit import verify_chain
    from kvisa_desk.core.accounts.audit_state import check_state
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.reports.audit_checkpoint import check_checkpoint

    ctx.require(Permission.VIEW_AUDIT)
    report = verify_chain(ctx.db)
    if getattr(ctx.args, "report", False):
        from kvisa_desk.core.accounts.account_flags import flag_report

        for line in flag_report(ctx.db, ctx.actor).lines():
            print(line, file=ctx.out)
    failed = not report.ok
    if report.ok:
        print(f"audit chain intact: {report.checked} events verified", file=ctx.out)
    else:
        ctx.error(
            f"audit chain broken at event {report.broken_at}: {report.problem} "
            f"({report.checked} events before it verified)"
        )
    state = check_state(ctx.db)
    if state.first is None:
        print(f"state agrees with history: {state.cases} cases compared", file=ctx.out)
    else:
        failed = True
        ctx.error(
            f"state disagrees with history ({state.disagreements} disagreements in "
            f"{state.cases} cases); the first: {state.first.message}"
        )
    for checkpoint in ctx.args.against:
        held = check_checkpoint(ctx.db, checkpoint)
        if held.holds:
            print(f"checkpoint {checkpoint}: {held.message}", file=ctx.out)
        else:
            failed = True
            ctx.error(f"checkpoint {checkpoint} NOT HELD: {held.message}")
    return 1 if failed else 0


def run_audit_checkpoint(ctx: CliContext) -> int:
    from kvisa_desk.core.reports.audit_checkpoint import write_checkpoint

    made = write_checkpoint(ctx.db, ctx.actor, ctx.args.out, ctx.args.post)
    print(
        f"checkpoint of event {made.event_id} ({made.hash[:16]}…) signed for post {made.post} "
        f"written to {made.path}; keep it where the database's editors cannot reach",
        file=ctx.out,
    )
    return 0


def run_audit_export(ctx: CliContext) -> int:
    from datetime import UTC, datetime, time, timedelta

    from kvisa_desk.core.accounts.audit_view import AuditFilter, export_audit

    a = ctx.args

    def midnight(day: date | None, days_after: int = 0) -> datetime | None:
        return datetime.combine(day, time(), UTC) + timedelta(days_after) if day else None

    wanted = AuditFilter(
        a.officer, a.case, a.action, midnight(a.since), midnight(a.until, days_after=1)
    )
    rows = export_audit(ctx.db, ctx.actor, wanted, a.out, a.lang)
    print(f"{rows} events written to {a.out} (recorded in the audit)", file=ctx.out)
    return 0
