"""Revision 2's institution matching through the store: registered names (seeded, and added or
removed by supervisors with the CLI, audited), the post's threshold and floor, and what a
check run stores and says."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.checks.runs import check_cases
from kvisa_desk.core.errors import Conflict, InvalidInput, PermissionRefused
from kvisa_desk.core.post.institution_aliases import add_alias, list_aliases, remove_alias
from kvisa_desk.core.post.registry import add_institution, merge_institutions, search_registry
from kvisa_desk.core.post.settings import update_post_settings
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseEvent, Institution
from tests.samples import application, write_json

pytestmark = pytest.mark.backend


def _institution(db: Database, name: str, country: str) -> int:
    (found,) = [e for e in search_registry(db, name, country) if e.name == name]
    return found.id


def _part(db: Database, tmp_path: Path, app_id: str, **changes: object) -> dict[str, object]:
    """Import one application, check it, and return its K-EDU-03 result for education[0]."""
    record = application(app_id, employment=[], **changes)
    report = import_file(db, write_json(tmp_path / f"{app_id}.json", [record]), "officer.a")
    assert report.first_case_id is not None
    (check,) = check_cases(db, [report.first_case_id], "officer.a")
    assert check.pack_revision == 2
    (part,) = [r for r in check.results if r["rule_id"] == "K-EDU-03"]
    return part


def _degree(institution: str, country: str) -> list[dict[str, object]]:
    return [
        {
            "level": "master",
            "field": "MSc Electrical Engineering",
            "isced_f": "0713",
            "institution": institution,
            "institution_country": country,
            "awarded_on": "2021-11-20",
        }
    ]


def test_the_seed_registers_common_names(db: Database) -> None:
    lagos = _institution(db, "University of Lagos", "NG")
    assert [(n.name, n.kind, n.source) for n in list_aliases(db, lagos)] == [
        ("UNILAG", "abbreviation", "seed")
    ]


def test_the_issue_s_cases_match_by_name(db: Database, tmp_path: Path) -> None:
    mit = _part(
        db,
        tmp_path,
        "KV-MIT",
        applicant__email="j.doe@stanford.edu",
        education=_degree("Massachusetts Institute of Technology", "US"),
    )
    assert mit["outcome"] == "pass" and mit["message_params"]["basis"] == "name"  # type: ignore[index]
    unilag = _part(db, tmp_path, "KV-UNILAG", education=_degree("UNILAG", "NG"))
    assert unilag["outcome"] == "pass"
    assert "University of Lagos" in str(unilag["message"])
    far = _part(db, tmp_path, "KV-FAR", education=_degree("Lagos Univ. of Grid Studies", "NG"))
    assert far["outcome"] == "review"
    assert "similarity" in str(far["message"]) and "not found" not in str(far["message"])


def test_a_supervisor_registers_a_name_and_the_match_follows(db: Database, tmp_path: Path) -> None:
    grid = add_institution(db, "National Grid Research Institute", "NG", "supervisor.s").id
    before = _part(db, tmp_path, "KV-NGRI-1", education=_degree("NAGRI", "NG"))
    assert before["outcome"] == "review"
    with pytest.raises(PermissionRefused):
        add_alias(db, grid, "NAGRI", "officer.a")
    added = add_alias(db, grid, "NAGRI", "supervisor.s")
    assert (added.kind, added.added_by) == ("abbreviation", "supervisor.s")
    after = _part(db, tmp_path, "KV-NGRI-2", education=_degree("nagri", "NG"))
    assert after["outcome"] == "pass"
    assert "by a name registered for it" in str(after["message"])
    with db.read() as session:
        kinds = list(session.scalars(select(CaseEvent.kind).where(CaseEvent.case_id.is_(None))))
    assert "registry_alias_added" in kinds
    # A name that another institution of the country already carries is refused.
    with pytest.raises(Conflict, match="already registered for University of Lagos"):
        add_alias(db, grid, "UNILAG", "supervisor.s")
    lagos = _institution(db, "University of Lagos", "NG")
    with pytest.raises(Conflict, match="name of National Grid Research Institute"):
        add_alias(db, lagos, "National Grid Research Institute", "supervisor.s")


def test_the_next_check_sees_a_name_removed_and_an_entry_renamed(
    db: Database, tmp_path: Path
) -> None:
    # The registry's index is kept between runs: every change must reach the next run.
    grid = add_institution(db, "National Grid Research Institute", "NG", "supervisor.s").id
    add_alias(db, grid, "NAGRI", "supervisor.s")
    assert _part(db, tmp_path, "KV-NGRI-3", education=_degree("NAGRI", "NG"))["outcome"] == "pass"
    remove_alias(db, grid, "NAGRI", "supervisor.s")
    assert _part(db, tmp_path, "KV-NGRI-4", education=_degree("NAGRI", "NG"))["outcome"] == (
        "review"
    )
    with db.write() as session:
        session.get(Institution, grid).name = "Nagri Grid Institute"  # type: ignore[union-attr]
    renamed = _part(db, tmp_path, "KV-NGRI-5", education=_degree("Nagri Grid Institute", "NG"))
    assert renamed["outcome"] == "pass"


def test_merging_keeps_the_registered_names(db: Database) -> None:
    first = add_institution(db, "Institute of Grid Studies", "NG", "supervisor.s").id
    second = add_institution(db, "Grid Studies Institute", "NG", "supervisor.s").id
    add_alias(db, second, "IGS Abuja", "supervisor.s")
    merge_institutions(db, second, first, "supervisor.s")
    assert [n.name for n in list_aliases(db, first)] == ["IGS Abuja"]
    assert list_aliases(db, second) == []


def test_threshold_and_floor_are_post_settings(db: Database, tmp_path: Path) -> None:
    stanford = _degree("Stanford", "US")
    assert _part(db, tmp_path, "KV-ST-1", education=stanford)["outcome"] == "review"
    update_post_settings(db, "LON", {"institution_match_score": 70}, "supervisor.s")
    part = _part(db, tmp_path, "KV-ST-2", education=stanford)
    assert part["outcome"] == "pass" and part["message_params"]["match_score"] == 70  # type: ignore[index]
    with pytest.raises(InvalidInput, match="'institution_candidate_floor' \\(80\\) is above"):
        update_post_settings(db, "LON", {"institution_candidate_floor": 80}, "supervisor.s")
    update_post_settings(
        db, "LON", {"institution_candidate_floor": 85}, "supervisor.s", ("institution_match_score",)
    )
    weak = _part(db, tmp_path, "KV-ST-3", education=_degree("Stanford Grid Academy", "US"))
    assert "no candidate in the registry (none reached similarity 85)" in str(weak["message"])


def _run(db: Database, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["--db-url", str(db.url), *argv])
    return dispatch(CliContext(args, out=out, err=err)), out.getvalue(), err.getvalue()


def test_the_registry_alias_commands(db: Database) -> None:
    grid = add_institution(db, "National Grid Research Institute", "NG", "supervisor.s").id
    code, out, err = _run(
        db, "--user", "supervisor.s", "registry", "alias", "add", str(grid), "NAGRI"
    )
    assert (code, err) == (0, "") and "'NAGRI' registered (abbreviation)" in out
    code, out, _ = _run(db, "registry", "alias", "list", str(grid), "--json")
    assert code == 0 and [n["name"] for n in json.loads(out)] == ["NAGRI"]
    code, _, err = _run(db, "registry", "alias", "add", str(grid), "NGRI")  # an officer
    assert code == 3 and "may not change the institution registry" in err
    code, _, err = _run(db, "--user", "supervisor.s", "registry", "alias", "remove", str(grid), "X")
    assert code == 4 and "not registered" in err and "NAGRI" in err
    code, out, _ = _run(
        db, "--user", "supervisor.s", "registry", "alias", "remove", str(grid), "nagri"
    )
    assert code == 0 and "'NAGRI' removed" in out
    code, _, err = _run(db, "--user", "supervisor.s", "registry", "alias", "add", "999999", "X")
    assert code == 4 and "no institution 999999" in err


@pytest.mark.sqlite_only
def test_the_upgrade_registers_the_seed_names_for_an_existing_registry(tmp_path: Path) -> None:
    import shutil

    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url

    saved = Path(__file__).parent / "data" / "revision1"
    copy = tmp_path / "checked-revision1.sqlite3"
    shutil.copy(saved / copy.name, copy)
    opened = open_database(sqlite_url(copy))
    try:
        lagos = _institution(opened.db, "University of Lagos", "NG")
        assert [n.name for n in list_aliases(opened.db, lagos)] == ["UNILAG"]
        tsinghua = _institution(opened.db, "Tsinghua University", "CN")
        assert {n.name for n in list_aliases(opened.db, tsinghua)} == {"THU", "清华大学"}
    finally:
        opened.db.dispose()


def test_check_json_names_the_override_that_carried_the_route(db: Database, tmp_path: Path) -> None:
    from kvisa_desk.core.checks.review import override_result

    record = application("KV-PART", employment=[], education=_degree("Abuja Grid Institute", "NG"))
    report = import_file(db, write_json(tmp_path / "part.json", [record]), "officer.a")
    case_ref = f"C{report.first_case_id:07d}"
    code, out, _ = _run(db, "check", case_ref, "--json")
    (first,) = json.loads(out)
    rules = {(r["id"], r["subject"]): r for r in first["rules"]}
    assert rules[("K-RTE-01", None)]["effective_outcome"] == "review"
    override_result(
        db,
        report.first_case_id,
        "K-EDU-03",
        "education[0]",
        "pass",
        "Known grid research body.",
        "officer.b",
    )
    code, out, _ = _run(db, "check", case_ref, "--json")
    (second,) = json.loads(out)
    assert code == 0 and second["pack_revision"] == 2
    rules = {(r["id"], r["subject"]): r for r in second["rules"]}
    route = rules[("K-RTE-01", None)]
    assert (route["outcome"], route["effective_outcome"]) == ("review", "pass")
    assert [(o["rule_id"], o["subject"], o["officer"]) for o in route["carried_by"]] == [
        ("K-EDU-03", "education[0]", "officer.b")
    ]
    part = rules[("K-EDU-03", "education[0]")]
    assert (part["outcome"], part["effective_outcome"]) == ("review", "pass")
    code, out, _ = _run(db, "check", case_ref)
    assert "carried by the override of K-EDU-03 (Degree 1) by officer.b" in out


def test_a_process_keeps_the_registry_index_of_its_latest_databases_only(
    db: Database, tmp_path: Path
) -> None:
    # Each index holds ~100,000 objects: one kept per database ever opened grew the test run
    # to millions of objects and multi-second garbage collection pauses.
    from kvisa_desk.core.post import institution_aliases
    from kvisa_desk.core.startup import open_database

    paths = [tmp_path / f"post-{i}.sqlite3" for i in range(4)]
    for path in paths:
        other = open_database(f"sqlite:///{path}").db
        with other.read() as session:
            first = institution_aliases.load_name_index(session)
            assert institution_aliases.load_name_index(session) is first  # built once
        other.engine.dispose()
    kept = list(institution_aliases._NAME_INDEXES)
    assert len(kept) == 2 and all(str(paths[-1]) in k or str(paths[-2]) in k for k in kept)
