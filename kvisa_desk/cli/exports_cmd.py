"""`kvisa-desk export` (the worklist to CSV or XLSX) and `kvisa-desk dashboard`."""

from __future__ import annotations

from kvisa_desk.cli.options import CASE_STATUSES, EXPORT_FORMATS, OUTCOME_FILTERS, day, path

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from kvisa_desk.cli.context import CliContext
    from kvisa_desk.core.reports.dashboard import Dashboard, RefusalRate


def register(subcommands: Any) -> None:
    export = subcommands.add_parser(
        "export",
        help="export the worklist to CSV or XLSX (recorded in the audit)",
        description="Write the cases of a filter to a CSV (UTF-8 with BOM) or XLSX file, with "
        "the worklist's default columns (case, applicant, native name, nationality, age, "
        "status, check outcome, received, days open, officer) labelled in --lang, and a code "
        "column beside status and check outcome. "
        "Cells a spreadsheet would run as formulas are neutralised. The export is recorded "
        "(who, when, filter, number of cases). Exit 0 when written; 2 when the file exists "
        "(without --force) or the options are unusable, and then nothing is written.",
    )
    export.add_argument(
        "--format", choices=EXPORT_FORMATS, help="file format (default: from the --out extension)"
    )
    export.add_argument("--out", required=True, type=path, metavar="FILE", help="file to write")
    export.add_argument("--status", choices=CASE_STATUSES, help="only this status")
    export.add_argument(
        "--outcome",
        choices=OUTCOME_FILTERS,
        help="only cases whose latest check (after overrides) has this outcome",
    )
    export.add_argument(
        "--lang",
        choices=("en", "zh"),
        default="en",
        help="language of the headers and labels (codes stay in their own columns)",
    )
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export.set_defaults(handler=run_export)

    dashboard = subcommands.add_parser(
        "dashboard",
        help="the post's workload and decisions",
        description="Cases by status, received per week, days to decision, decisions, cases "
        "past the post's target and checks needing review; supervisors also see refusal "
        "rates by officer and by nationality. The period (--from, --to) selects cases "
        "received, and decisions made, in it.",
    )
    dashboard.add_argument("--post", help="one post (default: every post)")
    dashboard.add_argument("--from", dest="date_from", type=day, metavar="DATE")
    dashboard.add_argument("--to", dest="date_to", type=day, metavar="DATE")
    dashboard.add_argument("--json", action="store_true", help="print JSON")
    dashboard.set_defaults(handler=run_dashboard)


def _format(ctx: CliContext) -> str | None:
    if ctx.args.format:
        return str(ctx.args.format)
    suffix = ctx.args.out.suffix.lower().lstrip(".")
    return suffix if suffix in EXPORT_FORMATS else None


def run_export(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.reports.exports import export_worklist

    ctx.require(Permission.EXPORT)  # before the options and the file are looked at
    out: Path = ctx.args.out
    fmt = _format(ctx)
    if fmt is None:
        ctx.error(f"{out}: say --format {' or '.join(EXPORT_FORMATS)} (the name does not tell)")
        return 2
    if out.is_dir():
        ctx.error(f"{out} is a folder: give a file name")
        return 2
    if out.exists() and not ctx.args.force:
        ctx.error(f"{out} exists: choose another name, or add --force to replace it")
        return 2
    on_terminal = ctx.err.isatty()

    def progress(done: int, total: int) -> None:
        ctx.err.write(f"\rexported {done:,} of {total:,} cases")
        ctx.err.flush()

    report = export_worklist(
        ctx.db,
        out,
        fmt,
        ctx.actor,
        status=ctx.args.status,
        outcome=ctx.args.outcome,
        progress=progress if on_terminal else None,
        language=ctx.args.lang,
    )
    if on_terminal:
        ctx.err.write("\n")
    ctx.out.write(f"exported {report.rows:,} cases to {report.path} ({report.format})\n")
    if report.cut_cells:
        ctx.error(
            f"{report.cut_cells:,} of the texts were longer than an Excel cell holds (32,767 "
            "characters): they are cut, and each cut cell says so at its end; export to CSV "
            "to keep them whole"
        )
    return 0


def _rates(title: str, rates: list[RefusalRate]) -> list[str]:
    lines = [title]
    for r in rates:
        name = r.key if r.key is not None else "(not recorded)"
        lines.append(f"  {name:<22} {r.refused:>7,} of {r.decided:>7,} refused  {r.rate:6.1%}")
    return lines


def _days(value: float | None) -> str:
    return "-" if value is None else f"{value:g} days"


def _text(board: Dashboard) -> str:
    from kvisa_desk.labels import label

    period = f"{board.date_from or 'the start'} to {board.date_to or board.today}"
    lines = [
        f"Dashboard: {board.post or 'all posts'}, {period} (as of {board.today})",
        f"Received          {board.received:,}",
    ]
    lines += [f"  {label('status', s):<20} {n:>9,}" for s, n in board.by_status.items()]
    lines.append("Received per week")
    lines += [f"  {w.week}  {w.received:>9,}" for w in board.received_per_week]
    lines.append(f"Decided           {board.decided:,}")
    lines += [f"  {label('status', o):<20} {n:>9,}" for o, n in board.decisions_by_outcome.items()]
    lines.append(
        f"Days to decision  median {_days(board.median_days_to_decision)}, "
        f"90th percentile {_days(board.p90_days_to_decision)}"
    )
    targets = ", ".join(f"{p} {d}" for p, d in board.days_open_target.items()) or "-"
    lines.append(
        f"Open now          {board.open_cases:,}, {board.open_past_target:,} past the "
        f"target days ({targets})"
    )
    lines.append(f"Checks to review  {board.checks_needing_review:,}")
    if board.refusal_by_officer is not None:
        lines += _rates("Refusal rate by recommending officer", board.refusal_by_officer)
    if board.refusal_by_sign_off is not None:
        lines += _rates("Refusal rate by signing-off supervisor", board.refusal_by_sign_off)
    if board.refusal_by_nationality is not None:
        lines += _rates("Refusal rate by nationality", board.refusal_by_nationality)
    if board.flagged_accounts:
        lines.append("Accounts flagged now (someone else set their password)")
        lines += [f"  {a.account}: {a.describe()}" for a in board.flagged_accounts]
    if board.flagged_acts is not None:
        lines.append(f"Sign-offs and approvals by flagged accounts  {len(board.flagged_acts):,}")
        lines += [f"  {act.message()}" for act in board.flagged_acts]
    lines += [f"Note: {note}" for note in board.notes]
    return "\n".join(lines) + "\n"


def run_dashboard(ctx: CliContext) -> int:
    import json

    from kvisa_desk.core.reports.dashboard import dashboard_for

    board = dashboard_for(ctx.db, ctx.actor, ctx.args.post, ctx.args.date_from, ctx.args.date_to)
    if ctx.args.json:
        ctx.out.write(json.dumps(board.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        ctx.out.write(_text(board))
    return 0
