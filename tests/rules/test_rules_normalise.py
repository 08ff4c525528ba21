"""Revision 2's normalised values, and snapshots that carry them only under revision 2."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from rules_support import build_facts

from kvisa_desk.rules.facts import CaseFacts, Education, InstitutionMatch
from kvisa_desk.rules.mrz import parse_td3
from kvisa_desk.rules.normalise import (
    fold_surname,
    normalise_country,
    normalise_passport_number,
    normalised_identity,
)


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("D", "DEU"),
        ("D<<", "DEU"),
        ("d<<", "DEU"),
        ("DEU", "DEU"),
        (" nga ", "NGA"),
        ("GBN", "GBN"),  # a British National (Overseas) passport is not a GBR passport
        ("gbd", "GBD"),
        ("GBO", "GBO"),
        ("GBP", "GBP"),
        ("GBS", "GBS"),
        ("XXA", "XXA"),
        ("XXB", "XXB"),
        ("XXC", "XXC"),
        ("XXX", "XXX"),
        ("RKS", "RKS"),
    ],
)
def test_country_codes(written: str, normalised: str) -> None:
    assert normalise_country(written) == normalised


@pytest.mark.parametrize(
    ("written", "normalised"),
    [("x 1234567", "X1234567"), ("X1234567", "X1234567"), ("ab-12 34<<", "AB1234")],
)
def test_passport_numbers(written: str, normalised: str) -> None:
    assert normalise_passport_number(written) == normalised


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Müller", "MULLER"),
        ("ＭＵＬＬＥＲ", "muller"),  # full-width letters fold under NFKC
        ("Ørsted", "ORSTED"),
        ("Nguyễn", "NGUYEN"),
        ("  van  der Berg ", "Van Der Berg"),
    ],
)
def test_surnames_fold_to_one(one: str, other: str) -> None:
    assert fold_surname(one) == fold_surname(other)


def test_different_surnames_stay_different() -> None:
    assert fold_surname("Müller") != fold_surname("Mueller")  # a transliteration, not a fold
    assert fold_surname("O'Brien") != fold_surname("OBrien")


def test_only_revision_2_snapshots_carry_normalised_values() -> None:
    first = build_facts()
    encoded = first.to_dict()
    assert "normalised" not in encoded
    assert "basis" not in encoded["education"][0]["institution_match"]  # type: ignore[index]
    assert "isced_source" not in encoded["education"][0]  # type: ignore[index]
    ident = normalised_identity("D<<", "D", "c01x 00t47", "Müller")
    second = dataclasses.replace(first, normalised=ident)
    again = CaseFacts.from_dict(second.to_dict())
    assert again == second and again.digest() == second.digest() != first.digest()
    assert again.normalised is not None and again.normalised.nationality == "DEU"
    assert again.normalised.passport_number == "C01X00T47"
    # A revision-1 snapshot decodes with none of revision 2's values, and re-encodes alike.
    assert CaseFacts.from_dict(encoded).normalised is None
    assert CaseFacts.from_dict(encoded).digest() == first.digest()


def test_revision_2_fields_of_a_degree_round_trip() -> None:
    degree = Education(
        level="master",
        isced_f="0613",
        isced_confirmed=True,
        isced_source="application",
        isced_suggested="0213",
        institution_match=InstitutionMatch("matched", 1, "X", "listed", (), "registered_name"),
    )
    facts = dataclasses.replace(build_facts(), education=(degree,))
    assert CaseFacts.from_dict(facts.to_dict()) == facts


def test_long_numbers_are_read_only_when_asked() -> None:
    lines = (
        "P<NGAOKAFOR<<CHIAMAKA<ADAEZE<<<<<<<<<<<<<<<<",
        "AB1234567<NGA9602290F31053198904<<<<<<<<<<15",
    )
    long = parse_td3(lines, date(2025, 10, 15), long_numbers=True)
    assert long.number == "AB1234567890" and long.check_errors == ()
    first = parse_td3(lines, date(2025, 10, 15))  # revision 1 as it always read it
    assert first.number == "AB1234567" and first.check_errors == ("document_number",)
