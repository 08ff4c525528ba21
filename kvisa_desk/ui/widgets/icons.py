"""The application's icons: SVG files in resources/icons, sharp at any screen scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from kvisa_desk.shipped import resources_dir

OUTCOME_ICONS = {
    "pass": "outcome-pass",
    "review": "outcome-review",
    "fail": "outcome-fail",
}


@cache
def icon(name: str) -> QIcon:
    """The icon `resources/icons/NAME.svg`; an empty icon if the file is missing."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def outcome_icon(outcome: str | None) -> QIcon:
    """Pass (green circle, tick), review (amber triangle, !), fail (red octagon, ×), or a
    dashed grey ring for a case never checked: shapes differ, not only colours."""
    return icon(OUTCOME_ICONS.get(outcome or "", "outcome-unchecked"))
