"""Calendar months and completed years, including 29 February."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kvisa_desk.rules.dates import add_months, age_on


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 1, 12), 6, date(2026, 7, 12)),
        (date(2026, 3, 31), 6, date(2026, 9, 30)),
        (date(2025, 12, 31), 2, date(2026, 2, 28)),
        (date(2025, 10, 15), -12, date(2024, 10, 15)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2025, 10, 31), -1, date(2025, 9, 30)),
        (date(2025, 1, 1), 0, date(2025, 1, 1)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("born", "on", "age"),
    [
        (date(2007, 10, 16), date(2025, 10, 15), 17),
        (date(2007, 10, 15), date(2025, 10, 15), 18),
        (date(1979, 10, 16), date(2025, 10, 15), 45),
        (date(1979, 10, 15), date(2025, 10, 15), 46),
        (date(2008, 2, 29), date(2026, 2, 28), 17),  # common year: birthday is 1 March
        (date(2008, 2, 29), date(2026, 3, 1), 18),
        (date(2008, 2, 29), date(2028, 2, 28), 19),
        (date(2008, 2, 29), date(2028, 2, 29), 20),  # leap year: birthday on the day
        (date(1996, 2, 29), date(2025, 10, 15), 29),
    ],
)
def test_age_on(born: date, on: date, age: int) -> None:
    assert age_on(born, on) == age


@given(st.dates(max_value=date(2100, 1, 1)), st.integers(0, 120))
def test_age_rises_by_one_exactly_on_the_birthday(born: date, years: int) -> None:
    birthday = add_months(born, 12 * years)
    if (born.month, born.day) == (2, 29) and birthday.day == 28:
        birthday += timedelta(days=1)  # a 29 Feb birthday moves to 1 March
    assert age_on(born, birthday) == years
    if years:
        assert age_on(born, birthday - timedelta(days=1)) == years - 1


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)), st.integers(-240, 240))
def test_add_months_keeps_the_day_or_clamps_to_month_end(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    assert result.day == start.day or (result + timedelta(days=1)).day == 1
