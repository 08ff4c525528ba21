"""`kvisa-desk bundle CASE --out DIR`: the disclosure bundle for an access request or a court."""

from __future__ import annotations

from kvisa_desk.cli.options import REDACTIONS, path

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from typing import Any

    from kvisa_desk.cli.context import CliContext


def register(subcommands: Any) -> None:
    bundle = subcommands.add_parser(
        "bundle",
        help="write a case's disclosure bundle to a new folder (audited)",
        description="Write the case summary, every document, every issued letter and a "
        "manifest (manifest.json and manifest.txt: each file's SHA-256 and size, what was "
        "redacted and why, who made it and when) into DIR, a new or empty folder. A failure "
        "leaves nothing behind. Exit 0 when written; 2 when DIR has files in it or an option "
        "is unusable; 1 when a stored document or letter is damaged (nothing is written).",
    )
    bundle.add_argument("case", metavar="CASE")
    bundle.add_argument("--out", type=path, required=True, metavar="DIR", help="new folder")
    bundle.add_argument(
        "--redact",
        action="append",
        default=[],
        metavar="PARTS",
        help=f"leave parts out of the summary (commas or repeated): {','.join(REDACTIONS)}",
    )
    bundle.add_argument("--lang", choices=["en", "zh", "en+zh"], default="en")
    bundle.add_argument("--purpose", help="what the bundle is for, recorded in the manifest")
    bundle.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.reports.bundle import make_bundle

    a = ctx.args
    ctx.require(Permission.EXPORT)  # before the case is looked for
    redactions = tuple(p.strip() for given in a.redact for p in given.split(",") if p.strip())
    case_id = ctx.case_id(a.case)
    report = make_bundle(
        ctx.db, ctx.actor, case_id, a.out, redactions, language=a.lang, purpose=a.purpose
    )
    ctx.out.write(
        f"bundle for {report.case_ref} written to {report.folder}: {len(report.files)} files, "
        f"{report.total_bytes:,} bytes"
        + (f", redacted: {', '.join(report.redactions)}" if report.redactions else "")
        + "\n"
    )
    return 0
