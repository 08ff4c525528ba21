"""Calendar arithmetic the rules rely on: completed years and calendar months."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(start: date, months: int) -> date:
    """Add calendar months, clamping to the month's last day (2026-08-31 + 6 = 2027-02-28)."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last_day))


def age_on(birth: date, on: date) -> int:
    """Completed years on `on`; a 29 February birthday falls on 1 March in common years."""
    # Tuple comparison makes (2, 28) < (2, 29) in a common year, so the birthday waits for March.
    before_birthday = (on.month, on.day) < (birth.month, birth.day)
    return on.year - birth.year - (1 if before_birthday else 0)
