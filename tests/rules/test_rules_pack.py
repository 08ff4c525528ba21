"""Rule packs: loading, hashing, choosing by date, adding a pack by file, parameter overrides."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path

import pytest
from rules_support import build_facts

import kvisa_desk
from kvisa_desk import shipped
from kvisa_desk.rules import (
    RULES,
    effective_parameters,
    evaluate,
    load_packs,
    pack_for,
    parse_pack,
    rules_folder,
)
from kvisa_desk.rules.tiers import TIERS, meets_tier, tier_rank

PACK_FILE = rules_folder() / "k-2025.10.toml"
REVISION_2_FILE = rules_folder() / "k-2025.10-r2.toml"
# Revision 1 as published: its runs name this hash, so its file never changes.
REVISION_1_HASH = "044750b2cbc6142b421e8d2d6835089ab35f84773bb4da818e31de476d6fe159"


def test_rules_folder_is_the_checkout_folder_here() -> None:
    assert rules_folder() == Path(kvisa_desk.__file__).parent.parent / "resources" / "rules"
    assert PACK_FILE.is_file()


def test_rules_folder_prefers_the_installed_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "kvisa_desk"
    (package / "resources" / "rules").mkdir(parents=True)
    monkeypatch.setattr(shipped, "package_dir", lambda: package)
    assert rules_folder() == package / "resources" / "rules"


def test_shipped_pack() -> None:
    library = load_packs()
    # Two revisions of one pack; isced_keywords.toml is skipped.
    assert [(p.id, p.revision) for p in library.packs] == [("k-2025.10", 1), ("k-2025.10", 2)]
    pack = library.packs[0]
    assert pack.effective_from == date(2025, 10, 1) and pack.effective_to is None
    assert pack.content_hash == hashlib.sha256(PACK_FILE.read_bytes()).hexdigest()
    assert pack.content_hash == REVISION_1_HASH
    assert {m.id for m in pack.rules} == set(RULES)
    assert all(m.title_en and m.title_zh and m.source for m in pack.rules)
    defaults = pack.defaults().to_dict()
    assert defaults == {
        "age_min": 18,
        "age_max": 45,
        "age_outside_band": "review",
        "stem_fields": ["05", "06", "07"],
        "min_institution_tier": "listed",
        "passport_min_validity_months": 6,
        "recent_refusal_months": 12,
        "refusal_grounds_policy": "generic_article_21",
        "k_visa_in_force": "2025-10-01",
    }
    assumed = {m.id for m in pack.rules if m.assumption}
    assert {"K-AGE-01", "K-EDU-02", "K-EDU-03", "K-PPT-01"} <= assumed
    assert pack.rule("K-PPT-02").source == "ICAO Doc 9303 Part 4"


def test_revision_2_beside_revision_1() -> None:
    library = load_packs()
    first, second = library.revisions("k-2025.10")
    assert (first.revision, second.revision) == (1, 2)
    assert second.content_hash == hashlib.sha256(REVISION_2_FILE.read_bytes()).hexdigest()
    assert (second.effective_from, second.effective_to) == (first.effective_from, None)
    assert {m.id for m in second.rules} == {m.id for m in first.rules}
    assert second.label == "k-2025.10 revision 2"
    defaults = second.defaults().to_dict()
    assert defaults["institution_match_score"] == 88
    assert defaults["institution_candidate_floor"] == 60
    assert "institution_match_score" not in first.defaults().to_dict()
    # New runs take the newest revision; an old run's hash still finds its own revision.
    assert library.pack_for(date(2026, 3, 10)) == second
    assert library.pack_for(date(2026, 3, 10), revision=1) == first
    assert library.pack_for(date(2025, 9, 30)) == second  # before every pack: the earliest
    assert library.get("k-2025.10") == second
    assert library.get("k-2025.10", REVISION_1_HASH) == first
    assert library.get("k-2025.10", revision=1) == first
    with pytest.raises(LookupError, match="no revision 3"):
        library.get("k-2025.10", revision=3)


def test_parameters_belong_to_one_revision() -> None:
    first, second = load_packs().revisions("k-2025.10")
    with pytest.raises(ValueError, match=r"revision 1 of k-2025\.10, not revision 2"):
        evaluate(build_facts(), second, first.defaults())


def _revision(folder: Path, revision: int, start: str = "2025-10-01") -> Path:
    text = REVISION_2_FILE.read_text("utf-8").replace("revision = 2", f"revision = {revision}")
    path = folder / f"k-2025.10-r{revision}.toml"
    path.write_text(text.replace("effective_from = 2025-10-01", f"effective_from = {start}"))
    return path


def test_revisions_must_share_dates_and_differ(tmp_path: Path) -> None:
    shutil.copy(PACK_FILE, tmp_path)
    shutil.copy(REVISION_2_FILE, tmp_path / "copy-of-r2.toml")
    shutil.copy(REVISION_2_FILE, tmp_path)
    with pytest.raises(ValueError, match="clash"):
        load_packs(tmp_path)
    (tmp_path / "copy-of-r2.toml").unlink()
    (tmp_path / "k-2025.10-r2.toml").unlink()
    _revision(tmp_path, 2, start="2026-01-01")
    with pytest.raises(ValueError, match=r"clash|different dates"):
        load_packs(tmp_path)


def test_a_revision_needs_its_rule_code(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="revision 3 has no rule code"):
        load_packs_of(_revision(tmp_path, 3))
    text = REVISION_2_FILE.read_text("utf-8")
    with pytest.raises(ValueError, match="needs revision"):
        parse_pack(text.replace("revision = 2\n", "").encode(), "no-revision.toml")
    with pytest.raises(ValueError, match="unknown key"):
        parse_pack(PACK_FILE.read_bytes().replace(b"id = ", b"revision = 2\nid = ", 1), "x")


def load_packs_of(path: Path) -> object:
    return parse_pack(path.read_bytes(), path.name)


def test_pack_for_dates() -> None:
    assert pack_for(date(2025, 10, 1)).id == "k-2025.10"
    assert pack_for(date(2030, 1, 1)).id == "k-2025.10"
    assert pack_for(date(2025, 9, 30)).id == "k-2025.10"  # earliest pack, K-LEG-01 fails it


def _second_pack(folder: Path, start: str, extra: str = "", pack_id: str = "k-2026.07") -> None:
    text = PACK_FILE.read_text("utf-8")
    text = text.replace('id = "k-2025.10"', f'id = "{pack_id}"')
    text = text.replace("effective_from = 2025-10-01", f"effective_from = {start}\n{extra}")
    text = text.replace('type = "int"\ndefault = 45', 'type = "int"\ndefault = 40')
    (folder / f"{pack_id}.toml").write_text(text, "utf-8")


def test_a_second_pack_is_added_by_dropping_a_file(tmp_path: Path) -> None:
    shutil.copy(PACK_FILE, tmp_path)
    shutil.copy(rules_folder() / "isced_keywords.toml", tmp_path)
    _second_pack(tmp_path, "2026-07-01")
    library = load_packs(tmp_path)
    assert [p.id for p in library.packs] == ["k-2025.10", "k-2026.07"]
    assert library.pack_for(date(2026, 6, 30)).id == "k-2025.10"
    new = library.pack_for(date(2026, 7, 1))
    assert new.id == "k-2026.07" and new.defaults().get_int("age_max") == 40
    assert library.pack_for(date(2020, 1, 1)).id == "k-2025.10"
    # An old decision replays under its own pack, identified by id and hash.
    old = library.get("k-2025.10", library.packs[0].content_hash)
    facts = build_facts({"applicant": {"date_of_birth": "1984-01-01"}})
    assert evaluate(facts, old).outcome == "pass"
    assert evaluate(facts, new).result("K-AGE-01").outcome == "review"
    with pytest.raises(LookupError):
        library.get("k-2025.10", "0" * 64)


def test_gap_between_packs_is_an_error(tmp_path: Path) -> None:
    text = PACK_FILE.read_text("utf-8").replace(
        "# effective_to = 2026-12-31", "effective_to = 2026-03-31"
    )
    (tmp_path / "k-2025.10.toml").write_text(text, "utf-8")
    _second_pack(tmp_path, "2026-07-01")
    library = load_packs(tmp_path)
    assert library.pack_for(date(2026, 3, 31)).id == "k-2025.10"
    with pytest.raises(LookupError, match=r"No rule pack is in force on 2026-04-01"):
        library.pack_for(date(2026, 4, 1))


def test_clashing_packs_are_refused(tmp_path: Path) -> None:
    shutil.copy(PACK_FILE, tmp_path)
    _second_pack(tmp_path, "2025-10-01")
    with pytest.raises(ValueError, match="clash"):
        load_packs(tmp_path)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('format = "kvisa-rule-pack/1"', 'format = "kvisa-rule-pack/9"', "format"),
        ('format = "kvisa-rule-pack/1"', 'format = "kvisa-rule-pack/2"', "needs revision"),
        ('id = "K-LEG-01"', 'id = "K-XXX-99"', "no implementation"),
        ("[parameters.age_outside_band]", "[parameters.age_outside]", "needs parameter"),
        ('default = "review"', 'default = "maybe"', "bad default"),
        ("effective_from = 2025-10-01", "effective_from = 2025-10-01T00:00:00", "TOML date"),
        ('source = "ICAO Doc 9303 Part 4"', 'sourse = "ICAO Doc 9303 Part 4"', "unknown key"),
        (
            'min = 0\nmax = 120\nassumption = true\ndescription = "Youngest',
            'min = 0\nmax = 120\nassumption = true\nbogus = 1\ndescription = "Youngest',
            "bogus",
        ),
        ('type = "int"\ndefault = 45', 'type = "int"\ndefault = 10', "above"),
        ('id = "k-2025.10"', 'id = "K 2025"', "lower-case"),
        (
            'min = 0\nmax = 120\nassumption = true\ndescription = "Youngest',
            'min = "0"\nmax = 120\nassumption = true\ndescription = "Youngest',
            "'min'",
        ),
        ('choices = ["review", "fail"]', 'choices = ["review", 1]', "choices"),
        (
            'assumption = true\ndescription = "Youngest',
            'assumption = 1\ndescription = "Youngest',
            "'assumption'",
        ),
    ],
)
def test_broken_packs_are_refused(old: str, new: str, message: str) -> None:
    text = PACK_FILE.read_text("utf-8")
    assert old in text
    with pytest.raises(ValueError, match=message):
        parse_pack(text.replace(old, new, 1).encode("utf-8"), "broken.toml")


def test_not_toml_is_refused() -> None:
    with pytest.raises(ValueError, match=r"broken\.toml: not a readable TOML"):
        parse_pack(b"id = [", "broken.toml")


def test_effective_parameters_apply_and_validate() -> None:
    pack = load_packs().packs[0]
    params = effective_parameters(
        pack,
        {
            "age_max": 50,
            "stem_fields": ["05", "06", "07", "08"],
            "min_institution_tier": "recognised",
            "age_outside_band": "fail",
        },
    )
    assert params.get_int("age_max") == 50
    assert params.get_list("stem_fields") == ("05", "06", "07", "08")
    assert params.get_str("min_institution_tier") == "recognised"
    assert effective_parameters(pack, {}) == pack.defaults()


@pytest.mark.parametrize(
    ("overrides", "named"),
    [
        ({"age_maximum": 50}, "'age_maximum'"),
        ({"age_max": "50"}, "'age_max'"),
        ({"age_max": True}, "'age_max'"),
        ({"age_max": 500}, "'age_max'"),
        ({"age_outside_band": "reject"}, "'age_outside_band'"),
        ({"stem_fields": "05,06"}, "'stem_fields'"),
        ({"stem_fields": ["5"]}, "'stem_fields'"),
        ({"min_institution_tier": "famous"}, "'min_institution_tier'"),
        ({"k_visa_in_force": "2025-01-01"}, "'k_visa_in_force'"),
        ({"age_min": 46}, "'age_min'"),
        ({"refusal_grounds_policy": "detailed"}, "'refusal_grounds_policy'"),
    ],
)
def test_bad_overrides_name_the_key(overrides: dict[str, object], named: str) -> None:
    pack = load_packs().packs[0]
    with pytest.raises(ValueError, match=named):
        effective_parameters(pack, overrides)


def test_parameters_of_another_pack_are_refused(tmp_path: Path) -> None:
    shutil.copy(PACK_FILE, tmp_path)
    _second_pack(tmp_path, "2026-07-01")
    first, second = load_packs(tmp_path).packs
    with pytest.raises(ValueError, match=r"built for pack k-2026\.07"):
        evaluate(build_facts(), first, second.defaults())


def test_tiers_are_ordered() -> None:
    assert TIERS == ("unlisted", "listed", "recognised")
    assert tier_rank("unlisted") < tier_rank("listed") < tier_rank("recognised")
    assert meets_tier("recognised", "listed") and meets_tier("listed", "listed")
    assert not meets_tier("unlisted", "listed") and not meets_tier(None, "unlisted")
    with pytest.raises(ValueError):
        tier_rank("famous")
