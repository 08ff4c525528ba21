"""Demo data: deterministic, realistic, valid, full of edge cases, and loaded like a real file."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kvisa_desk.cli import main
from kvisa_desk.core.applications.record import record_digest
from kvisa_desk.core.applications.schema import validate_record
from kvisa_desk.core.post.registry_seed import SEED_FILE
from kvisa_desk.demo.cases import (
    DEMO_OFFICERS,
    generate_applications,
    load_demo_cases,
    registry_institutions,
)
from kvisa_desk.demo.text import (
    mrz_name,
    romanise_armenian,
    romanise_cyrillic,
    romanise_georgian,
    romanise_greek,
    romanise_hangul,
    romanise_korean_surname,
    td3_mrz,
)
from kvisa_desk.shipped import resources_dir
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CaseEvent, Officer
from kvisa_desk.vocab import DEMO_ACTOR, OPEN_STATUSES, CaseStatus

pytestmark = pytest.mark.backend

SAMPLE = 3000
REQUIRED_DOCUMENTS = {"passport_scan", "photo", "application_form"}


@pytest.fixture(scope="module")
def institutions() -> list[tuple[str, str, list[str]]]:
    """The registry as the seed loads it, without a database."""
    path = resources_dir() / "registry" / SEED_FILE
    entries = json.loads(path.read_text(encoding="utf-8"))
    return [
        (e["name"].strip(), e["alpha_two_code"].upper()[:2], list(e.get("domains") or []))
        for e in entries
        if e.get("name") and e.get("alpha_two_code")
    ]


@pytest.fixture(scope="module")
def records(institutions: list[tuple[str, str, list[str]]]) -> list[dict[str, Any]]:
    return list(generate_applications(SAMPLE, 11, institutions))


def _dumps(items: list[dict[str, Any]]) -> str:
    return json.dumps(items, ensure_ascii=False, sort_keys=False)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _add_months(day: date, months: int) -> date:
    import calendar

    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    return date(year, month0 + 1, min(day.day, calendar.monthrange(year, month0 + 1)[1]))


def _check_digit(data: str) -> str:
    """ICAO 9303 check digit, written independently of the generator's."""
    values = {**{str(d): d for d in range(10)}, "<": 0}
    values.update({chr(ord("A") + i): 10 + i for i in range(26)})
    return str(sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(data)) % 10)


def _mrz_errors(lines: list[str]) -> list[str]:
    line = lines[1]
    checks = {
        "number": (line[0:9], line[9]),
        "birth": (line[13:19], line[19]),
        "expiry": (line[21:27], line[27]),
        "composite": (line[0:10] + line[13:20] + line[21:43], line[43]),
    }
    errors = [name for name, (data, digit) in checks.items() if _check_digit(data) != digit]
    optional, digit = line[28:42], line[42]
    if not (digit == "<" and set(optional) == {"<"}) and _check_digit(optional) != digit:
        errors.append("personal_number")
    return errors


# --- the generator -----------------------------------------------------------------------


def test_same_seed_gives_byte_identical_records(
    institutions: list[tuple[str, str, list[str]]], records: list[dict[str, Any]]
) -> None:
    again = list(generate_applications(300, 11, list(reversed(institutions))))
    assert _dumps(again) == _dumps(records[:300])  # a prefix, whatever the count or row order
    other = list(generate_applications(300, 12, institutions))
    assert {r["application_id"] for r in other}.isdisjoint(r["application_id"] for r in records)
    assert [r["applicant"] for r in other] != [r["applicant"] for r in records[:300]]


def test_every_generated_record_validates(records: list[dict[str, Any]]) -> None:
    problems = {}
    for index, record in enumerate(records):
        result = validate_record(record)
        if isinstance(result, list):
            problems[index] = result
    assert problems == {}
    keys = Counter((r["post"] or "HQ", r["application_id"]) for r in records)
    assert max(keys.values()) == 1
    for record in records:
        for document in record["documents"]:
            assert not document["file"].startswith(("/", "\\")) and ".." not in document["file"]


def _scripts(text: str) -> set[str]:
    found = set()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            found.add("HAN" if name.startswith("CJK") else name.split(" ")[0])
    return found


def test_names_come_in_many_scripts_with_a_latin_transliteration(
    records: list[dict[str, Any]],
) -> None:
    scripts: Counter[str] = Counter()
    for record in records:
        applicant = record["applicant"]
        for script in _scripts(applicant["native_name"] or ""):
            scripts[script] += 1
        # Surname and given names are always in Latin letters (diacritics allowed).
        for text in (applicant["surname"], applicant["given_names"]):
            assert _scripts(text) <= {"LATIN"}, applicant
    expected = {
        "HAN",
        "HANGUL",
        "CYRILLIC",
        "GREEK",
        "ARABIC",
        "HEBREW",
        "THAI",
        "DEVANAGARI",
        "GEORGIAN",
        "ARMENIAN",
        "LATIN",
    }
    assert expected <= set(scripts), scripts
    surnames = [r["applicant"]["surname"] for r in records]
    assert any(not s.isascii() for s in surnames)  # Müller, Łukasiewicz, Nguyễn ...
    assert any("'" in s or "’" in s for s in surnames)
    assert any("-" in s for s in surnames)
    assert any(r["applicant"]["given_names"] == "" for r in records)
    nationalities = Counter(r["applicant"]["nationality"] for r in records)
    assert len(nationalities) >= 40
    assert all(r["passport"]["issuing_state"] == r["applicant"]["nationality"] for r in records)


def test_edge_cases_are_present_in_a_realistic_share(records: list[dict[str, Any]]) -> None:
    found: Counter[str] = Counter()
    for record in records:
        applicant, passport = record["applicant"], record["passport"]
        received = date.fromisoformat(record["received_at"])
        birth = date.fromisoformat(applicant["date_of_birth"])
        age = _age(birth, received)
        birthday = (birth.month, birth.day) == (received.month, received.day)
        if age == 17:
            found["age 17"] += 1
        if age == 18 and birthday:
            found["18 today"] += 1
        if age == 45 and _age(birth, date.fromordinal(received.toordinal() + 1)) == 46:
            found["46 tomorrow"] += 1
        if age == 46 and birthday:
            found["46 today"] += 1
        if (birth.month, birth.day) == (2, 29):
            found["29 February"] += 1
        if applicant["nationality"] in ("CHN", "HKG", "MAC", "TWN"):
            found[applicant["nationality"]] += 1
        expiry = date.fromisoformat(passport["expiry_date"])
        if expiry < received:
            found["expired"] += 1
        entry = _day((record["travel"] or {}).get("intended_entry"))
        if entry is not None and received <= expiry < _add_months(entry, 6):
            found["short validity"] += 1
        if entry is not None and expiry == _add_months(entry, 6):
            found["validity exactly enough"] += 1
        if not {d["type"] for d in record["documents"]} >= REQUIRED_DOCUMENTS:
            found["missing documents"] += 1
        if received < date(2025, 10, 1):
            found["before 2025-10-01"] += 1
        if (
            record["education"]
            and all(
                e["isced_f"] is None or e["isced_f"][:2] not in ("05", "06", "07")
                for e in record["education"]
            )
            and all("Eng" not in (e["field"] or "") for e in record["education"])
        ):
            found["no STEM code"] += 1
        if record["screening"] and any(record["screening"].values()):
            found["screening"] += 1
        if (record["purpose"] or {}).get("activity") == "employment":
            found["employment purpose"] += 1
        text = (record["purpose"] or {}).get("description") or ""
        if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
            found["right-to-left description"] += 1
        if passport["mrz"]:
            found["mrz"] += 1
            if _mrz_errors(passport["mrz"]):
                found["bad mrz"] += 1
    for kind in (
        "age 17",
        "18 today",
        "46 tomorrow",
        "46 today",
        "29 February",
        "CHN",
        "HKG",
        "TWN",
        "expired",
        "short validity",
        "validity exactly enough",
        "missing documents",
        "before 2025-10-01",
        "no STEM code",
        "screening",
        "employment purpose",
        "right-to-left description",
        "bad mrz",
    ):
        assert found[kind] >= 1, (kind, found)
    assert 0.15 * SAMPLE < found["mrz"] < 0.28 * SAMPLE
    assert found["bad mrz"] < 0.1 * found["mrz"]
    assert found["expired"] < 0.05 * SAMPLE and found["missing documents"] < 0.08 * SAMPLE


def test_mrz_matches_the_record(records: list[dict[str, Any]]) -> None:
    checked = 0
    for record in records:
        lines = record["passport"]["mrz"]
        if not lines or _mrz_errors(lines):
            continue
        line1, line2 = lines
        applicant, passport = record["applicant"], record["passport"]
        state = "D<<" if applicant["nationality"] == "DEU" else applicant["nationality"]
        assert line1.startswith(f"P<{state}") and line2[10:13] == state
        assert line2[0:9].rstrip("<") == passport["number"]
        assert line2[13:19] == applicant["date_of_birth"][2:].replace("-", "")
        assert line2[21:27] == passport["expiry_date"][2:].replace("-", "")
        assert line2[20] == {"F": "F", "M": "M"}.get(applicant["sex"], "<")
        assert line1[5:].startswith(mrz_name(applicant["surname"])[:39])
        checked += 1
    assert checked > 400


def test_mrz_reproduces_the_icao_specimen() -> None:
    lines = td3_mrz(
        state="UTO",
        surname="Eriksson",
        given_names="Anna María",
        number="L898902C3",
        nationality="UTO",
        birth=date(1974, 8, 12),
        sex="F",
        expiry=date(2012, 4, 15),
        personal_number="ZE184226B",
    )
    assert lines == [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ]


def test_transliteration_follows_the_passport_tables() -> None:
    assert romanise_cyrillic("Щукин", "ru") == "Shchukin"
    assert romanise_cyrillic("Юлія", "uk") == "Yuliia"
    assert romanise_cyrillic("Згурський", "uk") == "Zghurskyi"
    assert romanise_cyrillic("Христо", "bg") == "Hristo"
    assert romanise_greek("Ευάγγελος") == "Evangelos"
    assert romanise_greek("Ευθύμιος") == "Efthymios"
    assert romanise_greek("Παπαδόπουλος") == "Papadopoulos"
    assert romanise_korean_surname("김") == "Kim"
    assert romanise_hangul("민준") == "Minjun"
    assert romanise_georgian("გიორგი") == "Giorgi"
    assert romanise_armenian("Արամ") == "Aram"
    assert mrz_name("Müller-Lüdenscheidt") == "MUELLER<LUEDENSCHEIDT"
    assert mrz_name("O’Brien") == "OBRIEN"
    assert mrz_name("Łukasiewicz") == "LUKASIEWICZ"


# --- loading into a database ----------------------------------------------------------------


def _counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            "cases": session.scalar(select(func.count()).select_from(Case)) or 0,
            "events": session.scalar(
                select(func.count())
                .select_from(CaseEvent)
                .where(CaseEvent.kind == "status_changed")
            )
            or 0,
        }


def test_load_gives_a_workflow_and_a_rerun_adds_nothing(db: Database) -> None:
    report = load_demo_cases(db, 400, 7, "test.officer")
    assert (report.imported, report.unchanged, report.rejected, report.changed) == (400, 0, [], [])
    with db.read() as session:
        cases = session.execute(select(Case.id, Case.status, Case.assigned_officer_id)).all()
        statuses = Counter(c.status for c in cases)
        officers = {o.id: o for o in session.scalars(select(Officer))}
        events = session.execute(
            select(CaseEvent.case_id, CaseEvent.kind, CaseEvent.details).order_by(CaseEvent.id)
        ).all()
    by_id = {c.id: c.assigned_officer_id for c in cases}
    officers_by_name = {o.username: o.id for o in officers.values()}
    assert set(statuses) <= {s.value for s in CaseStatus}
    assert len(statuses) >= 8, statuses
    open_cases = sum(n for s, n in statuses.items() if s in OPEN_STATUSES)
    assert open_cases > 0.5 * len(cases)
    demo_roles = {o.username: o.role for o in officers.values() if o.username.startswith("demo.")}
    assert demo_roles == {name: role for name, _, role in DEMO_OFFICERS}
    # A case is assigned when it leaves `received`.
    for case in cases:
        assert (case.assigned_officer_id is None) == (case.status == "received")
    assigned = {officers[c.assigned_officer_id].username for c in cases if c.assigned_officer_id}
    assert assigned == set(demo_roles)
    # The history replays to each case's status, one event per change; the first names
    # the officer the case went to.
    last: dict[int, str] = {}
    for case_id, kind, details in events:
        if kind == "status_changed":
            assert details["demo"] is True
            assert details["from"] == last.get(case_id, "received")
            if case_id not in last:
                assert officers_by_name[details["assigned_to"]] == by_id[case_id]
            last[case_id] = details["to"]
    for case in cases:
        assert last.get(case.id, "received") == case.status

    before = _counts(db)
    again = load_demo_cases(db, 400, 7, "test.officer")
    assert (again.imported, again.unchanged, again.changed) == (0, 400, [])
    assert _counts(db) == before

    more = load_demo_cases(db, 60, 8, "test.officer")
    assert more.imported == 60
    with db.read() as session:
        ids = session.scalars(select(Case.application_id)).all()
    assert len(set(ids)) == 460


def test_loaded_cases_are_the_generated_records(db: Database) -> None:
    load_demo_cases(db, 30, 5, "test.officer")
    expected = list(generate_applications(30, 5, registry_institutions(db)))
    with db.read() as session:
        rows = session.execute(select(Case.application_id, Case.import_digest))
        stored = {row.application_id: row.import_digest for row in rows}
    for record in expected:
        valid = validate_record(record)
        assert not isinstance(valid, list)
        as_json = valid.to_json()
        as_json["post"] = as_json["post"] or "HQ"
        assert stored[record["application_id"]] == record_digest(as_json)


def test_cli_demo_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--cases", "50", "--seed", "3"]) == 0
    assert "50 demo cases added (0 already there)" in capsys.readouterr().out


# --- a run killed halfway (issue 18, item 17) ------------------------------------------------


def _planned(db: Database, count: int, seed: int) -> dict[str, str]:
    from kvisa_desk.demo.generator import generate

    made = generate(count, seed, registry_institutions(db))
    return {record["application_id"]: plan.status for record, plan in made}


def _statuses(db: Database) -> dict[str, str]:
    with db.read() as session:
        rows = session.execute(select(Case.application_id, Case.status))
        return {application_id: status for application_id, status in rows}


def test_a_run_killed_halfway_leaves_whole_batches_and_a_rerun_completes_it(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kvisa_desk.demo import cases as demo

    monkeypatch.setattr(demo, "DEMO_BATCH", 50)
    real = demo.apply_plans
    calls = {"n": 0}

    def killed_in_the_third_batch(*args: Any, **kwargs: Any) -> int:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # after the batch's cases were written, before it commits
        return real(*args, **kwargs)

    monkeypatch.setattr(demo, "apply_plans", killed_in_the_third_batch)
    with pytest.raises(KeyboardInterrupt):
        load_demo_cases(db, 200, 7, "test.officer")
    planned = _planned(db, 200, 7)
    left = _statuses(db)
    assert len(left) == 100  # two whole batches, nothing of the third
    assert left == {key: planned[key] for key in left}  # each with its workflow
    monkeypatch.setattr(demo, "apply_plans", real)
    again = load_demo_cases(db, 200, 7, "test.officer")
    assert (again.imported, again.unchanged) == (100, 100)
    assert _statuses(db) == planned


def test_a_rerun_completes_cases_an_older_killed_run_left_bare(db: Database) -> None:
    from kvisa_desk.core.applications.importer import import_records
    from kvisa_desk.core.applications.readers import RawRecord
    from kvisa_desk.store.models import CaseDocument

    # Before runs were batched, a kill after the import left every case bare like this.
    records = generate_applications(120, 9, registry_institutions(db))
    bare = [RawRecord(f"demo[{i}]", record) for i, record in enumerate(records)]
    assert import_records(db, bare, "test.officer", "demo").imported == 120
    assert set(_statuses(db).values()) == {"received"}
    again = load_demo_cases(db, 120, 9, "test.officer")
    assert (again.imported, again.unchanged) == (0, 120)
    assert _statuses(db) == _planned(db, 120, 9)
    with db.read() as session:
        missing = (
            select(func.count()).select_from(CaseDocument).where(CaseDocument.sha256.is_(None))
        )
        assert session.scalar(missing) == 0  # every listed document has its specimen
    before = _counts(db)
    load_demo_cases(db, 120, 9, "test.officer")
    assert _counts(db) == before  # and a third run adds nothing


# --- a real post's database: demo data is the demo's, not an officer's (new user s3, 1, 13) ---


def test_the_officer_who_loads_is_credited_with_the_load_only(db: Database) -> None:
    from kvisa_desk.core.accounts.audit import verify_chain
    from kvisa_desk.core.accounts.audit_state import check_state
    from kvisa_desk.store.models import CaseDocument

    load_demo_cases(db, 120, 4, "test.officer")
    with db.read() as session:
        mine = session.execute(
            select(CaseEvent.kind, CaseEvent.details).where(CaseEvent.officer == "test.officer")
        ).all()
        kinds = Counter(
            session.scalars(select(CaseEvent.kind).where(CaseEvent.officer == DEMO_ACTOR))
        )
        documents = session.execute(
            select(CaseDocument.attached_by, CaseDocument.verified_by, CaseDocument.verification)
        ).all()
    assert [(kind, d["loaded"]) for kind, d in mine] == [("demo_cases_loaded", 120)]
    # Imports, statuses, documents, checks, demo officers and certificates: the demo's.
    for kind in ("case_imported", "status_changed", "documents_attached", "checks_run"):
        assert kinds[kind] > 0, kind
    assert kinds["officer_created"] == len(DEMO_OFFICERS)
    assert kinds["letter_certificate_installed"] > 0
    assert {a for a, _v, _s in documents} == {DEMO_ACTOR}
    verified = [v for _a, v, state in documents if state == "verified"]
    assert verified and set(verified) == {DEMO_ACTOR}  # no officer verified what they never saw
    assert verify_chain(db).ok
    assert check_state(db).ok


def test_cases_past_review_are_checked_and_an_approval_has_nothing_open(db: Database) -> None:
    from kvisa_desk.core.checks.runs import latest_check

    load_demo_cases(db, 200, 1, "test.officer")
    from kvisa_desk.demo.generator import generate

    made = generate(200, 1, registry_institutions(db))
    planned = {record["application_id"]: plan for record, plan in made}
    with db.read() as session:
        cases = session.execute(
            select(Case.id, Case.application_id, Case.status, Case.effective_outcome)
        ).all()
        events = session.execute(
            select(CaseEvent.case_id, CaseEvent.kind).order_by(CaseEvent.id)
        ).all()
    assert {c.status for c in cases} >= {"approved", "refused", "letter_issued", "closed"}
    # The history reads as the work went: taken into review, checked, then decided.
    kinds: dict[int, list[str]] = {}
    for case_id, kind in events:
        if case_id is not None and kind in ("status_changed", "checks_run"):
            kinds.setdefault(case_id, []).append(kind)
    checked = [k for k in kinds.values() if "checks_run" in k]
    assert checked and all(k.index("checks_run") == 1 for k in checked)
    not_past_review = {"received", "in_review", "awaiting_documents", "withdrawn"}
    for case in cases:
        plan = planned[case.application_id]
        assert (case.effective_outcome is None) == (case.status in not_past_review), case
        if "approved" in plan.path:  # an approval needs every result to pass, as in real work
            assert case.effective_outcome == "pass", case
            check = latest_check(db, case.id)
            assert check is not None and check.officer == DEMO_ACTOR
            assert check.effective_outcome == "pass"
