"""The read-only tabs of a case view, built from a CaseDetail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from kvisa_desk.core.cases import CaseDetail
from kvisa_desk.ui.case_form import ReadOnlyForm, scrolling_page
from kvisa_desk.ui.labels import code_label, event_details, text_of, yes_no
from kvisa_desk.ui.read_only_table import ReadOnlyTable


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseView", text)


def travel_tab(record: dict[str, Any], parent: QWidget) -> QWidget:
    purpose = record["purpose"] or {}
    travel = record["travel"] or {}
    screening = record["screening"] or {}
    trip = QGroupBox(_tr("Purpose of the visit"), parent)
    form = ReadOnlyForm(trip)
    activity = code_label("activity", purpose.get("activity")) or None
    form.add_value("purpose.activity", _tr("Activity"), activity)
    form.add_text("purpose.description", _tr("Description"), purpose.get("description"))
    form.add_value(
        "purpose.host_institution", _tr("Host institution"), purpose.get("host_institution")
    )
    form.add_value("travel.intended_entry", _tr("Intended entry"), travel.get("intended_entry"))
    form.add_value("travel.stay_days", _tr("Stay (days)"), travel.get("stay_days"))
    QVBoxLayout(trip).addWidget(form)

    answers = QGroupBox(_tr("Screening answers"), parent)
    form = ReadOnlyForm(answers)
    questions = (
        ("reentry_ban", _tr("Barred from re-entry")),
        ("security_concern", _tr("Security concern")),
        ("fraud_found", _tr("Fraud found before")),
        ("insufficient_funds", _tr("Insufficient funds")),
    )
    for key, label in questions:
        form.add_value(f"screening.{key}", label, yes_no(screening.get(key)))
    QVBoxLayout(answers).addWidget(form)
    return scrolling_page(trip, answers)


def history_rows(detail: CaseDetail) -> list[tuple[str, str, str, str]]:
    return [
        (
            text_of(e.occurred_at),
            e.officer,
            code_label("event", e.kind),
            event_details(e.kind, e.details),
        )
        for e in detail.history
    ]


def history_tab(detail: CaseDetail, parent: QWidget) -> ReadOnlyTable:
    headers = (_tr("When"), _tr("Officer"), _tr("What"), _tr("Details"))
    table = ReadOnlyTable(headers, history_rows(detail), stretch_column=3, parent=parent)
    table.setObjectName("history")
    table.setAccessibleName(_tr("History"))
    return table
