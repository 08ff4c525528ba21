"""Four eyes that hold (issue 18, item 3): recovery without sign-in restores an administrator
only, and an account whose password someone else set is flagged, with what it signed."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.accounts import audit
from kvisa_desk.core.accounts.account_flags import flag_report
from kvisa_desk.core.accounts.accounts import (
    authenticate,
    change_own_password,
    recover_password,
    set_password,
)
from kvisa_desk.core.decisions.decisions import recommend, sign_off
from kvisa_desk.core.errors import PermissionRefused
from kvisa_desk.core.reports.dashboard import dashboard_for
from kvisa_desk.store.base import utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseEvent
from tests.conftest import TEST_PASSWORD
from tests.decisions.decisions_support import REFUSAL_REASONING, checked_case, status_of

pytestmark = pytest.mark.backend
TAKEN = "taken over password 1"
MINE = "the attacker's own password"


def cli(
    db: Database, monkeypatch: pytest.MonkeyPatch, *argv: str, user: str, password: str | None
) -> tuple[int, str, str]:
    monkeypatch.setenv("KVISA_USER", user)
    if password is None:
        monkeypatch.delenv("KVISA_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("KVISA_PASSWORD", password)
    monkeypatch.setattr("sys.stdin", io.StringIO(TAKEN + "\n"))
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["--db-url", db.url, *argv])
    return dispatch(CliContext(args, out, err)), out.getvalue(), err.getvalue()


def refusal_awaiting_sign_off(db: Database, folder: Path) -> int:
    case_id = checked_case(db, folder, "KV-4EYES-1", screening__reentry_ban=True)
    recommend(db, "officer.a", case_id, "refuse", grounds=["K-REF-01"], reasoning=REFUSAL_REASONING)
    return case_id


@pytest.mark.sqlite_only  # recovery without sign-in is for a SQLite file only
def test_an_officer_cannot_reset_a_supervisor_from_the_file(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = refusal_awaiting_sign_off(db, tmp_path)
    # The attack: `user reset` without signing in, on the SQLite file, for a supervisor.
    code, _, err = cli(
        db, monkeypatch, "user", "reset", "supervisor.s", "--password-stdin",
        user="officer.a", password=None,
    )  # fmt: skip
    assert code == 3 and "administrator account only" in err
    # Nothing changed: the supervisor's own password still works, the taken one does not.
    assert authenticate(db, "supervisor.s", TEST_PASSWORD).username == "supervisor.s"
    with pytest.raises(Exception, match="wrong password"):
        authenticate(db, "supervisor.s", TAKEN)
    with db.read() as session:
        kinds = set(session.scalars(select(CaseEvent.kind)))
    assert "password_reset" not in kinds
    assert status_of(db, case_id) == "awaiting_sign_off"


@pytest.mark.sqlite_only
def test_a_refused_recovery_is_refused_before_the_password_is_read(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Exit 3 whatever the new password: it is not even read (stdin holds one far too short).
    monkeypatch.setenv("KVISA_USER", "officer.a")
    monkeypatch.delenv("KVISA_PASSWORD", raising=False)
    stdin = io.StringIO("x\n")
    monkeypatch.setattr("sys.stdin", stdin)
    args = build_parser().parse_args(
        ["--db-url", db.url, "user", "reset", "supervisor.s", "--password-stdin"]
    )
    err = io.StringIO()
    assert dispatch(CliContext(args, io.StringIO(), err)) == 3
    assert "administrator account only" in err.getvalue() and stdin.tell() == 0
    with pytest.raises(PermissionRefused, match="administrator account only"):
        recover_password(db, "supervisor.s", "x", "officer.a")


@pytest.mark.sqlite_only
def test_recovering_an_administrator_is_flagged(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = cli(
        db, monkeypatch, "user", "reset", "test.admin", "--password-stdin",
        user="someone", password=None,
    )  # fmt: skip
    assert code == 0 and "must be changed" in out
    report = flag_report(db, "supervisor.t")
    (recovered,) = report.passwords_set
    assert (recovered.account, recovered.how, recovered.by) == (
        "test.admin",
        "recovery",
        "file-access:someone",
    )
    assert [a.account for a in report.flagged_now] == ["test.admin"]


def test_sign_off_by_an_account_an_administrator_reset_is_flagged(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = refusal_awaiting_sign_off(db, tmp_path)
    # The administrator (or whoever recovered it) resets the supervisor's password, signs in
    # as the supervisor, changes it and signs off the officer's refusal.
    set_password(db, "supervisor.s", TAKEN, "test.admin")
    change_own_password(db, "supervisor.s", TAKEN, MINE)
    sign_off(db, "supervisor.s", case_id, "agree")
    assert status_of(db, case_id) == "refused"

    board = dashboard_for(db, "supervisor.t")
    assert board.flagged_acts is not None
    (act,) = board.flagged_acts
    assert (act.officer, act.act, act.case_id) == ("supervisor.s", "sign-off (agree)", case_id)
    assert act.because.how == "reset" and act.because.by == "test.admin"
    assert [a.account for a in board.flagged_accounts or []] == ["supervisor.s"]
    assert board.to_json()["flagged_acts"][0]["officer"] == "supervisor.s"
    # An officer's dashboard does not carry the supervisors' figures.
    assert dashboard_for(db, "officer.b").flagged_acts is None

    code, out, _ = cli(db, monkeypatch, "dashboard", user="supervisor.t", password=TEST_PASSWORD)
    assert code == 0
    assert "Sign-offs and approvals by flagged accounts  1" in out
    assert f"case C{case_id:07d}: sign-off (agree) by supervisor.s" in out
    code, out, _ = cli(
        db, monkeypatch, "dashboard", "--json", user="supervisor.t", password=TEST_PASSWORD
    )
    assert json.loads(out)["flagged_acts"][0]["case_id"] == f"C{case_id:07d}"

    code, out, _ = cli(
        db, monkeypatch, "audit", "verify", "--report", user="supervisor.t", password=TEST_PASSWORD
    )
    assert code == 0 and "audit chain intact" in out
    assert "supervisor.s: password reset by test.admin" in out
    assert "Sign-offs and approvals by flagged accounts: 1" in out


def test_the_flag_ends_once_the_owner_changed_it_and_a_day_passed(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = refusal_awaiting_sign_off(db, tmp_path)
    # Another person: an open case or refusal on the first one's would be a new fact for it.
    second = checked_case(
        db,
        tmp_path,
        "KV-4EYES-2",
        passport__number="E4EYES2",
        applicant__surname="Other",
        screening__reentry_ban=True,
    )
    recommend(db, "officer.b", second, "refuse", grounds=["K-REF-01"], reasoning=REFUSAL_REASONING)
    set_password(db, "supervisor.s", TAKEN, "test.admin")
    # 23 hours later, changed: still flagged (the day has not passed).
    later = utcnow() + timedelta(hours=23)
    monkeypatch.setattr(audit, "utcnow", lambda: later)
    change_own_password(db, "supervisor.s", TAKEN, MINE)
    sign_off(db, "supervisor.s", first, "agree")
    # 25 hours after the reset, changed: no longer flagged.
    after: datetime = utcnow() + timedelta(hours=25)
    monkeypatch.setattr(audit, "utcnow", lambda: after)
    sign_off(db, "supervisor.s", second, "agree")
    report = flag_report(db, "supervisor.t", now=after)
    assert [a.case_id for a in report.acts] == [first]
    assert report.flagged_now == []


def test_the_flag_report_is_for_those_who_may_view_the_audit(db: Database) -> None:
    with pytest.raises(PermissionRefused):
        flag_report(db, "officer.a")
