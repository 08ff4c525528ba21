"""The editable facts of a case (applicant, passport) and the passport's read-only MRZ."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kvisa_desk.core.cases.cases import CaseDetail
from kvisa_desk.ui.case.career import choices
from kvisa_desk.ui.case.edit_form import EditForm
from kvisa_desk.ui.case.editing import value_text
from kvisa_desk.ui.widgets.case_form import ReadOnlyForm
from kvisa_desk.ui.widgets.labels import country_words

DATE_HINT = "YYYY-MM-DD"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseView", text)


def applicant_form(detail: CaseDetail, parent: QWidget) -> EditForm:
    form = EditForm(parent)
    for path, label, hint, multiline in (
        ("applicant.surname", _tr("Surname"), "", False),
        ("applicant.given_names", _tr("Given names"), "", False),
        ("applicant.native_name", _tr("Name in native script"), "", False),
        ("applicant.date_of_birth", _tr("Date of birth"), DATE_HINT, False),
        ("applicant.place_of_birth", _tr("Place of birth"), "", False),
        ("applicant.nationality", _tr("Nationality"), _tr("e.g. NGA"), False),
        ("applicant.email", _tr("Email"), "", False),
        ("applicant.phone", _tr("Phone"), "", False),
        ("applicant.address", _tr("Address"), "", True),
    ):
        form.add_field(path, label, value_text(detail, path), multiline, hint)
        if path == "applicant.native_name":  # Sex in words (男), where "M" stood
            sex = choices("sex", ("F", "M", "X"), empty=True)
            form.add_choice("applicant.sex", _tr("Sex"), sex, value_text(detail, "applicant.sex"))
    form.add_words("applicant.nationality", country_words)
    return form


def passport_form(detail: CaseDetail, parent: QWidget) -> EditForm:
    form = EditForm(parent)
    for path, label, hint in (
        ("passport.number", _tr("Passport number"), ""),
        ("passport.issuing_state", _tr("Issuing state"), _tr("e.g. NGA")),
        ("passport.issue_date", _tr("Issued on"), DATE_HINT),
        ("passport.expiry_date", _tr("Expires on"), DATE_HINT),
    ):
        form.add_field(path, label, value_text(detail, path), hint=hint)
    form.add_words("passport.issuing_state", country_words)
    return form


def mrz_form(passport: dict[str, Any], parent: QWidget) -> ReadOnlyForm:
    form = ReadOnlyForm(parent)
    mrz = passport["mrz"] or [None, None]
    form.add_value("passport.mrz.0", _tr("MRZ line 1"), mrz[0], monospace=True)
    form.add_value("passport.mrz.1", _tr("MRZ line 2"), mrz[1], monospace=True)
    return form
