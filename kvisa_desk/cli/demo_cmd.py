"""`kvisa-desk demo --cases N --seed S` (placeholder; the generator lives in core/demo)."""

from __future__ import annotations

from typing import Any

from kvisa_desk.cli.context import CliContext


def register(subcommands: Any) -> None:
    demo = subcommands.add_parser("demo", help="fill the database with synthetic demo cases")
    demo.add_argument("--cases", type=int, default=200, help="how many applications (default 200)")
    demo.add_argument("--seed", type=int, default=1, help="random seed; same seed, same cases")
    demo.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    from kvisa_desk.core.demo import load_demo_cases

    report = load_demo_cases(ctx.db, ctx.args.cases, ctx.args.seed, ctx.actor)
    print(f"{report.imported} demo cases added ({report.unchanged} already there)", file=ctx.out)
    return 0
