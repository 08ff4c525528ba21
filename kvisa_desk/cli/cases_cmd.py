"""`kvisa-desk cases` and `kvisa-desk show CASE`."""

from __future__ import annotations

from kvisa_desk.cli.options import CASE_STATUSES, OUTCOME_FILTERS

TYPE_CHECKING = False  # `typing` costs start-up time; mypy treats this name as typing's
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from kvisa_desk.cli.context import CliContext
    from kvisa_desk.core.cases.cases import CaseRow


def register(subcommands: Any) -> None:
    cases = subcommands.add_parser("cases", help="list cases")
    cases.add_argument("--status", choices=CASE_STATUSES, help="only this status")
    cases.add_argument(
        "--outcome",
        choices=OUTCOME_FILTERS,
        help="only cases whose latest check (after overrides) has this outcome",
    )
    cases.add_argument(
        "--search",
        metavar="TEXT",
        help="only cases found by TEXT (case id, application id, names in any script, "
        "passport number, e-mail), best match first",
    )
    cases.add_argument("--json", action="store_true", help="print a JSON array")
    cases.set_defaults(handler=run_cases)

    show = subcommands.add_parser("show", help="show one case")
    show.add_argument("case", help="case id (C0000042), application id, or POST/APPLICATION-ID")
    show.add_argument("--json", action="store_true", help="print JSON in the import format")
    show.set_defaults(handler=run_show)


def run_cases(ctx: CliContext) -> int:
    from kvisa_desk.cli.printable import printable, printable_json
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.cases.cases import iter_cases

    ctx.require(Permission.VIEW_CASES)
    rows: Iterable[CaseRow]
    if ctx.args.search is not None:
        from kvisa_desk.core.cases.search import find_cases

        status, outcome = ctx.args.status, ctx.args.outcome
        rows = [
            row
            for row in find_cases(ctx.db, ctx.actor, ctx.args.search)
            if (status is None or row.status == status)
            and (outcome is None or (row.outcome or "unchecked") == outcome)
        ]
    else:
        rows = iter_cases(ctx.db, ctx.actor, ctx.args.status, outcome=ctx.args.outcome)
    if ctx.args.json:
        # Streamed element by element, so a million cases never sit in memory at once.
        ctx.out.write("[")
        for index, row in enumerate(rows):
            ctx.out.write(("," if index else "") + "\n  ")
            ctx.out.write(printable_json(row.to_json()))
        ctx.out.write("\n]\n")
        return 0
    from kvisa_desk.labels import label, outcome

    for row in rows:
        # Applicant data is escaped, so a name cannot move the cursor or start a line.
        name = f"{row.surname}, {row.given_names}" if row.given_names else row.surname
        post, application_id = printable(row.post), printable(row.application_id)
        ctx.out.write(
            f"{row.case_ref}  {post:<5} {application_id:<22} {printable(row.nationality)}  "
            f"{label('status', row.status):<18} {row.received_at.isoformat()}  "
            f"{outcome(row.outcome):<11}  "
            f"{printable(name)}\n"
        )
    return 0


def _printable_values(node: Any) -> Any:
    """The record with every text in it escaped for the terminal (see cli/printable.py)."""
    from kvisa_desk.cli.printable import printable

    if isinstance(node, dict):
        return {key: _printable_values(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_printable_values(value) for value in node]
    return printable(node) if isinstance(node, str) else node


def _print_text(ctx: CliContext, record: dict[str, Any]) -> None:
    from kvisa_desk.labels import label

    record = _printable_values(record)
    a, p = record["applicant"], record["passport"]
    lines = [
        f"Case {record['case_id']}  ({label('status', record['status'])})",
        f"Application {record['post']}/{record['application_id']}, "
        f"received {record['received_at']}",
        f"Applicant   {a['surname']}, {a['given_names']}"
        + (f"  [{a['native_name']}]" if a["native_name"] else ""),
        f"Born        {a['date_of_birth']}  nationality {a['nationality']}  "
        f"sex {label('sex', a['sex']) or '-'}",
        f"Passport    {p['number']} ({p['issuing_state']}), expires {p['expiry_date']}",
    ]
    for i, e in enumerate(record["education"]):
        lines.append(
            f"Degree {i + 1}    {label('level', e['level'])} in {e['field'] or '?'} "
            f"({e['isced_f'] or 'no code'}), "
            f"{e['institution'] or '?'} {e['institution_country'] or ''}"
        )
    for i, e in enumerate(record["employment"]):
        lines.append(
            f"Post {i + 1}      {e['position'] or '?'} at {e['employer'] or '?'} "
            f"({label('kind', e['kind']) or '?'}), "
            f"{e['start_date'] or '?'} to {e['end_date'] or 'now'}"
        )
    for d in record["documents"]:
        lines.append(
            f"Document    {label('document', d['type'])}: {d['original_name']} "
            f"({label('verification', d['verification'])})"
        )
    ctx.out.write("\n".join(lines) + "\n")


def run_show(ctx: CliContext) -> int:
    from kvisa_desk.cli.printable import printable_json
    from kvisa_desk.core.accounts.permissions import Permission
    from kvisa_desk.core.cases.cases import case_as_json

    ctx.require(Permission.VIEW_CASES)  # before the case is looked for
    record = case_as_json(ctx.db, ctx.case_id(ctx.args.case), ctx.actor)
    if ctx.args.json:
        ctx.out.write(printable_json(record, indent=2) + "\n")
    else:
        _print_text(ctx, record)
    return 0
