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


FORMAT_PATHS = "(where the format and its examples are installed)"  # filled in by the formatter


def _where_the_format_is() -> str:
    from kvisa_desk.shipped import import_examples_dir, import_format_doc

    try:
        doc, examples = import_format_doc(), import_examples_dir()
    except RuntimeError:  # a zipped install has no paths to name
        return ""
    return (
        f"The format (every field, examples, what each error means):\n  {doc}\n"
        f"Example files in each format, with their documents:\n  {examples}"
    )


def _help_formatter() -> type:
    from argparse import HelpFormatter

    class FormatPaths(HelpFormatter):
        """Names the installed paths only when `import --help` is shown (`--help` and
        `--version` stay free of path look-ups), one a line so a long path is not broken."""

        def _fill_text(self, text: str, width: int, indent: str) -> str:
            if text == FORMAT_PATHS:
                return "\n".join(indent + line for line in _where_the_format_is().splitlines())
            return super()._fill_text(text, width, indent)

    return FormatPaths


def register(subcommands: Any) -> None:
    parser = subcommands.add_parser(
        "import",
        help="import an application file (JSON, JSON Lines or CSV)",
        description="Import applications in the kvisa-application/1 format as new cases. "
        "Valid records are imported; invalid ones are reported as FILE:LOCATION: field: reason.",
        epilog=FORMAT_PATHS,
        formatter_class=_help_formatter(),
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
        # The record's id beside its position, when it has a readable one.
        named = f" application {problem.application_id}:" if problem.application_id else ""
        ctx.error(printable(f"{path}:{problem.location}:{named} {problem.field}: {problem.reason}"))
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
