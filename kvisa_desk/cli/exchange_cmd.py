"""`kvisa-desk inbox run` and `kvisa-desk outbox export|verify`: the service centre exchange.

Meant for scheduled tasks as much as for hands: they sign in like every command
(KVISA_USER with KVISA_PASSWORD, or KVISA_PASSWORD_FILE naming a file only its owner may
read), as an officer or a supervisor.

    inbox run       0 every submission imported, 1 something refused, 2 the folder unusable
    outbox export   0 a batch written (or nothing new to send)
    outbox verify   0 the batch is intact, 1 naming what is wrong
"""

from __future__ import annotations

import argparse
import os

from kvisa_desk.cli.options import path
from kvisa_desk.vocab import DEFAULT_POST

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from kvisa_desk.cli.context import CliContext
    from kvisa_desk.core.exchange.inbox import InboxPass
    from kvisa_desk.core.exchange.outbox import BatchWritten

ENV_INBOX = "KVISA_INBOX"


class _CertificateGiven(argparse.Action):
    """--cert FILE: the batch is checked against that file, with no database or sign-in."""

    def __call__(
        self, parser: Any, namespace: argparse.Namespace, values: Any, option: Any = None
    ) -> None:
        setattr(namespace, self.dest, values)
        namespace.login = "none"


def register(subcommands: Any) -> None:
    inbox = subcommands.add_parser(
        "inbox",
        help="the watched inbox of applications from the visa service centre",
        description="Submissions (an application file, or a folder with one application "
        "file and its documents) dropped in the inbox are imported and moved to imported/ "
        "(with a report) or rejected/. See docs/inbox.md.",
    )
    inbox_actions = inbox.add_subparsers(dest="inbox_action", metavar="ACTION", required=True)
    run = inbox_actions.add_parser(
        "run",
        help="one pass over the inbox (for a scheduled task)",
        description="Exit 0: every submission imported; 1: records or a submission were "
        "refused (see the reports); 2: the folder cannot be used.",
    )
    run.add_argument(
        "--folder",
        type=path,
        help=f"the inbox folder (env {ENV_INBOX}; else the post's setting inbox_folder)",
    )
    run.add_argument("--post", default=DEFAULT_POST, help="post code for records that name none")
    run.add_argument("--json", action="store_true", help="print the pass's results as JSON")
    run.set_defaults(handler=run_inbox)

    outbox = subcommands.add_parser(
        "outbox",
        help="signed batches of decisions for the visa service centre",
        description="Batches of decisions (kvisa-decision/1) with their letters, a "
        "manifest and its CMS signature. See docs/decision-format.md.",
    )
    outbox_actions = outbox.add_subparsers(dest="outbox_action", metavar="ACTION", required=True)
    export = outbox_actions.add_parser(
        "export",
        help="write the next batch (everything decided since the last one), or batch N again",
    )
    which = export.add_mutually_exclusive_group()
    which.add_argument(
        "--since-last",
        action="store_true",
        help="every decision not yet sent, as the next batch (the default)",
    )
    which.add_argument(
        "--batch", type=int, metavar="N", help="write batch N again, byte for byte as sent"
    )
    export.add_argument(
        "--out", type=path, required=True, help="folder the batch folder is written into"
    )
    export.add_argument("--post", help="post code (needed when the database holds several)")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=run_export)
    verify = outbox_actions.add_parser(
        "verify",
        help="check a batch folder: signature, files, records (exit 1 naming what is wrong)",
    )
    verify.add_argument("folder", type=path, metavar="DIR", help="the batch folder")
    verify.add_argument(
        "--cert",
        type=path,
        action=_CertificateGiven,
        metavar="FILE",
        help="the post's certificate (PEM or DER), or its authority's; without it, the "
        "certificates this database recorded",
    )
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=run_verify)


def _inbox_folder(ctx: CliContext) -> Path:
    from kvisa_desk.core.exchange.inbox import post_inbox_folder
    from kvisa_desk.core.exchange.inbox_folder import InboxUnusable

    folder: Path | None = ctx.args.folder
    if folder is None and os.environ.get(ENV_INBOX):
        folder = path(os.environ[ENV_INBOX])
    if folder is None:
        folder = post_inbox_folder(ctx.db, ctx.args.post)
    if folder is None:
        raise InboxUnusable(
            f"no inbox folder: name one with --folder DIR or {ENV_INBOX}, or record the "
            "post's default (post setting inbox_folder)"
        )
    return folder.expanduser()


def _print_pass(ctx: CliContext, done: InboxPass) -> None:
    for result in done.results:
        where = f"{result.filed_as.parent.name}/{result.filed_as.name}"
        if result.outcome in ("imported", "recovered"):
            line = (
                f"{result.name}: {result.imported} imported, {result.unchanged} unchanged, "
                f"{result.changed} changed (not applied), {result.rejected} rejected -> {where}"
            )
            if result.outcome == "recovered":
                line += " (imported by an interrupted pass)"
        else:
            line = f"{result.name}: {result.outcome}: {result.reason} -> {where}"
        (ctx.out if result.complete else ctx.err).write(line + "\n")
    for name in done.waiting:
        print(f"{name}: waiting (still being written, or changed moments ago)", file=ctx.out)
    for name in done.ignored:
        print(f"{name}: ignored (not .json, .jsonl, .csv or a folder)", file=ctx.err)
    imported = done.count("imported", "recovered")
    refused = done.count("rejected", "duplicate")
    print(
        f"inbox {done.folder}: {imported} imported, {refused} rejected, "
        f"{len(done.waiting)} waiting",
        file=ctx.out,
    )


def run_inbox(ctx: CliContext) -> int:
    import json

    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.exchange.inbox import run_inbox_pass

    ctx.require(Permission.IMPORT)  # before the folder is looked for
    done = run_inbox_pass(ctx.db, ctx.actor, _inbox_folder(ctx), default_post=ctx.args.post)
    if ctx.args.json:
        body = {
            "folder": str(done.folder),
            "complete": done.complete,
            "results": [
                {
                    "name": r.name,
                    "outcome": r.outcome,
                    "filed_as": str(r.filed_as),
                    "imported": r.imported,
                    "unchanged": r.unchanged,
                    "changed": r.changed,
                    "rejected": r.rejected,
                    "reason": r.reason,
                }
                for r in done.results
            ],
            "waiting": done.waiting,
            "ignored": done.ignored,
            "taken_back": done.taken_back,
        }
        ctx.out.write(json.dumps(body, ensure_ascii=False) + "\n")
    else:
        _print_pass(ctx, done)
    return done.exit_code


def _print_batch(ctx: CliContext, batch: BatchWritten) -> None:
    verb = "written again" if batch.rewritten else "written"
    print(
        f"batch {batch.number} of {batch.post} {verb}: {batch.folder}\n"
        f"  {batch.records} records for {batch.cases} cases: {batch.letters} letters "
        f"({batch.corrections} corrections), {batch.withdrawals} withdrawals",
        file=ctx.out,
    )


def run_export(ctx: CliContext) -> int:
    import json

    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.exchange.outbox import export_batch, rewrite_batch

    a = ctx.args
    ctx.require(Permission.EXPORT)  # before the options are checked
    if a.batch is not None:
        if a.batch < 1:
            ctx.error("--batch N: batches are numbered from 1")
            return 2
        written: BatchWritten | None = rewrite_batch(ctx.db, ctx.actor, a.out, a.batch, post=a.post)
    else:
        written = export_batch(ctx.db, ctx.actor, a.out, post=a.post)
    if a.json:
        ctx.out.write(json.dumps(None if written is None else written.to_json()) + "\n")
    elif written is None:
        print("nothing new to send: no batch written", file=ctx.out)
    else:
        _print_batch(ctx, written)
    return 0


def run_verify(ctx: CliContext) -> int:
    import json

    from kvisa_desk.core.exchange.verify import (
        read_certificates,
        recorded_certificates_for,
        verify_batch,
    )

    a = ctx.args
    if a.cert is not None:
        trusted = read_certificates(a.cert)
    else:
        trusted = recorded_certificates_for(ctx.db, ctx.actor)
    check = verify_batch(a.folder, trusted)
    if a.json:
        ctx.out.write(json.dumps(check.to_json(), ensure_ascii=False) + "\n")
    elif check.intact:
        print(
            f"{a.folder}: intact: batch {check.batch} of {check.post}, {check.records} records, "
            f"signed by {check.signer}",
            file=ctx.out,
        )
    else:
        for problem in check.problems:
            ctx.error(f"{a.folder}: {problem}")
        print(f"{a.folder}: NOT intact: {len(check.problems)} problems", file=ctx.out)
    return 0 if check.intact else 1
