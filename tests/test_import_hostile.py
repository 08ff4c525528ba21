"""Hostile application files (issue 18, items 1, 2, 10 and 13): each attack replayed.

Every file here once crashed the importer with a traceback or grew it without bound; now
each is refused with its position (exit 2 for the file, 1 for some records) and nothing
from a refused file is stored.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.applications.importer import import_file, import_records
from kvisa_desk.core.applications.readers import FileRefused, RawRecord
from kvisa_desk.core.cases.cases import case_as_json, count_cases
from kvisa_desk.core.cases.refs import find_case_id
from kvisa_desk.store.engine import Database, sqlite_file
from tests.samples import OKAFOR, application, write_json, write_json_only, write_jsonl

LIBRARY_WORDS = ("lexical error", "parse error", "b'", "(right here)", "should", "Input ")


def _plain(message: str) -> None:
    """One line, in our words: nothing of yajl's or pydantic's own sentences."""
    assert "\n" not in message, message
    assert not any(words in message for words in LIBRARY_WORDS), message


def _cli(db: Database, *argv: str) -> tuple[int, str, str]:
    """The command line in this process against the test database's SQLite file."""
    path = sqlite_file(db.url)
    assert path is not None
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["--db", str(path), *argv])
    return dispatch(CliContext(args, out=out, err=err)), out.getvalue(), err.getvalue()


def _deep_array(path: Path, depth: int) -> Path:
    path.write_text("[" * depth + "]" * depth, encoding="utf-8")
    return path


# -- 1. nesting ------------------------------------------------------------------------------


def test_a_json_array_nested_100000_deep_is_refused_at_once(db: Database, tmp_path: Path) -> None:
    path = _deep_array(tmp_path / "deep.json", 100_000)  # 200 KB: once 24 GB and killed
    with pytest.raises(FileRefused, match=r"\[0\] is nested deeper than 32 levels") as refused:
        import_file(db, path, "officer.a")
    _plain(str(refused.value))
    assert count_cases(db) == 0


def test_deep_json_lines_are_rejected_per_record_and_the_rest_imports(
    db: Database, tmp_path: Path
) -> None:
    deep_objects = '{"a": ' * 2000 + "1" + "}" * 2000  # once a RecursionError
    deep_sex = json.dumps(application("KV-SEX")).replace(
        '"sex": "F"', '"sex": ' + "[" * 5000 + "]" * 5000
    )
    path = tmp_path / "deep.jsonl"
    write_jsonl(path, [OKAFOR])
    path.write_text(
        path.read_text(encoding="utf-8") + deep_objects + "\n" + deep_sex + "\n", encoding="utf-8"
    )
    report = import_file(db, path, "officer.a")
    assert report.imported == 1 and report.rejected_records == 2
    found = {r.location: (r.field, r.reason) for r in report.rejected}
    assert found["line 2"][1] == "is nested deeper than 32 levels"
    field, reason = found["line 3"]
    assert field.startswith("applicant.sex.0.0") and reason == "is nested deeper than 32 levels"
    assert len(field) < 80  # a path 32 levels deep is shortened for the report


# -- 2. CSV headers --------------------------------------------------------------------------

REQUIRED = (
    "schema,application_id,received_at,applicant.surname,applicant.date_of_birth,"
    "applicant.nationality,passport.number,passport.issuing_state,passport.expiry_date"
)
ROW = "kvisa-application/1,KV-H,2025-10-15,Okafor,1996-02-29,NGA,A1,NGA,2031-05-31"


@pytest.mark.parametrize(
    ("extra", "cells", "message"),
    [
        (
            "education.300000000.level",
            "master",
            "'education.300000000.level': education holds at most 64 items, numbered 0 to 63",
        ),
        ("education.64.level", "master", "numbered 0 to 63"),
        (
            "applicant.surname.x",
            "x",
            "'applicant.surname.x': applicant.surname is a single value and has no parts",
        ),
        (
            "education.0.level,education.level",
            "master,master",
            "'education.level': education is a list: number its items",
        ),
        ("applicant.surname", "Again", "'applicant.surname': appears twice in the header"),
        ("applicant.surnmae", "x", "'applicant.surnmae': is not a column of kvisa-application/1"),
        ("passport.mrz.2", "x", "passport.mrz holds at most 2 items"),
        ("education.01.level", "master", "numbered 0 to 63"),
    ],
)
def test_a_csv_header_is_checked_whole_before_any_row(
    db: Database, tmp_path: Path, extra: str, cells: str, message: str
) -> None:
    path = tmp_path / "apps.csv"
    path.write_text(f"{REQUIRED},{extra}\n{ROW},{cells}\n", encoding="utf-8")
    with pytest.raises(FileRefused, match="the header \\(line 1\\) cannot be read") as refused:
        import_file(db, path, "officer.a")
    assert message in str(refused.value)
    _plain(str(refused.value))
    assert count_cases(db) == 0


def test_a_csv_header_without_a_required_column_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "apps.csv"
    header = REQUIRED.replace(",passport.expiry_date", "")
    path.write_text(f"{header}\n{ROW.rsplit(',', 1)[0]}\n", encoding="utf-8")
    with pytest.raises(FileRefused, match=r"no column for passport\.expiry_date"):
        import_file(db, path, "officer.a")


@pytest.mark.sqlite_only
def test_the_cli_refuses_hostile_files_with_a_message_and_no_traceback(
    db: Database, tmp_path: Path
) -> None:
    deep = _deep_array(tmp_path / "deep.json", 100_000)
    code, out, err = _cli(db, "import", str(deep))
    assert (code, out) == (2, "")
    assert "Traceback" not in err and "nested deeper than 32 levels" in err
    header = tmp_path / "big.csv"
    header.write_text(f"{REQUIRED},education.300000000.level\n", encoding="utf-8")
    code, _out, err = _cli(db, "import", str(header))
    assert code == 2 and "education.300000000.level" in err and "Traceback" not in err
    deep_line = tmp_path / "deep.jsonl"
    deep_line.write_text('{"a": ' * 3000 + "1" + "}" * 3000 + "\n", encoding="utf-8")
    code, out, err = _cli(db, "import", str(deep_line))
    assert code == 1 and "0 imported" in out
    assert f"{deep_line}:line 1: a.a.a.a.…(" in err and "Traceback" not in err


# -- 10. sizes -------------------------------------------------------------------------------


def test_a_10_mb_surname_is_refused_in_every_format(db: Database, tmp_path: Path) -> None:
    huge = "W" * 10_000_000
    as_json = write_json_only(tmp_path / "a.json", [application("KV-BIG", applicant__surname=huge)])
    with pytest.raises(FileRefused, match=r"near \[0\] one value runs on for over 1 MB"):
        import_file(db, as_json, "officer.a")
    lines = write_jsonl(
        tmp_path / "a.jsonl", [OKAFOR, application("KV-BIG", applicant__surname=huge)]
    )
    report = import_file(db, lines, "officer.a")
    assert report.imported == 1
    assert [(r.location, r.field) for r in report.rejected] == [("line 2", "(record)")]
    assert "over 4 MB" in report.rejected[0].reason
    as_csv = tmp_path / "a.csv"
    as_csv.write_text(f"{REQUIRED}\n{ROW.replace('Okafor', huge)}\n", encoding="utf-8")
    with pytest.raises(FileRefused, match="the row after line 1 is over 4 MB long"):
        import_file(db, as_csv, "officer.a")
    as_csv.write_text(f"{REQUIRED}\n{ROW.replace('Okafor', 'W' * 200_000)}\n", encoding="utf-8")
    with pytest.raises(FileRefused, match="after line 1: a cell is longer than 131,072"):
        import_file(db, as_csv, "officer.a")
    assert count_cases(db) == 1


def test_names_text_and_lists_are_bounded_per_record(db: Database, tmp_path: Path) -> None:
    records = [
        application(
            "KV-OK",
            applicant__surname="W" * 300,
            applicant__place_of_birth="P" * 1000,
            applicant__address="A" * 10_000,
        ),
        application("KV-NAME", applicant__place_of_birth="P" * 1001),
        application("KV-SURNAME", applicant__surname="W" * 301),
        application("KV-PASS", passport__number="A" * 33),
        application("KV-TEXT", purpose__description="D" * 10_001),
        application("KV-LIST", education=[OKAFOR["education"][0]] * 65),
        application("K" * 65),
    ]
    report = import_file(db, write_json(tmp_path / "a.json", records), "officer.a")
    assert report.imported == 1
    found = {(r.location, r.field): r.reason for r in report.rejected}
    assert found == {
        ("[1]", "applicant.place_of_birth"): "is 1,001 characters long; at most 1,000 are allowed",
        ("[2]", "applicant.surname"): "is 301 characters long; at most 300 are allowed",
        ("[3]", "passport.number"): "is 33 characters long; at most 32 are allowed",
        ("[4]", "purpose.description"): "is 10,001 characters long; at most 10,000 are allowed",
        ("[5]", "education"): "has more than 64 items, the most allowed",
        ("[6]", "application_id"): "is 65 characters long; at most 64 are allowed",
    }
    assert case_as_json(db, find_case_id(db, "KV-OK"))["applicant"]["place_of_birth"] == "P" * 1000


def test_a_record_past_its_size_budget_is_not_built(db: Database, tmp_path: Path) -> None:
    unknown = {f"k{i}": i for i in range(20_000)}  # 20,000 unknown keys in one object
    path = write_jsonl(tmp_path / "a.jsonl", [OKAFOR, {**application("KV-BIG"), **unknown}])
    report = import_file(db, path, "officer.a")
    assert report.imported == 1
    assert [(r.location, r.field) for r in report.rejected] == [("line 2", "(record)")]
    assert report.rejected[0].reason.startswith("is larger than any application can be")


def test_a_report_lists_the_first_thousand_problems_and_counts_the_rest(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text('{"schema": "kvisa-application/1"}\n' * 1500, encoding="utf-8")
    report = import_file(db, path, "officer.a")
    assert report.rejected_records == 1500 and len(report.rejected) == 1000
    assert report.unlisted == 1500 * 4 - 1000  # four required fields missing in each


MEMORY = """
import json, sys
from pathlib import Path
from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.applications.readers import FileRefused
from kvisa_desk.core.startup import open_database
from kvisa_desk.store.engine import sqlite_url
from tests.conftest import add_test_accounts

folder = Path(sys.argv[1])
db = open_database(sqlite_url(folder / "desk.sqlite3")).db
add_test_accounts(db)
outcomes = {}
for path in sorted(folder.glob("hostile-*")):
    try:
        report = import_file(db, path, "officer.a")
        outcomes[path.name] = f"{report.imported} imported, {report.rejected_records} rejected"
    except FileRefused:
        outcomes[path.name] = "refused"
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
print(json.dumps({"outcomes": outcomes, "peak_mb": peak / 1024}))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")
def test_hostile_files_import_under_a_fixed_memory_ceiling(tmp_path: Path) -> None:
    # The attacks of issue 18 at their full sizes, in one process: its peak stays low.
    _deep_array(tmp_path / "hostile-deep.json", 100_000)
    (tmp_path / "hostile-deep.jsonl").write_text(
        '{"a": ' * 100_000 + "1" + "}" * 100_000 + "\n", encoding="utf-8"
    )
    (tmp_path / "hostile-index.csv").write_text(
        f"{REQUIRED},education.300000000.level\n{ROW},master\n", encoding="utf-8"
    )
    huge = application("KV-BIG", applicant__surname="W" * 20_000_000)
    write_json_only(tmp_path / "hostile-surname.json", [huge])
    (tmp_path / "hostile-surname.jsonl").write_text(json.dumps(huge) + "\n", encoding="utf-8")
    (tmp_path / "hostile-many.jsonl").write_text("{}\n" * 50_000, encoding="utf-8")
    code = textwrap.dedent(MEMORY)
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["outcomes"] == {
        "hostile-deep.json": "refused",
        "hostile-deep.jsonl": "0 imported, 1 rejected",
        "hostile-index.csv": "refused",
        "hostile-many.jsonl": "0 imported, 50000 rejected",
        "hostile-surname.json": "refused",
        "hostile-surname.jsonl": "0 imported, 1 rejected",
    }
    assert result["peak_mb"] < 300, result


# -- 13. wording -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('[{"schema": "kvisa-application/1"}, {"broken": ', "near [1]: it ends in the middle"),
        ('[{"a": 1 "b": 2}]', "near [0]: a missing comma or closing brace"),
        ('[{"a": 1}] trailing', "there is more text after the end of the JSON"),
        ('[{"a": "\xff"}]', "bytes that are not UTF-8 text"),
        ("[1, 2,]", "a comma, colon or bracket out of place"),
        ('{"a": 1}\n{"a" 1}\n', "line 2 is not valid JSON: a missing colon after a key"),
    ],
)
def test_broken_json_is_refused_in_words(
    db: Database, tmp_path: Path, text: str, words: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(text.encode("utf-8").replace(b"\xc3\xbf", b"\xff"))
    with pytest.raises(FileRefused) as refused:
        import_file(db, path, "officer.a")
    assert words in str(refused.value)
    _plain(str(refused.value))


def test_library_sentences_never_reach_the_officer(db: Database) -> None:
    records = [
        RawRecord("[0]", application("KV-1", education=[OKAFOR["education"][0]] * 65)),
        RawRecord("[1]", application("KV-2", post="lon")),
        RawRecord("[2]", application("KV-3", applicant__sex=["F"])),
        RawRecord("[3]", application("KV-4", travel__stay_days="90")),
        RawRecord("[4]", application("KV-5", screening__fraud_found="no")),
        RawRecord("[5]", application("KV-6", applicant__surname=5)),
        RawRecord("[6]", application("KV-7", passport={"number": "A1"})),
        RawRecord("[7]", application("KV-8", received_at=20251015)),
    ]
    report = import_records(db, records, "officer.a", "test")
    assert report.imported == 0 and report.rejected_records == 8
    found = {(r.location, r.field): r.reason for r in report.rejected}
    assert found[("[0]", "education")] == "has 65 items; at most 64 are allowed"
    assert found[("[1]", "post")].startswith("a post code is 2 to 8 capital letters")
    assert found[("[2]", "applicant.sex")] == "a list is not one of 'F', 'M' or 'X'"
    assert found[("[3]", "travel.stay_days")] == 'must be a number without quotes: 90, not "90"'
    assert found[("[4]", "screening.fraud_found")] == "must be true or false, not 'no'"
    assert found[("[5]", "applicant.surname")] == "must be text in double quotes, not 5"
    assert found[("[6]", "passport.expiry_date")] == "is required"
    assert found[("[7]", "received_at")] == "must be a date written YYYY-MM-DD"
    for reason in found.values():
        _plain(reason)


def test_a_json_array_with_a_byte_order_mark_imports(db: Database, tmp_path: Path) -> None:
    path = write_json(tmp_path / "bom.json", [OKAFOR])
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    report = import_file(db, path, "officer.a")
    assert report.imported == 1 and report.complete
