"""`kvisa-desk check`, `kvisa-desk override` and `kvisa-desk replay`."""

from __future__ import annotations

import sys

from kvisa_desk.cli.options import CASE_STATUSES

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from typing import Any

    from kvisa_desk.cli.context import CliContext
    from kvisa_desk.core.checks.runs import CaseCheck

_MARK = {"pass": "PASS  ", "review": "REVIEW", "fail": "FAIL  "}


def register(subcommands: Any) -> None:
    check = subcommands.add_parser(
        "check",
        help="run the eligibility rules on cases",
        description="Run the K visa rules on the cases named, or on all cases, and store "
        "each run with its facts, pack and settings version.",
    )
    check.add_argument("cases", nargs="*", metavar="CASE", help="case ids or application ids")
    check.add_argument("--all", action="store_true", help="check every case")
    check.add_argument("--status", choices=CASE_STATUSES, help="with --all")
    check.add_argument("--json", action="store_true", help="print a JSON array of results")
    check.add_argument(
        "--changed-by-revision",
        action="store_true",
        help="list the open cases whose results the newest rules revision would change "
        "(compared with each case's latest run); writes nothing",
    )
    check.set_defaults(handler=run_check)

    override = subcommands.add_parser(
        "override", help="override one rule result of a case's latest check, with a reason"
    )
    override.add_argument("case", metavar="CASE")
    override.add_argument("rule_id", metavar="RULE_ID", help="e.g. K-AGE-01")
    override.add_argument("--subject", help="e.g. education[0] for a degree's part")
    override.add_argument("--to", required=True, choices=["pass", "review", "fail"])
    override.add_argument("--reason", required=True, help="the written justification")
    override.set_defaults(handler=run_override)

    confirm = subcommands.add_parser(
        "confirm-field",
        help="confirm the ISCED-F code of a degree or post (a suggestion until confirmed)",
    )
    confirm.add_argument("case", metavar="CASE")
    confirm.add_argument("subject", metavar="SUBJECT", help="education[0], employment[1], ...")
    confirm.add_argument("code", metavar="CODE", help="ISCED-F 2013 code, e.g. 0713")
    confirm.set_defaults(handler=run_confirm)

    replay = subcommands.add_parser(
        "replay", help="re-evaluate a stored check run from its own snapshot and compare"
    )
    replay.add_argument("run_id", type=int, metavar="RUN_ID")
    replay.set_defaults(handler=run_replay)


def _about(subject: str | None) -> str:
    """ "(Degree 1) " for a rule about one degree or post; nothing for the whole case."""
    from kvisa_desk.labels import subject as about

    return f"({about(subject)}) " if subject else ""


def _print_text(ctx: CliContext, check: CaseCheck) -> None:
    out = ctx.out
    out.write(
        f"{check.case_ref} {check.application_id}: {check.effective_outcome.upper()}"
        + (f" (recorded {check.outcome})" if check.outcome != check.effective_outcome else "")
        + f"  [{check.pack_id} revision {check.pack_revision}, "
        + f"settings v{check.settings_version}]\n"
    )
    for r in check.results:
        subject = f" {_about(r['subject']).strip()}" if r["subject"] else ""
        flag = " [ASSUMPTION]" if r["assumption"] else ""
        overridden = (
            f" -> {r['effective_outcome'].upper()} by {r['override']['officer']}"
            if r.get("override")
            else ""
        )
        if r.get("carried_by"):
            parts = ", ".join(
                f"{o['rule_id']} {_about(o['subject'])}by {o['officer']}" for o in r["carried_by"]
            )
            overridden = f" -> {r['effective_outcome'].upper()}, carried by the override of {parts}"
        out.write(f"  {_MARK[r['outcome']]} {r['rule_id']}{subject}: {r['message']}{flag}")
        out.write(f"{overridden}\n")


def run_check(ctx: CliContext) -> int:
    import json

    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.checks.runs import all_case_ids, check_cases

    args = ctx.args
    ctx.require(Permission.RUN_CHECKS)  # before the cases named are looked for
    if args.changed_by_revision:
        return run_changed_by_revision(ctx)
    if args.all == bool(args.cases):
        ctx.error("name the cases to check, or give --all (not both)")
        return 2
    db = ctx.db
    if args.all:
        case_ids = all_case_ids(db, args.status)
    else:
        case_ids = [ctx.case_id(ref) for ref in args.cases]
    on_terminal = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if on_terminal:
            print(f"\rchecked {done:,} of {total:,}", end="", file=sys.stderr, flush=True)

    first = True
    if args.json:
        ctx.out.write("[")
    try:
        for check in check_cases(db, case_ids, ctx.actor, progress):
            for lapsed in check.lapsed:
                ctx.error(
                    f"{check.case_ref}: override of {lapsed['rule_id']} "
                    f"{_about(lapsed['subject'])}by {lapsed['officer']} lapsed ({lapsed['why']})"
                )
            if args.json:
                ctx.out.write(("," if not first else "") + "\n")
                ctx.out.write(json.dumps(check.to_json(), ensure_ascii=False))
            else:
                _print_text(ctx, check)
            first = False
    finally:
        if args.json:
            ctx.out.write("\n]\n")  # well-formed even when interrupted between batches
        if on_terminal:
            print(file=sys.stderr)
    return 0


def run_override(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.checks.review import override_result
    from kvisa_desk.labels import outcome

    a = ctx.args
    ctx.require(Permission.OVERRIDE)  # before the case is looked for
    case_id = ctx.case_id(a.case)
    view = override_result(ctx.db, case_id, a.rule_id, a.subject, a.to, a.reason, ctx.actor)
    print(
        f"{view.case_ref}: {a.rule_id} {_about(a.subject)}overridden to {outcome(a.to)}; "
        f"case now {outcome(view.effective_outcome)} (recorded {outcome(view.outcome)})",
        file=ctx.out,
    )
    return 0


def run_confirm(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.checks.fields import confirm_field_code

    a = ctx.args
    ctx.require(Permission.WORK_CASES)  # before the case is looked for
    done = confirm_field_code(ctx.db, ctx.actor, ctx.case_id(a.case), a.subject, a.code)
    was = f" (suggested {done.suggested})" if done.suggested else " (no suggestion)"
    print(
        f"{a.subject} {done.field_text!r}: ISCED-F {done.confirmed} confirmed{was}; "
        "re-run the checks",
        file=ctx.out,
    )
    return 0


def run_replay(ctx: CliContext) -> int:
    from kvisa_desk.core.checks.review import replay_run

    replay = replay_run(ctx.db, ctx.args.run_id)
    if replay.identical:
        print(f"run {replay.run_id}: replayed, identical", file=ctx.out)
        return 0
    for line in replay.differences:
        ctx.error(f"run {replay.run_id}: {line}")
    return 1


def run_changed_by_revision(ctx: CliContext) -> int:
    """`check --changed-by-revision`: what the newest revision would change; nothing written."""
    import json

    from kvisa_desk.core.checks.revision_changes import changes_by_revision

    args = ctx.args
    case_ids = [ctx.case_id(ref) for ref in args.cases] if args.cases else None
    found = changes_by_revision(ctx.db, ctx.actor, case_ids)
    if args.json:
        ctx.out.write(json.dumps([c.to_json() for c in found], ensure_ascii=False) + "\n")
        return 0
    if not found:
        ctx.out.write("No open case would change under the newest rules revision.\n")
        return 0
    for change in found:
        ctx.out.write(
            f"{change.case_ref} {change.application_id}: {change.pack_id} revision "
            f"{change.revision_before} -> {change.revision_after} (run {change.run_id}); "
            f"case {change.outcome_before} -> {change.outcome_after}\n"
        )
        for rule in change.changes:
            subject = f" {rule.subject}" if rule.subject else ""
            ctx.out.write(
                f"  {rule.rule}{subject}: {rule.before or 'no result'} -> "
                f"{rule.after or 'no result'}: {rule.why}\n"
            )
    ctx.out.write(
        f"{len(found)} open case(s) would change; run the checks on them to apply the "
        "newest revision.\n"
    )
    return 0
