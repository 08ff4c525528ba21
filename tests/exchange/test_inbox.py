"""The watched inbox: files arriving while it is watched (partial writes, renames,
duplicates), folders with documents, whole-file refusals, a crash mid-import, stale claims,
two processes on one folder, and who may run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kvisa_desk.core.errors import PermissionRefused
from kvisa_desk.core.exchange.inbox import run_inbox_pass
from kvisa_desk.core.exchange.inbox_folder import HEARTBEAT, InboxUnusable, Owner
from kvisa_desk.core.post.settings import update_post_settings
from kvisa_desk.core.reports.dashboard import dashboard_for
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CaseDocument, CaseEvent
from kvisa_desk.store.models.exchange import InboxSubmission
from tests.exchange.exchange_support import (
    case_count,
    drop_jsonl,
    jsonl_bytes,
    later_clock,
    run_cli,
    submission_folder,
)

pytestmark = pytest.mark.backend
OFFICER = "officer.import"
ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).resolve().parent / "inbox_worker.py"


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def _report(path: Path) -> dict[str, object]:
    report = path.with_name(path.name + ".report.json")
    return json.loads(report.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _left_in(inbox: Path) -> list[str]:
    """What is still waiting in the inbox itself (not filed away, not claimed)."""
    filed = {"imported", "rejected", "claimed"}
    return sorted(p.name for p in inbox.iterdir() if p.name not in filed)


def test_a_file_being_written_waits_and_is_taken_once_settled(db: Database, inbox: Path) -> None:
    data = jsonl_bytes(["KV-IN-1", "KV-IN-2", "KV-IN-3"])
    target = inbox / "batch-7.jsonl"
    with target.open("wb") as handle:
        handle.write(data[: len(data) // 2])  # a partial write: the second record is cut
        handle.flush()
        first = run_inbox_pass(db, OFFICER, inbox)  # the real clock: it changed just now
        assert first.waiting == ["batch-7.jsonl"] and first.results == []
        assert case_count(db) == 0 and target.exists()
        handle.write(data[len(data) // 2 :])
    done = run_inbox_pass(db, OFFICER, inbox, clock=later_clock())
    (result,) = done.results
    assert (result.outcome, result.imported, result.rejected) == ("imported", 3, 0)
    assert result.filed_as == inbox / "imported" / "batch-7.jsonl"
    assert result.filed_as.read_bytes() == data
    report = _report(result.filed_as)
    assert report["outcome"] == "imported" and report["imported"] == 3
    assert report["rejected"] == [] and report["changed"] == []
    assert done.exit_code == 0 and _left_in(inbox) == [] and case_count(db) == 3
    assert not (inbox / "claimed").exists() or not list((inbox / "claimed").iterdir())


def test_a_renamed_file_waits_unless_its_done_companion_is_there(db: Database, inbox: Path) -> None:
    part = inbox / "batch-8.jsonl.part"
    part.write_bytes(jsonl_bytes(["KV-IN-8"]))
    assert run_inbox_pass(db, OFFICER, inbox).ignored == []  # a copy tool's name: not a word
    os.utime(part, (time.time() - 3600, time.time() - 3600))  # an old file, renamed in now
    part.rename(inbox / "batch-8.jsonl")
    assert run_inbox_pass(db, OFFICER, inbox).waiting == ["batch-8.jsonl"]
    (inbox / "batch-8.jsonl.done").write_bytes(b"")
    done = run_inbox_pass(db, OFFICER, inbox)  # no waiting: the companion says it is whole
    assert [r.outcome for r in done.results] == ["imported"]
    assert not (inbox / "batch-8.jsonl.done").exists()
    assert case_count(db) == 1


def test_the_same_content_twice_is_imported_once(db: Database, inbox: Path) -> None:
    drop_jsonl(inbox, "a.jsonl", ["KV-DUP-1", "KV-DUP-2"])
    assert run_inbox_pass(db, OFFICER, inbox, clock=later_clock()).exit_code == 0
    drop_jsonl(inbox, "a-again.jsonl", ["KV-DUP-1", "KV-DUP-2"])
    drop_jsonl(inbox, "a.jsonl", ["KV-DUP-1", "KV-DUP-2"])  # same name, same bytes
    done = run_inbox_pass(db, OFFICER, inbox, clock=later_clock())
    assert [r.outcome for r in done.results] == ["duplicate", "duplicate"]
    assert done.exit_code == 1 and case_count(db) == 2
    filed = sorted(p.name for p in (inbox / "rejected").iterdir())
    assert filed == ["a-again.jsonl", "a-again.jsonl.report.json", "a.jsonl", "a.jsonl.report.json"]
    report = _report(inbox / "rejected" / "a.jsonl")
    assert report["outcome"] == "duplicate" and "nothing was imported again" in str(
        report["reason"]
    )
    # A changed file under the old name is new content: imported, and filed beside the first.
    drop_jsonl(inbox, "a.jsonl", ["KV-DUP-3"])
    done = run_inbox_pass(db, OFFICER, inbox, clock=later_clock())
    assert done.results[0].filed_as == inbox / "imported" / "a~2.jsonl"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(InboxSubmission)) == 2
        rejected = session.scalars(
            select(CaseEvent.details).where(CaseEvent.kind == "inbox_submission_rejected")
        ).all()
    assert [d["why"] for d in rejected] == ["duplicate", "duplicate"]


def test_valid_records_are_imported_when_others_are_rejected(db: Database, inbox: Path) -> None:
    good = jsonl_bytes(["KV-MIX-1"])
    bad = jsonl_bytes(["KV-MIX-2"], received_at="yesterday")
    (inbox / "mixed.jsonl").write_bytes(good + bad)
    done = run_inbox_pass(db, OFFICER, inbox, clock=later_clock())
    (result,) = done.results
    assert (result.outcome, result.imported, result.rejected) == ("imported", 1, 1)
    assert done.exit_code == 1
    report = _report(result.filed_as)
    reason = "must be a date written YYYY-MM-DD"
    assert report["rejected"] == [
        {
            "position": "line 2",
            "application_id": "KV-MIX-2",
            "field": "received_at",
            "reason": reason,
        }
    ]


def test_records_past_what_a_report_lists_are_still_counted(
    db: Database, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kvisa_desk.core.applications.importer.MAX_LISTED", 2)
    ids = [f"KV-MANY-{n}" for n in range(4)]
    (inbox / "many.jsonl").write_bytes(jsonl_bytes(ids, received_at="yesterday"))
    (result,) = run_inbox_pass(db, OFFICER, inbox, clock=later_clock()).results
    assert (result.imported, result.rejected) == (0, 4)  # counted, not the listed two
    report = _report(result.filed_as)
    assert len(report["rejected"]) == 2  # type: ignore[arg-type]
    assert (report["rejected_records"], report["unlisted"]) == (4, 2)
    with db.read() as session:
        assert session.scalar(select(InboxSubmission.rejected)) == 4


def test_inbox_refusals_reach_the_supervisors_dashboard(db: Database, inbox: Path) -> None:
    (inbox / "mixed.jsonl").write_bytes(
        jsonl_bytes(["KV-DASH-1"]) + jsonl_bytes(["KV-DASH-2"], received_at="yesterday")
    )
    (inbox / "broken.json").write_text("[", encoding="utf-8")
    drop_jsonl(inbox, "fine.jsonl", ["KV-DASH-3"])
    run_inbox_pass(db, OFFICER, inbox, clock=later_clock())
    assert dashboard_for(db, "supervisor.s").inbox_rejections == 2  # broken whole, mixed partly
    assert dashboard_for(db, "officer.a").inbox_rejections is None
    earlier = date.today() - timedelta(days=30)
    board = dashboard_for(db, "supervisor.s", date_from=earlier, date_to=earlier)
    assert board.inbox_rejections == 0


def test_a_file_refused_whole_goes_to_rejected_with_the_reason(db: Database, inbox: Path) -> None:
    (inbox / "broken.json").write_text('[{"schema": "kvisa-application/1",', encoding="utf-8")
    (inbox / "notes.txt").write_text("call the centre", encoding="utf-8")
    (inbox / "two").mkdir()
    (inbox / "two" / "a.json").write_text("[]", encoding="utf-8")
    (inbox / "two" / "b.csv").write_text("schema,application_id\n", encoding="utf-8")
    done = run_inbox_pass(db, OFFICER, inbox, clock=later_clock())
    outcomes = {r.name: r for r in done.results}
    assert outcomes["broken.json"].outcome == "rejected"
    assert "the JSON is broken" in outcomes["broken.json"].reason
    assert outcomes["two"].outcome == "rejected"
    assert "exactly one application file" in outcomes["two"].reason
    assert (inbox / "rejected" / "two" / "a.json").exists()  # the whole folder moved
    assert done.ignored == ["notes.txt"] and (inbox / "notes.txt").exists()
    assert done.exit_code == 1 and case_count(db) == 0


def test_a_folder_submission_moves_whole_and_its_documents_are_attached(
    db: Database, inbox: Path, tmp_path: Path
) -> None:
    made = submission_folder(tmp_path / "outside", "sub-1", ["KV-FOLD-1", "KV-FOLD-2"])
    made.rename(inbox / "sub-1")
    assert run_inbox_pass(db, OFFICER, inbox).waiting == ["sub-1"]  # moved in just now
    done = run_inbox_pass(db, OFFICER, inbox, clock=later_clock())
    (result,) = done.results
    assert (result.outcome, result.imported) == ("imported", 2)
    assert (inbox / "imported" / "sub-1" / "applications.jsonl").exists()
    assert (inbox / "imported" / "sub-1" / "docs" / "KV-FOLD-1" / "passport.pdf").exists()
    with db.read() as session:
        attached = session.scalars(
            select(CaseDocument.sha256).where(CaseDocument.sha256.is_not(None))
        ).all()
    assert len(attached) == 2


@pytest.mark.parametrize("stage", ["before-commit", "after-commit"])
def test_a_crash_mid_import_imports_the_submission_exactly_once(
    db: Database, inbox: Path, stage: str
) -> None:
    drop_jsonl(inbox, "crash.jsonl", ["KV-CRASH-1", "KV-CRASH-2"])
    worker = subprocess.run(
        [sys.executable, str(WORKER), db.url, str(inbox), stage],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert worker.returncode == 9, worker.stderr
    (claim,) = list((inbox / "claimed").iterdir())
    assert (claim / "crash.jsonl").exists()
    assert case_count(db) == (2 if stage == "after-commit" else 0)

    # Within ten minutes the claim is left alone, though its process is gone.
    assert run_inbox_pass(db, OFFICER, inbox, clock=later_clock()).results == []
    done = run_inbox_pass(db, OFFICER, inbox, clock=later_clock(11 * 60))
    assert done.taken_back == ["crash.jsonl"]
    (result,) = done.results
    assert result.outcome == ("recovered" if stage == "after-commit" else "imported")
    assert result.imported == 2 and done.exit_code == 0
    assert case_count(db) == 2
    assert (inbox / "imported" / "crash.jsonl").exists()
    assert not claim.exists()


def test_a_claim_is_taken_back_only_without_a_live_owner(db: Database, inbox: Path) -> None:
    claimed = inbox / "claimed"
    me = Owner.this_process()
    live = claimed / Owner(me.machine, os.getpid()).folder_name  # alive: this very process
    elsewhere = claimed / "other-machine.4242"
    claims = ((live, "mine.jsonl", "KV-LIVE"), (elsewhere, "theirs.jsonl", "KV-AWAY"))
    for folder, name, app_id in claims:
        folder.mkdir(parents=True)
        drop_jsonl(folder, name, [app_id])
        (folder / HEARTBEAT).write_bytes(b"")
        os.utime(folder / HEARTBEAT, (time.time() - 3600, time.time() - 3600))
    worker = Owner(me.machine, 1)  # the pass runs as another process of this machine
    done = run_inbox_pass(db, OFFICER, inbox, clock=later_clock(), owner=worker)
    assert done.taken_back == ["theirs.jsonl"]
    assert (live / "mine.jsonl").exists() and not elsewhere.exists()
    # Another machine's fresh heartbeat keeps its claim.
    fresh = claimed / "third-machine.7"
    fresh.mkdir()
    drop_jsonl(fresh, "busy.jsonl", ["KV-BUSY"])
    (fresh / HEARTBEAT).write_bytes(b"")
    done = run_inbox_pass(db, OFFICER, inbox, clock=later_clock(), owner=worker)
    assert done.taken_back == [] and (fresh / "busy.jsonl").exists()


def test_two_processes_on_one_folder_import_each_submission_once(db: Database, inbox: Path) -> None:
    names = [f"part-{n:02d}.jsonl" for n in range(12)]
    for n, name in enumerate(names):
        drop_jsonl(inbox, name, [f"KV-TWO-{n}-A", f"KV-TWO-{n}-B"])
        (inbox / f"{name}.done").write_bytes(b"")
    command = [
        sys.executable, "-m", "kvisa_desk", "--db-url", db.url,
        "inbox", "run", "--folder", str(inbox), "--json",
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KVISA_USER": OFFICER}
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err for _out, err in outputs]
    taken = [json.loads(out)["results"] for out, _err in outputs]
    names_taken = sorted(r["name"] for results in taken for r in results)
    assert names_taken == names  # each exactly once, between the two
    assert case_count(db) == 24
    assert sorted(p.name for p in (inbox / "imported").iterdir() if p.suffix == ".jsonl") == names
    assert _left_in(inbox) == []
    with db.read() as session:
        ids = session.scalars(select(Case.application_id)).all()
    assert len(ids) == len(set(ids)) == 24


def test_an_unusable_folder_exits_2_and_an_administrator_is_refused(
    db: Database, inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _out, err = run_cli(db, "inbox", "run", "--folder", str(tmp_path / "missing"))
    assert code == 2 and "no such folder" in err
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    code, _out, err = run_cli(db, "inbox", "run", "--folder", str(tmp_path / "a-file"))
    assert code == 2 and "not a folder" in err
    monkeypatch.delenv("KVISA_INBOX", raising=False)
    code, _out, err = run_cli(db, "inbox", "run")
    assert code == 2 and "KVISA_INBOX" in err

    drop_jsonl(inbox, "a.jsonl", ["KV-ADMIN-1"])
    with pytest.raises(PermissionRefused):
        run_inbox_pass(db, "test.admin", inbox, clock=later_clock())
    monkeypatch.setenv("KVISA_USER", "test.admin")
    code, _out, err = run_cli(db, "inbox", "run", "--folder", str(inbox))
    assert code == 3 and "may not import applications" in err
    assert (inbox / "a.jsonl").exists() and not (inbox / "imported").exists()
    with pytest.raises(InboxUnusable):
        run_inbox_pass(db, OFFICER, tmp_path / "missing")


def test_cli_pass_from_kvisa_inbox_reports_and_exits_by_outcome(
    db: Database, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KVISA_INBOX", str(inbox))
    monkeypatch.setenv("KVISA_USER", OFFICER)
    drop_jsonl(inbox, "good.jsonl", ["KV-CLI-1"])
    (inbox / "good.jsonl.done").write_bytes(b"")
    code, out, err = run_cli(db, "inbox", "run")
    assert (code, err) == (0, "")
    assert "good.jsonl: 1 imported, 0 unchanged" in out and "1 imported, 0 rejected" in out
    (inbox / "bad.json").write_text("[", encoding="utf-8")
    (inbox / "bad.json.done").write_bytes(b"")
    code, out, err = run_cli(db, "inbox", "run")
    assert code == 1 and "bad.json: rejected:" in err


def test_without_a_folder_named_the_posts_default_is_used(
    db: Database, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KVISA_INBOX", raising=False)
    update_post_settings(db, "LON", {"inbox_folder": str(inbox)}, "supervisor.s")
    drop_jsonl(inbox, "default.jsonl", ["KV-DEFAULT-1"])
    (inbox / "default.jsonl.done").write_bytes(b"")
    code, out, err = run_cli(db, "inbox", "run", "--post", "LON")
    assert (code, err) == (0, "") and f"inbox {inbox}: 1 imported" in out
    code, _out, err = run_cli(db, "inbox", "run", "--post", "HQ")  # HQ recorded none
    assert code == 2 and "post setting inbox_folder" in err


def test_a_scheduled_run_signs_in_with_a_password_file_only_its_owner_reads(
    db: Database, inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "password"
    secret.write_text("test password 123\n", encoding="utf-8")
    monkeypatch.delenv("KVISA_PASSWORD")
    monkeypatch.setenv("KVISA_USER", OFFICER)
    monkeypatch.setenv("KVISA_PASSWORD_FILE", str(secret))
    secret.chmod(0o644)
    code, _out, err = run_cli(db, "inbox", "run", "--folder", str(inbox))
    assert code == 3 and "others may read it" in err and "chmod 600" in err
    secret.chmod(0o600)
    code, out, err = run_cli(db, "inbox", "run", "--folder", str(inbox))
    assert (code, err) == (0, "") and "0 imported" in out
    secret.write_text("wrong password\n", encoding="utf-8")
    code, _out, err = run_cli(db, "inbox", "run", "--folder", str(inbox))
    assert code == 3
