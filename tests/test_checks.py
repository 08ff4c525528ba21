"""Stored check runs: snapshot and results kept, re-runs identical, overrides, replay, settings."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.cases.cases import count_cases
from kvisa_desk.core.cases.refs import find_case_id
from kvisa_desk.core.checks.review import override_result, replay_run
from kvisa_desk.core.checks.runs import all_case_ids, check_cases, check_history, latest_check
from kvisa_desk.core.errors import Conflict, InvalidInput
from kvisa_desk.core.post.registry import duplicate_names, merge_institutions, set_tier
from kvisa_desk.core.post.settings import update_post_settings
from kvisa_desk.rules.facts import CaseFacts
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CaseEvent, CheckRun, Passport
from tests.samples import OKAFOR, application, write_json

pytestmark = pytest.mark.backend

RULE_IDS = {
    "K-LEG-01",
    "K-NAT-01",
    "K-AGE-01",
    "K-EDU-01",
    "K-EDU-02",
    "K-EDU-03",
    "K-WRK-01",
    "K-RTE-01",
    "K-DOC-01",
    "K-DOC-02",
    "K-PPT-01",
    "K-PPT-02",
    "K-PUR-01",
    "K-DUP-01",
    "K-REF-01",
    "K-VER-01",
}


@pytest.fixture
def cases(db: Database, tmp_path: Path) -> list[int]:
    old = application("KV-OLD", applicant__date_of_birth="1979-03-02")
    twin = application("KV-TWIN")  # same passport as OKAFOR: a duplicate open case
    chn = application("KV-CHN", applicant__nationality="CHN", passport__number="E1")
    import_file(db, write_json(tmp_path / "a.json", [OKAFOR, old, twin, chn]), "officer.a")
    return all_case_ids(db)


def _check(db: Database, case_id: int, actor: str = "officer.a"):  # type: ignore[no-untyped-def]
    (result,) = check_cases(db, [case_id], actor)
    return result


def test_run_stores_snapshot_results_pack_and_settings(db: Database, cases: list[int]) -> None:
    result = _check(db, cases[0])
    assert {r["rule_id"] for r in result.results} == RULE_IDS
    keys = [(r["rule_id"], r["subject"] or "") for r in result.results]
    assert keys == sorted(keys)  # rule-id order, then subject order
    with db.read() as session:
        run = session.get(CheckRun, result.run_id)
        assert run is not None
        assert run.pack_id == "k-2025.10" and len(run.pack_hash) == 64
        assert run.settings_version == 0 and run.officer == "officer.a"
        facts = CaseFacts.from_dict(run.facts)
        assert facts.digest() == run.facts_digest
        # What the rules read from outside the case is frozen into the snapshot.
        assert facts.duplicates.open_cases  # KV-TWIN holds the same passport
        assert facts.education[0].institution_match.status == "matched"
        case = session.get(Case, cases[0])
        assert case is not None and case.check_outcome == result.outcome
        kinds = session.scalars(select(CaseEvent.kind).where(CaseEvent.case_id == cases[0]))
        assert "checks_run" in set(kinds)


def test_boundaries_reach_the_stored_outcome(db: Database, cases: list[int]) -> None:
    by_app = {c.application_id: c for c in check_cases(db, cases, "officer.a")}
    age = {r["rule_id"]: r for r in by_app["KV-OLD"].results}["K-AGE-01"]
    assert age["outcome"] == "review" and "46 on 2025-10-15" in age["message"]
    nat = {r["rule_id"]: r for r in by_app["KV-CHN"].results}["K-NAT-01"]
    assert nat["outcome"] == "fail" and by_app["KV-CHN"].outcome == "fail"


def test_rerun_with_same_facts_is_identical_and_never_rewrites(
    db: Database, cases: list[int]
) -> None:
    first = _check(db, cases[0])
    second = _check(db, cases[0])
    assert second.run_id != first.run_id
    assert second.facts_digest == first.facts_digest and second.results == first.results
    assert [c.run_id for c in check_history(db, cases[0])] == [first.run_id, second.run_id]


def test_override_needs_reason_and_shows_beside_original(db: Database, cases: list[int]) -> None:
    case_id = _check(db, cases[1]).case_id  # KV-OLD: K-AGE-01 is review
    with pytest.raises(InvalidInput, match="reason"):
        override_result(db, case_id, "K-AGE-01", None, "pass", "  ", "officer.b")
    with pytest.raises(InvalidInput, match="no result"):
        override_result(db, case_id, "K-EDU-01", None, "pass", "x", "officer.b")
    view = override_result(
        db, case_id, "K-AGE-01", None, "pass", "Born 1979; post policy allows", "officer.b"
    )
    age = {r["rule_id"]: r for r in view.results}["K-AGE-01"]
    assert (age["outcome"], age["effective_outcome"]) == ("review", "pass")
    assert age["override"]["officer"] == "officer.b"
    again = latest_check(db, cases[1])
    assert again is not None and again.effective_outcome == view.effective_outcome


def test_override_lapses_when_facts_change(db: Database, cases: list[int]) -> None:
    case_id = _check(db, cases[1]).case_id
    override_result(db, case_id, "K-AGE-01", None, "pass", "checked birth record", "officer.b")
    with db.write() as session:
        passport = session.get(Passport, cases[1])
        assert passport is not None
        passport.expiry_date = passport.expiry_date.replace(year=2030)
    with pytest.raises(Conflict, match="re-run the checks"):
        override_result(db, case_id, "K-AGE-01", None, "pass", "again", "officer.b")
    rerun = _check(db, cases[1])
    age = {r["rule_id"]: r for r in rerun.results}["K-AGE-01"]
    assert age["effective_outcome"] == "review"
    assert [(x["rule_id"], x["why"]) for x in rerun.lapsed] == [("K-AGE-01", "facts_changed")]


def test_replay_of_a_stored_run_is_identical(db: Database, cases: list[int]) -> None:
    result = _check(db, cases[0])
    replay = replay_run(db, result.run_id)
    assert replay.identical, replay.differences
    with db.write() as session:  # tamper with the stored results: replay must notice
        run = session.get(CheckRun, result.run_id)
        assert run is not None
        changed = [dict(r) for r in run.results]
        changed[0]["outcome"] = "fail" if changed[0]["outcome"] != "fail" else "pass"
        run.results = changed
    assert not replay_run(db, result.run_id).identical


def test_post_settings_change_outcome_and_version(db: Database, cases: list[int]) -> None:
    update_post_settings(db, "LON", {"age_max": 50}, "supervisor.s")
    result = _check(db, cases[1])
    assert result.settings_version == 1
    age = {r["rule_id"]: r for r in result.results}["K-AGE-01"]
    assert age["outcome"] == "pass" and "18–50" in age["message"]
    with pytest.raises(InvalidInput):
        update_post_settings(db, "LON", {"age_min": 60}, "supervisor.s")


def test_registry_tier_and_merge_reach_the_checks(db: Database, cases: list[int]) -> None:
    facts = CaseFacts.from_dict(_run_facts(db, _check(db, cases[0]).run_id))
    match = facts.education[0].institution_match
    assert match.status == "matched" and match.tier == "listed"
    set_tier(db, int(match.institution_id or 0), "recognised", "supervisor.s")
    facts = CaseFacts.from_dict(_run_facts(db, _check(db, cases[0]).run_id))
    assert facts.education[0].institution_match.tier == "recognised"
    pairs = duplicate_names(db)
    assert len(pairs) >= 10
    a, b = pairs[0]
    merge_institutions(db, b.id, a.id, "supervisor.s")
    assert (a.id, b.id) not in {(x.id, y.id) for x, y in duplicate_names(db)}


def _run_facts(db: Database, run_id: int) -> dict[str, object]:
    with db.read() as session:
        run = session.get(CheckRun, run_id)
        assert run is not None
        return run.facts


def test_cli_check_all_json_contract(db: Database, cases: list[int]) -> None:
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["--db-url", db.url, "check", "--all", "--json"])
    assert dispatch(CliContext(args, out=out, err=err)) == 0
    checked = json.loads(out.getvalue())
    assert len(checked) == count_cases(db)
    first = checked[0]
    assert set(first) >= {
        "case_id",
        "application_id",
        "outcome",
        "effective_outcome",
        "pack",
        "pack_hash",
        "rules",
    }
    assert set(first["rules"][0]) >= {
        "id",
        "subject",
        "outcome",
        "effective_outcome",
        "message",
        "source",
        "assumption",
    }
    # Each finding's template id and facts travel with its English message.
    age = next(r for r in first["rules"] if r["id"] == "K-AGE-01")
    assert age["finding"][0]["template"].startswith("age.")
    assert "date_of_birth" in age["finding"][0]["params"]
    subjects = [r["subject"] for r in first["rules"] if r["id"] == "K-EDU-01"]
    assert subjects == ["education[0]"]


def test_interrupted_batch_leaves_no_half_run(db: Database, cases: list[int]) -> None:
    checks = check_cases(db, cases, "officer.a", batch_size=2)
    next(checks)  # the first batch of two is committed
    checks.close()  # the officer pressed Ctrl-C: the second batch never starts
    with db.read() as session:
        stored = session.scalar(text("SELECT count(*) FROM check_runs"))
        outcomes = session.scalars(select(Case.check_outcome).order_by(Case.id)).all()
    assert stored == 2 and outcomes[:2] != [None, None] and outcomes[2:] == [None, None]


def test_worklist_filters_by_outcome(db: Database, cases: list[int]) -> None:
    from kvisa_desk.core.cases.cases import list_cases

    assert count_cases(db, outcome="unchecked") == len(cases)
    results = {c.case_id: c.effective_outcome for c in check_cases(db, cases[:2], "officer.a")}
    assert count_cases(db, outcome="unchecked") == len(cases) - 2
    failing = [r.case_id for r in list_cases(db, outcome="fail", limit=10)]
    assert set(failing) == {cid for cid, o in results.items() if o == "fail"}
    assert {r.outcome for r in list_cases(db, limit=10)} >= {None}


def test_confirmed_field_code_turns_a_suggestion_into_a_pass(
    db: Database, cases: list[int], tmp_path: Path
) -> None:
    from kvisa_desk.core.checks.fields import confirm_field_code

    suggested = application(
        "KV-SUGG",
        education=[
            {
                "level": "master",
                "field": "MSc Electrical Engineering",
                "isced_f": None,
                "institution": "University of Lagos",
                "institution_country": "NG",
                "awarded_on": "2021-11-20",
            }
        ],
    )
    import_file(db, write_json(tmp_path / "s.json", [suggested]), "officer.a")
    (case_id,) = [c for c in all_case_ids(db) if c not in cases]
    part = {(r["rule_id"], r["subject"]): r for r in _check(db, case_id).results}
    assert part[("K-EDU-02", "education[0]")]["outcome"] == "review"  # only suggested
    with pytest.raises(InvalidInput):
        confirm_field_code(db, "officer.a", find_case_id(db, "KV-SUGG"), "education[9x]", "0713")
    with db.read() as session:
        version_before = session.get(Case, case_id).version  # type: ignore[union-attr]
    done = confirm_field_code(db, "officer.a", find_case_id(db, "KV-SUGG"), "education[0]", "0713")
    assert done.suggested == "0713"
    with db.read() as session:
        # A view opened before the confirmation must not save an older code over it.
        assert session.get(Case, case_id).version == version_before + 1  # type: ignore[union-attr]
    part = {(r["rule_id"], r["subject"]): r for r in _check(db, case_id).results}
    assert part[("K-EDU-02", "education[0]")]["outcome"] == "pass"
