"""Normalised values: stored beside what was written (import, edits, the 0008 migration) and
used by revision 2's comparisons (K-DUP-01's open cases and earlier refusals, K-NAT-01)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.cases.editing import case_version, save_case_edits
from kvisa_desk.core.cases.refs import find_case_id
from kvisa_desk.core.checks.runs import check_cases, latest_check
from kvisa_desk.core.decisions.decisions import recommend, sign_off
from kvisa_desk.core.startup import open_database
from kvisa_desk.rules.facts import CaseFacts
from kvisa_desk.store.engine import Database, sqlite_url
from kvisa_desk.store.models import Applicant, CheckRun, Passport
from tests.samples import application, write_json

pytestmark = pytest.mark.backend
TODAY = date.today().isoformat()
GERMAN = {"applicant__nationality": "DEU", "applicant__surname": "Müller"}


def _import(db: Database, folder: Path, *records: dict[str, object]) -> dict[str, int]:
    report = import_file(db, write_json(folder / "a.json", list(records)), "officer.a")
    assert report.imported == len(records), report.rejected
    return {str(r["application_id"]): find_case_id(db, str(r["application_id"])) for r in records}


def _stored(db: Database, case_id: int) -> tuple[tuple[str, str], tuple[str, str], tuple[str, str]]:
    with db.read() as session:
        a = session.get(Applicant, case_id)
        p = session.get(Passport, case_id)
        assert a is not None and p is not None
        return (
            (a.nationality, a.nationality_normalised),
            (p.issuing_state, p.issuing_state_normalised),
            (p.number, p.number_normalised),
        )


def _rule(db: Database, case_id: int, rule_id: str) -> dict[str, object]:
    check = latest_check(db, case_id)
    assert check is not None
    (found,) = [r for r in check.results if r["rule_id"] == rule_id]
    return found


@pytest.mark.parametrize("written", ["D", "D<<", "DEU", "d<<"])
def test_the_import_takes_icao_forms_and_keeps_what_was_written(
    db: Database, tmp_path: Path, written: str
) -> None:
    ids = _import(
        db,
        tmp_path,
        application(
            "KV-ICAO",
            applicant__nationality=written,
            passport__issuing_state=written,
            passport__number="c01x 00t-47",
        ),
    )
    assert _stored(db, ids["KV-ICAO"]) == (
        (written, "DEU"),
        (written, "DEU"),
        ("c01x 00t-47", "C01X00T47"),
    )


@pytest.mark.parametrize("written", ["DEUX", "<D", "ZZZ", "D<<<"])
def test_the_import_still_refuses_what_is_no_country(
    db: Database, tmp_path: Path, written: str
) -> None:
    path = write_json(tmp_path / "a.json", [application("KV-BAD", applicant__nationality=written)])
    report = import_file(db, path, "officer.a")
    assert report.imported == 0
    assert [r.field for r in report.rejected] == ["applicant.nationality"]


def test_one_passport_written_two_ways_is_one_passport(db: Database, tmp_path: Path) -> None:
    ids = _import(
        db,
        tmp_path,
        application("KV-D", passport__issuing_state="D", passport__number="x 1234567", **GERMAN),
        application("KV-DEU", passport__issuing_state="DEU", passport__number="X1234567", **GERMAN),
    )
    first = list(check_cases(db, list(ids.values()), "officer.a", revision=1))
    assert {c.pack_revision for c in first} == {1}
    for case_id in ids.values():  # revision 1 compared what was written: two passports
        assert _rule(db, case_id, "K-DUP-01")["outcome"] == "pass"
    list(check_cases(db, list(ids.values()), "officer.a"))
    d, deu = ids["KV-D"], ids["KV-DEU"]
    assert _rule(db, d, "K-DUP-01")["outcome"] == "review"
    assert f"C{deu:07d}" in str(_rule(db, d, "K-DUP-01")["message"])
    assert f"C{d:07d}" in str(_rule(db, deu, "K-DUP-01")["message"])
    with db.read() as session:
        run = session.scalars(
            select(CheckRun).where(CheckRun.case_id == d).order_by(CheckRun.id.desc())
        ).first()
        assert run is not None and run.pack_revision == 2
        facts = CaseFacts.from_dict(run.facts)
    assert facts.normalised is not None
    assert (facts.passport.issuing_state, facts.normalised.issuing_state) == ("D", "DEU")
    assert (facts.passport.number, facts.normalised.passport_number) == ("x 1234567", "X1234567")
    assert facts.normalised.surname == "muller"


def test_earlier_refusals_compare_normalised_values(db: Database, tmp_path: Path) -> None:
    ids = _import(
        db,
        tmp_path,
        application(
            "KV-REFUSED",
            passport__issuing_state="D<<",
            passport__number="c01x00t47",
            screening__reentry_ban=True,
            **GERMAN,
        ),
    )
    refused = ids["KV-REFUSED"]
    list(check_cases(db, [refused], "officer.a"))
    reasoning = "Re-entry ban recorded, in force until 2027; not disclosed on the form."
    recommend(db, "officer.a", refused, "refuse", grounds=["K-REF-01"], reasoning=reasoning)
    sign_off(db, "supervisor.s", refused, "agree")
    later = _import(
        db,
        tmp_path,
        # The same passport written another way.
        application(
            "KV-SAME-PASSPORT",
            received_at=TODAY,
            passport__issuing_state="DEU",
            passport__number="C01X00T47",
            applicant__surname="Schmidt",
            applicant__nationality="DEU",
        ),
        # The same person (surname folded, birth date, nationality D = DEU), a new passport.
        application(
            "KV-SAME-PERSON",
            received_at=TODAY,
            passport__issuing_state="DEU",
            passport__number="C99999999",
            applicant__surname="MULLER",
            applicant__nationality="D",
        ),
    )
    list(check_cases(db, list(later.values()), "officer.a"))
    same_passport = _rule(db, later["KV-SAME-PASSPORT"], "K-DUP-01")
    assert same_passport["outcome"] == "review"
    assert f"C{refused:07d} refused" in str(same_passport["message"])
    assert "(same passport)" in str(same_passport["message"])
    same_person = _rule(db, later["KV-SAME-PERSON"], "K-DUP-01")
    assert same_person["outcome"] == "review" and "(same identity)" in str(same_person["message"])


def test_an_edit_moves_the_normalised_value_with_it(db: Database, tmp_path: Path) -> None:
    ids = _import(db, tmp_path, application("KV-EDIT"))
    case_id = ids["KV-EDIT"]
    save_case_edits(
        db,
        case_id,
        case_version(db, case_id),
        {"passport.number": "ab12345", "passport.issuing_state": "d<<"},
        "officer.a",
    )
    assert _stored(db, case_id)[1:] == (("D<<", "DEU"), ("AB12345", "AB12345"))


@pytest.mark.sqlite_only
def test_the_migration_normalises_existing_people(tmp_path: Path) -> None:
    saved = Path(__file__).parent / "data" / "revision1"
    copy = tmp_path / "checked-revision1.sqlite3"
    shutil.copy(saved / copy.name, copy)
    shutil.copytree(saved / "checked-revision1.documents", tmp_path / "checked-revision1.documents")
    opened = open_database(sqlite_url(copy))
    try:
        ids = {
            app: find_case_id(opened.db, app)
            for app in ("KV-R1-GERMAN-D", "KV-R1-NUMBER-SPACED", "KV-R1-BNO")
        }
        assert _stored(opened.db, ids["KV-R1-GERMAN-D"])[1] == ("D", "DEU")
        assert _stored(opened.db, ids["KV-R1-NUMBER-SPACED"])[2] == ("x 1234567", "X1234567")
        assert _stored(opened.db, ids["KV-R1-BNO"])[1] == ("GBN", "GBN")
        with opened.db.read() as session:
            folded = session.scalar(
                select(Applicant.surname_folded).where(Applicant.case_id == ids["KV-R1-BNO"])
            )
        assert folded == "okafor"
    finally:
        opened.db.dispose()
