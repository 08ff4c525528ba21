"""Hypothesis strategies for facts snapshots of every shape the rules must cope with."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from kvisa_desk.rules import CaseFacts
from kvisa_desk.rules.facts import (
    Applicant,
    Candidate,
    Document,
    DuplicateFindings,
    Education,
    Employment,
    InstitutionMatch,
    Passport,
    Purpose,
    Refusal,
    Screening,
)
from kvisa_desk.rules.mrz import build_td3

DOC_TYPES = (
    "passport_scan",
    "photo",
    "application_form",
    "degree_certificate",
    "transcript",
    "proof_of_post",
    "other",
)
dates = st.dates(min_value=date(1960, 1, 1), max_value=date(2040, 12, 31))
optional_bool = st.sampled_from([None, True, False])
isced_codes = st.one_of(
    st.none(), st.sampled_from(["05", "0713", "0613", "0413", "0222", "99", "0912", "11", "07"])
)
matches = st.one_of(
    st.builds(InstitutionMatch),
    st.builds(
        InstitutionMatch,
        status=st.just("matched"),
        institution_id=st.integers(1, 5),
        name=st.just("Registry U"),
        tier=st.sampled_from(["unlisted", "listed", "recognised"]),
        candidates=st.lists(
            st.builds(Candidate, st.integers(1, 5), st.text(max_size=5), st.floats(0, 100)),
            max_size=2,
        ).map(tuple),
    ),
    st.builds(
        InstitutionMatch,
        status=st.just("ambiguous"),
        candidates=st.just((Candidate("a", "A", 91.0), Candidate("b", "B", 90.5))),
    ),
)
educations = st.builds(
    Education,
    level=st.sampled_from([None, "bachelor", "master", "doctorate", "other"]),
    field=st.text(max_size=12),
    isced_f=isced_codes,
    isced_confirmed=st.booleans(),
    institution=st.text(max_size=12),
    institution_country=st.sampled_from([None, "NG", "DEU"]),
    awarded_on=st.one_of(st.none(), dates),
    institution_match=matches,
)
employments = st.builds(
    Employment,
    kind=st.sampled_from([None, "teaching", "research", "industry", "other"]),
    field=st.text(max_size=12),
    isced_f=isced_codes,
    isced_confirmed=st.booleans(),
    start_date=st.one_of(st.none(), dates),
    end_date=st.one_of(st.none(), dates),
    employer=st.text(max_size=12),
    country=st.sampled_from([None, "NG", "USA"]),
    position=st.text(max_size=8),
    institution_match=matches,
)


@st.composite
def passports(draw: st.DrawFn) -> Passport:
    number = draw(st.from_regex(r"[A-Z0-9]{6,9}", fullmatch=True))
    state = draw(st.sampled_from(["NGA", "DEU", "D", "CHN", "GBD", "XXA"]))
    expiry = draw(dates)
    mrz = None
    if draw(st.booleans()):
        mrz = build_td3(
            issuing_state=state,
            surname="TEST",
            given_names="",
            number=number,
            nationality=state,
            birth=draw(dates),
            sex="F",
            expiry=expiry,
        )
        if draw(st.booleans()):  # sometimes corrupt one character
            pos = draw(st.integers(0, 43))
            line = mrz[1]
            mrz = (mrz[0], line[:pos] + ("1" if line[pos] != "1" else "2") + line[pos + 1 :])
    return Passport(number, state, expiry, draw(st.one_of(st.none(), dates)), mrz)


case_facts = st.builds(
    CaseFacts,
    reference_date=st.dates(min_value=date(2025, 6, 1), max_value=date(2028, 12, 31)),
    applicant=st.builds(
        Applicant,
        nationality=st.sampled_from(["NGA", "DEU", "CHN", "HKG", "MAC", "TWN", "D", "XXA"]),
        date_of_birth=st.dates(min_value=date(1970, 1, 1), max_value=date(2012, 12, 31)),
        sex=st.sampled_from([None, "F", "M", "X"]),
        surname=st.text(max_size=10),
    ),
    passport=passports(),
    education=st.lists(educations, max_size=3).map(tuple),
    employment=st.lists(employments, max_size=3).map(tuple),
    purpose=st.builds(
        Purpose,
        st.sampled_from(
            [
                None,
                "education",
                "science_technology",
                "culture",
                "entrepreneurship",
                "business",
                "employment",
                "other",
            ]
        ),
    ),
    intended_entry=st.one_of(st.none(), dates),
    screening=st.builds(Screening, optional_bool, optional_bool, optional_bool, optional_bool),
    documents=st.lists(
        st.builds(
            Document,
            st.sampled_from(DOC_TYPES),
            st.sampled_from(["unverified", "verified", "suspected_fraudulent"]),
        ),
        max_size=7,
    ).map(tuple),
    duplicates=st.builds(
        DuplicateFindings,
        open_cases=st.lists(st.text(min_size=1, max_size=6), max_size=2).map(tuple),
        refusals=st.lists(
            st.builds(
                Refusal,
                st.text(min_size=1, max_size=6),
                dates,
                st.sampled_from(["passport", "identity"]),
            ),
            max_size=2,
        ).map(tuple),
    ),
)
