"""The worklist's columns: what each shows, how it sorts, how wide it starts.

Column numbers are named constants; the officer may hide, move and resize columns, and the
view remembers that, but the model's numbering never changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from kvisa_desk.core.cases.worklist import WorklistRow
from kvisa_desk.ui.widgets.labels import (
    QT_TRANSLATE_NOOP,
    applicant_name,
    code_label,
    country_words,
    date_text,
    language,
    outcome_label,
    status_label,
)
from kvisa_desk.vocab import CaseStatus

COL_CASE_ID = 0
COL_APPLICANT = 1
COL_NATIVE_NAME = 2
COL_NATIONALITY = 3
COL_AGE = 4
COL_ROUTE = 5
COL_STATUS = 6
COL_OUTCOME = 7
COL_RECEIVED = 8
COL_DAYS_OPEN = 9
COL_OFFICER = 10


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorklistModel", text)


def route_label(route: str | None) -> str:
    return code_label("route", route)


def _number(value: int | None) -> str:
    return QLocale().toString(value) if value is not None else ""


def _dates_of_a_year() -> tuple[str, ...]:
    """A late day of every month (two-digit days, every month's name), as the window
    writes dates now: the widest date is among them ("2026年12月28日", "30 Sept 2026")."""
    return tuple(date_text(date(2026, month, 28)) for month in range(1, 13))


def nationality_words(code: str | None) -> str:
    """In Chinese the country in words with its code, 德国（DEU）, as the case summary writes
    it (a Chinese officer does not read ISO codes at a glance); in English the code, which
    an English reader does."""
    if language() != "zh":
        return code or ""
    return country_words(code) or (code or "")


def _nationality_samples() -> tuple[str, ...]:
    # Usual names in Chinese, so the column starts wide enough for most rows (a rare long
    # one is elided, whole in its tooltip).
    return tuple(nationality_words(code) for code in ("DEU", "NGA", "GBR"))


# How the demo's officers are marked in their stored names; shown in the window's language.
_DEMO_MARK = "（演示 demo）"
_DEMO = QT_TRANSLATE_NOOP("WorklistModel", "demo")  # an officer account of the demo


def officer_words(name: str | None) -> str:
    """The assigned officer's name; a demo officer's in the window's language only ("Li Wei
    (demo)": no Chinese word in an English window; 李伟（演示） in the Chinese one)."""
    name = name or ""
    if not name.endswith(_DEMO_MARK):
        return name
    bare = name.removesuffix(_DEMO_MARK).strip()
    # Each window the name in its own script: 田中结衣（演示）, Tanaka Yui (demo).
    han = " ".join(part for part in bare.split() if _has_han(part))
    latin = " ".join(part for part in bare.split() if not _has_han(part))
    if language() == "zh":
        return f"{han or bare}（{_tr(_DEMO)}）"
    return f"{latin or bare} ({_tr(_DEMO)})"


def _has_han(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


@dataclass(frozen=True)
class Column:
    key: str  # the core sort key, and the name QSettings remembers it by
    header: str  # untranslated; see `title`
    text: Callable[[WorklistRow], str]
    sample: str  # the widest value it usually shows, to size it without reading rows
    numeric: bool = False
    shown_at_first: bool = True
    # Every value it can show, in the window's language, where they are few (statuses, the
    # dates of the year): the column is made wide enough for the widest, in any language.
    values: Callable[[], tuple[str, ...]] | None = None

    @property
    def title(self) -> str:
        return _tr(self.header)


COLUMNS: tuple[Column, ...] = (
    Column("case", QT_TRANSLATE_NOOP("WorklistModel", "Case"), lambda r: r.case_ref, "C0000000"),
    Column(
        "applicant",
        QT_TRANSLATE_NOOP("WorklistModel", "Applicant"),
        lambda r: applicant_name(r.surname, r.given_names),
        "Nwachukwu-Okafor, Chiamaka Adaeze",  # most names fit; a longer one is elided
    ),
    Column(
        "native_name",
        QT_TRANSLATE_NOOP("WorklistModel", "Native name"),
        lambda r: r.native_name or "",
        "Стрелкова Дарья",
    ),
    Column(
        "nationality",
        QT_TRANSLATE_NOOP("WorklistModel", "Nationality"),
        lambda r: nationality_words(r.nationality),
        "WWW",
        values=lambda: _nationality_samples(),
    ),
    Column(
        "age",
        QT_TRANSLATE_NOOP("WorklistModel", "Age"),
        lambda r: _number(r.age),
        "000",
        numeric=True,
    ),
    Column(
        "route",
        QT_TRANSLATE_NOOP("WorklistModel", "Route"),
        lambda r: route_label(r.route),
        "A and B",
        shown_at_first=False,
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("WorklistModel", "Status"),
        lambda r: status_label(r.status),
        "Awaiting documents",
        values=lambda: tuple(status_label(s.value) for s in CaseStatus),
    ),
    Column(
        "outcome",
        QT_TRANSLATE_NOOP("WorklistModel", "Check outcome"),
        lambda r: outcome_label(r.outcome),
        "Not checked",
        values=lambda: tuple(outcome_label(o) for o in ("pass", "review", "fail", None)),
    ),
    Column(
        "received",
        QT_TRANSLATE_NOOP("WorklistModel", "Received"),
        lambda r: date_text(r.received_at),
        "30 Sept 2025",
        values=lambda: _dates_of_a_year(),
    ),
    Column(
        "days_open",
        QT_TRANSLATE_NOOP("WorklistModel", "Days open"),
        lambda r: _number(r.days_open),
        "0000",
        numeric=True,
    ),
    Column(
        "officer",
        QT_TRANSLATE_NOOP("WorklistModel", "Officer"),
        lambda r: officer_words(r.officer),
        "王芳 Wang Fang",
        # The longest demo officer's name, whole, in the window's language.
        values=lambda: (officer_words(f"露西娅·加西亚 Lucía García{_DEMO_MARK}"),),
    ),
)
COLUMN_COUNT = len(COLUMNS)
KEYS = tuple(column.key for column in COLUMNS)
ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
