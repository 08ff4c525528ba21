"""The case summary names the post as the mission names itself, not by its code."""

from __future__ import annotations

from pathlib import Path

import pytest

from kvisa_desk.core.post.settings import update_post_settings
from kvisa_desk.core.reports.summary import build_case_summary
from kvisa_desk.store.engine import Database
from tests.decisions.decisions_support import make_case

pytestmark = pytest.mark.backend
NAMES = {
    "letterhead_name_en": "Embassy of the People's Republic of China in Germany",
    "letterhead_name_zh": "中华人民共和国驻德意志联邦共和国大使馆",
}


def test_the_summary_names_the_post_once_it_has_named_itself(db: Database, tmp_path: Path) -> None:
    case_id = make_case(db, tmp_path)
    unnamed = build_case_summary(db, case_id, "officer.a", (), "zh")
    assert unnamed.post_name == ""  # the code is printed, never the generic embassy name
    update_post_settings(db, unnamed.post, NAMES, "supervisor.s")
    zh = build_case_summary(db, case_id, "officer.a", (), "zh")
    assert zh.post_name == f"中华人民共和国驻德意志联邦共和国大使馆（{zh.post}）"
    both = build_case_summary(db, case_id, "officer.a", (), "en+zh")
    assert both.post_name.split("\n") == [
        f"Embassy of the People's Republic of China in Germany ({zh.post})",
        zh.post_name,
    ]
