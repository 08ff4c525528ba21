"""`kvisa-desk attach CASE FILE --type TYPE` and `kvisa-desk documents list|set-status|remove|
verify|sweep|export`."""

from __future__ import annotations

import sys

from kvisa_desk.cli.options import DOCUMENT_TYPES, SWEEP_GRACE_HOURS, VERIFICATION_STATUSES, path

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from typing import Any

    from kvisa_desk.cli.context import CliContext
    from kvisa_desk.core.documents.records import DocumentInfo

CASE_HELP = "case id (C0000042), application id, or POST/APPLICATION-ID"


def document_id(text: str) -> int:
    digits = text[1:] if text[:1] in ("D", "d") else text
    if not digits.isdigit():
        raise ValueError(text)
    return int(digits)


def register(subcommands: Any) -> None:
    attach = subcommands.add_parser(
        "attach",
        help="attach a document file to a case",
        description="Check a file (PDF, JPEG, PNG, TIFF or HEIC, decided from its content) and "
        "attach it to the case. Exit 0 when stored; 2 with the reason when refused, and then "
        "nothing is stored.",
    )
    attach.add_argument("case", help=CASE_HELP)
    attach.add_argument("file", type=path, help="the file to attach")
    attach.add_argument(
        "--type",
        required=True,
        choices=DOCUMENT_TYPES,
        dest="doc_type",
        metavar="TYPE",
        help=f"one of {', '.join(DOCUMENT_TYPES)}",
    )
    attach.add_argument("--name", help="the name to keep (default: the file's own name)")
    attach.set_defaults(handler=run_attach)

    documents = subcommands.add_parser("documents", help="list, verify and remove documents")
    actions = documents.add_subparsers(dest="documents_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="a case's documents")
    listing.add_argument("case", help=CASE_HELP)
    listing.add_argument("--all", action="store_true", help="include removed documents")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=run_list)

    status = actions.add_parser(
        "set-status", help="mark a document verified, suspected fraudulent or unverified"
    )
    status.add_argument("case", help=CASE_HELP)
    status.add_argument("document", type=document_id, help="document id (from `documents list`)")
    status.add_argument("--status", required=True, choices=VERIFICATION_STATUSES)
    status.add_argument("--reason", help="why (required for suspected_fraudulent)")
    status.set_defaults(handler=run_set_status)

    remove = actions.add_parser("remove", help="remove a document (kept, hidden, audited)")
    remove.add_argument("case", help=CASE_HELP)
    remove.add_argument("document", type=document_id, help="document id (from `documents list`)")
    remove.add_argument("--reason", required=True, help="why it is removed")
    remove.set_defaults(handler=run_remove)

    verify = actions.add_parser(
        "verify",
        help="re-hash every stored document; exit 1 if any is missing or damaged, or the store "
        "holds files no document refers to (left by work killed midway: see `documents sweep`)",
    )
    verify.add_argument("--json", action="store_true", help="print the report as JSON")
    verify.set_defaults(handler=run_verify)

    sweep = actions.add_parser(
        "sweep",
        help="remove stored files no document refers to (administrators; recorded)",
        description="Remove the stored files no document refers to: content published by an "
        "attach or import that was killed before it committed. Files younger than the grace "
        "period are kept, since they may belong to work still in progress.",
    )
    sweep.add_argument(
        "--grace-hours",
        type=float,
        default=SWEEP_GRACE_HOURS,
        metavar="HOURS",
        help="keep files stored less than this long ago (default: %(default)g)",
    )
    sweep.set_defaults(handler=run_sweep)

    export = actions.add_parser(
        "export", help="copy a document out of the store, hash-checked (exit 1 if damaged)"
    )
    export.add_argument("case", help=CASE_HELP)
    export.add_argument("document", type=document_id, help="document id (from `documents list`)")
    export.add_argument("out", type=path, help="the file to write")
    export.set_defaults(handler=run_export)


def run_attach(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.documents.attach import attach_document, describe_attachment

    args = ctx.args
    ctx.require(Permission.WORK_CASES)  # before the case is looked for
    case_id = ctx.case_id(args.case)
    result = attach_document(ctx.db, ctx.actor, case_id, args.file, args.doc_type, args.name)
    print(describe_attachment(result), file=ctx.out)
    return 0


def _status(doc: DocumentInfo) -> str:
    from kvisa_desk.labels import label

    if doc.removed:
        return f"removed by {doc.removed_by}"
    if not doc.has_content:
        return "listed, no file attached"
    if doc.verified_by:
        return f"{label('verification', doc.verification)} by {doc.verified_by}"
    return label("verification", doc.verification)


def run_list(ctx: CliContext) -> int:
    import json

    from kvisa_desk.content import format_size
    from kvisa_desk.core.documents.reading import list_documents
    from kvisa_desk.labels import label

    docs = list_documents(
        ctx.db, ctx.actor, ctx.case_id(ctx.args.case), include_removed=ctx.args.all
    )
    if ctx.args.json:
        ctx.out.write(json.dumps([d.to_json() for d in docs], ensure_ascii=False, indent=2) + "\n")
        return 0
    for d in docs:
        size = format_size(d.size_bytes) if d.size_bytes is not None else "-"
        ctx.out.write(
            f"{d.document_id:>6}  {label('document', d.doc_type):<18} {d.media_type or '-':<16} "
            f"{size:>9}  "
            f"{_status(d):<34} {d.original_name or ''}\n"
        )
    return 0


def run_set_status(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.documents.status import set_verification

    args = ctx.args
    ctx.require(Permission.WORK_CASES)  # before the case is looked for
    case_id = ctx.case_id(args.case)
    doc = set_verification(ctx.db, ctx.actor, case_id, args.document, args.status, args.reason)
    print(f"document {doc.document_id} of case {doc.case_ref} is {doc.verification}", file=ctx.out)
    return 0


def run_remove(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.documents.status import remove_document

    args = ctx.args
    ctx.require(Permission.WORK_CASES)  # before the case is looked for
    doc = remove_document(ctx.db, ctx.actor, ctx.case_id(args.case), args.document, args.reason)
    print(
        f"removed document {doc.document_id} ({doc.doc_type}) from case {doc.case_ref}; "
        "its content is kept",
        file=ctx.out,
    )
    return 0


def run_verify(ctx: CliContext) -> int:
    import json

    from kvisa_desk.content import format_size
    from kvisa_desk.core.documents.integrity import SWEEP_GRACE, verify_all_documents

    show_progress = ctx.err.isatty() if hasattr(ctx.err, "isatty") else False

    def progress(count: int) -> None:
        if show_progress and count % 100 == 0:
            print(f"\r{count:,} files checked…", end="", file=sys.stderr, flush=True)

    report = verify_all_documents(ctx.db, progress)
    if show_progress:
        print(file=sys.stderr)
    if ctx.args.json:
        payload = {
            "documents": report.documents,
            "contents": report.contents,
            "bytes": report.bytes_checked,
            "problems": [
                {
                    "case_id": p.case_ref,
                    "document_id": p.document_id,
                    "type": p.doc_type,
                    "sha256": p.sha256,
                    "problem": p.problem,
                    "removed": p.removed,
                }
                for p in report.problems
            ],
            "unreferenced": report.unreferenced,
        }
        ctx.out.write(json.dumps(payload, indent=2) + "\n")
    else:
        for problem in report.problems:
            print(problem.message(), file=ctx.out)
        cases = len({p.case_id for p in report.problems})
        if report.problems:
            repointed = any(p.problem == "not_attached" for p in report.problems)
            kinds = "damaged, missing or not as attached" if repointed else "damaged or missing"
            verdict = f"{len(report.problems)} {kinds}, in {cases} case(s)"
        else:
            verdict = "every document intact" if report.unreferenced else "all intact"
        print(
            f"{report.documents} documents ({report.contents} stored files, "
            f"{format_size(report.bytes_checked)}) checked: {verdict}",
            file=ctx.out,
        )
        if report.unreferenced:
            print(
                f"{len(report.unreferenced)} more stored files belong to no document (left by "
                "an attach or import killed midway): `kvisa-desk documents sweep` removes them "
                f"once they are {SWEEP_GRACE.total_seconds() / 3600:g} hours old",
                file=ctx.out,
            )
    return 0 if report.ok else 1


def run_sweep(ctx: CliContext) -> int:
    from datetime import timedelta

    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.documents.integrity import sweep_unreferenced_content

    ctx.require(Permission.DATABASE)  # before the option is checked: exit 3 comes first
    hours = ctx.args.grace_hours
    if not 0 <= hours <= 24 * 365:
        ctx.error(f"--grace-hours must be between 0 and {24 * 365}, not {hours:g}")
        return 2
    swept = sweep_unreferenced_content(ctx.db, ctx.actor, timedelta(hours=hours))
    kept = (
        f"; {swept.kept_recent} newer than {hours:g} hours kept (they may belong to work in "
        "progress)"
        if swept.kept_recent
        else ""
    )
    print(f"{swept.removed} stored files no document refers to removed{kept}", file=ctx.out)
    return 0


def run_export(ctx: CliContext) -> int:
    from kvisa_desk.core.documents.reading import export_document

    args = ctx.args
    export_document(ctx.db, ctx.actor, args.document, args.out, case=ctx.case_id(args.case))
    print(f"wrote document {args.document} to {args.out} (recorded in the audit)", file=ctx.out)
    return 0
