"""ICAO 9303 TD3: the Part 4 specimen, every check digit, code normalisation, comparison."""

from __future__ import annotations

from datetime import date

import pytest

from kvisa_desk.rules.countries import normalise_state, to_alpha2
from kvisa_desk.rules.mrz import (
    MrzFormatError,
    build_td3,
    check_digit,
    compare_with_record,
    parse_td3,
    resolve_birth,
    resolve_expiry,
)

SPECIMEN = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
REF = date(2025, 10, 15)


def test_specimen_parses_with_valid_check_digits() -> None:
    td3 = parse_td3(SPECIMEN, REF)
    assert td3.check_errors == ()
    assert td3.document_code == "P"
    assert (td3.issuing_state, td3.nationality) == ("UTO", "UTO")
    assert (td3.surname, td3.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert td3.number == "L898902C3"
    assert td3.birth_date == date(1974, 8, 12)
    assert td3.expiry_date == date(2012, 4, 15)
    assert td3.sex == "F"
    assert td3.personal_number == "ZE184226B"


def test_check_digit_examples() -> None:
    assert check_digit("L898902C3") == 6
    assert check_digit("740812") == 2
    assert check_digit("120415") == 9
    assert check_digit("ZE184226B<<<<<") == 1


@pytest.mark.parametrize(
    ("position", "name"),
    [
        (9, "document_number"),
        (19, "birth_date"),
        (27, "expiry_date"),
        (42, "personal_number"),
        (43, "composite"),
    ],
)
def test_each_altered_check_digit_is_reported(position: int, name: str) -> None:
    line = SPECIMEN[1]
    for digit in "0123456789":
        if digit == line[position]:
            continue
        corrupted = line[:position] + digit + line[position + 1 :]
        errors = parse_td3((SPECIMEN[0], corrupted), REF).check_errors
        assert name in errors
        # Changing a field's own check digit also breaks the composite that covers it.
        if name != "composite":
            assert set(errors) == {name, "composite"}


@pytest.mark.parametrize(
    ("position", "name"),
    [(0, "document_number"), (14, "birth_date"), (22, "expiry_date"), (30, "personal_number")],
)
def test_altered_data_character_is_reported(position: int, name: str) -> None:
    line = SPECIMEN[1]
    corrupted = line[:position] + ("7" if line[position] != "7" else "8") + line[position + 1 :]
    assert name in parse_td3((SPECIMEN[0], corrupted), REF).check_errors


def test_unused_personal_number_may_carry_filler_check_digit() -> None:
    lines = build_td3(
        issuing_state="NGA",
        surname="OKAFOR",
        given_names="CHIAMAKA",
        number="A1",
        nationality="NGA",
        birth=date(1996, 2, 29),
        sex="F",
        expiry=date(2031, 5, 31),
    )
    assert lines[1][42] == "<"
    assert parse_td3(lines, REF).check_errors == ()
    zero = lines[1][:42] + "0" + lines[1][43]
    assert parse_td3((lines[0], zero), REF).check_errors == ()


def test_build_td3_reproduces_the_specimen() -> None:
    assert (
        build_td3(
            issuing_state="UTO",
            surname="ERIKSSON",
            given_names="ANNA MARIA",
            number="L898902C3",
            nationality="UTO",
            birth=date(1974, 8, 12),
            sex="F",
            expiry=date(2012, 4, 15),
            personal_number="ZE184226B",
        )
        == SPECIMEN
    )


@pytest.mark.parametrize(
    "lines",
    [
        (SPECIMEN[0],),
        (SPECIMEN[0], SPECIMEN[1][:-1]),
        (SPECIMEN[0].lower(), SPECIMEN[1]),
        (SPECIMEN[0], SPECIMEN[1][:-1] + "é"),
    ],
)
def test_malformed_lines_raise(lines: tuple[str, ...]) -> None:
    with pytest.raises(MrzFormatError):
        parse_td3(lines, REF)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("D<<", "DEU"),
        ("D", "DEU"),
        ("GBD", "GBR"),
        ("GBN", "GBR"),
        ("GBO", "GBR"),
        ("GBP", "GBR"),
        ("GBS", "GBR"),
        ("UNO", "UNO"),
        ("UNA", "UNA"),
        ("UNK", "UNK"),
        ("XXA", "XXA"),
        ("XXB", "XXB"),
        ("XXC", "XXC"),
        ("XXX", "XXX"),
        ("nga", "NGA"),
    ],
)
def test_icao_codes_normalise(code: str, expected: str) -> None:
    assert normalise_state(code) == expected


def test_to_alpha2() -> None:
    assert to_alpha2("NGA") == "NG"
    assert to_alpha2("ng") == "NG"
    assert to_alpha2("D<<") == "DE"
    assert to_alpha2("XXA") is None
    assert to_alpha2(None) is None


def test_two_digit_years() -> None:
    assert resolve_birth("740812", REF) == date(1974, 8, 12)
    assert resolve_birth("251015", REF) == date(2025, 10, 15)
    assert resolve_birth("251016", REF) == date(1925, 10, 16)  # not in the future
    assert resolve_expiry("120415", REF) == date(2012, 4, 15)
    assert resolve_expiry("350101", REF) == date(2035, 1, 1)
    assert resolve_expiry("741231", REF) == date(2074, 12, 31)  # inside the 50-year window
    assert resolve_expiry("761231", REF) == date(1976, 12, 31)
    assert resolve_birth("740231", REF) is None  # 31 February


def test_german_mrz_agrees_with_iso_record() -> None:
    lines = build_td3(
        issuing_state="D",
        surname="MUELLER",
        given_names="JONAS",
        number="C01X00T47",
        nationality="D",
        birth=date(1990, 5, 4),
        sex="M",
        expiry=date(2032, 1, 9),
    )
    td3 = parse_td3(lines, REF)
    assert td3.nationality == "DEU" and td3.issuing_state == "DEU"
    assert (
        compare_with_record(
            td3,
            number="c01x00t47",
            nationality="DEU",
            date_of_birth=date(1990, 5, 4),
            sex="M",
            expiry_date=date(2032, 1, 9),
        )
        == ()
    )


def test_compare_reports_every_disagreeing_field() -> None:
    td3 = parse_td3(SPECIMEN, REF)
    mismatches = compare_with_record(
        td3,
        number="L898902C4",
        nationality="SWE",
        date_of_birth=date(1974, 8, 13),
        sex="M",
        expiry_date=date(2022, 4, 15),
    )
    assert [m.field for m in mismatches] == [
        "number",
        "nationality",
        "date_of_birth",
        "sex",
        "expiry_date",
    ]
    assert mismatches[0].mrz_value == "L898902C3"


def test_unspecified_sex_matches_x() -> None:
    lines = build_td3(
        issuing_state="NGA",
        surname="A",
        given_names="",
        number="X1",
        nationality="NGA",
        birth=date(1990, 1, 1),
        sex="X",
        expiry=date(2030, 1, 1),
    )
    td3 = parse_td3(lines, REF)
    assert td3.sex == "X"
    assert (
        compare_with_record(
            td3,
            number="X1",
            nationality="NGA",
            date_of_birth=date(1990, 1, 1),
            sex="X",
            expiry_date=date(2030, 1, 1),
        )
        == ()
    )
