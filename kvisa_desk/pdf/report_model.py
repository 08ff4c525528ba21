"""The dashboard report's plain values, apart from its ReportLab drawing (`letters.report`).

The window and core build these on every dashboard refresh; only writing the PDF needs
ReportLab, so they live where importing them costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as printed beside the bar ("12", "3 of 8, 37.5%")
    highlight: bool = False  # drawn in the warning colour (past target, a high refusal rate)


@dataclass(frozen=True)
class Chart:
    key: str  # stable name ("by_status", ...): the window picks its translated title by it
    title: str
    bars: tuple[Bar, ...]
    columns: bool = False  # vertical columns (a time series) rather than horizontal bars
    note: str = ""
    # What each colour means: ("bar" or "warn", words), drawn under the chart as a key.
    legend: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class FiguresReport:
    title: str
    period: str
    prepared_by: str
    prepared_at: datetime
    figures: tuple[tuple[str, str], ...]  # (what, value) in the key-figures table
    charts: tuple[Chart, ...]
    notes: tuple[str, ...] = field(default=())
    # The page furniture's wording (the caller translates it): {page}, {pages}, {shown},
    # {total} and {by}, {at} are filled in here.
    notice: str = "Official use only: contains figures on the post's decisions"
    empty: str = "none in this period"
    more: str = "First {shown} of {total} shown."
    note: str = "Note: {text}"
    prepared: str = "Prepared by {by}, {at} UTC"
    page: str = "Page {page} of {pages}"
    language: str = "en"
