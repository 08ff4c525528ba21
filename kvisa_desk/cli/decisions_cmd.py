"""`kvisa-desk decide`, `letter`, `reprint-letter` and `verify-letter`.

The acting officer is the signed-in account; the same permission checks apply as in the
window (they live in core). Exit statuses: 0 done; 1 verify-letter found the file not
genuine; 2 unusable input; 3 permission refused; 4 not found or a conflict.
"""

from __future__ import annotations

import argparse

from kvisa_desk.cli.options import (
    ENTRIES,
    LETTER_KINDS,
    LETTER_LANGUAGES,
    RECOMMENDATIONS,
    VERDICTS,
    day,
    path,
)

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path
    from typing import Any

    from kvisa_desk.cli.context import CliContext
    from kvisa_desk.core.decisions.decisions import DecisionView


def _datetime(text: str) -> datetime:
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        moment = None
    if moment is None or (len(text.strip()) <= 10):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date and time: write YYYY-MM-DDTHH:MM (the post's local time)"
        )
    return moment


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number of days")
    return value


def _list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def register(subcommands: Any) -> None:
    decide = subcommands.add_parser(
        "decide",
        help="recommend a decision on a case, or sign off a recommendation",
        description="Record a recommendation (approve, refuse, request-documents) with its "
        "grounds (rule results of the latest check run) and reasoning, or, as a supervisor "
        "other than the recommending officer, sign off the recommendation awaiting it. "
        "An approval needs --entries, --validity-days and --stay-days (no defaults).",
    )
    decide.add_argument("case", metavar="CASE", help="case id or application id")
    action = decide.add_mutually_exclusive_group(required=True)
    action.add_argument("--recommend", choices=RECOMMENDATIONS)
    action.add_argument("--sign-off", dest="sign_off", choices=VERDICTS)
    decide.add_argument(
        "--grounds",
        type=_list,
        default=[],
        metavar="RULE_ID,...",
        help="results relied on: RULE_ID (all its subjects) or RULE_ID:SUBJECT",
    )
    decide.add_argument(
        "--reason", default="", metavar="TEXT", help="reasoning, or sign-off reason"
    )
    decide.add_argument("--entries", choices=ENTRIES, help="approval: number of entries")
    decide.add_argument("--validity-days", type=_days, metavar="N", help="approval: validity")
    decide.add_argument("--stay-days", type=_days, metavar="N", help="approval: each stay")
    decide.add_argument(
        "--reply-by", type=day, metavar="DATE", help="request-documents: reply-by date"
    )
    decide.add_argument(
        "--documents",
        type=_list,
        default=[],
        metavar="TYPE,...",
        help="request-documents: documents to ask for (default: those the checks found missing)",
    )
    decide.add_argument("--interview-at", type=_datetime, metavar="DATETIME")
    decide.add_argument("--place", metavar="TEXT", help="the interview's place")
    decide.add_argument(
        "--expect-version", type=int, metavar="N", help="refuse if the case changed since"
    )
    decide.add_argument("--json", action="store_true", help="print the decision as JSON")
    decide.set_defaults(handler=run_decide)

    letter = subcommands.add_parser(
        "letter",
        help="issue a decision letter as PDF",
        description="Issue the letter the case's decision calls for (or --kind), store it "
        "exactly as issued and write it to FILE. A correction (--replaces REFERENCE) is a new "
        "letter naming the one it replaces.",
    )
    letter.add_argument("case", metavar="CASE")
    letter.add_argument("--kind", choices=LETTER_KINDS, help="default: from the decision")
    letter.add_argument(
        "--lang", choices=LETTER_LANGUAGES, help="default: the post's letter_language"
    )
    letter.add_argument("--out", required=True, type=path, metavar="FILE.pdf")
    letter.add_argument("--replaces", metavar="REFERENCE", help="the letter this one corrects")
    letter.add_argument("--reply-by", type=day, metavar="DATE", help="request-documents")
    letter.add_argument("--interview-at", type=_datetime, metavar="DATETIME", help="interview")
    letter.add_argument("--place", metavar="TEXT", help="interview")
    letter.add_argument("--force", action="store_true", help="replace FILE if it exists")
    letter.set_defaults(handler=run_letter)

    again = subcommands.add_parser(
        "reprint-letter",
        help="write an issued letter again, byte for byte",
        description="Write the exact PDF a letter was issued as (recorded in the audit).",
    )
    again.add_argument("reference", metavar="REFERENCE", help="e.g. LON-K-2026-000123")
    again.add_argument("--out", required=True, type=path, metavar="FILE.pdf")
    again.add_argument("--force", action="store_true", help="replace FILE if it exists")
    again.set_defaults(handler=run_reprint)

    verify = subcommands.add_parser(
        "verify-letter",
        help="check that a PDF is an unchanged letter issued from this database",
        description="Exit 0 when FILE is, byte for byte, a letter this database issued "
        "(naming its case and decision); 1 when it was modified or is not one of ours.",
    )
    verify.add_argument("file", type=path, metavar="FILE.pdf")
    verify.add_argument("--json", action="store_true", help="print the result as JSON")
    verify.set_defaults(handler=run_verify)


def _print_decision(ctx: CliContext, view: DecisionView, as_json: bool) -> None:
    import json

    for warning in view.warnings:
        ctx.error(f"warning: {warning}")
    if as_json:
        ctx.out.write(json.dumps(view.to_json(), ensure_ascii=False) + "\n")
        return
    from kvisa_desk.labels import label, outcome, subject

    grounds = ", ".join(
        f"{g.rule_id}{' (' + subject(g.subject) + ')' if g.subject else ''} "
        f"({outcome(g.effective_outcome)})"
        for g in view.grounds
    )
    recommended = label("recommendation", view.recommendation)
    status = label("status", view.case_status)
    if view.sign_off:
        print(
            f"{view.case_ref}: {recommended} by {view.recommended_by} "
            f"{'agreed' if view.sign_off == 'agree' else 'returned'} by {view.signed_off_by}; "
            f"case now {status} (decision {view.decision_id})",
            file=ctx.out,
        )
        return
    waits = " awaiting sign-off by another supervisor" if view.needs_sign_off else ""
    print(
        f"{view.case_ref}: {recommended} recorded as decision {view.decision_id}"
        f"{waits}; case now {status}" + (f"; grounds {grounds}" if grounds else ""),
        file=ctx.out,
    )


def _out_ok(ctx: CliContext, out: Path) -> bool:
    if out.is_dir():
        ctx.error(f"{out} is a folder: give a file name")
        return False
    if out.exists() and not ctx.args.force:
        ctx.error(f"{out} exists: choose another name, or add --force to replace it")
        return False
    return True


def run_decide(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.decisions.decisions import make_interview, make_terms, recommend, sign_off

    a = ctx.args
    # Permission first, then the options: a refused account hears that whatever else is wrong.
    ctx.require(Permission.SIGN_OFF if a.sign_off else Permission.RECOMMEND)
    if a.sign_off:
        extra = [
            flag
            for flag, value in (
                ("--grounds", a.grounds),
                ("--entries", a.entries),
                ("--validity-days", a.validity_days),
                ("--stay-days", a.stay_days),
                ("--reply-by", a.reply_by),
                ("--documents", a.documents),
                ("--interview-at", a.interview_at),
                ("--place", a.place),
            )
            if value
        ]
        if extra:
            ctx.error(f"{', '.join(extra)}: not used with --sign-off")
            return 2
        view = sign_off(
            ctx.db,
            ctx.actor,
            ctx.case_id(a.case),
            a.sign_off,
            a.reason,
            expected_version=a.expect_version,
        )
        _print_decision(ctx, view, a.json)
        return 0
    terms = None
    if a.recommend == "approve":
        terms = make_terms(a.entries, a.validity_days, a.stay_days)
    elif a.entries or a.validity_days or a.stay_days:
        ctx.error("--entries, --validity-days and --stay-days belong to --recommend approve")
        return 2
    interview = make_interview(a.interview_at, a.place)
    view = recommend(
        ctx.db,
        ctx.actor,
        ctx.case_id(a.case),
        a.recommend,
        grounds=a.grounds,
        reasoning=a.reason,
        terms=terms,
        reply_by=a.reply_by,
        interview=interview,
        documents=a.documents,
        expected_version=a.expect_version,
    )
    _print_decision(ctx, view, a.json)
    return 0


def run_letter(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.decisions.decisions import make_interview
    from kvisa_desk.core.decisions.letters import issue_letter
    from kvisa_desk.store.files import atomic_write

    a = ctx.args
    ctx.require(Permission.ISSUE_LETTERS)  # before the file is looked at
    if not _out_ok(ctx, a.out):
        return 2
    interview = make_interview(a.interview_at, a.place)
    issued = issue_letter(
        ctx.db,
        ctx.actor,
        ctx.case_id(a.case),
        a.kind,
        a.lang,
        a.reply_by,
        interview,
        replaces=a.replaces,
    )
    # The letter is issued (committed) before the file is written: a failed write loses no
    # number, and `reprint-letter` writes the same bytes again.
    try:
        atomic_write(a.out, issued.pdf)
    except OSError as exc:
        ctx.error(
            f"letter {issued.reference} was issued but {a.out} could not be written ({exc}): "
            f"write it with `kvisa-desk reprint-letter {issued.reference} --out FILE`"
        )
        return 2
    replaces = f", replacing {issued.replaces}" if issued.replaces else ""
    print(
        f"{issued.reference}: {issued.kind} letter ({issued.language}, {issued.pages} "
        f"page{'s' if issued.pages != 1 else ''}) for case {issued.case_ref}{replaces} "
        f"written to {a.out}; sha256 {issued.pdf_sha256}",
        file=ctx.out,
    )
    return 0


def run_reprint(ctx: CliContext) -> int:
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.decisions.letters import reprint
    from kvisa_desk.store.files import atomic_write

    a = ctx.args
    ctx.require(Permission.ISSUE_LETTERS)  # before the file is looked at
    if not _out_ok(ctx, a.out):
        return 2
    pdf = reprint(ctx.db, ctx.actor, a.reference)
    try:
        atomic_write(a.out, pdf)
    except OSError as exc:
        ctx.error(f"{a.out}: could not be written ({exc})")
        return 2
    print(f"{a.reference.upper()}: written to {a.out} ({len(pdf):,} bytes)", file=ctx.out)
    return 0


def run_verify(ctx: CliContext) -> int:
    import json

    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.decisions.letters import verify_letter

    a = ctx.args
    ctx.require(Permission.VIEW_CASES)  # before the file is read
    try:
        data = a.file.read_bytes()
    except OSError as exc:
        ctx.error(f"{a.file}: cannot be read ({exc.strerror or exc})")
        return 2
    result = verify_letter(ctx.db, ctx.actor, data)
    if a.json:
        ctx.out.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
    else:
        stream = ctx.out if result.genuine else ctx.err
        print(f"{a.file}: {result.message}", file=stream)
    return 0 if result.genuine else 1
