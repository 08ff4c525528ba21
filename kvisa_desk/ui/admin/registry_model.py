"""Registry entries and duplicate pairs as table models; a view gives them rows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kvisa_desk.core.post.registry import RegistryEntryView
from kvisa_desk.ui.widgets.labels import QT_TRANSLATE_NOOP, code_label
from kvisa_desk.ui.widgets.row_table_model import SHOWN_AND_HOVERED, RowTableModel

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


def _tr(text: str) -> str:
    return QCoreApplication.translate("Registry", text)


def tier_label(tier: str) -> str:
    return code_label("tier", tier)


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


class RegistryModel(RowTableModel[RegistryEntryView]):
    headers = _HEADERS
    context = "Registry"
    text_roles = SHOWN_AND_HOVERED

    def text(self, row: RegistryEntryView, column: int) -> str:
        return entry_text(row, column)


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


class DuplicatesModel(RowTableModel[Pair]):
    """Pairs of entries with one name in one country: they tie forever until merged."""

    headers = _DUP_HEADERS
    context = "Registry"
    text_roles = SHOWN_AND_HOVERED

    def text(self, row: Pair, column: int) -> str:
        first, second = row
        if column == DUP_NAME:
            return first.name
        if column == DUP_COUNTRY:
            return first.country_code
        return _entry_summary(first if column == DUP_FIRST else second)
