"""Case summary PDFs: every section, long cases over many pages, both languages."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pytest
from letters_support import summary
from pypdf import PdfReader
from test_letters import assert_not_blank, flat, pages_text, qpdf_check, to_pngs

from kvisa_desk.pdf.summary import HistoryEntry, render_case_summary


@pytest.mark.parametrize("language", ["en", "zh", "en+zh"])
def test_a_summary_has_every_section(language: str, tmp_path: Path) -> None:
    pdf = render_case_summary(summary(), language)
    text = "\n".join(pages_text(pdf))
    folded = flat(text)
    for value in (
        "C0000042", "KV-LON-2025-0000042", "ZHANG", "张伟", "K1234567",
        "P<GBRZHANG<<WEI", "University of Manchester", "清华大学", "Example Labs Ltd",
        "Chinese Academy of Sciences", "passport.pdf", "<script>.jpg",
        "ab" * 16, "178.9 KiB", "k-visa-2025.2", "K-EDU-01", "Degree confirmed with the university",
        "li.supervisor", "The documents do not support the stated post.",
        "LON-K-2026-000123", "Called the host: confirmed <b>visit</b>.", "Event 8:",
    ):  # fmt: skip
        assert value in folded, value
    sections_en = ("Applicant", "Passport", "Education", "Posts held", "Purpose and travel",
                   "Checklist and documents", "Check runs", "Decision", "Letters issued",
                   "Notes", "History")  # fmt: skip
    sections_zh = ("申请人", "护照", "教育背景", "工作经历", "来华目的及行程", "材料清单",
                   "审查记录", "决定", "已发信函", "备注", "操作记录")  # fmt: skip
    # Codes in the officer's words, in each language of the summary.
    for words in ("Refuse", "Letter issued", "Barred from re-entry", "Passport scan", "Pass",
                  "Application imported from a.json", "Degree 2"):  # fmt: skip
        assert (words in folded) == ("en" in language), words
    for words in ("拒签", "已出具函件", "被禁止再入境", "护照扫描件", "学位2"):
        assert (words in folded) == ("zh" in language), words
    # Dates as the letters write them, in the summary's first language; never ISO
    born = "1994年3月7日" if language == "zh" else "7 March 1994"
    assert born in folded and "1994-03-07" not in folded, born
    assert "· 清华大学" in folded  # the degree's institution beside its number, once
    assert folded.count("学位2 · 清华大学") + folded.count("Degree 2 · 清华大学") <= 2
    for code in ("letter_issued", "reentry_ban", "passport_scan", "science_technology"):
        assert code not in folded, code
    for heading in sections_en:
        assert (heading in text) == ("en" in language), heading
    for heading in sections_zh:
        assert (heading in text) == ("zh" in language), heading
    for png in to_pngs(pdf, tmp_path):
        assert_not_blank(png)
    qpdf_check(pdf, tmp_path)


def test_a_long_case_flows_over_pages_with_repeated_headers(tmp_path: Path) -> None:
    pdf = render_case_summary(summary(history=60, runs=10), "en")
    texts = pages_text(pdf)
    count = len(texts)
    assert count >= 3
    for number, page in enumerate(texts, start=1):
        assert f"Page {number} of {count}" in page
        assert "C0000042" in page  # the running head names the case
    events = {int(n) for n in re.findall(r"Event (\d+):", "\n".join(texts))}
    assert events == set(range(1, 61))
    history_pages = [p for p in texts if re.search(r"Event \d+:", p)]
    assert len(history_pages) >= 2, "the history runs over more than one page"
    for page in history_pages:
        assert "When" in page and "Officer" in page, "the history's header row repeats"
    run_pages = [p for p in texts if "K-AGE-00" in p]
    assert len(run_pages) >= 2
    for page in run_pages:
        assert "Rule" in page and "Result" in page
    for png in to_pngs(pdf, tmp_path):
        assert_not_blank(png)
    qpdf_check(pdf, tmp_path)


def test_summary_values_are_data_and_the_file_is_deterministic() -> None:
    tricky = summary(history=2)
    nasty = HistoryEntry(
        at=tricky.prepared_at, officer="<font size=40>x", event="<b>", details="& &amp; 😀"
    )
    case = replace(tricky, history=(*tricky.history, nasty), redacted=("Screening facts",))
    pdf = render_case_summary(case, "en+zh")
    text = flat("\n".join(pages_text(pdf)))
    assert "<font size=40>x" in text and "<b>" in text and "& &amp; [U+1F600]" in text
    assert "Redacted for this copy / 本副本已删除: Screening facts" in text
    assert render_case_summary(case, "en+zh") == pdf
    assert render_case_summary(case, "en") != pdf
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata["/CreationDate"] == "D:20251020000000+00'00'"


def test_a_summary_without_optional_sections_still_renders() -> None:
    bare = replace(
        summary(history=0, runs=0),
        passport=None, purpose=None, education=(), employment=(), screening=(), checklist=(),
        documents=(), decisions=(), letters=(), notes=(),
    )  # fmt: skip
    text = "\n".join(pages_text(render_case_summary(bare, "en")))
    assert "No decision has been recorded." in text
    assert "None" in text
    with pytest.raises(ValueError, match="language"):
        render_case_summary(bare, "fr")


def test_a_summary_prints_extension_b_names_as_written() -> None:
    """Issue 18, item 11: names outside the Basic Multilingual Plane print in summaries too."""
    base = summary(history=0, runs=0)
    case = replace(base, applicant=replace(base.applicant, native_name="陳𠜎明"))
    text = "\n".join(pages_text(render_case_summary(case, "en+zh")))
    assert "陳𠜎明" in text and "[U+2070E]" not in text
