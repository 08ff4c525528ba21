"""`kvisa-desk demo --cases N --seed S`: synthetic demo cases (and, on a new database,
demo accounts whose passwords are printed once)."""

from __future__ import annotations

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from typing import Any

    from kvisa_desk.cli.context import CliContext


def register(subcommands: Any) -> None:
    demo = subcommands.add_parser(
        "demo",
        help="fill the database with synthetic demo cases",
        description="On a database without accounts this also creates demo accounts and "
        "prints their passwords once; otherwise sign in as an officer.",
    )
    demo.add_argument("--cases", type=int, default=200, help="how many applications (default 200)")
    demo.add_argument("--seed", type=int, default=1, help="random seed; same seed, same cases")
    demo.set_defaults(handler=run, login="unless_no_admin")


def run(ctx: CliContext) -> int:
    from kvisa_desk.demo.accounts import DEMO_WORKER, create_demo_accounts
    from kvisa_desk.demo.cases import load_demo_cases

    actor = ctx.actor
    if ctx.first_administrator_setup:
        accounts = create_demo_accounts(ctx.db)
        print(
            "Demo accounts (shown only this once; sign in with KVISA_USER and "
            "KVISA_PASSWORD, or in the window):",
            file=ctx.out,
        )
        for account in accounts:
            print(f"  {account.username:<14} {account.role:<11} {account.password}", file=ctx.out)
        actor = DEMO_WORKER
    report = load_demo_cases(ctx.db, ctx.args.cases, ctx.args.seed, actor)
    print(f"{report.imported} demo cases added ({report.unchanged} already there)", file=ctx.out)
    return 0
