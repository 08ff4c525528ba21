"""The Travel & purpose tab (editable) and the read-only History tab of a case view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from kvisa_desk.core.cases.cases import CaseDetail
from kvisa_desk.core.cases.editing import NO, YES
from kvisa_desk.ui.case.edit_form import EditForm
from kvisa_desk.ui.case.editing import value_text
from kvisa_desk.ui.widgets.labels import code_label, language, text_of, yes_no
from kvisa_desk.ui.widgets.read_only_table import ReadOnlyTable
from kvisa_desk.vocab import ACTIVITIES


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseView", text)


class TravelTab(QScrollArea):
    """Purpose of the visit, travel plans and the screening answers, each editable."""

    def __init__(self, detail: CaseDetail, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        trip = EditForm(body)
        activities = [("", _tr("not given"))]
        activities += [(code, code_label("activity", code)) for code in ACTIVITIES]
        trip.add_choice(
            "purpose.activity",
            _tr("Activity"),
            activities,
            value_text(detail, "purpose.activity"),
        )
        description = value_text(detail, "purpose.description")
        trip.add_field("purpose.description", _tr("Description"), description, multiline=True)
        for path, label, hint in (
            ("purpose.host_institution", _tr("Host institution"), _tr("not given")),
            ("travel.intended_entry", _tr("Intended entry"), "YYYY-MM-DD"),
            ("travel.stay_days", _tr("Stay (days)"), _tr("1 to 3660")),
        ):
            trip.add_field(path, label, value_text(detail, path), hint=hint)
        answers = EditForm(body)
        answered = [("", yes_no(None)), (YES, yes_no(True)), (NO, yes_no(False))]
        for key in ("reentry_ban", "security_concern", "fraud_found", "insufficient_funds"):
            label = code_label("screening", key)  # the words the summary prints too
            path = f"screening.{key}"
            answers.add_choice(path, label, answered, value_text(detail, path))
        self.forms = [trip, answers]
        for title, form in (
            (_tr("Purpose of the visit"), trip),
            (_tr("Screening answers"), answers),
        ):
            box = QGroupBox(title, body)
            QVBoxLayout(box).addWidget(form)
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)


def travel_tab(detail: CaseDetail, parent: QWidget) -> TravelTab:
    return TravelTab(detail, parent)


def history_rows(detail: CaseDetail) -> list[tuple[str, str, str]]:
    """When, who, and what happened as one sentence in the officer's words (no raw details)."""
    return [
        (text_of(e.occurred_at), e.who_in(language()), e.sentence(language()))
        for e in detail.history
    ]


def history_tab(detail: CaseDetail, parent: QWidget) -> ReadOnlyTable:
    # Supervisors, administrators and the program act on a case too, not only its officer.
    headers = (_tr("When"), _tr("Done by"), _tr("What happened"))
    table = ReadOnlyTable(headers, history_rows(detail), stretch_column=2, parent=parent)
    table.setObjectName("history")
    table.setAccessibleName(_tr("History"))
    return table
