"""Free-text field of study -> suggested ISCED-F 2013 code."""

from __future__ import annotations

import pytest

from kvisa_desk.rules import IscedKeywords, broad_field, suggest_isced
from kvisa_desk.rules.isced import default_keywords


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("MSc Electrical Engineering", "0713"),
        ("MSc Electrical Eng.", "0713"),
        ("Electrical and Electronic Engineering", "0713"),
        ("Computer Science", "0613"),
        ("B.Sc. Comp. Sci.", "0613"),
        ("Software Engineering", "0613"),
        ("Mathematics", "0541"),
        ("BSc (Hons) Maths", "0541"),
        ("Physics", "0533"),
        ("Mathematical Physics", "0533"),
        ("Chemistry", "0531"),
        ("Biochemistry", "0512"),
        ("Biology", "0511"),
        ("Molecular Biology", "0511"),
        ("Statistics", "0542"),
        ("Civil Engineering", "0732"),
        ("Mechanical Eng.", "0715"),
        ("Chemical Engineering", "0711"),
        ("Aerospace Engineering", "0716"),
        ("Materials Science and Engineering", "0722"),
        ("Information Technology", "0612"),
        ("Engineering", "0710"),
        ("Power systems", "0713"),
        ("Business Administration", "0413"),
        ("MBA", "0413"),
        ("History", "0222"),
        ("Medicine", "0912"),
        ("Economics", "0311"),
        ("Law", "0421"),
        ("English Literature", "0232"),
        ("BA Eng. Lit.", "0232"),
        ("Architecture", "0731"),
        ("Doctor of Philosophy in Physics", "0533"),
        ("Nursing", "0913"),
        ("Psychology", "0313"),
        ("Agriculture", "0811"),
        ("ÉLECTRICAL ENGINEERING", "0713"),
    ],
)
def test_suggestions(text: str, code: str) -> None:
    suggestion = suggest_isced(text)
    assert suggestion is not None, text
    assert suggestion.code == code, (text, suggestion)


def test_suggestion_names_the_keyword() -> None:
    suggestion = suggest_isced("MSc Electrical Eng.")
    assert suggestion is not None and suggestion.keyword == "electrical engineering"


@pytest.mark.parametrize("text", ["", "   ", "Basket weaving", "???"])
def test_no_suggestion(text: str) -> None:
    assert suggest_isced(text) is None


def test_every_code_in_the_table_is_an_isced_code() -> None:
    table = default_keywords()
    for phrase in ("computer science", "history", "engineering"):
        suggestion = table.suggest(phrase)
        assert suggestion is not None and broad_field(suggestion.code) is not None


def test_custom_table() -> None:
    table = IscedKeywords({"cs": "computer science"}, [("computer science", "0613")])
    assert table.suggest("BSc CS") is not None
    with pytest.raises(ValueError):
        IscedKeywords({}, [("x", "abc")])


def test_broad_field() -> None:
    assert broad_field("0713") == "07"
    assert broad_field("05") == "05"
    assert broad_field("054") == "05"
    assert broad_field("7") is None and broad_field(None) is None and broad_field("07a") is None
