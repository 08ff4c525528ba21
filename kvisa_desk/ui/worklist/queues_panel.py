"""The side panel: the officer's queues with live counts, and saved searches.

Counts come from core in one pass over the cases, on a reading thread, so the panel never
holds up the window; the main window refreshes them on a timer and after every change.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.cases.worklist import QUEUES, QueueCounts
from kvisa_desk.ui.widgets.labels import QT_TRANSLATE_NOOP

SAVED_KEY = "worklist/saved_searches"
QueueRole = Qt.ItemDataRole.UserRole + 1

_QUEUE_NAMES = {
    "mine": QT_TRANSLATE_NOOP("QueuesPanel", "My cases"),
    "unassigned": QT_TRANSLATE_NOOP("QueuesPanel", "Unassigned"),
    "awaiting_documents": QT_TRANSLATE_NOOP("QueuesPanel", "Awaiting documents"),
    "ready_for_decision": QT_TRANSLATE_NOOP("QueuesPanel", "Ready for decision"),
    "awaiting_sign_off": QT_TRANSLATE_NOOP("QueuesPanel", "Awaiting sign-off"),
    "decided": QT_TRANSLATE_NOOP("QueuesPanel", "Decided"),
    "all": QT_TRANSLATE_NOOP("QueuesPanel", "All cases"),
}


class QueuesPanel(QWidget):
    queue_chosen = Signal(str)
    saved_search_chosen = Signal(dict)  # the filters it was saved with
    save_requested = Signal()

    def __init__(self, settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._searches: list[dict[str, Any]] = []  # kept here when there are no settings
        self._counts: QueueCounts | None = None
        self.queues = QListWidget(self)
        self.queues.setObjectName("queues")
        self.queues.setAccessibleName(self.tr("Queues"))
        for queue in QUEUES:
            item = QListWidgetItem(self.queues)
            item.setData(QueueRole, queue)
        self.queues.currentItemChanged.connect(self._queue_changed)
        self.saved = QListWidget(self)
        self.saved.setObjectName("saved_searches")
        self.saved.setAccessibleName(self.tr("Saved searches"))
        self.saved.itemActivated.connect(self._saved_chosen)
        self.saved.itemClicked.connect(self._saved_chosen)
        self.save_button = QPushButton(self.tr("Save search…"), self)
        self.save_button.clicked.connect(self.save_requested)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        title = QLabel(self.tr("Queues"), self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setBuddy(self.queues)
        saved_title = QLabel(self.tr("Saved searches"), self)
        saved_title.setTextFormat(Qt.TextFormat.PlainText)
        saved_title.setBuddy(self.saved)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(title)
        layout.addWidget(self.queues, 3)
        layout.addWidget(saved_title)
        layout.addWidget(self.saved, 2)
        layout.addLayout(buttons)
        self.set_counts(None)
        self._load_saved()
        self.queues.setCurrentRow(QUEUES.index("all"))
        self.setMinimumWidth(self.queues.sizeHintForColumn(0) + 40)

    def current_queue(self) -> str:
        item = self.queues.currentItem()
        return str(item.data(QueueRole)) if item is not None else "all"

    def choose(self, queue: str) -> None:
        self.queues.setCurrentRow(QUEUES.index(queue))

    def set_counts(self, counts: QueueCounts | None) -> None:
        self._counts = counts
        locale = QLocale()
        for row, queue in enumerate(QUEUES):
            item = self.queues.item(row)
            name = self.tr(_QUEUE_NAMES[queue])
            if counts is None or not counts.counts:  # not counted (an administrator's window)
                item.setText(name)
            else:
                item.setText(f"{name}  ({locale.toString(counts[queue])})")

    def queue_label(self, queue: str) -> str:
        return self.tr(_QUEUE_NAMES[queue])

    # Saved searches: a name and the filters, kept in the officer's settings.

    def saved_searches(self) -> list[dict[str, Any]]:
        if self._settings is None:
            return list(self._searches)
        raw = self._settings.value(SAVED_KEY, "[]")
        try:
            found = json.loads(str(raw))
        except ValueError:
            return []
        return [s for s in found if isinstance(s, dict) and "name" in s]

    def add_saved_search(self, name: str, filters: dict[str, Any]) -> None:
        searches = [s for s in self.saved_searches() if s["name"] != name]
        searches.append({"name": name, "filters": filters})
        self._store(searches)

    def remove_selected(self) -> None:
        item = self.saved.currentItem()
        if item is None:
            return
        name = item.text()
        self._store([s for s in self.saved_searches() if s["name"] != name])

    def _store(self, searches: list[dict[str, Any]]) -> None:
        self._searches = list(searches)
        if self._settings is not None:
            self._settings.setValue(SAVED_KEY, json.dumps(searches, ensure_ascii=False))
        self._load_saved()

    def _load_saved(self) -> None:
        self.saved.clear()
        for search in self.saved_searches():
            self.saved.addItem(str(search["name"]))
        self.remove_button.setEnabled(self.saved.count() > 0)

    def _saved_chosen(self, item: QListWidgetItem) -> None:
        for search in self.saved_searches():
            if search["name"] == item.text():
                self.saved_search_chosen.emit(dict(search.get("filters") or {}))
                return

    def _queue_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is not None:
            self.queue_chosen.emit(str(current.data(QueueRole)))
