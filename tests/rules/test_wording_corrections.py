"""Corrections of a finding's Chinese laid over a pack without changing its bytes or hash:
every stored run is still found by its hash and evaluates to the same English it stored."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from rules_support import build_facts

from kvisa_desk.rules import evaluate, load_packs, rules_folder
from kvisa_desk.rules.findings import shown_finding
from kvisa_desk.rules.pack import WORDING_CORRECTIONS, parse_pack

PACK_R2 = rules_folder() / "k-2025.10-r2.toml"
IN_REVIEW = {"employment": [], "education": [{"isced_confirmed": False}]}  # review-only degree


def test_the_shipped_correction_reads_in_chinese_and_leaves_the_pack_as_published() -> None:
    data = PACK_R2.read_bytes()
    published = parse_pack(data, PACK_R2.name)  # the file alone, as it was hashed
    pack = load_packs().get("k-2025.10", revision=2)
    assert pack.content_hash == published.content_hash == hashlib.sha256(data).hexdigest()
    # A run stored under revision 2 is found by its hash and evaluates to what it stored.
    assert load_packs().get("k-2025.10", published.content_hash) == pack
    route = evaluate(build_facts(IN_REVIEW), pack).result("K-RTE-01")
    stored = evaluate(build_facts(IN_REVIEW), published).result("K-RTE-01")
    assert route.to_dict() == stored.to_dict()  # message (English), parts: byte for byte
    assert route.message.startswith("No route met yet: degree 1 has no failed part")
    zh = shown_finding(route.to_dict(), pack.wording, "zh").finding
    assert zh == "尚未有路径符合条件：学位1没有不符合项，只是仍有须由签证官审核的项目。"
    assert shown_finding(route.to_dict(), pack.wording, "en").finding == route.message


def _folder_with(tmp_path: Path, corrections: str) -> Path:
    shutil.copy(PACK_R2, tmp_path)
    (tmp_path / WORDING_CORRECTIONS).write_text(
        'format = "kvisa-wording-corrections/1"\n' + corrections, "utf-8"
    )
    return tmp_path


@pytest.mark.parametrize(
    ("corrections", "refusal"),
    [
        ('[zh."k-2025.10"]\n"route.in_review" = "尚无：{subjects}。"\n', "same facts"),
        ('[zh."k-2025.10"]\n"route.no_such" = "无。"\n', "no finding of that name"),
        ('[zh."k-2099.01"]\n"route.in_review" = "无。"\n', "no rule pack k-2099.01"),
        ('[en."k-2025.10"]\n"route.in_review" = "No."\n', "format must be"),
    ],
)
def test_a_correction_that_would_change_the_facts_or_the_english_is_refused(
    tmp_path: Path, corrections: str, refusal: str
) -> None:
    with pytest.raises(ValueError, match=refusal):
        load_packs(_folder_with(tmp_path, corrections))


def test_the_purpose_reads_in_words_while_each_result_stores_the_packs_english() -> None:
    """A reader sees "The purpose of the visit is education, …", not the value dropped into
    the sentence; the result still stores (and a replay compares) the pack's English."""
    data = PACK_R2.read_bytes()
    published = parse_pack(data, PACK_R2.name)
    pack = load_packs().get("k-2025.10", revision=2)
    facts = build_facts({"purpose": {"activity": "education"}})
    result = evaluate(facts, pack).result("K-PUR-01")
    assert result.to_dict() == evaluate(facts, published).result("K-PUR-01").to_dict()
    assert result.message.startswith("Purpose education is a permitted K visa activity")
    en = shown_finding(result.to_dict(), pack.wording, "en").finding
    assert en.startswith("The purpose of the visit is education, a permitted K visa activity")
    zh = shown_finding(result.to_dict(), pack.wording, "zh").finding
    assert zh.startswith("来华事由为教育交流，属于K字签证许可的活动")


@pytest.mark.parametrize(
    ("corrections", "refusal"),
    [
        ('[shown_en."k-2025.10"]\n"purpose.permitted" = "Purpose {x}."\n', "same facts"),
        ('[shown_en."k-2025.10"]\n"purpose.nothing" = "No."\n', "no finding of that name"),
    ],
)
def test_an_english_rewording_that_names_other_facts_is_refused(
    tmp_path: Path, corrections: str, refusal: str
) -> None:
    with pytest.raises(ValueError, match=refusal):
        load_packs(_folder_with(tmp_path, corrections))
