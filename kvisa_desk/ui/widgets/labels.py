"""Stored codes in the officer's words, in the window's language.

The words come from the one catalogue the command line and the PDFs read too
(resources/vocab/labels.toml through kvisa_desk.labels); this module only adds the window's
language and its way of writing dates."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from kvisa_desk import labels
from kvisa_desk.ui.widgets.translations import current_language


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a string for translation later; Qt's own is typed `object`. lupdate seeks the name."""
    return source


_ACCELERATOR = re.compile(r"\(&[^)]\)|&(.)")  # "(&O)", or "&" before the letter it marks


def action_caption(text: str) -> str:
    """An action's text as a list shows it: no accelerator, whether written "&Open" (English)
    or "打开(&O)" (Chinese), and no trailing ellipsis."""
    # "&&" is a literal ampersand: the group keeps the second "&" of the pair.
    return _ACCELERATOR.sub(lambda m: m.group(1) or "", text).rstrip("…")


def language() -> str:
    """The window's language as the catalogue names it ("en", "zh" or "pseudo")."""
    return labels.language_of(current_language())


def status_label(status: str) -> str:
    """A case status as the officer says it; an unknown code is shown as it is stored."""
    return labels.label("status", status, language())


def code_label(kind: str, code: str | None) -> str:
    """A code from one of the catalogue's tables; empty for None, the code itself if unknown."""
    return labels.label(kind, code, language())


def event_sentence(kind: str, details: dict[str, Any]) -> str:
    """A history event as one sentence in the officer's words, its details filled in."""
    return labels.sentence(kind, details, language())


def yes_no(value: bool | None) -> str:
    return labels.yes_no(value, language())


def text_of(value: Any) -> str:
    """Any stored value as plain text: None is empty, dates are ISO, the rest exactly as stored."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime):
        stamp = value if value.tzinfo else value.replace(tzinfo=UTC)
        return stamp.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def applicant_name(surname: str, given_names: str) -> str:
    """`Surname, Given names`, or the surname alone for a person with one name."""
    return f"{surname}, {given_names}" if given_names else surname


UNCHECKED = "unchecked"


def outcome_label(outcome: str | None) -> str:
    """A check outcome in the officer's words; None (never checked) reads `Not checked`."""
    return labels.outcome(None if outcome == UNCHECKED else outcome, language())


def subject_label(subject: str | None, record: dict[str, Any] | None = None) -> str:
    """`education[0]` reads `Degree 1` (`Degree 1 · University of Lagos` given the case
    record), `employment[1]` reads `Post 2`, None reads `Whole case`."""
    return labels.subject(subject, language(), record)


def who(username: str, full_name: str = "") -> str:
    """Who did something, as the window names them: an officer by full name, the program's
    own actors (the recovery key, the demo) in words; a login name only when there is no name."""
    return labels.actor(username, full_name, language())


def country_words(code: str | None) -> str:
    """A country code as words beside it: `DEU` → 德国（DEU） / Germany (DEU); "" for a code
    that names no country (the officer sees the code itself in the field)."""
    from kvisa_desk.core.countries import nationality_name

    code = (code or "").strip().upper()
    words = language()
    name = nationality_name(code, "zh" if words == "zh" else "en") if code else ""
    if not name or name == code:
        return ""
    return f"{name}（{code}）" if words == "zh" else f"{name} ({code})"


def date_text(value: date | None) -> str:
    """A date as the officer's language writes it: `15 Oct 2025`, `2025年10月15日`."""
    if value is None:
        return ""
    from PySide6.QtCore import QDate, QLocale

    locale = QLocale()
    day = QDate(value.year, value.month, value.day)
    if locale.language() == QLocale.Language.Chinese:
        return locale.toString(day, "yyyy年M月d日")
    return locale.toString(day, "d MMM yyyy")


def day_month_text(value: date) -> str:
    """A day of the year without the year, as the officer's language writes it: `1 Dec`,
    `12月1日` (Qt's "d MMM" reads "1 12月" in Chinese)."""
    from PySide6.QtCore import QDate, QLocale

    locale = QLocale()
    day = QDate(value.year, value.month, value.day)
    if locale.language() == QLocale.Language.Chinese:
        return locale.toString(day, "M月d日")
    return locale.toString(day, "d MMM")
