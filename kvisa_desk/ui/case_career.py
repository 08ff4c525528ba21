"""The Education & posts tab: each degree and each post as its own small read-only form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from kvisa_desk.ui.case_form import ReadOnlyForm, plain_label
from kvisa_desk.ui.labels import code_label


class CareerTab(QScrollArea):
    def __init__(self, record: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        education = record.get("education") or []
        employment = record.get("employment") or []
        for i, degree in enumerate(education):
            layout.addWidget(self._degree(i, degree))
        for i, post in enumerate(employment):
            layout.addWidget(self._post(i, post))
        if not education and not employment:
            layout.addWidget(
                plain_label(self.tr("The application lists no degrees and no posts."), body)
            )
        layout.addStretch(1)
        self.setWidget(body)

    def _degree(self, i: int, degree: dict[str, Any]) -> QGroupBox:
        box = QGroupBox(
            self.tr("Degree {n}: {level}").format(
                n=i + 1, level=code_label("level", degree["level"])
            )
        )
        form = ReadOnlyForm(box)
        p = f"education.{i}."
        form.add_value(p + "level", self.tr("Level"), code_label("level", degree["level"]))
        form.add_value(p + "field", self.tr("Field"), degree["field"])
        form.add_value(p + "isced_f", self.tr("ISCED-F code"), degree["isced_f"])
        form.add_value(p + "institution", self.tr("Institution"), degree["institution"])
        form.add_value(p + "institution_country", self.tr("Country"), degree["institution_country"])
        form.add_value(p + "awarded_on", self.tr("Awarded on"), degree["awarded_on"])
        QVBoxLayout(box).addWidget(form)
        return box

    def _post(self, i: int, post: dict[str, Any]) -> QGroupBox:
        kind = code_label("kind", post["kind"])
        title = self.tr("Post {n}").format(n=i + 1)
        box = QGroupBox(f"{title}: {kind}" if kind else title)
        form = ReadOnlyForm(box)
        p = f"employment.{i}."
        form.add_value(p + "employer", self.tr("Employer"), post["employer"])
        form.add_value(p + "position", self.tr("Position"), post["position"])
        form.add_value(p + "kind", self.tr("Kind of post"), kind or None)
        form.add_value(p + "field", self.tr("Field"), post["field"])
        form.add_value(p + "isced_f", self.tr("ISCED-F code"), post["isced_f"])
        form.add_value(p + "country", self.tr("Country"), post["country"])
        form.add_value(p + "start_date", self.tr("From"), post["start_date"])
        form.add_value(p + "end_date", self.tr("Until"), post["end_date"] or self.tr("present"))
        QVBoxLayout(box).addWidget(form)
        return box
