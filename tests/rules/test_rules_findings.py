"""Findings as templates: every rule's every template in English and Chinese, every fact a
finding carries named by both, revision 1's stored English kept as it was."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

import pytest
from rules_support import build_facts, k_pack, load_examples

from kvisa_desk.rules import effective_parameters, evaluate
from kvisa_desk.rules.findings import (
    LANGUAGES,
    chinese_date,
    fact_names,
    isced_name,
    isced_text,
    render_finding,
    shown_finding,
)

R2_EXAMPLES = [e for e in load_examples() if e.revision == 2]
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A code left untranslated in a Chinese finding: snake_case, or a template's brace.
_LEAK = re.compile(r"\b[a-z]+_[a-z_]+\b|[{}]")


def _r2_results() -> list[tuple[str, dict[str, object]]]:
    """(example id, stored result) of every result of every revision-2 example run."""
    pack = k_pack(2)
    found = []
    for example in R2_EXAMPLES:
        outcome = evaluate(example.build(), pack, effective_parameters(pack, example.params))
        found += [(example.test_id, r.to_dict()) for r in outcome.results]
    return found


RESULTS = _r2_results()


def test_every_result_of_revision_2_is_a_finding_with_english_and_chinese() -> None:
    wording = k_pack(2).wording
    assert wording is not None
    used: dict[str, set[str]] = defaultdict(set)
    for where, result in RESULTS:
        parts = result.get("finding")
        assert parts, f"{where}: {result['rule_id']} gave no finding template"
        for item in parts:  # type: ignore[attr-defined]
            template = wording.templates[item["template"]]
            used[str(result["rule_id"])].add(item["template"])
            for lang in LANGUAGES:
                assert template[lang].strip(), f"{item['template']} has no {lang} text"
                # The parameters are all used, and every fact a template names is given.
                named = sorted(fact_names(template[lang]))
                assert named == sorted(item["params"]), (
                    f"{where}: {item['template']} ({lang}) names {named}"
                    f" but the finding carries {sorted(item['params'])}"
                )
    # Every rule of the pack speaks through templates, and no template lies unused.
    assert set(used) == {meta.id for meta in k_pack(2).rules}
    assert set().union(*used.values()) == set(wording.templates)


def test_stored_english_is_the_english_template_and_chinese_reads_as_chinese() -> None:
    wording = k_pack(2).wording
    assert wording is not None
    for where, result in RESULTS:
        en = shown_finding(result, wording, "en")
        zh = shown_finding(result, wording, "zh")
        assert en.translated and zh.translated
        # The English shown is the stored English, but where wording_corrections.toml
        # rewords it for readers (shown_en), rendered from the same parts.
        reworded = any(p["template"] in wording.shown_en for p in result.get("finding") or ())
        assert reworded or en.finding == result["message"], where
        assert _CJK.search(zh.finding), f"{where}: {zh.finding}"
        assert not _LEAK.search(zh.finding), f"{where}: code left in {zh.finding!r}"
        assert not re.search(r"\d{4}-\d{2}-\d{2}", zh.finding), f"{where}: ISO date in Chinese"
        assert _CJK.search(zh.source), f"{where}: source {zh.source!r}"


def test_the_age_finding_reads_in_chinese_with_chinese_dates() -> None:
    facts = build_facts({"applicant": {"date_of_birth": date(1979, 3, 2)}})
    pack = k_pack(2)
    result = evaluate(facts, pack).result("K-AGE-01").to_dict()
    assert pack.wording is not None
    shown = shown_finding(result, pack.wording, "zh")
    assert shown.finding == (
        "出生于1979年3月2日，至2025年10月15日年满46周岁；规定范围18至45周岁；不在规定范围内。"
    )
    assert shown.source.startswith("司法部、外交部、公安部、国家移民管理局联合答记者问")
    assert result["message"] == "Born 1979-03-02, 46 on 2025-10-15; band 18–45; outside the band."


def test_a_revision_1_result_keeps_its_stored_english_with_no_template() -> None:
    facts = build_facts({})
    pack = k_pack(1)
    assert pack.wording is None
    for result in evaluate(facts, pack).results:
        stored = result.to_dict()
        assert "finding" not in stored  # the run's JSON is as revision 1 always wrote it
        for lang in LANGUAGES:
            shown = shown_finding(stored, k_pack(2).wording, lang)
            assert (shown.finding, shown.source, shown.translated) == (
                stored["message"],
                stored["source"],
                False,
            )


def test_isced_codes_show_their_names_in_both_languages() -> None:
    assert isced_name("0715", "en") == "Mechanics and metal trades"
    assert isced_name("0715", "zh") == "机械与金属行业"
    assert isced_name("071", "en") == "Engineering and engineering trades"
    assert isced_text("0613", "zh") == "0613（软件与应用程序开发及分析）"
    assert isced_text("0999", "en") == "0999"  # no name: the code alone, never a guess
    wording = k_pack(2).wording
    assert wording is not None
    field = next(r for _, r in RESULTS if r["rule_id"] == "K-EDU-02" and r["outcome"] == "pass")
    assert "(Electricity and energy)" in shown_finding(field, wording, "en").finding


@pytest.mark.parametrize(("day", "text"), [(date(2026, 6, 1), "2026年6月1日")])
def test_chinese_dates(day: date, text: str) -> None:
    assert chinese_date(day) == text


def test_a_template_whose_languages_name_different_facts_is_refused() -> None:
    from kvisa_desk.rules.folder import rules_folder
    from kvisa_desk.rules.pack import parse_pack

    data = (rules_folder() / "k-2025.10-r2.toml").read_text(encoding="utf-8")
    broken = data.replace("规定范围{age_min}至{age_max}周岁。", "规定范围{age_min}周岁。", 1)
    assert broken != data
    with pytest.raises(ValueError, match=r"age\.inside.*same facts"):
        parse_pack(broken.encode("utf-8"), "broken.toml")
    parts = evaluate(build_facts({}), k_pack(2)).result("K-AGE-01").finding
    assert render_finding(parts, k_pack(2).wording, "en").startswith("Born 1996-02-29")  # type: ignore[arg-type]


def test_an_unreadable_mrz_says_why_in_chinese() -> None:
    from datetime import date

    from kvisa_desk.rules.findings import part, render_part
    from kvisa_desk.rules.mrz import MrzFormatError, parse_td3
    from kvisa_desk.rules.pack import default_library

    wording = max(default_library().packs, key=lambda p: p.revision).wording
    reasons = []
    for lines in (["P<DEU"], ["P<DEU" + "<" * 39, "X1234"]):
        with pytest.raises(MrzFormatError) as raised:
            parse_td3(lines, date(2026, 1, 1))
        reasons.append(
            render_part(part("mrz.unreadable", problem=str(raised.value)), wording, "zh")
        )
    assert reasons == [
        "机读区无法读取：护照机读区应为2行，实际为1行。",
        "机读区无法读取：机读区第2行应为44个字符（A–Z、0–9和“<”），实际为5个。",
    ]


def test_memoised_sentences_are_the_rendered_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    # A batch renders each sentence once per (template, facts); facts that compare equal but
    # read differently (1 and True) are kept apart, and past the bound it starts over.
    from kvisa_desk.rules import findings
    from kvisa_desk.rules.findings import FindingPart, render_finding_memoised

    wording = k_pack(2).wording
    assert wording is not None
    base = {"date_of_birth": "1990-01-02", "reference_date": "2025-10-15", "age_min": 18}
    variants = [{**base, "age": age, "age_max": 45} for age in (1, True, 35.5, None)]
    parts = [(FindingPart("age.inside", v),) for v in variants]
    for lang in LANGUAGES:
        expected = [render_finding(p, wording, lang) for p in parts]
        assert len(set(expected)) == len(expected)  # the variants do read differently
        assert [render_finding_memoised(p, wording, lang) for p in parts] == expected
        assert [render_finding_memoised(p, wording, lang) for p in parts] == expected  # kept
    for _, result in RESULTS:
        kept = findings.stored_parts(result)
        if kept:
            assert render_finding_memoised(kept, wording, "en") == result["message"]
    monkeypatch.setattr(findings, "_RENDERED_LIMIT", 2)
    findings._RENDERED.clear()
    assert [render_finding_memoised(p, wording, "en") for p in parts] == [
        render_finding(p, wording, "en") for p in parts
    ]
    assert len(findings._RENDERED[(id(wording), "en")][1]) <= 2
