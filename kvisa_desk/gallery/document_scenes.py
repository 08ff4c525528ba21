"""The docs' picture of the Documents tab: a case with a real bilingual degree certificate (a
ReportLab PDF) and a passport photo (drawn with Pillow) attached, the certificate verified
and previewed beside the list, the photo in the header. Also the full view of the PDF.

The files are made in a temporary folder and attached through core, as an officer would.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.documents.attach import attach_document
from kvisa_desk.core.documents.reading import list_documents
from kvisa_desk.core.documents.status import set_verification
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.widgets.context import DeskContext

Shot = tuple[str, Callable[[], QWidget | None]]
CHINESE = re.compile(r"[\u3400-\u9fff]")
SCAN_CASES = 500


def certificate_pdf(path: Path, holder: str) -> Path:
    """A two-page degree certificate in English and Chinese, in the bundled CJK font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from kvisa_desk.pdf.fonts import fonts_dir

    font = "KVisaSceneCJK"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font, str(fonts_dir() / "wqy-microhei.ttc")))
    width, height = A4
    page = canvas.Canvas(str(path), pagesize=A4, invariant=True)  # the same bytes each run
    page.setTitle("Degree certificate")
    page.setStrokeColorRGB(0.55, 0.1, 0.1)
    page.setLineWidth(6)
    page.rect(36, 36, width - 72, height - 72)
    page.setFillColorRGB(0.55, 0.1, 0.1)
    page.setFont(font, 30)
    page.drawCentredString(width / 2, height - 150, "学位证书")
    page.setFont(font, 22)
    page.drawCentredString(width / 2, height - 190, "Degree Certificate")
    page.setFillColorRGB(0.1, 0.1, 0.1)
    page.setFont(font, 15)
    lines = (
        "This is to certify that",
        holder,
        "has been awarded the degree of",
        "Master of Science in Electrical Engineering",
        "兹证明该生已获得工学硕士学位",
    )
    for index, line in enumerate(lines):
        page.drawCentredString(width / 2, height - 280 - index * 34, line)
    page.setFillColorRGB(0.55, 0.1, 0.1)
    page.circle(width - 160, 170, 55, stroke=0, fill=1)
    page.setFillColorRGB(1, 1, 1)
    page.setFont(font, 14)
    page.drawCentredString(width - 160, 165, "SEAL 印")
    page.setFillColorRGB(0.1, 0.1, 0.1)
    page.setFont(font, 12)
    page.drawString(80, 160, "Registrar 注册主任")
    page.line(80, 180, 260, 180)
    page.showPage()
    page.setFont(font, 18)
    page.drawString(72, height - 100, "Transcript summary 成绩摘要")
    page.setFont(font, 12)
    for row in range(12):
        page.drawString(72, height - 150 - row * 24, f"EE{501 + row}  Advanced topic {row + 1}")
        page.drawRightString(width - 72, height - 150 - row * 24, "A")
    page.showPage()
    page.save()
    return path


def passport_photo(path: Path) -> Path:
    """A plain portrait in passport-photo proportions (35 x 45)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (350, 450), (214, 228, 240))
    draw = ImageDraw.Draw(image)
    draw.ellipse((40, 300, 310, 560), fill=(52, 73, 94))  # shoulders
    draw.rectangle((150, 250, 200, 320), fill=(224, 182, 150))  # neck
    draw.ellipse((100, 90, 250, 280), fill=(232, 190, 158))  # face
    draw.pieslice((92, 70, 258, 230), 180, 360, fill=(40, 30, 25))  # hair
    for eye in (145, 205):
        draw.ellipse((eye - 8, 170, eye + 8, 182), fill=(40, 30, 25))
    draw.arc((150, 210, 200, 245), 20, 160, fill=(150, 70, 60), width=3)
    image.save(path, format="JPEG", quality=90)
    return path


def _attach_samples(context: DeskContext, case_id: int) -> None:
    """The certificate and the photo, attached once (a second run finds them attached)."""
    detail = case_detail(context.db, case_id)
    applicant = detail.record["applicant"]
    holder = f"{applicant['given_names'] or ''} {applicant['surname']}".strip()
    with tempfile.TemporaryDirectory() as folder:
        certificate = certificate_pdf(Path(folder) / "degree-certificate.pdf", holder)
        photo = passport_photo(Path(folder) / "photo.jpg")
        result = attach_document(
            context.db, context.actor, case_id, certificate, "degree_certificate"
        )
        attach_document(context.db, context.actor, case_id, photo, "photo")
    set_verification(context.db, context.actor, case_id, result.document.document_id, "verified")


def _settle(context: DeskContext) -> None:
    # Grabbed at once: let the worker finish and its results reach the widgets first.
    for _round in range(4):
        context.runner.wait()
        context.changes.reading.wait()  # a tab's first read (the case view reads there)
        QCoreApplication.processEvents()


def documents_scene(context: DeskContext, case_id: int, size: tuple[int, int]) -> CaseView:
    _attach_samples(context, case_id)
    view = CaseView(context, case_detail(context.db, case_id))
    view.resize(*size)
    view.show()
    view.tabs.setCurrentWidget(view.documents.tab)
    _settle(context)  # the tab is built on its first show and reads its list then
    certificates = [
        d
        for d in list_documents(context.db, context.actor, case_id)
        if d.doc_type == "degree_certificate"
    ]
    if certificates:
        view.documents.select(certificates[-1].document_id)
    _settle(context)
    return view


def viewer_scene(view: CaseView, size: tuple[int, int]) -> QWidget | None:
    """The selected document in the full view, on its first page, fitted."""
    viewer = view.documents.actions.open_full_view()
    if viewer is None:
        return None
    viewer.resize(*size)
    _settle(view.context)
    return viewer


def scene_case(context: DeskContext, avoid: set[int | None]) -> int | None:
    """An open case the other pictures do not show (a photo makes the header taller), with a
    name in Chinese if one of the first few hundred has one."""
    from kvisa_desk.core.cases.cases import list_cases
    from kvisa_desk.vocab import OPEN_STATUSES

    fallback = None
    for row in list_cases(context.db, None, 0, SCAN_CASES):
        if row.status not in OPEN_STATUSES or row.case_id in avoid:
            continue
        if row.native_name and CHINESE.search(row.native_name):
            return row.case_id
        fallback = fallback or row.case_id
    return fallback


def documents_shots(
    context: DeskContext, avoid: set[int | None], size: tuple[int, int]
) -> list[Shot]:
    """`documents-tab.png` and `document-viewer.png`, for the screenshot tool's list."""
    case_id = scene_case(context, avoid)
    if case_id is None:
        return []
    shown: list[CaseView] = []

    def tab() -> QWidget | None:
        shown.append(documents_scene(context, case_id, size))
        return shown[-1]

    def viewer() -> QWidget | None:
        return viewer_scene(shown[-1], (760, 900)) if shown else None

    return [("documents-tab.png", tab), ("document-viewer.png", viewer)]
