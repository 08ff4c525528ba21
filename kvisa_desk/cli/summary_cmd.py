"""`kvisa-desk summary CASE --out FILE.pdf`: the case summary for a file or an appeal."""

from __future__ import annotations

from kvisa_desk.cli.options import path

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from typing import Any

    from kvisa_desk.cli.context import CliContext


def register(subcommands: Any) -> None:
    summary = subcommands.add_parser("summary", help="write a case summary PDF (audited)")
    summary.add_argument("case", metavar="CASE")
    summary.add_argument("--out", type=path, required=True, help="the PDF file to write")
    summary.add_argument("--lang", choices=["en", "zh", "en+zh"], default="en")
    summary.add_argument(
        "--redact",
        action="append",
        default=[],
        choices=["screening", "notes", "officers"],
        help="leave a part out (the summary lists what was left out)",
    )
    summary.add_argument("--force", action="store_true", help="replace an existing file")
    summary.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.reports.summary import export_case_summary

    a = ctx.args
    ctx.require(Permission.EXPORT)  # before the file is looked at
    if a.out.exists() and not a.force:
        ctx.error(f"{a.out} exists already: choose another name or add --force")
        return 2
    case_id = ctx.case_id(a.case)
    out = export_case_summary(ctx.db, ctx.actor, case_id, a.out, a.lang, tuple(a.redact))
    print(f"case summary written to {out}", file=ctx.out)
    return 0
