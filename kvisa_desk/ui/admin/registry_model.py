"""Registry entries and duplicate pairs as table models; a view gives them rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kvisa_desk.core.post.registry import RegistryEntryView
from kvisa_desk.ui.widgets.labels import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex
EntryRole = Qt.ItemDataRole.UserRole + 1

COL_NAME = 0
COL_COUNTRY = 1
COL_TIER = 2
COL_KIND = 3
COL_DOMAINS = 4
COL_SOURCE = 5
COL_ID = 6

_HEADERS = (
    QT_TRANSLATE_NOOP("Registry", "Name"),
    QT_TRANSLATE_NOOP("Registry", "Country"),
    QT_TRANSLATE_NOOP("Registry", "Tier"),
    QT_TRANSLATE_NOOP("Registry", "Kind"),
    QT_TRANSLATE_NOOP("Registry", "Web domains"),
    QT_TRANSLATE_NOOP("Registry", "Source"),
    QT_TRANSLATE_NOOP("Registry", "No."),
)
_TIERS = {
    "unlisted": QT_TRANSLATE_NOOP("Registry", "Unlisted"),
    "listed": QT_TRANSLATE_NOOP("Registry", "Listed"),
    "recognised": QT_TRANSLATE_NOOP("Registry", "Recognised"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Registry", text)


def tier_label(tier: str) -> str:
    source = _TIERS.get(tier)
    return _tr(source) if source else tier


def entry_text(entry: RegistryEntryView, column: int) -> str:
    if column == COL_NAME:
        return entry.name
    if column == COL_COUNTRY:
        return entry.country_code
    if column == COL_TIER:
        return tier_label(entry.tier)
    if column == COL_KIND:
        return entry.kind
    if column == COL_DOMAINS:
        return ", ".join(entry.domains)
    if column == COL_SOURCE:
        return entry.source
    return str(entry.id)


class RegistryModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RegistryEntryView] = []

    def set_rows(self, rows: list[RegistryEntryView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry_at(self, row: int) -> RegistryEntryView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == EntryRole:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return entry_text(entry, index.column())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return _tr(_HEADERS[section]) if 0 <= section < len(_HEADERS) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


DUP_NAME = 0
DUP_COUNTRY = 1
DUP_FIRST = 2
DUP_SECOND = 3
_DUP_HEADERS = (
    QT_TRANSLATE_NOOP("Registry", "Name"),
    QT_TRANSLATE_NOOP("Registry", "Country"),
    QT_TRANSLATE_NOOP("Registry", "First entry"),
    QT_TRANSLATE_NOOP("Registry", "Second entry"),
)
Pair = tuple[RegistryEntryView, RegistryEntryView]


def _entry_summary(entry: RegistryEntryView) -> str:
    domains = ", ".join(entry.domains) or "—"
    return f"No. {entry.id} · {tier_label(entry.tier)} · {domains}"


class DuplicatesModel(QAbstractTableModel):
    """Pairs of entries with one name in one country: they tie forever until merged."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pairs: list[Pair] = []

    def set_pairs(self, pairs: list[Pair]) -> None:
        self.beginResetModel()
        self._pairs = list(pairs)
        self.endResetModel()

    def pair_at(self, row: int) -> Pair | None:
        return self._pairs[row] if 0 <= row < len(self._pairs) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_DUP_HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pair = self.pair_at(index.row()) if index.isValid() else None
        if pair is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        first, second = pair
        column = index.column()
        if column == DUP_NAME:
            return first.name
        if column == DUP_COUNTRY:
            return first.country_code
        return _entry_summary(first if column == DUP_FIRST else second)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return _tr(_DUP_HEADERS[section]) if 0 <= section < len(_DUP_HEADERS) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
