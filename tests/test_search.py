"""Searching cases: any script, folded diacritics, CJK by character, search text as data."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from kvisa_desk.core.applications.importer import import_records
from kvisa_desk.core.applications.readers import RawRecord
from kvisa_desk.core.cases.search import (
    catch_up,
    find_case_ids,
    find_cases,
    fold,
    index_cases,
    search_case_ids,
    terms_of,
)
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Applicant, Case
from kvisa_desk.store.models.worklist import CaseSearch, SearchPending
from tests.samples import application

pytestmark = pytest.mark.backend

PEOPLE = [
    # (application id, surname, given names, native name, e-mail, passport)
    ("KV-S-1", "Müller", "Zoë", None, "zoe.mueller@tu-berlin.de", "C01X00T47"),
    ("KV-S-2", "Muller", "Anne", None, "anne@example.org", "P1111111"),
    ("KV-S-3", "Zhang", "Wei", "张伟", "zhang.wei@pku.edu.cn", "E12345678"),
    ("KV-S-4", "Wang", "Wei", "王伟", None, "E87654321"),
    ("KV-S-5", "Ogawa", "Kana", "小川 加奈", None, "TK1234567"),
    ("KV-S-6", "Heo", "Doyun", "허도윤", None, "M12345678"),
    ("KV-S-7", "Srivastava", "Amit", "अमित श्रीवास्तव", None, "Z1234567"),
    ("KV-S-8", "O'Brien'; DROP TABLE cases; --", "Robert", None, None, "OB1"),
    ("KV-S-9", '100% "Quoted" NEAR OR', "A_b*", None, None, "Q1"),
    ("KV-S-10", "Łukasiewicz", "Ørjan", None, None, "L1"),
]


OFFICER = "test.officer"


def load(db: Database) -> dict[str, int]:
    records = [
        application(
            app_id,
            applicant__surname=surname,
            applicant__given_names=given,
            applicant__native_name=native,
            applicant__email=email,
            passport__number=passport,
            documents=[],
        )
        for app_id, surname, given, native, email, passport in PEOPLE
    ]
    raw = [RawRecord(f"[{i}]", r) for i, r in enumerate(records)]
    report = import_records(db, raw, "test.officer", "search.json")
    assert report.rejected == []
    catch_up(db)
    with db.read() as session:
        rows = session.execute(select(Case.application_id, Case.id))
        return {str(a): int(i) for a, i in rows}


def found(db: Database, text: str, ids: dict[str, int]) -> list[str]:
    by_id = {v: k for k, v in ids.items()}
    return [by_id[i] for i in search_case_ids(db, OFFICER, text)]


def test_folding_and_terms() -> None:
    assert fold("Müller") == "muller" and fold("ZOË") == "zoe"
    assert fold("Łukasiewicz Ørjan Straße") == "lukasiewicz orjan strasse"
    assert terms_of("张伟") == ["张", "伟"]
    assert terms_of("小川 加奈") == ["小", "川", "加", "奈"]
    assert terms_of("c.okafor@unilag.edu.ng") == ["c", "okafor", "unilag", "edu", "ng"]
    assert terms_of('"; DROP * OR NEAR(%_') == ["drop", "or", "near"]
    assert terms_of("अमित") == ["अमित"]  # vowel signs stay part of the word


def test_diacritics_fold_both_ways(db: Database) -> None:
    ids = load(db)
    assert sorted(found(db, "Muller", ids)) == ["KV-S-1", "KV-S-2"]
    assert sorted(found(db, "müller", ids)) == ["KV-S-1", "KV-S-2"]
    assert found(db, "zoe", ids) == ["KV-S-1"]
    assert found(db, "lukasiewicz", ids) == ["KV-S-10"]
    assert found(db, "Orjan", ids) == ["KV-S-10"]


def test_chinese_japanese_korean_character_by_character(db: Database) -> None:
    ids = load(db)
    assert sorted(found(db, "伟", ids)) == ["KV-S-3", "KV-S-4"]
    assert found(db, "张伟", ids) == ["KV-S-3"]
    assert found(db, "张", ids) == ["KV-S-3"]
    assert found(db, "加奈", ids) == ["KV-S-5"]
    assert found(db, "도윤", ids) == ["KV-S-6"]
    assert found(db, "अमित", ids) == ["KV-S-7"]


def test_ids_passport_email_and_prefixes(db: Database) -> None:
    ids = load(db)
    assert found(db, "KV-S-3", ids)[0] == "KV-S-3"
    case_ref = f"C{ids['KV-S-4']:07d}"
    assert found(db, case_ref, ids)[0] == "KV-S-4"  # the case itself first
    assert found(db, "e1234", ids) == ["KV-S-3"]  # passport number, as typed so far
    assert found(db, "zhang.wei@pku", ids) == ["KV-S-3"]
    assert found(db, "tu-berlin", ids) == ["KV-S-1"]
    assert sorted(found(db, "mul", ids)) == ["KV-S-1", "KV-S-2"]  # one keystroke at a time
    assert found(db, "wei zha", ids) == ["KV-S-3"]  # every word must match


def test_whole_words_rank_before_beginnings(db: Database) -> None:
    ids = load(db)
    assert found(db, "wei", ids)[:2] == ["KV-S-4", "KV-S-3"]  # whole term, newest first


@pytest.mark.parametrize(
    "text",
    ['"', '""', "*", "OR", "NEAR", "AND", "NOT", "%", "_", "'; DROP TABLE cases; --",
     "a OR b", "NEAR(a b)", "x:*", "!", "\\", "^", "(", ")", "{a}", "col:val", "' OR 1=1 --",
     "", "   ", "\u0000", "😀"],
)  # fmt: skip
def test_search_text_is_data_and_never_raises(db: Database, text: str) -> None:
    ids = load(db)
    assert isinstance(search_case_ids(db, OFFICER, text), list)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == len(ids)


def test_literal_words_of_special_text_are_found(db: Database) -> None:
    ids = load(db)
    assert found(db, "O'Brien", ids) == ["KV-S-8"]
    assert found(db, "DROP TABLE", ids) == ["KV-S-8"]
    assert found(db, '100% "Quoted" NEAR OR', ids) == ["KV-S-9"]
    assert found(db, "A_b*", ids) == ["KV-S-9"]


def test_a_one_letter_search_is_capped(db: Database) -> None:
    load(db)
    assert len(search_case_ids(db, OFFICER, "k", limit=3)) == 3  # every id starts kv…


def test_any_write_queues_the_case_and_catch_up_indexes_it(db: Database) -> None:
    ids = load(db)
    case_id = ids["KV-S-2"]
    with db.write() as session:  # a write by code that knows nothing of the search
        session.execute(
            update(Applicant).where(Applicant.case_id == case_id).values(surname="Lindqvist")
        )
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(SearchPending)) == 1
    assert found(db, "Lindqvist", ids) == []  # not yet indexed
    assert find_case_ids(db, OFFICER, "Lindqvist") == [case_id]  # the CLI's search catches up first
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(SearchPending)) == 0
    assert found(db, "Anne Muller", ids) == []


def test_deleting_a_case_removes_it_from_the_index(db: Database) -> None:
    ids = load(db)
    with db.write() as session:
        session.execute(Case.__table__.delete().where(Case.id == ids["KV-S-3"]))  # type: ignore[attr-defined]
    assert found(db, "zhang", ids) == []
    with db.read() as session:
        assert session.get(CaseSearch, ids["KV-S-3"]) is None


def test_index_cases_in_the_callers_transaction(db: Database) -> None:
    ids = load(db)
    with db.write() as session:
        session.execute(
            update(Applicant).where(Applicant.case_id == ids["KV-S-1"]).values(surname="Núñez")
        )
        assert index_cases(session, [ids["KV-S-1"]]) == 1
    assert found(db, "nunez", ids) == ["KV-S-1"]
    assert found(db, "muller", ids) == ["KV-S-2"]


def test_the_cli_search_lists_cases_best_first(db: Database) -> None:
    ids = load(db)
    rows = find_cases(db, OFFICER, "wei")
    assert [r.application_id for r in rows] == ["KV-S-4", "KV-S-3"]
    assert rows[0].to_json()["case_id"] == f"C{ids['KV-S-4']:07d}"
    assert [r.application_id for r in find_cases(db, OFFICER, '"; DROP')] == ["KV-S-8"]  # a word
