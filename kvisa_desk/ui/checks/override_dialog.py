"""Overriding one check result: the outcome to treat it as and a written reason.

No outcome is chosen for the officer (an override is a deliberate choice), and the outcome the
result has now is not offered: OK stays
disabled until an outcome is chosen and a reason is typed. OK does not close the dialog: it emits
`submitted` and waits; the case view saves the override in the background and then calls
`succeeded()` (the dialog closes) or `failed(message)` (the message shows inside the dialog,
and everything typed stays as it was).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.checks.report import ResultLine
from kvisa_desk.ui.checks.model import finding_text, outcome_text, rule_title
from kvisa_desk.ui.widgets.icons import outcome_icon
from kvisa_desk.ui.widgets.labels import outcome_label, subject_label
from kvisa_desk.ui.widgets.reason_form import ReasonSubmitting, plain_text_label

OUTCOMES = ("pass", "review", "fail")


class OverrideDialog(ReasonSubmitting, QDialog):
    submitted = Signal(str, str)  # (to_outcome, reason)

    def __init__(self, case_ref: str, line: ResultLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = line
        self.setWindowTitle(self.tr("Override a result – {case}").format(case=case_ref))
        form = QFormLayout()
        form.addRow(
            self.tr("Rule:"), plain_text_label(f"{line.rule_id} · {rule_title(line)}", self)
        )
        form.addRow(self.tr("About:"), plain_text_label(subject_label(line.subject), self))
        form.addRow(self.tr("Now:"), plain_text_label(outcome_text(line), self))
        form.addRow(self.tr("Finding:"), plain_text_label(finding_text(line), self))

        self.choices = QButtonGroup(self)
        row = QHBoxLayout()
        # The outcome it has now is no choice: treating it as that would change nothing.
        for outcome in (o for o in OUTCOMES if o != line.effective_outcome):
            button = QRadioButton(outcome_label(outcome), self)
            button.setIcon(outcome_icon(outcome))
            button.setObjectName(f"override.{outcome}")
            self.choices.addButton(button)
            button.setProperty("outcome", outcome)
            row.addWidget(button)
        row.addStretch(1)
        form.addRow(self.tr("Treat as:"), row)
        self.choices.buttonToggled.connect(lambda *_: self._update_ok())

        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("override.reason")
        self.reason.setAccessibleName(self.tr("Reason for the override"))
        self.reason.setPlaceholderText(
            self.tr("Why this result should count as the outcome chosen (required)")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.textChanged.connect(self._update_ok)
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)

        self.error = plain_text_label("", self)
        self.error.setObjectName("override.error")
        self.error.setStyleSheet("color: #b3261e")
        self.error.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button.setText(self.tr("&Override"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.setFocus()
        self._busy = False
        self._update_ok()
        self.resize(560, self.sizeHint().height())

    def to_outcome(self) -> str:
        checked = self.choices.checkedButton()
        return str(checked.property("outcome")) if checked is not None else ""

    def _update_ok(self) -> None:
        super()._update_ok()
        if not self.to_outcome():
            self.ok_button.setEnabled(False)

    def _submit(self) -> None:
        if self.to_outcome():  # OK is disabled without one; Enter in the form is too
            super()._submit()

    def _send(self) -> None:
        self.submitted.emit(self.to_outcome(), self.reason_text())
