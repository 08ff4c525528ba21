"""Menu mnemonics (new-user s4 finding 11): no two top-level menus share an Alt letter, no two
items of one menu share a letter, in English and in Chinese; Administration has its own."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from PySide6.QtWidgets import QMenu

from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.widgets.translations import switch_language


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _clashes(texts: list[str]) -> dict[str, list[str]]:
    letters = Counter(letter for t in texts if (letter := _letter(t)) is not None)
    return {
        letter: [t for t in texts if _letter(t) == letter]
        for letter, count in letters.items()
        if count > 1
    }


def _menus(window: MainWindow) -> list[QMenu]:
    found: list[QMenu] = []
    pending = [a.menu() for a in window.menuBar().actions()]
    while pending:
        menu = pending.pop()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # the Columns menu fills itself on opening
            found.append(menu)
            pending.extend(a.menu() for a in menu.actions())
    return found


def _check(window: MainWindow) -> dict[str, dict[str, list[str]]]:
    bar = [a.text() for a in window.menuBar().actions()]
    problems = {"menu bar": _clashes(bar)} if _clashes(bar) else {}
    assert all(_letter(t) for t in bar), bar  # every menu reachable with Alt
    for menu in _menus(window):
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        if _clashes(texts):
            problems[menu.title()] = _clashes(texts)
    return problems


def test_no_two_menus_or_items_share_an_alt_letter_in_either_language(
    qtbot: Any, window: MainWindow
) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Administration" in titles  # Alt+A, as the word starts (it was A&dministration)
    assert _check(window) == {}
    switch_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: "管理(&A)" in [a.text() for a in window.menuBar().actions()])
        assert _check(window) == {}
    finally:
        switch_language("en")
