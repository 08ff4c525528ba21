"""`kvisa-desk report --from DATE --to DATE --out FILE.pdf`: the dashboard as a PDF report."""

from __future__ import annotations

from kvisa_desk.cli.options import REPORT_LANGUAGES, day, path

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from typing import Any

    from kvisa_desk.cli.context import CliContext


def register(subcommands: Any) -> None:
    report = subcommands.add_parser(
        "report",
        help="write the post's dashboard as a PDF report with charts (audited)",
        description="Cases by status, received per week, days to decision, decisions by "
        "outcome and by ground, cases past the post's target and checks needing review, as "
        "charts; supervisors' reports add refusal rates by officer and by nationality. The "
        "period selects cases received, and decisions made, in it. Exit 0 when written; 2 "
        "when FILE exists (without --force) or the options are unusable.",
    )
    report.add_argument("--from", dest="date_from", type=day, metavar="DATE")
    report.add_argument("--to", dest="date_to", type=day, metavar="DATE")
    report.add_argument("--out", type=path, required=True, metavar="FILE.pdf")
    report.add_argument("--post", help="one post (default: every post)")
    report.add_argument("--lang", choices=REPORT_LANGUAGES, default="en", help="report language")
    report.add_argument("--force", action="store_true", help="replace FILE if it exists")
    report.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.reports.report import export_dashboard_report

    a = ctx.args
    ctx.require(Permission.EXPORT)  # before the file is looked at
    if a.out.is_dir():
        ctx.error(f"{a.out} is a folder: give a file name")
        return 2
    if a.out.exists() and not a.force:
        ctx.error(f"{a.out} exists: choose another name, or add --force to replace it")
        return 2
    written = export_dashboard_report(
        ctx.db, ctx.actor, a.out, a.post, a.date_from, a.date_to, language=a.lang
    )
    ctx.out.write(f"report written to {written.path} ({written.charts} charts)\n")
    return 0
