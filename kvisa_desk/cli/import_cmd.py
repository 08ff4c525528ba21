"""`kvisa-desk import FILE`."""

from __future__ import annotations

import sys

from kvisa_desk.cli.options import path
from kvisa_desk.vocab import DEFAULT_POST

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from kvisa_desk.cli.context import CliContext


def register(subcommands: Any) -> None:
    parser = subcommands.add_parser(
        "import",
        help="import an application file (JSON, JSON Lines or CSV)",
        description="Import applications in the kvisa-application/1 format as new cases. "
        "Valid records are imported; invalid ones are reported as FILE:LOCATION: field: reason.",
    )
    parser.add_argument("file", type=path, help="the application file")
    parser.add_argument("--post", default=DEFAULT_POST, help="post code for records that name none")
    parser.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.applications.importer import import_file

    ctx.require(Permission.IMPORT)  # before the file is looked for
    path: Path = ctx.args.file
    if not path.is_file():
        ctx.error(f"{path}: no such file")
        return 2
    show_progress = ctx.err.isatty() if hasattr(ctx.err, "isatty") else False

    def progress(count: int) -> None:
        if show_progress:
            print(f"\r{count:,} records read…", end="", file=sys.stderr, flush=True)

    report = import_file(ctx.db, path, ctx.actor, ctx.args.post, progress)
    if report.imported:
        from kvisa_desk.core.cases.search import catch_up

        # The new cases were queued by the database; index them now so a search finds them.
        catch_up(ctx.db)
    if show_progress:
        print(file=sys.stderr)
    from kvisa_desk.cli.printable import printable

    # Every line is escaped whole: a field name or an id from the file cannot start a line.
    for problem in report.rejected:
        ctx.error(printable(f"{path}:{problem.location}: {problem.field}: {problem.reason}"))
    for changed in report.changed:
        where = f"case {changed.case_ref}" if changed.case_ref else "an earlier record"
        ctx.error(
            printable(
                f"{path}:{changed.location}: application {changed.post}/"
                f"{changed.application_id}: differs from {where} in "
                f"{', '.join(changed.fields)}; not applied, an officer must decide"
            )
        )
    if report.unlisted:
        ctx.error(f"{path}: {report.unlisted:,} more problems and changes are not listed")
    print(
        f"{report.imported} imported, {report.unchanged} unchanged, "
        f"{report.changed_records} changed (not applied), {report.rejected_records} rejected",
        file=ctx.out,
    )
    return 0 if report.complete else 1
