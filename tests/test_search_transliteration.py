"""Search by the passport's machine-readable spelling (ICAO 9303): "Loechel" finds Löchel,
in core, in `cases --search`, and in cases written before the index knew these spellings.
The rules' same-person comparison is left as the rules spec says."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.applications.importer import import_records
from kvisa_desk.core.applications.readers import RawRecord
from kvisa_desk.core.cases.cases import count_cases
from kvisa_desk.core.cases.refs import find_case_id
from kvisa_desk.core.cases.search import (
    catch_up,
    find_cases,
    icao_terms,
    pending_count,
    search_case_ids,
    terms_of,
)
from kvisa_desk.core.startup import open_database
from kvisa_desk.normal_forms import fold_surname
from kvisa_desk.store.engine import Database, sqlite_file, sqlite_url
from tests.samples import application, write_json

OFFICER = "test.officer"
PEOPLE = [
    ("KV-T-1", "Löchel", "Jürgen"),
    ("KV-T-2", "Ørsted", "Åse"),
    ("KV-T-3", "Großmann", "Peña"),
    ("KV-T-4", "Hæland", "Þóra"),
    ("KV-T-5", "Lochel", "Anna"),
]
SAVED = Path(__file__).parent / "data" / "schema"


def load(db: Database) -> dict[str, int]:
    records = [
        application(app_id, applicant__surname=s, applicant__given_names=g, documents=[])
        for app_id, s, g in PEOPLE
    ]
    report = import_records(
        db, [RawRecord(f"[{i}]", r) for i, r in enumerate(records)], OFFICER, "t.json"
    )
    assert report.rejected == []
    catch_up(db)
    return {app_id: find_case_id(db, app_id) for app_id, _s, _g in PEOPLE}


def found(db: Database, text: str, ids: dict[str, int]) -> list[str]:
    by_id = {v: k for k, v in ids.items()}
    return sorted(by_id[i] for i in search_case_ids(db, OFFICER, text))


def test_icao_terms_are_the_mrz_spellings_the_folded_one_lacks() -> None:
    assert icao_terms("Löchel") == ["loechel"]
    assert icao_terms("LÖCHEL") == ["loechel"]
    assert icao_terms("Lo\u0308chel") == ["loechel"]  # decomposed ö, as some systems send it
    assert icao_terms("Müller-Lüdenscheidt") == ["mueller", "luedenscheidt"]
    assert icao_terms("Ørsted Åse Jäger") == ["oersted", "aase", "jaeger"]
    # Spelled the same either way: nothing more to index.
    assert icao_terms("Großmann Peña Hæland Þóra") == []
    assert icao_terms("Okafor") == [] and icao_terms(None) == []


@pytest.mark.backend
def test_the_mrz_spelling_and_the_folded_one_both_find_the_case(db: Database) -> None:
    ids = load(db)
    assert found(db, "Loechel", ids) == ["KV-T-1"]
    assert found(db, "LOECHEL JUERGEN", ids) == ["KV-T-1"]
    assert found(db, "Lochel", ids) == ["KV-T-1", "KV-T-5"]  # as before: ö folds to o
    assert found(db, "Löchel", ids) == ["KV-T-1", "KV-T-5"]
    assert found(db, "oersted", ids) == ["KV-T-2"] and found(db, "orsted", ids) == ["KV-T-2"]
    assert found(db, "aase", ids) == ["KV-T-2"] and found(db, "ase", ids) == ["KV-T-2"]
    assert found(db, "grossmann", ids) == ["KV-T-3"] and found(db, "pena", ids) == ["KV-T-3"]
    assert found(db, "haeland thora", ids) == ["KV-T-4"]
    assert found(db, "Loe", ids) == ["KV-T-1"]  # a beginning, as the officer types


def test_the_rules_same_person_comparison_is_unchanged() -> None:
    # Revision 2 compares surnames folded, not transliterated (rules spec): not widened here.
    assert fold_surname("Löchel") == "lochel"
    assert fold_surname("Loechel") != fold_surname("Löchel")


def run(db: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = dispatch(CliContext(build_parser().parse_args(["--db", str(db), *argv]), out, err))
    return code, out.getvalue(), err.getvalue()


def test_cases_search_finds_the_mrz_spelling(db: Database, tmp_path: Path) -> None:
    path = sqlite_file(db.url)
    assert path is not None
    db.dispose()
    source = write_json(
        tmp_path / "apps.json",
        [application("KV-T-CLI", applicant__surname="Löchel", applicant__given_names="Jürgen")],
    )
    assert run(path, "import", str(source))[0] == 0
    code, out, err = run(path, "cases", "--search", "Loechel", "--json")
    assert (code, err) == (0, "")
    assert [r["application_id"] for r in json.loads(out)] == ["KV-T-CLI"]


@pytest.mark.sqlite_only
def test_the_migration_indexes_cases_written_before_it(tmp_path: Path) -> None:
    copy = tmp_path / "0008.sqlite3"
    shutil.copy(SAVED / "0008.sqlite3", copy)  # Müller among the saved cases
    # Indexed as the code of revision 0008 did: folded names only, nothing left queued.
    with sqlite3.connect(copy) as conn:
        people = conn.execute("SELECT case_id, surname, given_names FROM applicants").fetchall()
        conn.executemany(
            "INSERT INTO case_search (case_id, terms) VALUES (?, ?)",
            [(case_id, " ".join(terms_of(f"{s} {g}"))) for case_id, s, g in people],
        )
        conn.execute("DELETE FROM search_pending")
    assert any("muller" in " ".join(terms_of(s)) for _, s, _ in people)
    opened = open_database(sqlite_url(copy))
    try:
        assert pending_count(opened.db) == count_cases(opened.db)  # every case queued again
        rows = find_cases(opened.db, "saved.fixture", "Mueller")
        assert [r.application_id for r in rows] == ["KV-TRICKY-6"]
        assert pending_count(opened.db) == 0
    finally:
        opened.db.dispose()
