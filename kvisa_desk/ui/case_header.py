"""The top of a case view: who the applicant is, which case, where it stands."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget

from kvisa_desk.core.cases import CaseDetail
from kvisa_desk.ui.case_form import plain_label
from kvisa_desk.ui.labels import applicant_name, status_label

NAME_POINT_SCALE = 1.5


class CaseHeader(QWidget):
    def __init__(self, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        applicant = detail.record["applicant"]
        self.name_label = plain_label(
            applicant_name(applicant["surname"], applicant["given_names"] or ""), self
        )
        self.name_label.setObjectName("header.name")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * NAME_POINT_SCALE)
        font.setBold(True)
        self.name_label.setFont(font)

        self.native_name_label = plain_label(applicant["native_name"] or "", self)
        self.native_name_label.setObjectName("header.native_name")
        native_font = self.native_name_label.font()
        native_font.setPointSizeF(native_font.pointSizeF() * NAME_POINT_SCALE)
        self.native_name_label.setFont(native_font)

        self.case_label = plain_label(
            self.tr("Case {case} · application {application} at {post}").format(
                case=detail.case_ref,
                application=detail.record["application_id"],
                post=detail.record["post"],
            ),
            self,
        )
        self.case_label.setObjectName("header.case")
        self.status_label = plain_label(
            self.tr("Status: {status}").format(status=status_label(detail.status)), self
        )
        self.status_label.setObjectName("header.status")

        layout = QGridLayout(self)
        layout.addWidget(self.name_label, 0, 0)
        layout.addWidget(self.native_name_label, 0, 1)
        layout.addWidget(self.case_label, 1, 0)
        layout.addWidget(self.status_label, 1, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
