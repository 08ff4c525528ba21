"""The Education & posts tab: each degree and each post as its own editable form.

A degree or post whose ISCED-F code the application did not give shows the code suggested
from its free-text field beside the code's field; the officer confirms it or another code
(core's confirm_field_code, audited), or types a code in the field and saves it with the
rest of the edits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.cases.cases import CaseDetail
from kvisa_desk.core.cases.editing import field_problem, require_version
from kvisa_desk.core.checks.fields import FieldConfirmation, confirm_field_code
from kvisa_desk.rules.isced import suggest_isced
from kvisa_desk.ui.case.edit_form import ERROR_STYLE, EditForm
from kvisa_desk.ui.case.editing import value_text
from kvisa_desk.ui.widgets.case_form import plain_label
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.labels import code_label
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress
from kvisa_desk.vocab import DEGREE_LEVELS, EMPLOYMENT_KINDS

DATE_HINT = "YYYY-MM-DD"
SUGGESTION_STYLE = "QFrame#isced { background: #fff8e1; border: 1px solid #e0c060; }"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CareerTab", text)


def choices(kind: str, codes: tuple[str, ...], empty: bool) -> list[tuple[str, str]]:
    listed = [(code, code_label(kind, code)) for code in codes]
    return [("", _tr("not given")), *listed] if empty else listed


class IscedSuggestion(QFrame):
    """Beside a degree's or post's ISCED-F field: the suggested code, to confirm or change."""

    confirm_requested = Signal(str, str)  # subject (`education[0]`), code

    def __init__(self, subject: str, path: str, field_text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.subject, self.path = subject, path
        self.setObjectName("isced")
        self.setStyleSheet(SUGGESTION_STYLE)
        self.field_text = field_text
        self.suggestion = suggest_isced(field_text)
        self.suggested = self.suggestion.code if self.suggestion else ""
        self.note = plain_label(self.note_text(), self)
        self.note.setObjectName(f"{path}.suggestion")
        self.note.setWordWrap(True)
        self.code = QLineEdit(self.suggested, self)
        self.code.setObjectName(f"{path}.code")
        self.code.setAccessibleName(_tr("ISCED-F code to confirm"))
        self.code.setPlaceholderText(_tr("e.g. 0713"))
        self.code.setMaxLength(4)
        self.code.setFixedWidth(self.code.fontMetrics().horizontalAdvance("00000") + 16)
        self.code.textChanged.connect(self._show_problem)
        self.code.returnPressed.connect(self._confirm)
        self.button = QPushButton(_tr("Con&firm code"), self)
        self.button.setObjectName(f"{path}.confirm")
        self.button.setToolTip(_tr("Record this ISCED-F code as confirmed by you"))
        self.button.clicked.connect(self._confirm)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.code)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def note_text(self) -> str:
        if self.suggestion is not None:
            return _tr(
                "Suggested from “{field}”: {code} (from the words “{keyword}”). Not confirmed "
                "yet: confirm it or another code."
            ).format(field=self.field_text, code=self.suggested, keyword=self.suggestion.keyword)
        return _tr(
            "No code could be suggested from “{field}”: type the ISCED-F code and confirm it."
        ).format(field=self.field_text or _tr("no field given"))

    def _show_problem(self) -> None:
        why = field_problem("education.0.isced_f", self.code.text()) if self.code.text() else None
        self.show_error(why or "")
        self.button.setEnabled(bool(self.code.text()) and why is None)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.code.setReadOnly(busy)

    def _confirm(self) -> None:
        if self.button.isEnabled():
            self.confirm_requested.emit(self.subject, self.code.text().strip())


class CareerTab(QScrollArea):
    code_confirmed = Signal(str, str)  # field path (`education.0.isced_f`), confirmed code
    refused = Signal(str)

    def __init__(self, context: DeskContext, detail: CaseDetail, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self.case_id, self.case_ref = detail.case_id, detail.case_ref
        # The version the officer sees (the case view's); a confirmation on an older view of
        # the degree than the saved one is refused, as a save would be.
        self.seen_version: Callable[[], int] = lambda: detail.version
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.forms: list[EditForm] = []
        self.suggestions: dict[str, IscedSuggestion] = {}
        self._titles: list[tuple[QGroupBox, Callable[[], str]]] = []
        body = QWidget(self)
        layout = QVBoxLayout(body)
        education = detail.record.get("education") or []
        employment = detail.record.get("employment") or []
        for i, degree in enumerate(education):
            layout.addWidget(self._degree(detail, i, degree))
        for i, post in enumerate(employment):
            layout.addWidget(self._post(detail, i, post))
        if not education and not employment:
            layout.addWidget(
                plain_label(_tr("The application lists no degrees and no posts."), body)
            )
        layout.addStretch(1)
        self.setWidget(body)

    def _box(self, title: Callable[[], str], form: EditForm) -> QGroupBox:
        box = QGroupBox(title(), self)
        QVBoxLayout(box).addWidget(form)
        self.forms.append(form)
        self._titles.append((box, title))
        return box

    def retranslate(self) -> None:
        """The texts built from the record, again in the language now installed."""
        for box, title in self._titles:
            box.setTitle(title())
        for suggestion in self.suggestions.values():
            suggestion.note.setText(suggestion.note_text())

    def _text_fields(self, form: EditForm, detail: CaseDetail, rows: Any) -> None:
        for path, label, hint in rows:
            form.add_field(path, label, value_text(detail, path), hint=hint)

    def _degree(self, detail: CaseDetail, i: int, degree: dict[str, Any]) -> QGroupBox:
        form = EditForm(self)
        p = f"education.{i}."
        levels = choices("level", DEGREE_LEVELS, empty=False)
        form.add_choice(p + "level", _tr("Level"), levels, degree["level"])
        self._text_fields(
            form,
            detail,
            (
                (p + "field", _tr("Field"), ""),
                (p + "isced_f", _tr("ISCED-F code"), _tr("e.g. 0713")),
                (p + "institution", _tr("Institution"), ""),
                (p + "institution_country", _tr("Country"), _tr("e.g. NG or NGA")),
                (p + "awarded_on", _tr("Awarded on"), DATE_HINT),
            ),
        )
        self._offer_code(form, f"education[{i}]", p + "isced_f", degree)
        form.typed.connect(lambda _path: self.retranslate())  # a new level shows in the title

        def title() -> str:
            level = code_label("level", form.text(p + "level"))
            return _tr("Degree {n}: {level}").format(n=i + 1, level=level)

        return self._box(title, form)

    def _post(self, detail: CaseDetail, i: int, post: dict[str, Any]) -> QGroupBox:
        form = EditForm(self)
        p = f"employment.{i}."
        self._text_fields(
            form,
            detail,
            ((p + "employer", _tr("Employer"), ""), (p + "position", _tr("Position"), "")),
        )
        kinds = choices("kind", EMPLOYMENT_KINDS, empty=True)
        form.add_choice(p + "kind", _tr("Kind of post"), kinds, post["kind"] or "")
        self._text_fields(
            form,
            detail,
            (
                (p + "field", _tr("Field"), ""),
                (p + "isced_f", _tr("ISCED-F code"), _tr("e.g. 0713")),
                (p + "country", _tr("Country"), _tr("e.g. NG or NGA")),
                (p + "start_date", _tr("From"), DATE_HINT),
                (p + "end_date", _tr("Until"), _tr("YYYY-MM-DD, empty while it lasts")),
            ),
        )
        self._offer_code(form, f"employment[{i}]", p + "isced_f", post)
        form.typed.connect(lambda _path: self.retranslate())

        def title() -> str:
            kind = code_label("kind", form.text(p + "kind") or None)
            number = _tr("Post {n}").format(n=i + 1)
            return f"{number}: {kind}" if kind else number

        return self._box(title, form)

    def _offer_code(self, form: EditForm, subject: str, path: str, part: dict[str, Any]) -> None:
        # A code the application gave, or one an officer confirmed, needs nothing more.
        if part.get("isced_f"):
            return
        suggestion = IscedSuggestion(subject, path, part.get("field") or "", form)
        suggestion.confirm_requested.connect(self.confirm)
        form.add_below(path, suggestion)
        # Tab goes from the code's field to the offer beside it, then on down the form.
        paths = list(form.editors)
        QWidget.setTabOrder(form.editors[path], suggestion.code)
        QWidget.setTabOrder(suggestion.code, suggestion.button)
        if paths.index(path) + 1 < len(paths):
            QWidget.setTabOrder(suggestion.button, form.editors[paths[paths.index(path) + 1]])
        form.typed.connect(lambda typed, f=form: self._code_typed(f, typed))
        form.shown.connect(lambda shown, f=form: self._code_typed(f, shown))
        self.suggestions[path] = suggestion

    def _code_typed(self, form: EditForm, path: str) -> None:
        # A code typed in the field itself is confirmed by saving it; the offer steps aside.
        if path in self.suggestions:
            self.suggestions[path].setVisible(not form.text(path).strip())

    def set_read_only(self, read_only: bool) -> None:
        for suggestion in self.suggestions.values():
            suggestion.setEnabled(not read_only)

    def confirm(self, subject: str, code: str) -> Operation[FieldConfirmation]:
        db, actor = self._context.db, self._context.actor
        case_id, seen = self.case_id, self.seen_version()
        path = f"{subject.replace('[', '.').rstrip(']')}.isced_f"
        suggestion = self.suggestions[path]
        suggestion.set_busy(True)

        def work(_report: ReportProgress) -> FieldConfirmation:
            require_version(db, case_id, seen)
            return confirm_field_code(db, actor, case_id, subject, code)

        def done(result: FieldConfirmation) -> None:
            suggestion.set_busy(False)
            suggestion.setVisible(False)
            self.suggestions.pop(path, None)
            self.code_confirmed.emit(path, result.confirmed)

        def failed(error: BaseException) -> None:
            suggestion.set_busy(False)
            reason = error_text(error)
            suggestion.show_error(reason)
            self.refused.emit(_tr("Not confirmed: {reason}").format(reason=reason))

        label = _tr("Confirming the ISCED-F code…")
        return Operation(self._context.runner, work, label).success(done).failure(failed).run()
