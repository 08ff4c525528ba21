"""The case summary names countries and officers as a reader knows them: a country's name in
the summary's language(s) for its code, an officer's full name for the username; so do the
dashboard's refusal rates."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from kvisa_desk.core.reports.dashboard import dashboard_for
from kvisa_desk.core.reports.summary import build_case_summary
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Officer
from tests.decisions.decisions_support import refused_case
from tests.samples import application
from tests.ui.conftest import import_applications


def test_countries_by_name_and_officers_by_full_name(db: Database) -> None:
    record = application("KV-SUM-PP", applicant__nationality="KOR", passport__issuing_state="KOR")
    case_id = import_applications(db, [record]).first_case_id
    assert case_id is not None
    with db.write() as session:
        for officer in session.query(Officer).filter(Officer.username == "test.officer"):
            officer.display_name = "王芳"
    chinese = build_case_summary(db, case_id, "test.officer", (), "zh")
    assert chinese.applicant.nationality == "韩国"
    assert chinese.passport is not None and chinese.passport.issuing_state == "韩国"
    assert chinese.prepared_by == "王芳"
    assert {h.officer for h in chinese.history} == {"王芳"}
    both = build_case_summary(db, case_id, "test.officer", (), "en+zh")
    assert both.applicant.nationality == "Republic of Korea / 韩国"
    english = build_case_summary(db, case_id, "test.officer", (), "en")
    assert english.applicant.nationality == "Republic of Korea"
    hidden = build_case_summary(db, case_id, "test.officer", ("officers",), "zh")
    assert hidden.prepared_by == "(redacted)" and {h.officer for h in hidden.history} == {None}


def test_refusal_rates_name_officers_by_full_name(db: Database, tmp_path: Path) -> None:
    refused_case(db, tmp_path)
    with db.write() as session:
        for officer in session.query(Officer).filter(Officer.username == "officer.a"):
            officer.display_name = "王芳"
    board = dashboard_for(db, "supervisor.s", date_from=date(2000, 1, 1))
    assert board.refusal_by_officer is not None and board.refusal_by_sign_off is not None
    shown = {r.key: r.shown for r in board.refusal_by_officer + board.refusal_by_sign_off}
    assert shown["officer.a"] == "王芳"  # the recommending officer
    assert shown["supervisor.s"] == "supervisor.s"  # an account without a full name
    assert board.to_json()["refusal_by_officer"][0]["key"] == "officer.a"  # machines: codes


def test_the_summary_names_the_post_as_its_letters_do(db: Database, tmp_path: Path) -> None:
    """The mission's name once the post has set it (in the summary's languages); its code
    until then, never the generic "Embassy of the PRC"."""
    from kvisa_desk.core.post.settings import update_post_settings
    from kvisa_desk.pdf.summary import render_case_summary

    case_id = import_applications(db, [application("KV-SUM-POST")]).first_case_id
    assert case_id is not None
    unnamed = build_case_summary(db, case_id, "test.officer", (), "zh")
    assert unnamed.post == "LON" and unnamed.post_name == ""
    names = {
        "letterhead_name_en": "Embassy of the People's Republic of China in the United Kingdom",
        "letterhead_name_zh": "中华人民共和国驻英国大使馆",
    }
    update_post_settings(db, "LON", names, "supervisor.s")
    chinese = build_case_summary(db, case_id, "test.officer", (), "zh")
    # The name with its code, as the case view's header says it; one line per language.
    assert chinese.post_name == "中华人民共和国驻英国大使馆（LON）" and chinese.post == "LON"
    both = build_case_summary(db, case_id, "test.officer", (), "en+zh")
    assert both.post_name.split("\n") == [
        f"{names['letterhead_name_en']} (LON)",
        f"{names['letterhead_name_zh']}（LON）",
    ]
    pdf = render_case_summary(chinese, "zh")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace(" ", "")
    assert "中华人民共和国驻英国大使馆" in text
