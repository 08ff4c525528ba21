"""The top of a case view: who the applicant is, which case, where it stands."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from kvisa_desk.core.cases.cases import CaseDetail
from kvisa_desk.ui.widgets.case_form import plain_label
from kvisa_desk.ui.widgets.icons import outcome_icon
from kvisa_desk.ui.widgets.labels import applicant_name, outcome_label, status_label
from kvisa_desk.vocab import OPEN_STATUSES

NAME_POINT_SCALE = 1.5
ICON_SIZE = 16


class CaseHeader(QWidget):
    def __init__(
        self,
        detail: CaseDetail,
        parent: QWidget | None = None,
        post_words: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        # The post by the mission's own name (受理馆 中华人民共和国驻…大使馆（BER）), not "BER".
        self.post_words = post_words or (lambda post: post)
        self.name_label = plain_label("", self)
        self.name_label.setObjectName("header.name")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * NAME_POINT_SCALE)
        font.setBold(True)
        self.name_label.setFont(font)

        self.native_name_label = plain_label("", self)
        self.native_name_label.setObjectName("header.native_name")
        native_font = self.native_name_label.font()
        native_font.setPointSizeF(native_font.pointSizeF() * NAME_POINT_SCALE)
        self.native_name_label.setFont(native_font)

        self.case_label = plain_label("", self)
        self.case_label.setObjectName("header.case")
        self.status_label = plain_label("", self)
        self.status_label.setObjectName("header.status")
        self.outcome_icon = QLabel(self)
        self.outcome_icon.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome_label = plain_label("", self)
        self.outcome_label.setObjectName("header.outcome")
        outcome = QHBoxLayout()
        outcome.setContentsMargins(0, 0, 0, 0)
        outcome.addWidget(self.outcome_icon)
        outcome.addWidget(self.outcome_label, 1)

        self.photo = QLabel(self)
        self.photo.setObjectName("header.photo")
        self.photo.setTextFormat(Qt.TextFormat.PlainText)
        self.photo.setAccessibleName(self.tr("Applicant's photo"))
        self.photo.setVisible(False)

        layout = QGridLayout(self)
        layout.addWidget(self.photo, 0, 2, 3, 1, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.name_label, 0, 0)
        layout.addWidget(self.native_name_label, 0, 1)
        layout.addWidget(self.case_label, 1, 0)
        layout.addWidget(self.status_label, 1, 1)
        layout.addLayout(outcome, 2, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        self.set_detail(detail)

    def set_detail(self, detail: CaseDetail) -> None:
        applicant = detail.record["applicant"]
        self.name_label.setText(
            applicant_name(applicant["surname"], applicant["given_names"] or "")
        )
        self.native_name_label.setText(applicant["native_name"] or "")
        self.case_label.setText(
            self.tr("Case {case} · application {application} at {post}").format(
                case=detail.case_ref,
                application=detail.record["application_id"],
                post=self.post_words(detail.record["post"]),
            )
        )
        status = self.tr("Status: {status}").format(status=status_label(detail.status))
        received = date.fromisoformat(str(detail.record["received_at"]))
        if detail.status in OPEN_STATUSES:
            days = (date.today() - received).days
            status += " · " + self.tr("{days} days open").format(days=days)
        self.status_label.setText(status)

    def set_photo(self, pixmap: QPixmap | None) -> None:
        """The attached photo as a thumbnail; nothing when none is attached."""
        if pixmap is None:
            self.photo.clear()
            self.photo.setVisible(False)
            return
        self.photo.setPixmap(pixmap)
        self.photo.setVisible(True)

    def set_outcome(self, report: Any) -> None:
        """The latest check's outcome (a CheckReport), or `Not checked` for None."""
        outcome = report.effective_outcome if report is not None else None
        self.outcome_icon.setPixmap(outcome_icon(outcome).pixmap(ICON_SIZE, ICON_SIZE))
        self.outcome_label.setText(
            self.tr("Check outcome: {outcome}").format(outcome=outcome_label(outcome))
        )
