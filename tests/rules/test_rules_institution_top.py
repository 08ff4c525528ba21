"""The bounded pick of the fuzzy candidates is the unbounded one: a WRatio score cutoff only
saves work, it never changes which twelve choices each scorer nominates (issue 20)."""

from __future__ import annotations

import json
import random
from functools import cache

import pytest
from rapidfuzz import fuzz, process

from kvisa_desk.rules.institution_match import _PICKED, _similar_form, _top_positions
from kvisa_desk.shipped import resources_dir


@cache
def _texts_by_country() -> dict[str | None, list[str]]:
    path = resources_dir() / "registry" / "world_universities_and_domains.json"
    found: dict[str | None, list[str]] = {None: []}
    for entry in json.loads(path.read_text("utf-8")):
        form = _similar_form(entry["name"].strip())
        found.setdefault(entry["alpha_two_code"].upper(), []).append(form)
        found[None].append(form)
    return found


def _unbounded(form: str, texts: list[str]) -> set[int]:
    return {
        pos
        for scorer in (fuzz.WRatio, fuzz.token_sort_ratio)
        for _, _, pos in process.extract(form, texts, scorer=scorer, limit=_PICKED)
    }


def _written(rng: random.Random, name: str) -> str:
    """A name as an applicant might write it: cut short, a letter changed, words swapped."""
    words = name.split()
    match rng.randrange(5):
        case 0:
            return " ".join(words[: max(1, len(words) - 1)])
        case 1:
            at = rng.randrange(len(name))
            return name[:at] + rng.choice("aeioxz") + name[at + 1 :]
        case 2:
            return " ".join(reversed(words))
        case 3:
            return "state university"  # shared words only: many choices tie
        case _:
            return rng.choice(["", "x", "tech", name.upper()])


@pytest.mark.parametrize("country", ["US", "BR", "RU", "GR", "LU", None])
def test_the_bounded_pick_is_the_unbounded_one(country: str | None) -> None:
    texts = _texts_by_country()[country]
    rng = random.Random(f"issue-20-{country}")
    names = [_written(rng, rng.choice(texts)) for _ in range(25 if country else 6)]
    for written in names:
        form = _similar_form(written)
        assert _top_positions(form, texts) == _unbounded(form, texts), written


def test_a_short_list_is_picked_whole() -> None:
    texts = ["university of lagos", "lagos state university", "covenant university"]
    assert _top_positions("lagos", texts) == {0, 1, 2}


def test_token_sort_is_plain_ratio_of_the_sorted_words() -> None:
    # The batch sorts each country's choices' words once; rapidfuzz must split on the same
    # whitespace and sort as Python does, or the picks would move.
    from kvisa_desk.rules.institution_match import _tokens_sorted

    odd = ["b  a", "b\ta", "b\u00a0a", "b\x85a", "b\u3000a", " a b ", "Москва вуз", "z é a"]
    texts = _texts_by_country()["RU"][:200] + odd
    for a in texts[:40] + odd:
        for b in texts:
            assert fuzz.token_sort_ratio(a, b) == fuzz.ratio(_tokens_sorted(a), _tokens_sorted(b))
