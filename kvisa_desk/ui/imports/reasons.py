"""Core's reasons for rejecting a record, in the window's language.

Core words its reasons in English (the command line prints them, the import format document
explains them). The window matches each against the templates below and shows the
translation with the same values; a reason no template matches is shown as core gave it.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from kvisa_desk.ui.widgets.labels import QT_TRANSLATE_NOOP

CONTEXT = "ImportReasons"
# Core's wording, with {names} where core puts values. Keep in step with core/applications
# and docs/import-format.md ("Errors").
TEMPLATES = (
    QT_TRANSLATE_NOOP("ImportReasons", "is required"),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "is not a field of kvisa-application/1 (check the spelling)"
    ),
    QT_TRANSLATE_NOOP("ImportReasons", "is given twice: give a field once"),
    QT_TRANSLATE_NOOP("ImportReasons", "must be text in double quotes, not {value}"),
    QT_TRANSLATE_NOOP("ImportReasons", "must be text in double quotes"),
    # The quoted number core names, said as a sentence (before the general form below).
    QT_TRANSLATE_NOOP("ImportReasons", 'must be a number without quotes: {number}, not "{quoted}"'),
    QT_TRANSLATE_NOOP("ImportReasons", "must be a number without quotes: {example}"),
    QT_TRANSLATE_NOOP("ImportReasons", "must be a whole number, such as 90"),
    QT_TRANSLATE_NOOP("ImportReasons", "must be true or false, not {value}"),
    QT_TRANSLATE_NOOP("ImportReasons", "must be true or false"),
    QT_TRANSLATE_NOOP("ImportReasons", "{value} is not one of {choices}"),
    QT_TRANSLATE_NOOP("ImportReasons", "must be a date written YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("ImportReasons", "{value} is not a date in the calendar"),
    QT_TRANSLATE_NOOP("ImportReasons", "{date} is before 1900: check the date of birth"),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "{date} is not before the application was received ({received})"
    ),
    QT_TRANSLATE_NOOP("ImportReasons", "{date} is in the future (today is {today})"),
    QT_TRANSLATE_NOOP("ImportReasons", "{date} is not before the expiry date ({expiry})"),
    QT_TRANSLATE_NOOP("ImportReasons", "{value} is not an ISO 3166-1 alpha-3 or ICAO country code"),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "{value} is not an ISO 3166-1 alpha-2 or alpha-3 country code"
    ),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "must be two to four digits (0–9) of ISCED-F 2013, such as 0713"
    ),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "a post code is 2 to 8 capital letters A–Z or digits 0–9 (e.g. LON)"
    ),
    QT_TRANSLATE_NOOP("ImportReasons", "is {length} characters long; at most {limit} are allowed"),
    QT_TRANSLATE_NOOP("ImportReasons", "has {count} items; at most {limit} are allowed"),
    QT_TRANSLATE_NOOP("ImportReasons", "must be between 1 and {limit} days"),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "contains a NUL character at character {position}: remove it"
    ),
    QT_TRANSLATE_NOOP(
        "ImportReasons",
        "contains an invisible control character ({code}) at character {position}: remove it",
    ),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "contains a line break or tab ({code}) at character {position}: remove it"
    ),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "has no visible character (only {code}): write it out or leave it empty"
    ),
    QT_TRANSLATE_NOOP("ImportReasons", "must not be empty (it holds only invisible characters)"),
    QT_TRANSLATE_NOOP("ImportReasons", "must not be empty"),
    QT_TRANSLATE_NOOP("ImportReasons", "must be a JSON object { … }"),
    QT_TRANSLATE_NOOP("ImportReasons", "must be an object { … }"),
    QT_TRANSLATE_NOOP("ImportReasons", "must be a list [ … ]"),
    QT_TRANSLATE_NOOP("ImportReasons", "has {count} cells where the header has {columns}"),
    QT_TRANSLATE_NOOP("ImportReasons", "points outside the imported file's folder"),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "must be a path relative to the imported file, not an absolute path"
    ),
    QT_TRANSLATE_NOOP("ImportReasons", "cannot read {file}: {why}"),
    QT_TRANSLATE_NOOP(
        "ImportReasons",
        "cannot attach {file}: this database keeps every document sealed with its post key, "
        "and the key is not on this computer: an administrator imports it here with "
        "`kvisa-desk db post-key import FILE` (a file exported on a computer that has it), "
        "or makes the post's key with `kvisa-desk db post-key generate` if it has none yet",
    ),
    QT_TRANSLATE_NOOP("ImportReasons", "cannot attach {file}: {why}"),
    QT_TRANSLATE_NOOP("ImportReasons", "each MRZ line must be exactly 44 characters A–Z, 0–9 or <"),
    QT_TRANSLATE_NOOP("ImportReasons", "must be the two 44-character lines of the passport's MRZ"),
)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    made = []
    for template in TEMPLATES:
        parts = re.split(r"\{(\w+)\}", template)
        # Literal text escaped, each {name} a group that takes the shortest value that fits.
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)
        )
        made.append((re.compile(f"^{regex}$", re.DOTALL), template))
    return tuple(made)


def reason_words(reason: str) -> str:
    """The reason in the window's language, with core's values kept as they were."""
    for pattern, template in _patterns():
        found = pattern.match(reason)
        if found is not None:
            translated = QCoreApplication.translate(CONTEXT, template)
            if not found.groupdict():
                return translated  # no values: braces in it are the text's own ("{ … }")
            try:
                return translated.format(**found.groupdict())
            except (KeyError, IndexError, ValueError):  # a translation that lost a {name}
                return reason
    return reason
