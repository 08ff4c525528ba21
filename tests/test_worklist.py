"""The worklist service: queues and counts, filters, sort orders, keyset pages, routes."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from kvisa_desk.core.applications.importer import import_records
from kvisa_desk.core.applications.readers import RawRecord
from kvisa_desk.core.cases import worklist_keys
from kvisa_desk.core.cases.worklist import (
    SORTS,
    WorklistQuery,
    active_officers,
    age_on,
    count_worklist,
    known_nationalities,
    queue_counts,
    ranked_case_ids,
    worklist_page,
)
from kvisa_desk.core.checks.report import check_many
from kvisa_desk.core.errors import PermissionRefused
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Applicant, Case, Officer
from kvisa_desk.store.models.worklist import NATIVE_SORT_CHARS
from tests.samples import application

pytestmark = pytest.mark.backend

TODAY = date(2025, 11, 1)
STATUSES = ["received", "in_review", "awaiting_documents", "ready_for_decision", "approved"]


def load(db: Database, count: int = 25) -> list[int]:
    records = [
        application(
            f"KV-W-{i:03d}",
            applicant__surname=f"Name{(i * 7) % count:03d}",
            applicant__nationality=["NGA", "DEU", "CHN"][i % 3],
            applicant__date_of_birth=f"19{80 + i % 15}-0{1 + i % 9}-1{i % 9}",
            received_at=f"2025-10-{1 + i % 28:02d}",
            documents=[],
        )
        for i in range(count)
    ]
    raw = [RawRecord(f"[{i}]", r) for i, r in enumerate(records)]
    assert import_records(db, raw, "test.officer", "w.json").rejected == []
    with db.write() as session:
        ids = list(session.scalars(select(Case.id).order_by(Case.id)))
        me = session.scalar(select(Officer.id).where(Officer.username == "test.officer"))
        for n, case_id in enumerate(ids):
            session.execute(
                update(Case)
                .where(Case.id == case_id)
                .values(
                    status=STATUSES[n % len(STATUSES)],
                    assigned_officer_id=me if n % 4 == 0 else None,
                )
            )
    return ids


def all_rows(db: Database, q: WorklistQuery, page: int = 7) -> list[int]:
    """Every row, page by page, each page read after the last row of the one before."""
    seen: list[int] = []
    after = None
    while True:
        rows = worklist_page(db, q, "test.officer", len(seen), page, after=after, today=TODAY)
        seen.extend(r.case_id for r in rows)
        if len(rows) < page:
            return seen
        after = rows[-1]


def test_queue_counts_match_the_queues(db: Database) -> None:
    load(db)
    counts = queue_counts(db, "test.officer")
    assert counts["all"] == 25
    for queue, expected in counts.counts.items():
        assert count_worklist(db, WorklistQuery(queue=queue), "test.officer") == expected
    assert counts["mine"] == 7  # every fourth case
    assert counts["awaiting_documents"] == 5
    assert counts["decided"] == 5  # approved
    with pytest.raises(PermissionRefused, match="not an active KVisa Desk account"):
        queue_counts(db, "nobody.here")


def test_an_administrator_reads_no_worklist(db: Database) -> None:
    load(db, 3)
    # Administrators keep accounts and the database; applicants' names are case work.
    for read in (
        lambda: worklist_page(db, WorklistQuery(), "test.admin", 0, 10),
        lambda: count_worklist(db, WorklistQuery(), "test.admin"),
        lambda: queue_counts(db, "test.admin"),
        lambda: ranked_case_ids(db, WorklistQuery(case_ids=()), "test.admin"),
    ):
        with pytest.raises(PermissionRefused, match=r"test.admin \(admin\) may not view cases"):
            read()


def test_filters_combine(db: Database) -> None:
    load(db)
    q = WorklistQuery(nationality="deu", status="received")
    rows = worklist_page(db, q, "test.officer", 0, 100, today=TODAY)
    assert rows and all(r.nationality == "DEU" and r.status == "received" for r in rows)
    assert count_worklist(db, q, "test.officer") == len(rows)
    since = WorklistQuery(received_from=date(2025, 10, 20), received_to=date(2025, 10, 22))
    rows = worklist_page(db, since, "test.officer", 0, 100, today=TODAY)
    assert {r.received_at.day for r in rows} == {20, 21, 22}
    mine = worklist_page(
        db, WorklistQuery(officer="test.officer"), "test.officer", 0, 100, today=TODAY
    )
    assert len(mine) == 7 and all(r.officer == "test.officer" for r in mine)
    assert worklist_page(db, WorklistQuery(case_ids=()), "test.officer", 0, 100) == []


@pytest.mark.parametrize("key", sorted(SORTS))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_pages_through_every_case_once_in_order(
    db: Database, key: str, descending: bool
) -> None:
    ids = load(db)
    q = WorklistQuery(sort=key, descending=descending)
    paged = all_rows(db, q)
    assert sorted(paged) == ids  # each case exactly once
    whole = [r.case_id for r in worklist_page(db, q, "test.officer", 0, 1000, today=TODAY)]
    assert paged == whole  # keyset pages agree with one big page


def test_sorted_values_are_in_order(db: Database) -> None:
    load(db)
    rows = worklist_page(
        db, WorklistQuery(sort="age", descending=False), "test.officer", 0, 100, today=TODAY
    )
    born = [r.date_of_birth for r in rows]
    assert born == sorted(born, reverse=True)  # youngest first
    rows = worklist_page(
        db, WorklistQuery(sort="applicant", descending=False), "test.officer", 0, 100
    )
    names = [(r.surname, r.case_id) for r in rows]
    assert names == sorted(names)


def test_age_days_open_and_overdue(db: Database) -> None:
    load(db)
    rows = worklist_page(db, WorklistQuery(), "test.officer", 0, 100, today=TODAY)
    for row in rows:
        assert row.age == age_on(row.date_of_birth, row.received_at)
        if row.status == "approved":
            assert row.days_open is None and not row.overdue
        else:
            assert row.days_open == (TODAY - row.received_at).days
            assert row.overdue == (row.days_open > 15)  # the default target
    assert age_on(date(1996, 2, 29), date(2025, 2, 28)) == 28
    assert age_on(date(1996, 2, 29), date(2025, 3, 1)) == 29


def test_routes_and_outcomes_come_from_the_latest_check(db: Database) -> None:
    ids = load(db, 4)
    check_many(db, ids[:2], "test.officer")
    rows = worklist_page(db, WorklistQuery(), "test.officer", 0, 10, with_routes=True, today=TODAY)
    by_id = {r.case_id: r for r in rows}
    assert by_id[ids[0]].route == "A+B" and by_id[ids[0]].outcome is not None
    assert by_id[ids[3]].route is None and by_id[ids[3]].outcome is None
    unchecked = WorklistQuery(outcome="unchecked")
    assert count_worklist(db, unchecked, "test.officer") == 2


def test_lists_for_the_filters(db: Database) -> None:
    load(db)
    assert known_nationalities(db) == ["CHN", "DEU", "NGA"]
    names = [u for u, _ in active_officers(db)]
    assert "test.officer" in names and "test.admin" not in names


@pytest.mark.parametrize("key", sorted(SORTS))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(
    "filters", [{}, {"nationality": "DEU"}, {"queue": "unassigned"}], ids=["all", "deu", "queue"]
)
def test_a_jump_deep_into_any_order_shows_the_rows_a_long_read_would(
    db: Database, key: str, descending: bool, filters: dict[str, str]
) -> None:
    load(db)
    q = WorklistQuery(sort=key, descending=descending, **filters)
    whole = [r.case_id for r in worklist_page(db, q, "test.officer", 0, 1000, today=TODAY)]
    count = count_worklist(db, q, "test.officer")
    assert count == len(whole)
    for offset in (1, 5, count - 3, count - 1, count, count + 4):
        jumped = worklist_page(db, q, "test.officer", offset, 4, today=TODAY)
        assert [r.case_id for r in jumped] == whole[offset : offset + 4], offset


@pytest.mark.parametrize("descending", [False, True])
def test_empty_values_come_last_whichever_way_a_column_is_sorted(
    db: Database, descending: bool
) -> None:
    load(db)
    q = WorklistQuery(sort="officer", descending=descending)
    rows = worklist_page(db, q, "test.officer", 0, 100, today=TODAY)
    named = [r for r in rows if r.officer]
    assert len(named) == 7 and rows[: len(named)] == named  # the assigned ones first
    ids = [r.case_id for r in named]
    assert ids == sorted(ids, reverse=descending)  # one officer: then by case
    empty = [r.case_id for r in rows[len(named) :]]
    assert empty == sorted(empty, reverse=descending) and len(rows) == 25
    assert all_rows(db, q, page=4) == [r.case_id for r in rows]  # read by key, 4 at a time
    q = WorklistQuery(sort="status", descending=descending)
    statuses = [
        (r.status, r.received_at, r.case_id) for r in worklist_page(db, q, "test.officer", 0, 100)
    ]
    assert statuses == sorted(statuses, reverse=descending)


def test_ranked_case_ids_keep_the_search_order_and_apply_the_filters(db: Database) -> None:
    ids = load(db)
    best_first = (ids[7], ids[2], ids[20], ids[3], ids[12])  # as a search ranked them
    q = WorklistQuery(case_ids=best_first)
    assert ranked_case_ids(db, q, "test.officer") == list(best_first)
    chinese = [i for i in best_first if (i - ids[0]) % 3 == 2]  # every third is CHN
    assert chinese and len(chinese) < len(best_first)
    by_nationality = WorklistQuery(case_ids=best_first, nationality="CHN")
    assert ranked_case_ids(db, by_nationality, "test.officer") == chinese
    mine = WorklistQuery(queue="mine", case_ids=best_first)
    assert ranked_case_ids(db, mine, "test.officer") == [ids[20], ids[12]]  # every fourth
    assert ranked_case_ids(db, WorklistQuery(case_ids=()), "test.officer") == []


@pytest.mark.parametrize("descending", [False, True])
def test_native_names_of_any_length_sort_by_their_indexed_prefix(
    db: Database, descending: bool
) -> None:
    # A thousand 4-byte characters: more than a PostgreSQL index row holds whole (2,704 bytes).
    long = "𠀀" * 1000
    names = [long, long[:-1] + "𠀁", "张伟", None, "Zoë", "Ünal", None, "张", long[:499] + "a"]
    records = [
        application(f"KV-N-{i:03d}", applicant__native_name=name, documents=[])
        for i, name in enumerate(names)
    ]
    raw = [RawRecord(f"[{i}]", r) for i, r in enumerate(records)]
    assert import_records(db, raw, "test.officer", "n.json").rejected == []
    q = WorklistQuery(sort="native_name", descending=descending)
    rows = worklist_page(db, q, "test.officer", 0, 100, today=TODAY)
    named = [(r.native_name[:NATIVE_SORT_CHARS], r.case_id) for r in rows if r.native_name]
    # The two long names alike in their first 500 characters run by case id.
    assert named == sorted(named, reverse=descending) and len(named) == 7
    empty = [r.case_id for r in rows[len(named) :]]
    assert [r.native_name for r in rows[len(named) :]] == [None, None]
    assert empty == sorted(empty, reverse=descending)
    assert all_rows(db, q, page=2) == [r.case_id for r in rows]  # by key, 2 at a time
    for offset in range(len(rows) + 1):  # a jump lands where a long read would
        jumped = worklist_page(db, q, "test.officer", offset, 2, today=TODAY)
        assert [r.case_id for r in jumped] == [r.case_id for r in rows][offset : offset + 2]


@pytest.mark.parametrize("key", sorted(SORTS))
@pytest.mark.parametrize("descending", [False, True])
def test_a_filtered_sorted_list_pages_by_key_as_one_big_page_reads_it(
    db: Database, key: str, descending: bool
) -> None:
    load(db, 40)
    for filters in ({"nationality": "DEU"}, {"queue": "unassigned", "status": "received"},
                    {"received_from": date(2025, 10, 5), "officer": "test.officer"}):  # fmt: skip
        q = WorklistQuery(sort=key, descending=descending, **filters)  # type: ignore[arg-type]
        whole = [r.case_id for r in worklist_page(db, q, "test.officer", 0, 1000, today=TODAY)]
        assert whole and len(whole) == count_worklist(db, q, "test.officer")
        assert all_rows(db, q, page=3) == whole, filters


@pytest.mark.parametrize("key", sorted(SORTS))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("few_empty", [50_000, 1], ids=["filled-walked", "filled-counted"])
def test_a_jump_counted_from_a_nearer_known_row_lands_where_a_long_read_would(
    db: Database, key: str, descending: bool, few_empty: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Either way of finding a row of a sort with empty values: the filled rows walked first
    # (few empty ones), or counted first (many): `near=None` is the jump from the top.
    monkeypatch.setattr(worklist_keys, "_FEW_EMPTY", few_empty)
    ids = load(db, 30)
    with db.write() as session:  # some native names and outcomes, the rest empty
        for n, case_id in enumerate(ids):
            outcome = ["pass", "review", "fail", None][n % 4]
            session.execute(
                update(Case).where(Case.id == case_id).values(effective_outcome=outcome)
            )
            native = ["张伟", "Zoë", None][n % 3]
            session.execute(
                update(Applicant).where(Applicant.case_id == case_id).values(native_name=native)
            )
    for filters in ({}, {"nationality": "NGA"}):
        q = WorklistQuery(sort=key, descending=descending, **filters)  # type: ignore[arg-type]
        rows = worklist_page(db, q, "test.officer", 0, 1000, today=TODAY)
        whole = [r.case_id for r in rows]
        for known in range(-1, len(rows)):
            near = (known, rows[known]) if known >= 0 else None
            for offset in sorted({known + 1, known + 2, known + 5, len(rows) - 1, len(rows)}):
                if offset <= max(known, 0):
                    continue
                jumped = worklist_page(db, q, "test.officer", offset, 3, today=TODAY, near=near)
                assert [r.case_id for r in jumped] == whole[offset : offset + 3], (known, offset)
