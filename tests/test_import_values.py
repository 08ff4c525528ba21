"""The import's plausibility policy (issue 18, items 5 and 12), as docs/import-format.md states it.

Each lax value the adversarial pass stored is replayed here and must now be rejected with
its position, field and reason, while the valid records of the same file still import.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.cases.cases import case_as_json, count_cases
from kvisa_desk.core.cases.refs import find_case_id
from kvisa_desk.core.errors import InvalidInput
from kvisa_desk.store.engine import Database, sqlite_file
from tests.samples import OKAFOR, application, write_json, write_jsonl

pytestmark = pytest.mark.backend


def _rejected(db: Database, tmp_path: Path, **changes: Any) -> dict[str, str]:
    """Import OKAFOR and one changed record; the changed one's problems by field."""
    changed = application(changes.pop("application_id", "KV-BAD"), **changes)
    path = write_json(tmp_path / "a.json", [OKAFOR, changed])
    report = import_file(db, path, "officer.a")
    assert report.imported == 1, report  # the valid record of the same file still imports
    assert {r.location for r in report.rejected} == {"[1]"}
    return {r.field: r.reason for r in report.rejected}


# -- types -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("travel__stay_days", True, "must be a whole number, such as 90"),
        ("travel__stay_days", "90", 'must be a number without quotes: 90, not "90"'),
        ("travel__stay_days", 90.5, "must be a whole number, such as 90"),
        ("screening__fraud_found", "no", "must be true or false, not 'no'"),
        ("screening__reentry_ban", "off", "must be true or false, not 'off'"),
        ("screening__security_concern", 0, "must be true or false, not 0"),
        ("screening__insufficient_funds", "false", "without quotes: false, not"),
        ("applicant__given_names", 7, "must be text in double quotes, not 7"),
    ],
)
def test_json_values_must_have_their_types(
    db: Database, tmp_path: Path, field: str, value: Any, reason: str
) -> None:
    found = _rejected(db, tmp_path, **{field: value})
    assert reason in found[field.replace("__", ".")]


def test_a_repeated_json_key_is_refused_not_last_wins(db: Database, tmp_path: Path) -> None:
    twice = '"surname": "Okafor", "surname": "Eve"'
    path = write_jsonl(tmp_path / "a.jsonl", [OKAFOR, application("KV-TWICE")])
    path.write_text(
        path.read_text(encoding="utf-8").replace('"surname": "Okafor"', twice), encoding="utf-8"
    )
    report = import_file(db, path, "officer.a")
    assert report.imported == 0
    assert {(r.location, r.field, r.reason) for r in report.rejected} == {
        (line, "applicant.surname", "is given twice: give a field once")
        for line in ("line 1", "line 2")
    }


def _csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _csv_row(application_id: str, **cells: str) -> dict[str, str]:
    a, p = OKAFOR["applicant"], OKAFOR["passport"]
    row = {
        "schema": "kvisa-application/1",
        "application_id": application_id,
        "received_at": OKAFOR["received_at"],
        "applicant.surname": a["surname"],
        "applicant.date_of_birth": a["date_of_birth"],
        "applicant.nationality": a["nationality"],
        "passport.number": p["number"],
        "passport.issuing_state": p["issuing_state"],
        "passport.expiry_date": p["expiry_date"],
        "travel.stay_days": "90",
        "screening.fraud_found": "false",
        "screening.reentry_ban": "true",
    }
    return {**row, **cells}


def test_csv_cells_are_read_by_their_column_type(db: Database, tmp_path: Path) -> None:
    rows = [
        _csv_row("KV-C1", **{"applicant.surname": "true"}),  # a surname is text, even this
        _csv_row("KV-C2", **{"screening.fraud_found": "yes"}),
        _csv_row("KV-C3", **{"screening.reentry_ban": "1"}),
        _csv_row("KV-C4", **{"travel.stay_days": "ninety"}),
        _csv_row("KV-C5", **{"travel.stay_days": "٩٠"}),
    ]
    report = import_file(db, _csv(tmp_path / "a.csv", rows), "officer.a")
    assert report.imported == 1
    shown = case_as_json(db, find_case_id(db, "KV-C1"))
    assert shown["applicant"]["surname"] == "true"
    assert shown["travel"]["stay_days"] == 90
    assert (shown["screening"]["fraud_found"], shown["screening"]["reentry_ban"]) == (False, True)
    assert {(r.location, r.field, r.reason) for r in report.rejected} == {
        ("line 3", "screening.fraud_found", "must be true or false, not 'yes'"),
        ("line 4", "screening.reentry_ban", "must be true or false, not '1'"),
        ("line 5", "travel.stay_days", "must be a whole number, such as 90"),
        ("line 6", "travel.stay_days", "must be a whole number, such as 90"),
    }


# -- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        (
            {"applicant__date_of_birth": "9999-12-31"},
            "applicant.date_of_birth",
            "9999-12-31 is not before the application was received (2025-10-15)",
        ),
        (
            {"applicant__date_of_birth": "1899-12-31"},
            "applicant.date_of_birth",
            "1899-12-31 is before 1900",
        ),
        (
            {"applicant__date_of_birth": "2025-10-16"},
            "applicant.date_of_birth",
            "is not before the application was received",
        ),
        ({"received_at": "2999-01-01"}, "received_at", "2999-01-01 is in the future"),
        (
            {"passport__issue_date": "2031-06-01"},
            "passport.issue_date",
            "2031-06-01 is not before the expiry date (2031-05-31)",
        ),
        (
            {"applicant__date_of_birth": "١٩٩٦-٠٢-٢٩"},
            "applicant.date_of_birth",
            "must be a date written YYYY-MM-DD",
        ),
    ],
)
def test_dates_must_be_possible_and_plausible(
    db: Database, tmp_path: Path, changes: dict[str, str], field: str, reason: str
) -> None:
    assert reason in _rejected(db, tmp_path, **changes)[field]


def test_received_today_is_fine_and_tomorrow_is_not(db: Database, tmp_path: Path) -> None:
    today, tomorrow = date.today(), date.today() + timedelta(days=1)
    records = [
        application("KV-TODAY", received_at=today.isoformat()),
        application("KV-TOMORROW", received_at=tomorrow.isoformat()),
    ]
    report = import_file(db, write_json(tmp_path / "a.json", records), "officer.a")
    assert report.imported == 1
    assert [(r.location, r.field) for r in report.rejected] == [("[1]", "received_at")]


# -- text and digits -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("applicant__surname", "\u200b", "must not be empty (it holds only invisible characters)"),
        ("applicant__given_names", "\u200b\u200b", "has no visible character (only U+200B U+200B)"),
        ("applicant__native_name", "\u3164", "has no visible character (only U+3164)"),
        (
            "applicant__surname",
            "Ok\x1b[2Jafor",
            "invisible control character (U+001B) at character 3",
        ),
        ("applicant__surname", "Oka\x9bfor", "invisible control character (U+009B) at character 4"),
        ("applicant__surname", "Line\nBreak", "a line break or tab (U+000A) at character 5"),
        ("application_id", "KV-1\nC0000001  forged", "a line break or tab (U+000A)"),
        ("applicant__address", "Road\x00Lagos", "a NUL character at character 5"),
        ("education", [{"level": "master", "isced_f": "٠٧١٣"}], "two to four digits (0–9)"),
        ("education", [{"level": "master", "isced_f": "０７１３"}], "two to four digits (0–9)"),
        ("passport__mrz", ["P<NGA" + "<" * 39, "a" * 44], "44 characters A–Z, 0–9 or <"),
    ],
)
def test_text_holds_nothing_a_screen_cannot_show(
    db: Database, tmp_path: Path, field: str, value: Any, reason: str
) -> None:
    found = _rejected(db, tmp_path, **{field: value})
    assert any(reason in text for text in found.values()), found


def test_free_text_may_hold_line_breaks_and_names_any_script(db: Database, tmp_path: Path) -> None:
    record = application(
        "KV-FINE",
        applicant__surname="Zoë \u202eexe.pdf 张伟 😀 Ann\u200dMarie",
        applicant__address="12 Marina Road\r\nLagos\tNigeria",
    )
    report = import_file(db, write_json(tmp_path / "a.json", [record]), "officer.a")
    assert report.complete and report.imported == 1
    assert case_as_json(db, find_case_id(db, "KV-FINE"))["applicant"] == record["applicant"]


def test_the_longest_values_allowed_are_stored_on_every_backend(
    db: Database, tmp_path: Path
) -> None:
    # Four bytes a character (CJK Extension B): an index row on PostgreSQL still fits.
    wide = "".join(chr(0x20000 + i * 7) for i in range(10_000))
    record = application(
        "KV-" + "9" * 61,
        applicant__surname=wide[:300],
        applicant__given_names=wide[300:600],
        applicant__native_name=wide[:1000],
        applicant__place_of_birth=wide[1000:2000],
        applicant__address=wide,
        passport__number="A" * 32,
        purpose__description=wide,
    )
    report = import_file(db, write_json(tmp_path / "a.json", [OKAFOR, record]), "officer.a")
    assert report.complete and report.imported == 2
    assert (
        case_as_json(db, find_case_id(db, record["application_id"]))["applicant"]
        == record["applicant"]
    )


def test_a_nul_in_a_name_is_rejected_with_its_position_on_every_backend(
    db: Database, tmp_path: Path
) -> None:
    # Once: stored on SQLite, and on PostgreSQL every record of the file refused, no position.
    records = [OKAFOR, application("KV-NUL", applicant__surname="Oka\x00for"), application("KV-2")]
    report = import_file(db, write_jsonl(tmp_path / "a.jsonl", records), "officer.a")
    assert report.imported == 2 and count_cases(db) == 2
    assert [(r.location, r.field, r.reason) for r in report.rejected] == [
        ("line 2", "applicant.surname", "contains a NUL character at character 4: remove it")
    ]


# -- post codes ------------------------------------------------------------------------------


def test_a_post_code_is_two_to_eight_capitals_or_digits(db: Database, tmp_path: Path) -> None:
    found = _rejected(db, tmp_path, post="=HYPERLINK(1)")
    assert found["post"].startswith("a post code is 2 to 8 capital letters")
    path = write_json(tmp_path / "b.json", [application("KV-NO-POST", post=None)])
    with pytest.raises(InvalidInput, match="post code '=HYPERLINK"):
        import_file(db, path, "officer.a", default_post='=HYPERLINK("http://x","y")')
    assert import_file(db, path, "officer.a", default_post="LON2").imported == 1


@pytest.mark.sqlite_only
def test_import_post_option_is_refused_before_anything_is_read(
    db: Database, tmp_path: Path
) -> None:
    path = write_json(tmp_path / "a.json", [OKAFOR])
    database = sqlite_file(db.url)
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(
        ["--db", str(database), "import", str(path), "--post", '=HYPERLINK("http://x","y")']
    )
    assert dispatch(CliContext(args, out=out, err=err)) == 2
    assert "a post code is 2 to 8 capital letters" in err.getvalue()
    assert count_cases(db) == 0


@pytest.mark.parametrize(
    ("path", "typed", "reason"),
    [
        ("applicant.surname", "Ok\x1b[2Jafor", "invisible control character (U+001B)"),
        ("applicant.surname", "W" * 301, "at most 300 are allowed"),
        ("applicant.given_names", "\u200b", "has no visible character"),
        ("applicant.place_of_birth", "P" * 1001, "at most 1,000 are allowed"),
        ("applicant.address", "Road\x00", "a NUL character"),
        ("travel.stay_days", "٩٠", "a whole number of days"),
        ("applicant.date_of_birth", "١٩٩٦-٠٢-٢٩", "write the date as YYYY-MM-DD"),
    ],
)
def test_an_officers_correction_is_held_to_the_same_policy(
    path: str, typed: str, reason: str
) -> None:
    from kvisa_desk.core.cases.editing_fields import EDITABLE_FIELDS

    with pytest.raises(InvalidInput, match=re.escape(reason)):
        EDITABLE_FIELDS[path].parse(typed)
    assert EDITABLE_FIELDS["applicant.address"].parse("12 Marina Road\nLagos") == (
        "12 Marina Road\nLagos"
    )
