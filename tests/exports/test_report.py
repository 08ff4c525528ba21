"""The dashboard PDF report: its text and figures read back against queries written here."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pypdf
import pytest
from export_samples import make_cases, move
from sqlalchemy import select, text

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.decisions.decisions import recommend, sign_off
from kvisa_desk.core.errors import InvalidInput, PermissionRefused
from kvisa_desk.core.reports.report import EVENT_KIND, export_dashboard_report
from kvisa_desk.core.reports.report_words import EN, status_word
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import CaseEvent
from tests.decisions.decisions_support import (
    REFUSAL_REASONING,
    assert_not_blank,
    make_case,
    run_checks,
    to_pngs,
)
from tests.samples import application

pytestmark = pytest.mark.backend

TODAY = datetime.now(UTC).date()


def _flat(pdf: Path) -> str:
    pages = pypdf.PdfReader(pdf).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


@pytest.fixture
def post(db: Database, tmp_path: Path) -> None:
    """Cases at LON and BER in several statuses; two refusals on grounds, signed off."""
    records = [
        application(f"KV-REP-{i}", post="LON" if i < 6 else "BER",
                    applicant__nationality=("NGA", "CHN", "IND")[i % 3],
                    received_at=(TODAY - timedelta(days=3 + 4 * i)).isoformat())
        for i in range(9)
    ]  # fmt: skip
    ids = make_cases(db, tmp_path, records)
    move(db, ids[0], "in_review", "officer.a")
    move(db, ids[1], "approved", "officer.a")
    move(db, ids[2], "refused", "officer.b")
    move(db, ids[6], "approved", "officer.b")
    for app_id in ("KV-REP-G1", "KV-REP-G2"):
        case_id = make_case(db, tmp_path, app_id, documents=[], post="LON",
                            screening__reentry_ban=True,
                            received_at=(TODAY - timedelta(days=1)).isoformat())  # fmt: skip
        run_checks(db, case_id)
        recommend(db, "officer.a", case_id, "refuse", grounds=["K-REF-01"],
                  reasoning=REFUSAL_REASONING)  # fmt: skip
        sign_off(db, "supervisor.s", case_id, "agree")


def _count(db: Database, sql: str, **params: object) -> list[tuple[object, ...]]:
    with db.read() as session:
        return [tuple(row) for row in session.execute(text(sql), params)]


def test_report_figures_match_queries(db: Database, tmp_path: Path, post: None) -> None:
    out = tmp_path / "lon.pdf"
    start = TODAY - timedelta(days=365)
    written = export_dashboard_report(db, "supervisor.t", out, "LON", start, TODAY)
    flat = _flat(out)
    assert flat.startswith("Post dashboard LON, ")
    in_period = "post = 'LON' AND received_at >= :start"
    received = _count(db, f"SELECT count(*) FROM cases WHERE {in_period}", start=start)[0][0]
    assert received == 8
    assert f"Cases received {received}" in flat
    for status, n in _count(
        db, f"SELECT status, count(*) FROM cases WHERE {in_period} GROUP BY status", start=start
    ):
        assert f" {status_word(EN, status)} {n} " in flat, status
    grounds = _count(
        db,
        "SELECT d.recommendation, g.rule_id, count(DISTINCT d.id) FROM decisions d "
        "JOIN decision_grounds g ON g.decision_id = d.id JOIN cases c ON c.id = d.case_id "
        "WHERE d.state = 'in_effect' AND c.post = 'LON' GROUP BY d.recommendation, g.rule_id",
    )
    assert grounds == [("refuse", "K-REF-01", 2)]
    assert "Refuse · K-REF-01 2" in flat
    refused = _count(db, "SELECT count(*) FROM cases WHERE post = 'LON' AND status = 'refused'")
    assert f"Decisions by outcome Approved 1 Refused {refused[0][0]}" in flat
    # Supervisors see the refusal rates: officer.b refused 1 of 1 at LON.
    assert "Refusal rate by recommending officer" in flat and "1 of 1 refused, 100.0%" in flat
    assert "Page 1 of" in flat and written.charts == 9  # with the sign-off figure

    with db.read() as session:
        (event,) = session.scalars(select(CaseEvent).where(CaseEvent.kind == EVENT_KIND))
    assert event.officer == "supervisor.t" and event.details["post"] == "LON"
    assert event.details["cases"] == received and event.details["refusal_rates"] is True
    assert event.details["date_from"] == start.isoformat()

    pngs = to_pngs(out.read_bytes(), tmp_path, dpi=40, name="report")
    assert pngs
    for png in pngs:
        assert_not_blank(png)


def test_officers_report_has_no_refusal_rates(db: Database, tmp_path: Path, post: None) -> None:
    out = tmp_path / "all.pdf"
    written = export_dashboard_report(db, "officer.a", out)
    flat = _flat(out)
    assert "Refusal rate" not in flat and written.charts == 6
    total = _count(db, "SELECT count(*) FROM cases")[0][0]
    assert f"Cases received {total}" in flat and "All posts" in flat
    with pytest.raises(PermissionRefused):
        export_dashboard_report(db, "test.admin", tmp_path / "admin.pdf")
    assert not (tmp_path / "admin.pdf").exists()


def test_cli_report(db: Database, tmp_path: Path, post: None) -> None:
    def run(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        args = build_parser().parse_args(["--db-url", db.url, "--user", "officer.cli", *argv])
        return dispatch(CliContext(args, out=out, err=err)), out.getvalue(), err.getvalue()

    target = tmp_path / "r.pdf"
    period = ["--from", (TODAY - timedelta(days=10)).isoformat(), "--to", TODAY.isoformat()]
    code, out, err = run("report", *period, "--out", str(target), "--post", "LON")
    assert code == 0, err
    assert out == f"report written to {target} (6 charts)\n"
    # Received in the last ten days at LON: KV-REP-0 and -1 (3 and 7 days ago), G1 and G2.
    assert "Cases received 4" in _flat(target)
    code, _, err = run("report", "--out", str(target))
    assert code == 2 and "exists" in err
    with pytest.raises(SystemExit) as parsed:  # argparse refuses it before anything runs
        run("report", "--from", "2026-13-01", "--out", str(tmp_path / "x.pdf"))
    assert parsed.value.code == 2 and not (tmp_path / "x.pdf").exists()
    late = ["--from", TODAY.isoformat(), "--to", (TODAY - timedelta(days=1)).isoformat()]
    code, _, err = run("report", *late, "--out", str(tmp_path / "y.pdf"))
    assert code == 2 and "starts" in err and not (tmp_path / "y.pdf").exists()


def test_report_in_chinese_and_both(db: Database, tmp_path: Path, post: None) -> None:
    zh = tmp_path / "zh.pdf"
    export_dashboard_report(db, "supervisor.s", zh, "LON", language="zh")
    text = "".join(_flat(zh).split())  # Chinese extracts with spaces between some characters
    received = _count(db, "SELECT count(*) FROM cases WHERE post = 'LON'")[0][0]
    assert text.startswith("签证处工作概况") and f"受理案件{received}" in text
    assert (
        "拒签率（按提出建议的签证官员）" in text and "1件中拒签1件" in text and "第1页，共" in text
    )
    both = tmp_path / "both.pdf"
    export_dashboard_report(db, "officer.a", both, language="en+zh")
    flat = _flat(both)
    assert "Post dashboard / 签证处工作概况" in flat and "Refusal rate" not in flat
    pngs = to_pngs(zh.read_bytes(), tmp_path, dpi=40, name="zh")
    for png in pngs:
        assert_not_blank(png)
    with pytest.raises(InvalidInput, match="language"):
        export_dashboard_report(db, "officer.a", tmp_path / "fr.pdf", language="fr")
    assert not (tmp_path / "fr.pdf").exists()


def test_small_samples_are_not_marked(db: Database, post: None) -> None:
    from kvisa_desk.core.reports.report import MIN_DECISIONS, dashboard_charts, post_figures

    charts = {c.key: c for c in dashboard_charts(post_figures(db, "supervisor.s", "LON"), "en")}
    officers = {b.label: b for b in charts["by_officer"].bars}
    # officer.b refused the one case decided: 100% but from one decision, so not in red.
    assert officers["officer.b"].text == "1 of 1 refused, 100.0%"
    assert not any(b.highlight for b in charts["by_officer"].bars) and MIN_DECISIONS == 5
    assert f"at least {MIN_DECISIONS} decisions" in charts["by_officer"].note
