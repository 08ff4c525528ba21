"""A read-only view of one case: header, then a tab per part of the application.

It is given a CaseDetail (plain data from `core.cases.case_detail`); it never reads the
database itself, so it can be built in a test from any detail.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.cases import CaseDetail
from kvisa_desk.ui.case_career import CareerTab
from kvisa_desk.ui.case_form import ReadOnlyForm, scrolling_page
from kvisa_desk.ui.case_header import CaseHeader
from kvisa_desk.ui.labels import applicant_name, code_label, event_details, text_of, yes_no
from kvisa_desk.ui.read_only_table import ReadOnlyTable

DEFAULT_SIZE = (900, 580)


class CaseView(QDialog):
    def __init__(self, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        record = detail.record
        applicant = record["applicant"]
        self.setWindowTitle(
            self.tr("{case} – {name}").format(
                case=detail.case_ref,
                name=applicant_name(applicant["surname"], applicant["given_names"] or ""),
            )
        )
        self.header = CaseHeader(detail, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scrolling_page(self._applicant(applicant)), self.tr("&Applicant"))
        self.tabs.addTab(scrolling_page(self._passport(record["passport"])), self.tr("&Passport"))
        self.tabs.addTab(CareerTab(record, self), self.tr("&Education && posts"))
        self.tabs.addTab(self._travel(record), self.tr("&Travel && purpose"))
        self.tabs.addTab(self._documents(detail.documents), self.tr("&Documents"))
        self.tabs.addTab(self._history(detail), self.tr("&History"))
        if detail.notes:
            self.tabs.addTab(self._notes(detail.notes), self.tr("&Notes"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(*DEFAULT_SIZE)

    def field(self, name: str) -> QLineEdit:
        """The read-only field for a dotted path such as `applicant.surname`."""
        found = self.findChild(QLineEdit, name)
        if found is None:
            raise KeyError(name)
        return found

    def _applicant(self, a: dict[str, Any]) -> ReadOnlyForm:
        form = ReadOnlyForm(self)
        form.add_value("applicant.surname", self.tr("Surname"), a["surname"])
        form.add_value("applicant.given_names", self.tr("Given names"), a["given_names"])
        form.add_value("applicant.native_name", self.tr("Name in native script"), a["native_name"])
        form.add_value("applicant.sex", self.tr("Sex"), code_label("sex", a["sex"]) or None)
        form.add_value("applicant.date_of_birth", self.tr("Date of birth"), a["date_of_birth"])
        form.add_value("applicant.place_of_birth", self.tr("Place of birth"), a["place_of_birth"])
        form.add_value("applicant.nationality", self.tr("Nationality"), a["nationality"])
        form.add_value("applicant.email", self.tr("Email"), a["email"])
        form.add_value("applicant.phone", self.tr("Phone"), a["phone"])
        form.add_text("applicant.address", self.tr("Address"), a["address"])
        return form

    def _passport(self, p: dict[str, Any]) -> ReadOnlyForm:
        form = ReadOnlyForm(self)
        form.add_value("passport.number", self.tr("Passport number"), p["number"])
        form.add_value("passport.issuing_state", self.tr("Issuing state"), p["issuing_state"])
        form.add_value("passport.issue_date", self.tr("Issued on"), p["issue_date"])
        form.add_value("passport.expiry_date", self.tr("Expires on"), p["expiry_date"])
        mrz = p["mrz"] or [None, None]
        form.add_value("passport.mrz.0", self.tr("MRZ line 1"), mrz[0], monospace=True)
        form.add_value("passport.mrz.1", self.tr("MRZ line 2"), mrz[1], monospace=True)
        return form

    def _travel(self, record: dict[str, Any]) -> QWidget:
        purpose = record["purpose"] or {}
        travel = record["travel"] or {}
        screening = record["screening"] or {}
        trip = QGroupBox(self.tr("Purpose of the visit"), self)
        form = ReadOnlyForm(trip)
        activity = code_label("activity", purpose.get("activity")) or None
        form.add_value("purpose.activity", self.tr("Activity"), activity)
        form.add_text("purpose.description", self.tr("Description"), purpose.get("description"))
        host = purpose.get("host_institution")
        form.add_value("purpose.host_institution", self.tr("Host institution"), host)
        entry = travel.get("intended_entry")
        form.add_value("travel.intended_entry", self.tr("Intended entry"), entry)
        form.add_value("travel.stay_days", self.tr("Stay (days)"), travel.get("stay_days"))
        QVBoxLayout(trip).addWidget(form)

        answers = QGroupBox(self.tr("Screening answers"), self)
        form = ReadOnlyForm(answers)
        questions = (
            ("reentry_ban", self.tr("Barred from re-entry")),
            ("security_concern", self.tr("Security concern")),
            ("fraud_found", self.tr("Fraud found before")),
            ("insufficient_funds", self.tr("Insufficient funds")),
        )
        for key, label in questions:
            form.add_value(f"screening.{key}", label, yes_no(screening.get(key)))
        QVBoxLayout(answers).addWidget(form)
        return scrolling_page(trip, answers)

    def _documents(self, documents: list[dict[str, Any]]) -> ReadOnlyTable:
        rows = [
            (
                code_label("document", d["type"]),
                text_of(d["original_name"]),
                code_label("verification", d["verification"]),
                text_of(d["file"]),
            )
            for d in documents
        ]
        headers = (self.tr("Document"), self.tr("File name"), self.tr("Check"), self.tr("Path"))
        table = ReadOnlyTable(headers, rows, stretch_column=3, parent=self)
        table.setObjectName("documents")
        return table

    def _history(self, detail: CaseDetail) -> ReadOnlyTable:
        rows = [
            (
                text_of(e.occurred_at),
                e.officer,
                code_label("event", e.kind),
                event_details(e.kind, e.details),
            )
            for e in detail.history
        ]
        headers = (self.tr("When"), self.tr("Officer"), self.tr("What"), self.tr("Details"))
        table = ReadOnlyTable(headers, rows, stretch_column=3, parent=self)
        table.setObjectName("history")
        return table

    def _notes(self, notes: list[dict[str, Any]]) -> ReadOnlyTable:
        rows = [(text_of(n["created_at"]), text_of(n["text"])) for n in notes]
        headers = (self.tr("Written"), self.tr("Note"))
        table = ReadOnlyTable(headers, rows, stretch_column=1, parent=self)
        table.setObjectName("notes")
        return table
