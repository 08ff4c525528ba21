"""Editing one case: an undo stack of field changes, an explicit save, and conflicts handled
without losing anyone's work.

The save names the version the officer started from. If someone saved the case since, core
refuses, naming who; the officer may reload, which shows their changes and puts the
officer's own back on top, unsaved, to be checked and saved again. Nothing is overwritten
silently and nothing typed is lost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from kvisa_desk.core.cases.cases import CaseDetail, case_detail
from kvisa_desk.core.cases.editing import (
    EDITABLE_FIELDS,
    INDEXED_FIELDS,
    NO,
    YES,
    SavedEdit,
    cross_field_problems,
    parse_field,
    save_case_edits,
    shown_after,
)
from kvisa_desk.core.errors import Conflict, InvalidInput
from kvisa_desk.ui.case.edit_form import EditForm
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress


def value_text(detail: CaseDetail, path: str) -> str:
    """A stored fact as its field shows it: `education.0.field` reads the first degree's."""
    node: Any = detail.record
    for part in path.split("."):
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict):
            node = node.get(part)
        else:
            node = None
    if isinstance(node, bool):
        return YES if node else NO
    return "" if node is None or isinstance(node, (dict, list)) else str(node)


def fact_paths(detail: CaseDetail) -> list[str]:
    """Every editable fact of the case: its own fields, then each degree's and post's."""
    paths = list(EDITABLE_FIELDS)
    for part in ("education", "employment"):
        columns = [p for p in INDEXED_FIELDS if p.startswith(part + ".")]
        for n in range(len(detail.record.get(part) or [])):
            paths += [column.replace("*", str(n)) for column in columns]
    return paths


class FieldEdit(QUndoCommand):
    def __init__(self, editing: CaseEditing, path: str, before: str, after: str) -> None:
        super().__init__(editing.tr("Change {field}").format(field=editing.label(path)))
        self._editing, self._path, self._before, self._after = editing, path, before, after

    def redo(self) -> None:
        self._editing.show_value(self._path, self._after)

    def undo(self) -> None:
        self._editing.show_value(self._path, self._before)


class CaseEditing(QObject):
    saved = Signal(object)  # SavedEdit
    reloaded = Signal(object)  # the CaseDetail as it now is
    changed = Signal(bool)  # whether there are unsaved edits
    refused = Signal(str)  # why a save was not made (shown in the case view)
    # Fields whose tab is not built yet, found wrong beside what was typed (a degree awarded
    # before the new date of birth): the view builds their tab, so they are marked and a save
    # is refused here, naming them, as it was when every tab was built at once.
    needs_fields = Signal(list)

    def __init__(
        self, context: DeskContext, detail: CaseDetail, forms: list[EditForm], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self.case_id = detail.case_id
        self.case_ref = detail.case_ref
        self.version = detail.version
        # The case as the saved values shown are: a tab built later starts its fields from it.
        self.detail = detail
        self.forms: list[EditForm] = []
        self.stack = QUndoStack(self)
        self.baseline: dict[str, str] = {}
        self.saving = False
        self._cross: dict[str, str] = {}  # the problems between fields last found
        self.add_forms(forms)

    def add_forms(self, forms: list[EditForm]) -> None:
        """The fields of a tab built later (built from `detail`), edited like the others."""
        for form in forms:
            self.forms.append(form)
            for path in form.editors:
                self.baseline[path] = value_text(self.detail, path)
            form.committed.connect(self._committed)
            form.typed.connect(lambda _path: self._typed())
            form.set_extra_problems(self._cross)

    def _paths(self) -> list[str]:
        return [p for form in self.forms for p in form.editors]

    def _form(self, path: str) -> EditForm:
        return next(form for form in self.forms if path in form.editors)

    def label(self, path: str) -> str:
        return self._form(path).editors[path].accessibleName() or path

    def show_value(self, path: str, text: str) -> None:
        self._form(path).set_text(path, text)
        self._typed()

    def text(self, path: str) -> str:
        return self._form(path).text(path)

    def pending(self) -> dict[str, str]:
        """Every field whose text differs from the case as last loaded or saved."""
        return {p: self.text(p) for p in self._paths() if self.text(p) != self.baseline[p]}

    @property
    def dirty(self) -> bool:
        return bool(self.pending())

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for form in self.forms:
            found.update(form.problems())
        return found

    def _committed(self, path: str, before: str, after: str) -> None:
        command = FieldEdit(self, path, before, after)
        self.stack.push(command)  # its first redo shows `after`, already in the field

    def _typed(self) -> None:
        # The fields of tabs not built yet count with their saved values.
        texts = {path: value_text(self.detail, path) for path in fact_paths(self.detail)}
        texts.update({path: self.text(path) for path in self._paths()})
        parsed: dict[str, Any] = {}
        wrong: list[str] = []
        for path, text in texts.items():
            try:
                parsed[path] = parse_field(path, text)
            except InvalidInput:
                wrong.append(path)
        self._cross = problems = cross_field_problems(parsed)
        for form in self.forms:
            form.set_extra_problems(problems)
        unbuilt = [path for path in [*problems, *wrong] if path not in self.baseline]
        if unbuilt:
            self.needs_fields.emit(unbuilt)
        self.changed.emit(self.dirty)

    # Saving

    def save(self) -> Operation[SavedEdit] | None:
        for form in self.forms:
            form.commit_all()
        if self.saving or not self.dirty:
            return None
        problems = self.problems()
        if problems:
            fields = ", ".join(self.label(p) for p in problems)
            self.refused.emit(
                self.tr("Not saved: correct the marked fields ({fields}).").format(fields=fields)
            )
            return None
        db, actor, case_id, version = (
            self._context.db,
            self._context.actor,
            self.case_id,
            self.version,
        )
        typed = self.pending()

        def work(_report: ReportProgress) -> SavedEdit:
            return save_case_edits(db, case_id, version, typed, actor)

        self.saving = True
        label = self.tr("Saving {case}…").format(case=self.case_ref)
        operation = Operation(self._context.runner, work, label)
        return (
            operation.success(lambda result: self._saved(result, typed)).failure(self._failed).run()
        )

    def _saved(self, result: SavedEdit, typed: dict[str, str]) -> None:
        self.saving = False
        # The case as the save left it, from what the save returned: nothing is read again.
        self.detail = shown_after(self.detail, result)
        self.version = result.version
        restated = False
        for path, text in typed.items():
            stored = value_text(self.detail, path)  # "nga" is saved as "NGA"
            self.baseline[path] = stored
            if stored != text and self.text(path) == text:  # not typed over meanwhile
                self.show_value(path, stored)
                restated = True
        if restated:
            self.stack.clear()  # its steps name the text as typed, no longer what is shown
        else:
            self.stack.setClean()
        self.changed.emit(self.dirty)
        self.saved.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        if isinstance(error, Conflict):
            title, question = self.conflict_question(error)
            if self._context.prompts.ask(self._parent, title, question):
                self.reload(keep_mine=True)
            return
        message = error_text(error)
        self.refused.emit(self.tr("Not saved: {reason}").format(reason=message))

    def conflict_question(self, error: BaseException) -> tuple[str, str]:
        """(title, question) put to the officer when someone else saved the case first."""
        question = self.tr(
            "{reason}\n\nReload the case now? Their changes will show, and yours are put "
            "back on top, unsaved, for you to check and save again."
        ).format(reason=error)
        return self.tr("Saved meanwhile"), question

    def reload(self, keep_mine: bool = True) -> CaseDetail:
        """Read the case again; with keep_mine, re-apply this officer's unsaved changes."""
        detail = case_detail(self._context.db, self.case_id)
        self.show_detail(detail, keep_mine)
        self.reloaded.emit(detail)
        return detail

    def shows_other_than(self, detail: CaseDetail) -> bool:
        """Whether the saved values shown differ from DETAIL's (written elsewhere)."""
        return any(self.baseline[path] != value_text(detail, path) for path in self._paths())

    def show_detail(self, detail: CaseDetail, keep_mine: bool = True) -> None:
        """Show the case's fields as DETAIL has them (read after a change, or on a reload);
        with keep_mine, this officer's unsaved changes are put back on top."""
        mine = self.pending() if keep_mine else {}
        self.version = detail.version
        self.detail = detail
        self.stack.clear()
        for path in self._paths():
            self.baseline[path] = value_text(detail, path)
            self.show_value(path, self.baseline[path])
        for path, text in mine.items():
            if text != self.baseline[path]:
                self.show_value(path, text)
                self.stack.push(FieldEdit(self, path, self.baseline[path], text))
        self._typed()

    def caught_up(self, detail: CaseDetail) -> None:
        """DETAIL was read after this window's own write (or one that changed no field shown):
        its version is the one to save on, and a tab built later shows its values."""
        self.version = detail.version
        self.detail = detail

    def accept_saved(self, path: str, text: str) -> None:
        """A value saved another way (a confirmed ISCED-F code): shown, not an unsaved edit."""
        if path in self.baseline:
            self.baseline[path] = text
            self.show_value(path, text)

    def bump_version(self, version: int) -> None:
        """The case was saved by this window another way (a status change)."""
        self.version = version
