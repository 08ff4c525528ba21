"""The dashboard credits a decision to the officer who recommended it; sign-offs apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from decisions_support import refused_case

from kvisa_desk.core.reports.dashboard import post_dashboard
from kvisa_desk.core.reports.report import dashboard_charts, post_figures
from kvisa_desk.store.engine import Database

pytestmark = pytest.mark.backend


def test_a_signed_off_refusal_counts_for_the_recommender_and_apart_for_the_supervisor(
    db: Database, tmp_path: Path
) -> None:
    refused_case(db, tmp_path, "KV-FIG-1", recommender="officer.a", supervisor="supervisor.s")
    refused_case(db, tmp_path, "KV-FIG-2", recommender="officer.b", supervisor="supervisor.s")
    board = post_dashboard(db, supervisor=True)
    officers = {r.key: (r.decided, r.refused) for r in board.refusal_by_officer or []}
    assert officers == {"officer.a": (1, 1), "officer.b": (1, 1)}  # not the supervisor's
    signed = {r.key: (r.decided, r.refused) for r in board.refusal_by_sign_off or []}
    assert signed == {"supervisor.s": (2, 2)}
    assert board.to_json()["refusal_by_sign_off"][0]["key"] == "supervisor.s"
    assert post_dashboard(db).refusal_by_sign_off is None  # supervisors only


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_chart_says_what_its_colours_mean(
    db: Database, tmp_path: Path, language: str
) -> None:
    refused_case(db, tmp_path, "KV-FIG-3")
    charts = dashboard_charts(post_figures(db, "supervisor.s"), language)
    keys = [c.key for c in charts]
    assert "by_sign_off" in keys and keys.index("by_officer") < keys.index("by_sign_off")
    for chart in charts:
        assert chart.legend, chart.key
        colours = {colour for colour, _words in chart.legend}
        highlighted = any(b.highlight for b in chart.bars)
        assert "bar" in colours and (not highlighted or "warn" in colours), chart.key
