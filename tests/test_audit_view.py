"""Reading the audit trail: filters, pages, verification and the audited CSV export."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.accounts.audit_view import (
    EXPORT_KIND,
    AuditFilter,
    actors_in_words,
    audit_choices,
    case_id_of,
    count_events,
    events_page,
    export_audit,
    verify_audit,
)
from kvisa_desk.core.accounts.history import record_event
from kvisa_desk.core.errors import InvalidInput, PermissionRefused
from kvisa_desk.store.engine import Database, sqlite_file
from kvisa_desk.store.models import CaseEvent

pytestmark = pytest.mark.backend
SUPERVISOR = "supervisor.s"


def _record(
    db: Database, actor: str, kind: str, case_id: int | None = None, **details: object
) -> None:
    with db.write() as session:
        record_event(session, actor, kind, case_id, **details)


def test_filters_by_officer_case_action_and_time(db: Database) -> None:
    _record(db, "officer.a", "case_viewed", 41)
    _record(db, "officer.b", "case_edited", 42, fields=["applicant.email"])
    _record(db, "officer.a", "case_edited", 42, fields=["passport.number"])
    everything = count_events(db, SUPERVISOR, AuditFilter())
    assert everything >= 3
    assert count_events(db, SUPERVISOR, AuditFilter(officer="officer.a")) == 2
    assert count_events(db, SUPERVISOR, AuditFilter(case="C0000042")) == 2
    assert count_events(db, SUPERVISOR, AuditFilter(case="42", kind="case_edited")) == 2
    rows = events_page(db, SUPERVISOR, AuditFilter(officer="officer.a", kind="case_edited"))
    assert [(r.officer, r.kind, r.case_ref) for r in rows] == [
        ("officer.a", "case_edited", "C0000042")
    ]
    assert rows[0].details_text.startswith('fields: ["passport.number"]')
    assert rows[0].occurred_at.tzinfo is not None
    now = datetime.now(UTC)
    # A window in another time zone means the same instants.
    plus8 = now.astimezone(timezone(timedelta(hours=8)))
    assert count_events(db, SUPERVISOR, AuditFilter(since=plus8 - timedelta(minutes=5))) >= 3
    assert count_events(db, SUPERVISOR, AuditFilter(until=now - timedelta(days=1))) == 0
    assert count_events(db, SUPERVISOR, AuditFilter(since=now + timedelta(minutes=5))) == 0


def test_pages_are_newest_first_and_do_not_overlap(db: Database) -> None:
    for number in range(7):
        _record(db, "officer.a", "note_added", 7, number=number)
    only = AuditFilter(case="7")
    first = events_page(db, SUPERVISOR, only, 0, 3)
    second = events_page(db, SUPERVISOR, only, 3, 3)
    third = events_page(db, SUPERVISOR, only, 6, 3)
    numbers = [r.details["number"] for r in first + second + third]
    assert numbers == [6, 5, 4, 3, 2, 1, 0]
    with pytest.raises(InvalidInput):
        events_page(db, SUPERVISOR, only, 0, 0)
    officers, kinds = audit_choices(db, "test.admin")
    assert "officer.a" in officers and "note_added" in kinds


def test_officers_are_refused_everything(db: Database, tmp_path: Path) -> None:
    for call in (
        lambda: count_events(db, "officer.a", AuditFilter()),
        lambda: events_page(db, "officer.a", AuditFilter()),
        lambda: audit_choices(db, "officer.a"),
        lambda: verify_audit(db, "officer.a"),
        lambda: export_audit(db, "officer.a", AuditFilter(), tmp_path / "a.csv"),
    ):
        with pytest.raises(PermissionRefused, match="may not view the audit trail"):
            call()
    assert not (tmp_path / "a.csv").exists()


def test_case_ids_are_read_in_any_written_form() -> None:
    assert [case_id_of(t) for t in ("C0000042", "c42", " 42 ", "0")] == [42, 42, 42, 0]
    with pytest.raises(InvalidInput, match="not a case id"):
        case_id_of("KV-LON-1")


def test_export_is_neutralised_whole_and_recorded(db: Database, tmp_path: Path) -> None:
    # An officer name cannot begin with "=", but recorded details can hold outside text.
    _record(db, "officer.a", "note_added", 9, text='=HYPERLINK("http://x")')
    out = tmp_path / "audit.csv"
    rows = export_audit(db, "test.admin", AuditFilter(case="9"), out)
    assert rows == 1
    with out.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read[0] == [
        "Event", "Time (UTC)", "Done by", "Account", "Action", "Action code", "Case",
        "What happened", "Recorded details",
    ]  # fmt: skip
    assert read[1][3:8] == [
        "officer.a", "Note added", "note_added", "C0000009", "officer.a added a note"
    ]  # fmt: skip
    assert read[1][8] == 'text: =HYPERLINK("http://x")'  # not at the start: harmless
    export_audit(db, "test.admin", AuditFilter(case="9", kind="note_added"), out, "zh")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        chinese = list(csv.reader(handle))
    assert chinese[0][2:6] == ["操作人", "账户", "操作", "操作代码"] and chinese[1][4:6] == [
        "已添加备注",
        "note_added",
    ]
    _record(db, "officer.a", "=cmd", 9)
    export_audit(db, "test.admin", AuditFilter(case="9"), out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        newest = list(csv.reader(handle))[1]
    assert newest[4:6] == ["'=cmd", "'=cmd"]  # an unknown action shows as recorded
    with db.read() as session:
        recorded = session.scalars(
            select(CaseEvent).where(CaseEvent.kind == EXPORT_KIND).order_by(CaseEvent.id)
        ).all()
    assert [(e.officer, e.details["rows"], e.details["filter"]) for e in recorded] == [
        ("test.admin", 1, {"case": "9"}),
        ("test.admin", 1, {"case": "9", "kind": "note_added"}),
        ("test.admin", 2, {"case": "9"}),
    ]


def test_verify_names_the_edited_event(db: Database, owner_engine: Engine) -> None:
    _record(db, "officer.a", "case_viewed", 5)
    report = verify_audit(db, SUPERVISOR)
    assert report.ok and report.checked >= 1
    with db.read() as session:
        target = session.scalar(select(CaseEvent.id).where(CaseEvent.case_id == 5))
    with owner_engine.begin() as conn:
        # As an attacker with file access (or the owner role) would: the triggers go first.
        if db.engine.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER case_events_no_update"))
        else:
            conn.execute(text("DROP TRIGGER case_events_append_only ON case_events"))
        conn.execute(
            text("UPDATE case_events SET officer = 'officer.b' WHERE id = :id"), {"id": target}
        )
    broken = verify_audit(db, SUPERVISOR)
    assert (broken.ok, broken.broken_at) == (False, target)


@pytest.mark.sqlite_only
def test_cli_export_filters_and_refuses_officers(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _record(db, "officer.a", "case_viewed", 77)
    _record(db, "officer.b", "case_viewed", 78)
    path = sqlite_file(db.url)
    assert path is not None
    db.dispose()

    def run(user: str, *argv: str) -> tuple[int, str, str]:
        monkeypatch.setenv("KVISA_USER", user)
        out, err = io.StringIO(), io.StringIO()
        args = build_parser().parse_args(["--db", str(path), "audit", "export", *argv])
        return dispatch(CliContext(args, out=out, err=err)), out.getvalue(), err.getvalue()

    out = tmp_path / "cli.csv"
    today = datetime.now(UTC).date().isoformat()
    code, said, _ = run(SUPERVISOR, "--out", str(out), "--case", "C0000077", "--since", today)
    assert (code, said.split(" events")[0]) == (0, "1")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert [r[6] for r in csv.reader(handle)] == ["Case", "C0000077"]
    code, _, _ = run(SUPERVISOR, "--out", str(out), "--action", "case_viewed", "--lang", "zh")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        viewed = {(r[4], r[5]) for r in list(csv.reader(handle))[1:]}
    assert viewed == {("案件已查看", "case_viewed")}  # --action takes the code
    code, _, _ = run(SUPERVISOR, "--out", str(out), "--until", "2020-01-01")
    assert code == 0 and out.read_text(encoding="utf-8-sig").count("\n") == 1  # header only
    code, _, err = run("officer.a", "--out", str(tmp_path / "no.csv"))
    assert code == 3 and "may not view the audit trail" in err
    assert not (tmp_path / "no.csv").exists()


def test_verify_reports_its_progress(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from kvisa_desk.core.accounts import audit

    for number in range(5):
        _record(db, "officer.a", "case_viewed", 60 + number)
    monkeypatch.setattr(audit, "PROGRESS_EVERY", 2)
    seen: list[int] = []
    report = verify_audit(db, SUPERVISOR, seen.append)
    assert report.ok and seen == list(range(2, report.checked + 1, 2))


def test_who_did_it_reads_as_a_full_name_or_the_program_in_words(db: Database) -> None:
    """Not login names, and not "recovery-key": the trail's Done by column and its filter."""
    from kvisa_desk.core.accounts.accounts import update_account

    update_account(db, "officer.a", "test.admin", display_name="王芳 Wang Fang")
    _record(db, "officer.a", "note_added", 9)
    _record(db, "recovery-key", "password_reset", account="test.admin", recovery=True)
    _record(db, "file-access:root", "password_reset", account="test.admin", recovery=True)
    _record(db, "system", "documents_swept")
    _record(db, "officer.b", "case_viewed", 9)
    rows = events_page(db, SUPERVISOR, AuditFilter())
    shown = {r.officer: (r.done_by("en"), r.done_by("zh")) for r in rows}
    assert shown["officer.a"] == ("王芳 Wang Fang", "王芳 Wang Fang")
    assert shown["recovery-key"] == ("Recovery key holder", "恢复密钥持有人")
    assert shown["file-access:root"] == ("Database file holder (root)", "数据库文件持有人（root）")
    assert shown["system"] == ("KVisa Desk (automatic)", "KVisa Desk（自动）")
    assert shown["officer.b"] == ("officer.b", "officer.b")  # no full name: the account
    words = actors_in_words(db, ["officer.a", "recovery-key"], "zh")
    assert words == {"officer.a": "王芳 Wang Fang", "recovery-key": "恢复密钥持有人"}


def test_an_account_a_sentence_names_reads_by_full_name_with_its_login(
    db: Database, tmp_path: Path
) -> None:
    """Not "chief的密码已重置": whose password was reset, who was assigned the case."""
    from kvisa_desk.core.accounts.accounts import update_account

    update_account(db, "officer.a", "test.admin", display_name="李明 Li Ming")
    _record(db, "test.admin", "password_reset", account="officer.a")
    _record(db, "test.admin", "case_assigned", 7, to="officer.a", version=2)
    _record(db, "test.admin", "account_created", account="officer.b", role="officer")
    newest_first = events_page(db, SUPERVISOR, AuditFilter(officer="test.admin"))
    rows = {r.kind: r for r in reversed(newest_first)}  # the newest of each kind
    reset, assigned = rows["password_reset"], rows["case_assigned"]
    # Every line a sentence with its subject: who did it, then what, to whom.
    assert reset.sentence("zh") == "test.admin重置了李明 Li Ming（officer.a）的密码"
    assert reset.sentence("en") == "test.admin reset the password of 李明 Li Ming (officer.a)"
    assert assigned.sentence("en") == "test.admin assigned the case to 李明 Li Ming (officer.a)"
    # No full name: the login alone; recorded as `account`, the sentence still names it.
    assert rows["account_created"].sentence("en") == "test.admin created the account officer.b"
    # The details pane: the account in words, the row version left out (not "To: officer.a;
    # Version: 2").
    assert assigned.details_in_words("zh") == [("分配给", "李明 Li Ming（officer.a）")]
    assert reset.details_in_words("en") == [("Account", "李明 Li Ming (officer.a)")]
    assert reset.details == {"account": "officer.a"}  # the record itself is unchanged
    out = tmp_path / "trail.csv"
    export_audit(db, "test.admin", AuditFilter(kind="password_reset"), out, language="zh")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read[1][7] == "test.admin重置了李明 Li Ming（officer.a）的密码"


def test_a_recovery_reads_in_words_not_as_its_recorded_key() -> None:
    from kvisa_desk import labels

    zh = labels.detail_words("password_reset", {"account": "chief", "recovery": True}, "zh")
    en = labels.detail_words("password_reset", {"account": "chief", "recovery": True}, "en")
    assert ("使用恢复密钥重置", "是") in zh and ("Reset with the recovery key", "Yes") in en


def test_sign_in_recommendation_sign_off_and_override_read_as_sentences_with_a_subject() -> None:
    """Not "已登录", "建议：拒签", "“拒签”建议已同意" or "规则结果已人工改判" alone."""
    from kvisa_desk import labels

    wang, zhou = "王芳 Wang Fang（wangfang）", "周敏 Zhou Min（zhoumin）"
    assert labels.sentence("login", {}, "zh", wang) == "王芳 Wang Fang（wangfang）已登录"
    assert labels.sentence("login", {}, "zh") == "已登录"  # who is not known: as before
    recommended = {
        "recommendation": "refuse", "decision_id": 1, "run_id": 104, "facts_digest": "9f2c…",
    }  # fmt: skip
    assert labels.sentence("decision_recommended", recommended, "zh", wang) == (
        "王芳 Wang Fang（wangfang）建议拒签"
    )
    signed = {"recommendation": "refuse", "sign_off": "agree", "recommended_by": wang}
    assert labels.sentence("decision_signed_off", signed, "zh", zhou) == (
        "周敏 Zhou Min（zhoumin）同意了王芳 Wang Fang（wangfang）提出的“拒签”建议"
    )
    # A whole-case rule is recorded with no subject: the line still names rule, result, reason.
    override = {"rule_id": "K-DOC-01", "subject": None, "to_outcome": "review", "reason": "Seen"}
    assert labels.sentence("rule_overridden", override, "en", "Zhou Min (zhoumin)") == (
        "Zhou Min (zhoumin) set rule K-DOC-01 (Whole case) to Review, because: Seen"
    )
    # Row versions and row numbers are the machine's: left out of what the officer reads.
    names = [name for name, _ in labels.detail_words("decision_recommended", recommended, "zh")]
    assert names == ["建议"]


def test_a_re_import_line_says_what_became_of_the_records_not_only_zero_imported() -> None:
    from kvisa_desk import labels

    again = {"source": "two.jsonl", "imported": 0, "unchanged": 2, "changed": 0,
             "rejected_records": 1}  # fmt: skip
    assert labels.sentence("applications_imported", again, "zh", "李明 Li Ming（chief）") == (
        "李明 Li Ming（chief）从two.jsonl导入了0份申请（2份此前已导入且未更改，1份被拒收，"
        "0份有更改未采用）"
    )
