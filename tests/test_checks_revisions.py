"""Pack revisions over stored runs: a database checked under revision 1 (by the code before
revision 2 existed) replays exactly after the upgrade, keeps its overrides, and its decided
cases stay decided; new runs take revision 2."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.applications.importer import import_file
from kvisa_desk.core.checks.review import override_result, replay_run
from kvisa_desk.core.checks.revision_changes import changes_by_revision
from kvisa_desk.core.checks.runs import all_case_ids, check_cases, latest_check
from kvisa_desk.core.errors import PermissionRefused
from kvisa_desk.core.startup import open_database
from kvisa_desk.demo.cases import load_demo_cases
from kvisa_desk.rules.pack import default_library
from kvisa_desk.store.engine import Database, sqlite_url
from kvisa_desk.store.models import Case, CaseEvent, CheckRun, RuleOverride
from kvisa_desk.store.models.decisions import Decision
from tests.samples import OKAFOR, application, write_json

SAVED = Path(__file__).parent / "data" / "revision1"
SAVED_DB = SAVED / "checked-revision1.sqlite3"
REVISION_1_HASH = "044750b2cbc6142b421e8d2d6835089ab35f84773bb4da818e31de476d6fe159"
OPEN = ("received", "in_review", "awaiting_documents", "ready_for_decision")


def _before_upgrade() -> dict[str, dict[str, object]]:
    """What the revision-1 code stored: per application, the latest run's effective results."""
    found: dict[str, dict[str, object]] = {}
    with sqlite3.connect(f"file:{SAVED_DB}?mode=ro", uri=True) as conn:
        cases = conn.execute(
            "SELECT id, application_id, check_outcome, effective_outcome, status FROM cases"
        ).fetchall()
        for case_id, app, outcome, effective, status in cases:
            (results,) = conn.execute(
                "SELECT results FROM check_runs WHERE case_id = ? ORDER BY id DESC LIMIT 1",
                (case_id,),
            ).fetchone()
            found[app] = {
                "case_id": case_id,
                "outcome": outcome,
                "effective_outcome": effective,
                "status": status,
                "results": {
                    (r["rule_id"], r["subject"]): (r["outcome"], r["effective_outcome"])
                    for r in json.loads(results)
                },
            }
    return found


@pytest.fixture
def upgraded(tmp_path: Path) -> Iterator[Database]:
    """A copy of the saved revision-1 database, opened (and so upgraded) by today's start-up."""
    copy = tmp_path / SAVED_DB.name
    shutil.copy(SAVED_DB, copy)
    shutil.copytree(SAVED / "checked-revision1.documents", tmp_path / "checked-revision1.documents")
    opened = open_database(sqlite_url(copy))
    yield opened.db
    opened.db.dispose()


@pytest.mark.sqlite_only
def test_saved_revision_1_runs_replay_exactly_after_the_upgrade(upgraded: Database) -> None:
    with upgraded.read() as session:
        runs = session.execute(select(CheckRun.id, CheckRun.pack_revision, CheckRun.pack_hash))
        found = list(runs)
    assert len(found) > 30
    assert {(revision, digest) for _, revision, digest in found} == {(1, REVISION_1_HASH)}
    for run_id, _, _ in found:
        replay = replay_run(upgraded, run_id)
        assert replay.identical, (run_id, replay.differences)


@pytest.mark.sqlite_only
def test_the_upgrade_keeps_every_override_and_outcome(upgraded: Database) -> None:
    before = _before_upgrade()
    with upgraded.read() as session:
        assert session.scalar(select(RuleOverride.pack_revision).limit(1)) == 1
    for app, was in before.items():
        check = latest_check(upgraded, int(str(was["case_id"])))
        assert check is not None and check.pack_revision == 1
        assert check.lapsed == [], app
        assert (check.outcome, check.effective_outcome) == (
            was["outcome"],
            was["effective_outcome"],
        )
        now = {
            (r["rule_id"], r["subject"]): (r["outcome"], r["effective_outcome"])
            for r in check.results
        }
        assert now == was["results"], app
    # The overrides still show as they did: a part's and a case rule's.
    age = before["KV-R1-AGE-OVERRIDE"]["results"]
    assert age[("K-AGE-01", None)] == ("review", "pass")  # type: ignore[index]


@pytest.mark.sqlite_only
def test_new_runs_take_revision_2_and_carry_revision_1_overrides(upgraded: Database) -> None:
    before = _before_upgrade()
    with upgraded.read() as session:
        decisions = [
            (d.case_id, d.recommendation, d.state) for d in session.scalars(select(Decision))
        ]
        statuses = {a: s for a, s in session.execute(select(Case.application_id, Case.status))}
    open_ids = [int(str(w["case_id"])) for w in before.values() if w["status"] in OPEN]
    newest = default_library().newest("k-2025.10")
    by_case = {c.case_id: c for c in check_cases(upgraded, open_ids, "officer.a")}
    assert {c.pack_revision for c in by_case.values()} == {2}
    assert {c.pack_hash for c in by_case.values()} == {newest.content_hash}
    overridden = ["KV-R1-AGE-OVERRIDE", "KV-R1-PART-OVERRIDE", "KV-R1-MIT-STANFORD"]
    for app in overridden:
        check = by_case[int(str(before[app]["case_id"]))]
        assert check.lapsed == [], app  # an upgrade alone never voids an officer's judgement
        overrides = [r for r in check.results if r.get("override")]
        assert overrides and all(r["override"]["pack_revision"] == 1 for r in overrides)
        again = latest_check(upgraded, check.case_id)  # read back: still held
        assert again is not None and again.lapsed == []
        assert [r["effective_outcome"] for r in again.results] == [
            r["effective_outcome"] for r in check.results
        ]
    # Decided cases are never re-decided by a new revision.
    with upgraded.read() as session:
        assert [
            (d.case_id, d.recommendation, d.state) for d in session.scalars(select(Decision))
        ] == decisions
        assert {
            a: s for a, s in session.execute(select(Case.application_id, Case.status))
        } == statuses


@pytest.mark.sqlite_only
def test_an_override_after_the_upgrade_judges_the_revision_1_run(upgraded: Database) -> None:
    before = _before_upgrade()
    case_id = int(str(before["KV-R1-NO-SCREENING"]["case_id"]))
    view = override_result(
        upgraded, case_id, "K-REF-01", None, "pass", "Screening done by phone.", "officer.b"
    )
    assert view.pack_revision == 1
    ref = {(r["rule_id"], r["subject"]): r for r in view.results}[("K-REF-01", None)]
    assert ref["effective_outcome"] == "pass" and ref["override"]["pack_revision"] == 1


@pytest.mark.backend
def test_revision_1_forced_stores_revision_1_and_replays(db: Database, tmp_path: Path) -> None:
    old = application("KV-OLD", applicant__date_of_birth="1979-03-02")
    import_file(db, write_json(tmp_path / "a.json", [OKAFOR, old]), "officer.a")
    ids = all_case_ids(db)
    first = list(check_cases(db, ids, "officer.a", revision=1))
    assert {(c.pack_revision, c.pack_hash) for c in first} == {(1, REVISION_1_HASH)}
    assert all(replay_run(db, c.run_id).identical for c in first)
    override_result(
        db, first[1].case_id, "K-AGE-01", None, "pass", "Policy allows 46.", "officer.b"
    )
    second = {c.case_id: c for c in check_cases(db, ids, "officer.a")}
    assert {c.pack_revision for c in second.values()} == {2}
    assert second[first[1].case_id].lapsed == []
    assert all(replay_run(db, c.run_id).identical for c in second.values())
    with db.read() as session:
        revisions = sorted(session.scalars(select(CheckRun.pack_revision)))
    assert revisions == [1, 1, 2, 2]


@pytest.mark.sqlite_only
def test_a_carried_over_part_override_counts_under_revision_2(upgraded: Database) -> None:
    before = _before_upgrade()
    case_id = int(str(before["KV-R1-PART-OVERRIDE"]["case_id"]))
    # Under revision 1 the part's override never reached the route.
    assert before["KV-R1-PART-OVERRIDE"]["results"][("K-RTE-01", None)] == (  # type: ignore[index]
        "review",
        "review",
    )
    (check,) = check_cases(upgraded, [case_id], "officer.a")
    route = {(r["rule_id"], r["subject"]): r for r in check.results}[("K-RTE-01", None)]
    assert (route["outcome"], route["effective_outcome"]) == ("review", "pass")
    (carried,) = route["carried_by"]
    assert (carried["rule_id"], carried["subject"], carried["officer"]) == (
        "K-EDU-03",
        "education[0]",
        "officer.b",
    )
    shown = {(r["id"], r["subject"]): r for r in check.to_json()["rules"]}
    reason = shown[("K-RTE-01", None)]["carried_by"][0]["reason"]
    assert reason.startswith("A national research institute")


def _counts(db: Database) -> tuple[int, int]:
    with db.read() as session:
        runs = session.scalar(select(func.count()).select_from(CheckRun))
        events = session.scalar(select(func.count()).select_from(CaseEvent))
    return int(runs or 0), int(events or 0)


@pytest.mark.sqlite_only
def test_changed_by_revision_lists_what_revision_2_changes(upgraded: Database) -> None:
    before = _counts(upgraded)
    found = {c.application_id: c for c in changes_by_revision(upgraded, "officer.a")}
    assert _counts(upgraded) == before  # nothing written
    changes = {
        app: {(r.rule, r.subject, r.before, r.after) for r in c.changes} for app, c in found.items()
    }
    assert ("K-NAT-01", None, "pass", "fail") in changes["KV-R1-CHN-PASSPORT"]
    assert ("K-NAT-01", None, "pass", "fail") in changes["KV-R1-BNO"]
    assert ("K-EDU-01", "education[0]", "pass", "fail") in changes["KV-R1-FUTURE-DEGREE"]
    assert ("K-EDU-03", "education[0]", "review", "pass") in changes["KV-R1-MIT-STANFORD"]
    assert ("K-EDU-03", "education[0]", "review", "pass") in changes["KV-R1-UNILAG"]
    assert ("K-EDU-03", "education[0]", "pass", "review") in changes["KV-R1-EMAIL-PULL"]
    assert ("K-EDU-02", "education[0]", "pass", "review") in changes["KV-R1-FINE-ARTS"]
    assert changes["KV-R1-GERMAN-D"] == {("K-DUP-01", None, "pass", "review")}
    assert changes["KV-R1-NUMBER-SPACED"] == {("K-DUP-01", None, "pass", "review")}
    assert changes["KV-R1-REFUSED-LATER"] == {("K-DUP-01", None, "review", "pass")}
    assert changes["KV-R1-LONG-NUMBER"] == {("K-PPT-02", None, "review", "pass")}
    assert "award" in found["KV-R1-FUTURE-DEGREE"].changes[0].why  # and why
    # Decided cases are never re-decided, and cases the revision leaves alone are not listed.
    assert not {"KV-R1-REFUSAL", "KV-R1-APPROVED", "KV-R1-BASE", "KV-R1-AGE-OVERRIDE"} & set(found)
    # Once the checks ran under revision 2, nothing is left to change.
    list(check_cases(upgraded, [c.case_id for c in found.values()], "officer.a"))
    assert changes_by_revision(upgraded, "officer.a") == []


@pytest.mark.sqlite_only
def test_check_changed_by_revision_on_the_command_line(
    upgraded: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KVISA_PASSWORD", "saved fixture password")
    path = str(upgraded.url).removeprefix("sqlite+pysqlite:///")

    def run(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        args = build_parser().parse_args(["--db", path, *argv])
        return dispatch(CliContext(args, out=out, err=err)), out.getvalue(), err.getvalue()

    code, out, err = run("--user", "officer.a", "check", "--changed-by-revision", "--json")
    assert (code, err) == (0, "")
    listed = json.loads(out)
    assert all(set(c) == {"case_id", "application_id", "changes"} for c in listed)
    assert all(set(r) == {"rule", "subject", "from", "to"} for c in listed for r in c["changes"])
    nat = {c["application_id"]: c for c in listed}["KV-R1-CHN-PASSPORT"]
    assert nat["changes"] == [{"rule": "K-NAT-01", "subject": None, "from": "pass", "to": "fail"}]
    code, out, _ = run("--user", "supervisor.s", "check", "--changed-by-revision")
    assert code == 0 and "KV-R1-CHN-PASSPORT" in out and "K-NAT-01: pass -> fail" in out
    assert "Chinese passport" in out  # why


@pytest.mark.backend
def test_changed_by_revision_on_demo_cases_checked_under_revision_1(db: Database) -> None:
    load_demo_cases(db, 150, 7, "officer.a")
    list(check_cases(db, all_case_ids(db), "officer.a", revision=1))
    found = changes_by_revision(db, "officer.a")
    assert found and all(c.revision_before == 1 and c.revision_after == 2 for c in found)
    assert all(r.before != r.after and r.why for c in found for r in c.changes)
    with pytest.raises(PermissionRefused):
        changes_by_revision(db, "test.admin")
