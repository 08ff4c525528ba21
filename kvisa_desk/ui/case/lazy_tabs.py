"""Tabs built on their first show: opening a case builds its header and the tab shown, and an
empty page stands in for each other tab until the officer (or a shortcut) goes to it.

When a tab is built, its page takes the stand-in's place under the same title, so
`tabs.setCurrentWidget(tab)` and `tabs.widget(i)` see the real tab from then on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs(QObject):
    built = Signal(str)  # the key of a tab just built (its page is in place)

    def __init__(self, tabs: QTabWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self._makers: dict[str, Callable[[], QWidget]] = {}
        self._stand_ins: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._shown)

    def add(self, key: str, title: str, make: Callable[[], QWidget]) -> None:
        """A tab whose page MAKE builds when it is first shown."""
        stand_in = QWidget(self.tabs)
        stand_in.setObjectName(f"{key}.unbuilt")
        self._stand_ins[key] = stand_in
        self._makers[key] = make
        self.tabs.addTab(stand_in, title)

    def is_built(self, key: str) -> bool:
        return key in self._pages

    def build(self, key: str) -> QWidget:
        """The tab's page, built now if it was not yet (shown or not)."""
        page = self._pages.get(key)
        if page is not None:
            return page
        make = self._makers.pop(key)
        page = make()
        self._pages[key] = page
        stand_in = self._stand_ins.pop(key)
        index = self.tabs.indexOf(stand_in)
        was_current = self.tabs.currentIndex() == index
        tip = self.tabs.tabToolTip(index)
        self.tabs.insertTab(index, page, self.tabs.tabText(index))  # the title as translated
        self.tabs.setTabToolTip(index, tip)
        if was_current:
            self.tabs.setCurrentIndex(index)  # before the stand-in goes: no other tab is shown
        self.tabs.removeTab(index + 1)
        stand_in.deleteLater()
        self.built.emit(key)
        return page

    def _shown(self, index: int) -> None:
        for key, stand_in in list(self._stand_ins.items()):
            if self.tabs.widget(index) is stand_in:
                self.build(key)
                return
