"""The institution registry editor: search, raise a tier, add a research institution, register
names and abbreviations an institution is known by, merge entries that share one name in one
country. Every change goes through core, which records it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.errors import ServiceError
from kvisa_desk.core.post.institution_aliases import add_alias, list_aliases, remove_alias
from kvisa_desk.core.post.registry import (
    RegistryEntryView,
    add_institution,
    duplicate_names,
    merge_institutions,
    search_registry,
    set_tier,
)
from kvisa_desk.ui.admin.institution_dialog import InstitutionDialog
from kvisa_desk.ui.admin.registry_model import COL_NAME, DuplicatesModel, Pair, RegistryModel
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress

SEARCH_DELAY_MS = 200
SHOWN = 200


def _table(model: Any, parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
    return table


class RegistryEditor(QDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Institution registry"))
        self.add_dialog: InstitutionDialog | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("registry.search")
        self.search.setPlaceholderText(self.tr("Search names, e.g. Lagos"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the registry"))
        self.country = QLineEdit(self)
        self.country.setObjectName("registry.country")
        self.country.setMaxLength(3)
        self.country.setPlaceholderText(self.tr("Country"))
        self.country.setMaximumWidth(90)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.country.textChanged.connect(lambda _t: self._timer.start())

        self.entries = RegistryModel(self)
        self.entry_table = _table(self.entries, self, "registry.entries")
        self.raise_button = QPushButton(self.tr("Raise to &recognised"), self)
        self.raise_button.clicked.connect(self.raise_selected)
        self.add_button = QPushButton(self.tr("&Add research institution…"), self)
        self.add_button.clicked.connect(self.ask_add)
        self.entry_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.entry_table.selectionModel().selectionChanged.connect(self._show_aliases)
        # Names the selected institution is known by: matched as its own name (rules rev. 2).
        self.aliases = QLabel(self)
        self.aliases.setObjectName("registry.aliases")
        self.aliases.setTextFormat(Qt.TextFormat.PlainText)
        self.aliases.setWordWrap(True)
        self.alias_name = QLineEdit(self)
        self.alias_name.setObjectName("registry.alias_name")
        self.alias_name.setPlaceholderText(self.tr("A name or abbreviation, e.g. UNILAG"))
        self.alias_name.setAccessibleName(self.tr("Name to register or remove"))
        self.alias_name.textChanged.connect(self._update_buttons)
        self.alias_add = QPushButton(self.tr("Re&gister name"), self)
        self.alias_add.setObjectName("registry.alias_add")
        self.alias_add.clicked.connect(self.register_name)
        self.alias_remove = QPushButton(self.tr("Remo&ve name"), self)
        self.alias_remove.setObjectName("registry.alias_remove")
        self.alias_remove.clicked.connect(self.remove_name)

        self.pairs = DuplicatesModel(self)
        self.pair_table = _table(self.pairs, self, "registry.duplicates")
        self.merge_second = QPushButton(self.tr("&Merge second into first"), self)
        self.merge_second.clicked.connect(lambda: self.merge_selected(keep_first=True))
        self.merge_first = QPushButton(self.tr("Merge first into &second"), self)
        self.merge_first.clicked.connect(lambda: self.merge_selected(keep_first=False))
        self.pair_table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.message = QLabel(self)
        self.message.setObjectName("registry.message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._entries_page(), self.tr("&Entries"))
        self.tabs.addTab(self._duplicates_page(), self.tr("D&uplicates"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self._duplicates_looked_for = False
        self.tabs.currentChanged.connect(self._tab_changed)
        self.run_search()
        self._update_buttons()
        self._show_aliases()

    def _entries_page(self) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.country)
        actions = QHBoxLayout()
        actions.addWidget(self.raise_button)
        actions.addWidget(self.add_button)
        actions.addStretch(1)
        names = QHBoxLayout()
        names.addWidget(self.alias_name, 1)
        names.addWidget(self.alias_add)
        names.addWidget(self.alias_remove)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.entry_table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.aliases)
        layout.addLayout(names)
        return page

    def _duplicates_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "These entries share one name in one country, so an application naming that "
                "institution matches both and stays in review. Merge each pair into the entry "
                "to keep; the other stops matching and its web domains join the kept entry."
            ),
            page,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.merge_second)
        actions.addWidget(self.merge_first)
        actions.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.pair_table, 1)
        layout.addLayout(actions)
        return page

    # Reading: one short query each

    def run_search(self) -> None:
        try:
            rows = search_registry(
                self._context.db,
                self.search.text().strip(),
                self.country.text().strip() or None,
                SHOWN,
            )
        except ServiceError as exc:
            self.message.setText(error_text(exc))
            return
        self.entries.set_rows(rows)
        self._update_buttons()

    def load_duplicates(self) -> Operation[list[Pair]]:
        """Finding the pairs compares every name with every other (seconds): in background."""
        db = self._context.db

        def work(_report: ReportProgress) -> list[Pair]:
            return duplicate_names(db)

        def show(pairs: list[Pair]) -> None:
            self.pairs.set_rows(pairs)
            self.tabs.setTabText(1, self.tr("D&uplicates ({count})").format(count=len(pairs)))
            self._update_buttons()

        self._duplicates_looked_for = True
        self.tabs.setTabText(1, self.tr("D&uplicates (looking…)"))
        label = self.tr("Looking for duplicate names…")
        return Operation(self._context.runner, work, label).success(show).run()

    def _tab_changed(self, index: int) -> None:
        if index == 1 and not self._duplicates_looked_for:
            self.load_duplicates()

    def selected_entry(self) -> RegistryEntryView | None:
        index = self.entry_table.currentIndex()
        selected = self.entry_table.selectionModel().hasSelection()
        return self.entries.row_at(index.row()) if index.isValid() and selected else None

    def selected_pair(self) -> Pair | None:
        index = self.pair_table.currentIndex()
        selected = self.pair_table.selectionModel().hasSelection()
        return self.pairs.row_at(index.row()) if index.isValid() and selected else None

    # Writing: through core, on the worker thread

    def raise_selected(self) -> Operation[Any] | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        db, actor = self._context.db, self._context.actor
        done = self.tr("{name} is now recognised.").format(name=entry.name)
        return self._write(lambda: set_tier(db, entry.id, "recognised", actor), done)

    def merge_selected(self, keep_first: bool) -> Operation[Any] | None:
        pair = self.selected_pair()
        if pair is None:
            return None
        keep, duplicate = pair if keep_first else (pair[1], pair[0])
        db, actor = self._context.db, self._context.actor
        done = self.tr("No. {dup} merged into No. {keep} ({name}).").format(
            dup=duplicate.id, keep=keep.id, name=keep.name
        )
        return self._write(lambda: merge_institutions(db, duplicate.id, keep.id, actor), done)

    def _show_aliases(self, *_args: Any) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.aliases.setText(
                self.tr("Select an institution to see the names registered for it.")
            )
            return
        try:
            names = list_aliases(self._context.db, entry.id)
        except ServiceError as exc:
            self.aliases.setText(error_text(exc))
            return
        listed = ", ".join(n.name for n in names) or self.tr("none")
        self.aliases.setText(
            self.tr("Names registered for {name}: {names}").format(name=entry.name, names=listed)
        )

    def register_name(self) -> Operation[Any] | None:
        return self._change_name(adding=True)

    def remove_name(self) -> Operation[Any] | None:
        return self._change_name(adding=False)

    def _change_name(self, adding: bool) -> Operation[Any] | None:
        entry = self.selected_entry()
        name = self.alias_name.text().strip()
        if entry is None or not name:
            return None
        db, actor = self._context.db, self._context.actor
        if adding:
            done = self.tr("{alias} registered for {name}.").format(alias=name, name=entry.name)
            change: Callable[[], Any] = lambda: add_alias(db, entry.id, name, actor)  # noqa: E731
        else:
            done = self.tr("{alias} removed from {name}.").format(alias=name, name=entry.name)
            change = lambda: remove_alias(db, entry.id, name, actor)  # noqa: E731

        def shown(_result: Any) -> None:
            self.alias_name.clear()
            self._select(entry.id)
            self._show_aliases()

        return self._write(change, done, on_done=shown)

    def _select(self, institution_id: int) -> None:
        for row in range(self.entries.rowCount()):
            found = self.entries.row_at(row)
            if found is not None and found.id == institution_id:
                self.entry_table.selectRow(row)
                return

    def ask_add(self) -> InstitutionDialog:
        dialog = InstitutionDialog(self)
        dialog.submitted.connect(lambda *values: self._add(dialog, *values))
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def _add(
        self, dialog: InstitutionDialog, name: str, country: str, domains: Any, tier: str
    ) -> None:
        db, actor = self._context.db, self._context.actor
        done = self.tr("{name} added.").format(name=name.strip())

        def close_and_show(_entry: Any) -> None:
            dialog.accept()
            self.search.setText(name.strip())
            self.run_search()

        self._write(
            lambda: add_institution(db, name, country, actor, tuple(domains), "research", tier),
            done,
            on_done=close_and_show,
            on_refused=dialog.failed,
        )

    def _write(
        self,
        change: Callable[[], Any],
        done_text: str,
        on_done: Callable[[Any], None] | None = None,
        on_refused: Callable[[str], None] | None = None,
    ) -> Operation[Any]:
        def work(_report: ReportProgress) -> Any:
            return change()

        def succeeded(result: Any) -> None:
            self.message.setText(done_text)
            self.run_search()
            if self._duplicates_looked_for:
                self.load_duplicates()
            if on_done is not None:
                on_done(result)

        def refused(error: BaseException) -> None:
            text = error_text(error)
            (on_refused or self.message.setText)(text)

        label = self.tr("Changing the registry…")
        operation = Operation(self._context.runner, work, label)
        return operation.success(succeeded).failure(refused).run()

    def _update_buttons(self, *_args: Any) -> None:
        entry = self.selected_entry()
        self.raise_button.setEnabled(entry is not None and entry.tier != "recognised")
        named = entry is not None and bool(self.alias_name.text().strip())
        self.alias_add.setEnabled(named)
        self.alias_remove.setEnabled(named)
        has_pair = self.selected_pair() is not None
        self.merge_second.setEnabled(has_pair)
        self.merge_first.setEnabled(has_pair)
