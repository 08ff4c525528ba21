"""The Documents tab for real: files attached by drop and by the service, previews drawn on the
worker thread and read back as pixels, verification by keyboard, reasons asked, damage shown
as damage, the full viewer's pages and zoom, the checklist and the header's photo."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QWidget

from kvisa_desk.core.accounts.accounts import update_account
from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.documents.attach import attach_document
from kvisa_desk.core.documents.reading import get_document, list_documents
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.documents.drop import guess_document_type
from kvisa_desk.ui.widgets.context import DeskContext
from tests.documents.documents_support import WINDOWS_EXE, damage, pdf_bytes
from tests.samples import application
from tests.ui.conftest import import_applications

pytestmark = pytest.mark.backend
WAIT = 15_000


def portrait_photo(path: Path) -> Path:
    """A JPEG stored sideways (200x150) with EXIF saying turn it: upright it is 150x200."""
    image = Image.new("RGB", (200, 150), (200, 170, 140))
    for x in range(0, 200, 5):
        image.putpixel((x, 75), (20, 20, 20))
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    path.write_bytes(out.getvalue())
    return path


def write_pdf(path: Path, pages: int = 3, title: str = "Degree certificate") -> Path:
    """A real A4 PDF: a large title, a black seal and the page's number on each page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        page.setFont("Helvetica-Bold", 30)
        page.drawString(72, 740, title)
        page.setFont("Helvetica", 14)
        page.drawString(72, 700, f"Page {number} of {pages}")
        page.rect(380, 80, 140, 140, stroke=0, fill=1)
        page.showPage()
    page.save()
    return path


def new_case(desk: DeskContext) -> int:
    record = application("KV-DOCTAB-1", documents=[])
    case_id = import_applications(desk.db, [record]).first_case_id
    assert case_id is not None
    return case_id


def open_case(qtbot: Any, desk: DeskContext, case_id: int | None = None) -> CaseView:
    case_id = new_case(desk) if case_id is None else case_id
    view = CaseView(desk, case_detail(desk.db, case_id))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.tabs.setCurrentWidget(view.documents.tab)  # built now: its list is read off the GUI
    qtbot.waitUntil(lambda: not desk.changes.reading.busy)  # thread
    activate(qtbot, view)
    return view


def activate(qtbot: Any, view: CaseView) -> None:
    """Shortcuts reach the active window only (a closed dialog leaves none active)."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)


def drop_files(widget: QWidget, paths: list[Path]) -> bool:
    """What a file manager sends: a drag entering with file URLs, then the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    mime.setText("\n".join(str(p) for p in paths))  # file managers offer the paths as text too
    centre = widget.rect().center()
    copy, left, plain = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPointF(centre), copy, mime, left, plain)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(QPointF(centre), copy, mime, left, plain)
    QApplication.sendEvent(widget, dropped)
    return dropped.isAccepted()


def attach(qtbot: Any, view: CaseView, path: Path, doc_type: str) -> int:
    with qtbot.waitSignal(view.documents.attached, timeout=WAIT) as attached:
        view.documents.attach(path, doc_type)
    return int(attached.args[0].document.document_id)


def preview_of(qtbot: Any, view: CaseView, document_id: int) -> QImage:
    documents = view.documents
    with qtbot.waitSignal(documents.previewed, timeout=WAIT) as shown:
        documents.table.clearSelection()
        assert documents.select(document_id)
    assert shown.args[0].document_id == document_id
    pixmap = documents.preview.picture.pixmap()
    assert not pixmap.isNull()
    return pixmap.toImage()


def dark_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 128
    )


def test_dropped_files_are_attached_with_the_kind_guessed_and_previewed(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    view = open_case(qtbot, desk)
    photo = portrait_photo(tmp_path / "IMG_0042.jpg")
    degree = write_pdf(tmp_path / "diploma-msc.pdf")
    folder = tmp_path / "more scans"
    folder.mkdir()
    assert not view.header.photo.isVisible()

    assert drop_files(view.documents.tab, [photo, degree, folder])
    dialog = view.documents.type_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.choices() == [(photo, "photo"), (degree, "degree_certificate")]
    assert view.documents.notices == ["Not attached: more scans is a folder; drop the files in it."]
    # The header's first read (no photo yet: None) may still be arriving: wait for a picture.
    with qtbot.waitSignal(
        view.documents.photo_changed, timeout=WAIT, check_params_cb=lambda p: p is not None
    ) as photo_shown:
        qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.documents.table.rowCount() == 2, timeout=WAIT)
    table = view.documents.table
    assert [table.cell_text(r, 0) for r in range(2)] == ["Photo", "Degree certificate"]
    assert [table.cell_text(r, 1) for r in range(2)] == ["IMG_0042.jpg", "diploma-msc.pdf"]
    assert table.cell_text(1, 4).endswith(("KB", "kB", "bytes"))
    # The header shows the photo upright: taller than wide, at most the thumbnail's size.
    thumbnail = photo_shown.args[0]
    assert thumbnail is not None and view.header.photo.isVisible()
    assert thumbnail.height() == 96 and thumbnail.width() < thumbnail.height()

    docs = list_documents(desk.db, "test.officer", view.detail.case_id)
    page = preview_of(qtbot, view, docs[1].document_id)
    assert page.height() > page.width()  # an A4 page, fitted whole into the pane
    assert dark_pixels(page) > 20  # the page's text was drawn, on white paper
    assert page.pixelColor(2, 2).lightness() > 240
    assert view.documents.preview.details.text().startswith("PDF · 3 pages · ")
    picture = preview_of(qtbot, view, docs[0].document_id)
    assert picture.height() > picture.width()  # turned upright from its EXIF


def test_a_drop_anywhere_on_the_case_view_offers_to_attach(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    view = open_case(qtbot, desk)
    view.tabs.setCurrentIndex(0)  # another tab is showing: the header still takes the drop
    scan = write_pdf(tmp_path / "passport_scan.pdf", pages=1)
    assert drop_files(view.header, [scan])
    dialog = view.documents.type_dialog
    assert dialog is not None
    assert dialog.choices() == [(scan, "passport_scan")]
    dialog.reject()
    assert list_documents(desk.db, "test.officer", view.detail.case_id) == []


def test_refused_drops_say_why_and_store_nothing(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    view = open_case(qtbot, desk)
    disguised = tmp_path / "passport.pdf"
    disguised.write_bytes(WINDOWS_EXE)
    empty = tmp_path / "photo.jpg"
    empty.write_bytes(b"")
    assert drop_files(view.documents.tab, [disguised, empty])
    dialog = view.documents.type_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(view.documents.notices) == 2, timeout=WAIT)
    first, second = view.documents.notices
    assert first.startswith("Not attached: cannot attach 'passport.pdf': ")
    assert second.startswith("Not attached: cannot attach 'photo.jpg': ")
    assert all(n.endswith("nothing was stored") for n in view.documents.notices)
    assert view.message.text() == second
    assert view.documents.notice.isVisible()
    assert view.documents.table.rowCount() == 0
    assert list_documents(desk.db, "test.officer", view.detail.case_id, include_removed=True) == []


def test_verify_by_keyboard_ticks_the_checklist_and_is_audited(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    view = open_case(qtbot, desk)
    checklist = view.documents.checklist
    assert checklist.lines[:3] == [
        ("Passport scan", "missing"),
        ("Photo", "missing"),
        ("Application form", "missing"),
    ]
    scan = attach(qtbot, view, write_pdf(tmp_path / "scan.pdf", 1), "passport_scan")
    assert checklist.lines[0] == ("Passport scan", "attached, not verified")
    table = view.documents.table
    table.setFocus()
    table.selectRow(0)
    assert view.documents.actions.action_verify.isEnabled()
    with qtbot.waitSignal(view.documents.changed, timeout=WAIT) as changed:
        qtbot.keyClick(
            table,
            Qt.Key.Key_V,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert changed.args[0] == "“scan.pdf” (Passport scan): verified."
    qtbot.waitUntil(lambda: not view.updates.busy, timeout=WAIT)  # what it touched, read again
    assert view.message.text() == changed.args[0]
    assert get_document(desk.db, "test.officer", scan).verification == "verified"
    assert table.cell_text(0, 2).startswith("Verified (test.officer, ")
    assert checklist.lines[0] == ("Passport scan", "verified")
    assert not view.documents.actions.action_verify.isEnabled()
    history = [view.history.cell_text(r, 2) for r in range(view.history.rowCount())]
    assert history[-1] == "test.officer marked the Passport scan as “Verified”", history


def test_suspected_and_removed_ask_for_a_reason(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    view = open_case(qtbot, desk)
    photo = attach(qtbot, view, portrait_photo(tmp_path / "photo.jpg"), "photo")
    qtbot.waitUntil(view.header.photo.isVisible, timeout=WAIT)
    table = view.documents.table
    table.setFocus()
    table.selectRow(0)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_F, ctrl_shift)
    dialog = view.documents.actions.reason_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # no reason, no marking
    qtbot.keyClicks(dialog.reason, "Photo does not match the passport")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(view.documents.photo_changed, timeout=WAIT) as photo_shown:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert photo_shown.args[0] is None  # a suspected photo is no longer the applicant's face
    assert not view.header.photo.isVisible()
    saved = get_document(desk.db, "test.officer", photo)
    assert (saved.verification, saved.verification_reason) == (
        "suspected_fraudulent",
        "Photo does not match the passport",
    )
    assert view.documents.checklist.lines[1] == ("Photo", "suspected fraudulent")

    activate(qtbot, view)
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    dialog = view.documents.actions.reason_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.reason, "Sent by mistake")
    with qtbot.waitSignal(view.documents.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0
    removed = get_document(desk.db, "test.officer", photo)
    assert (removed.removed_by, removed.removed_reason) == ("test.officer", "Sent by mistake")


def test_a_damaged_document_is_shown_as_damage_never_as_a_picture(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    case_id = new_case(desk)
    scan = write_pdf(tmp_path / "passport <b>2.pdf", 2)  # markup in a name stays text
    attached = attach_document(desk.db, desk.actor, case_id, scan, "passport_scan").document
    assert attached.sha256 is not None
    damage(desk.db, attached.sha256)  # after it was attached, before anyone looked at it
    doc_id = attached.document_id
    view = open_case(qtbot, desk, case_id)  # the tab shows its first document at once
    documents = view.documents
    pane = documents.preview
    qtbot.waitUntil(lambda: pane.damaged, timeout=WAIT)
    assert pane.document_id == doc_id
    told = documents.notices[-1]
    assert told.startswith("“passport <b>2.pdf” (Passport scan) is damaged: ")
    assert view.message.text() == told
    assert pane.picture.pixmap().isNull()
    assert pane.message.text() == "⚠ " + told
    assert documents.table.cell_text(0, 2) == "Damaged"
    tooltip = documents.table.item(0, 2).toolTip()
    assert tooltip.startswith("<p>“passport &lt;b&gt;2.pdf” (Passport scan) is damaged")
    assert documents.checklist.lines[0] == ("Passport scan", "damaged")
    assert not documents.actions.action_verify.isEnabled()  # nobody verifies damage
    # The full view checks again and draws nothing either.
    viewer = documents.actions.open_full_view()
    assert viewer is not None
    with qtbot.waitSignal(viewer.damaged, timeout=WAIT) as viewer_told:
        pass
    assert "is damaged" in viewer_told.args[0]
    assert viewer.page_image.pixmap().isNull()
    assert not viewer.action_next.isEnabled()
    viewer.close()
    # Nobody verifies damage: core refuses, the officer reads why.
    documents.table.setFocus()
    with qtbot.waitSignal(documents.refused, timeout=WAIT) as refused:
        documents.actions.mark("verified")
    assert "is damaged" in refused.args[0]
    assert get_document(desk.db, "test.officer", doc_id).verification == "unverified"


def test_the_full_view_turns_pages_and_zooms_on_the_keyboard(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    view = open_case(qtbot, desk)
    attach(qtbot, view, write_pdf(tmp_path / "transcript.pdf", 3), "transcript")
    table = view.documents.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    viewer = view.documents.actions.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.page_count == 3, timeout=WAIT)
    assert viewer.position.text().startswith("Page 1 of 3 · ")
    fitted = viewer.page_image.pixmap().size()
    room = viewer.scroll_area.viewport().size()
    assert fitted.width() <= room.width() and fitted.height() <= room.height()
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow)

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> Any:
        with qtbot.waitSignal(viewer.rendered, timeout=WAIT) as rendered:
            qtbot.keyClick(viewer, key, modifier)
        return rendered.args[0]

    assert press(Qt.Key.Key_PageDown).page == 1
    assert viewer.position.text().startswith("Page 2 of 3 · ")
    assert press(Qt.Key.Key_End).page == 2
    assert not viewer.action_next.isEnabled()
    assert press(Qt.Key.Key_PageUp).page == 1
    ctrl = Qt.KeyboardModifier.ControlModifier
    zoomed = press(Qt.Key.Key_Plus, ctrl)
    assert zoomed.zoom == pytest.approx(viewer.shown_zoom)
    assert zoomed.image.width() == pytest.approx(fitted.width() * 1.25, abs=2)
    smaller = press(Qt.Key.Key_Minus, ctrl)
    assert smaller.image.width() == pytest.approx(fitted.width(), abs=2)
    press(Qt.Key.Key_Plus, ctrl)
    assert press(Qt.Key.Key_0, ctrl).image.size() == fitted
    viewer.close()


def test_the_checklist_follows_the_route_the_checks_found(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    view = open_case(qtbot, desk)
    checklist = view.documents.checklist
    assert checklist.heading.text().startswith("Required documents (run the checks")
    with qtbot.waitSignal(view.checks.changed, timeout=WAIT):
        view.run_checks()
    qtbot.waitUntil(lambda: not view.updates.busy, timeout=WAIT)  # what it touched, read again
    # The sample applicant meets both routes: either route's evidence is enough.
    assert checklist.heading.text() == "Required documents for route A and B"
    assert checklist.lines[3] == ("Degree certificate or Proof of post", "missing")
    attach(qtbot, view, write_pdf(tmp_path / "degree.pdf", 1), "degree_certificate")
    assert checklist.lines[3] == ("Degree certificate or Proof of post", "attached, not verified")


def test_the_context_menu_offers_every_action(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    view = open_case(qtbot, desk)
    attach(qtbot, view, write_pdf(tmp_path / "form.pdf", 1), "application_form")
    view.documents.table.selectRow(0)
    menu = view.documents.context_menu()
    entries = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert entries == [
        "&Open",
        "Mark &verified",
        "Mark &suspected fraudulent…",
        "Mark &not verified",
        "&Remove…",
        "&Attach…",
    ]
    enabled = {a.objectName(): a.isEnabled() for a in menu.actions() if not a.isSeparator()}
    assert enabled == {
        "documents.open": True,
        "documents.verify": True,
        "documents.suspect": True,
        "documents.unverify": False,  # it is not verified yet
        "documents.remove": True,
        "documents.attach": True,
    }
    menu.close()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("passport.pdf", "pdf", "passport_scan"),
        ("护照扫描.pdf", "pdf", "passport_scan"),
        ("passport-photo.jpg", "portrait", "photo"),
        ("transcript_of_records.pdf", "pdf", "transcript"),
        ("employment-certificate.pdf", "pdf", "proof_of_post"),
        ("application_form.pdf", "pdf", "application_form"),
        ("学位证书.pdf", "pdf", "degree_certificate"),
        ("IMG_0042.jpg", "portrait", "photo"),  # upright by its EXIF: a face
        ("IMG_0043.jpg", "landscape", "passport_scan"),  # a page lying on its side
        ("scan0001.pdf", "pdf", "other"),
    ],
)
def test_the_kind_of_a_dropped_file_is_guessed(
    tmp_path: Path, name: str, content: str, expected: str
) -> None:
    path = tmp_path / name
    if content == "pdf":
        path.write_bytes(pdf_bytes(1))
    elif content == "portrait":
        portrait_photo(path)
    else:
        Image.new("RGB", (300, 200), (250, 250, 250)).save(path, format="JPEG")
    assert guess_document_type(path) == expected


def test_a_drag_without_files_is_not_taken(qtbot: Any, desk: DeskContext) -> None:
    view = open_case(qtbot, desk)
    mime = QMimeData()
    mime.setText("just some text")
    enter = QDragEnterEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.documents.tab, enter)
    assert not enter.isAccepted()
    assert view.documents.type_dialog is None


def test_the_shortcuts_list_shows_the_keys_that_work(qtbot: Any, desk: DeskContext) -> None:
    from kvisa_desk.ui.shell.shortcuts_dialog import ShortcutsDialog

    view = open_case(qtbot, desk)
    dialog = ShortcutsDialog([])  # the Documents rows are listed whatever the window
    qtbot.addWidget(dialog)
    table = dialog.table
    listed = {
        (table.cell_text(r, 1), table.cell_text(r, 2))
        for r in range(table.rowCount())
        if table.cell_text(r, 0) == "Documents"
    }
    actions = [a for a in view.documents.actions.menu_actions() if a is not None]
    working = {
        (a.text().replace("&", "").rstrip("…"), a.shortcuts()[0].toString())
        for a in actions
        if a.shortcuts()
    }
    working = {(text, "Enter" if keys == "Return" else keys) for text, keys in working}
    assert working <= listed
    assert ("Mark suspected fraudulent", "Ctrl+Shift+F") in listed
    assert ("Next page", "PgDown") in listed


@pytest.mark.parametrize("fmt", ["PNG", "TIFF", "HEIF", "JPEG"])
def test_every_accepted_image_type_is_previewed(
    qtbot: Any, desk: DeskContext, tmp_path: Path, fmt: str
) -> None:
    from tests.documents.documents_support import image_bytes

    path = tmp_path / f"scan.{fmt.lower()}"
    path.write_bytes(image_bytes(fmt, (320, 200)))
    view = open_case(qtbot, desk)
    doc_id = attach(qtbot, view, path, "passport_scan")
    picture = preview_of(qtbot, view, doc_id)
    assert picture.width() > picture.height()  # landscape, as drawn
    # The scan is blue with yellow dots: a decoded picture, not a blank or an icon.
    assert picture.pixelColor(picture.width() // 2, 3).blue() > 120


def test_the_full_view_zooms_a_photo(qtbot: Any, desk: DeskContext, tmp_path: Path) -> None:
    view = open_case(qtbot, desk)
    attach(qtbot, view, portrait_photo(tmp_path / "photo.jpg"), "photo")
    view.documents.table.selectRow(0)
    viewer = view.documents.actions.open_full_view()
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.page_count == 1, timeout=WAIT)
    assert viewer.position.text().startswith("Page 1 of 1 · ")
    assert not viewer.action_next.isEnabled() and not viewer.action_previous.isEnabled()
    with qtbot.waitSignal(viewer.rendered, timeout=WAIT) as rendered:
        viewer.set_zoom(1.0)
    assert (rendered.args[0].image.width(), rendered.args[0].image.height()) == (150, 200)
    with qtbot.waitSignal(viewer.rendered, timeout=WAIT) as rendered:
        viewer.action_zoom_in.trigger()
    assert rendered.args[0].image.width() == round(150 * 1.25)
    viewer.close()


def test_only_officers_change_a_document_and_the_window_says_why(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    from dataclasses import replace

    case_id = new_case(desk)
    scan = write_pdf(tmp_path / "passport.pdf", 1)
    scan_doc = attach_document(desk.db, desk.actor, case_id, scan, "passport_scan").document
    # Administrators see no case's documents at all (core refuses the list); so the refusal
    # shown here is an officer's whose account was closed while the case was open.
    view = open_case(qtbot, replace(desk, actor="officer.b"), case_id)
    update_account(desk.db, "officer.b", "test.admin", active=False)
    view.documents.select(scan_doc.document_id)
    with qtbot.waitSignal(view.documents.refused, timeout=WAIT) as refused:
        view.documents.actions.mark("verified")
    assert "officer.b" in refused.args[0]
    assert get_document(desk.db, "test.officer", scan_doc.document_id).verification == "unverified"


def test_a_burst_of_requests_draws_only_the_latest() -> None:
    from kvisa_desk.ui.documents.preview import LatestOnly

    started: list[int] = []
    latest = LatestOnly(started.append)
    for page in range(5):
        latest.request(page)  # page 0 starts; 1 to 4 wait, and collapse into 4
    assert started == [0] and latest.running
    latest.done()
    assert started == [0, 4] and latest.running
    latest.done()
    assert started == [0, 4] and not latest.running


def test_a_file_dropped_on_a_field_is_attached_not_pasted(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    view = open_case(qtbot, desk)
    view.tabs.setCurrentIndex(0)
    surname = view.field("applicant.surname")
    before = surname.text()
    scan = write_pdf(tmp_path / "passport.pdf", pages=1)
    assert drop_files(surname, [scan])
    assert surname.text() == before  # the path was not typed into the applicant's name
    dialog = view.documents.type_dialog
    assert dialog is not None and dialog.choices() == [(scan, "passport_scan")]
    with qtbot.waitSignal(view.documents.attached, timeout=WAIT):
        qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    assert [
        d.original_name for d in list_documents(desk.db, "test.officer", view.detail.case_id)
    ] == ["passport.pdf"]
    assert not view.editing.dirty


def test_closing_the_full_view_while_a_page_is_drawn_is_harmless(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    view = open_case(qtbot, desk)
    attach(qtbot, view, write_pdf(tmp_path / "form.pdf", 2), "application_form")
    view.documents.table.selectRow(0)
    viewer = view.documents.actions.open_full_view()
    assert viewer is not None
    viewer.close()  # before its first page came back from the worker
    desk.runner.wait()
    qtbot.waitUntil(lambda: view.documents.actions.viewer is None, timeout=WAIT)
    qtbot.wait(50)  # the page's delivery to the deleted window runs here, and is ignored
    assert not desk.runner.busy


def test_a_finished_case_shows_its_documents_and_changes_none(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    view = open_case(qtbot, desk)
    attach(qtbot, view, write_pdf(tmp_path / "form.pdf", 1), "application_form")
    with qtbot.waitSignal(view.workflow.moved, timeout=WAIT):
        view.workflow.move_to("withdrawn")
    qtbot.waitUntil(lambda: not view.updates.busy, timeout=WAIT)  # what it touched, read again
    view.documents.table.selectRow(0)
    actions = view.documents.actions
    assert actions.action_open.isEnabled()  # still read
    changing = (actions.action_verify, actions.action_suspect, actions.action_remove)
    assert not any(a.isEnabled() for a in (*changing, actions.action_attach))
    assert drop_files(view.documents.tab, [write_pdf(tmp_path / "late.pdf", 1)])
    assert view.documents.type_dialog is None
    assert view.documents.notices == [
        "Not attached: this case is finished; its documents can no longer change."
    ]
    assert len(list_documents(desk.db, "test.officer", view.detail.case_id)) == 1


def test_pages_are_clamped_and_zoom_is_bounded(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QSize

    from kvisa_desk.ui.documents.render import LARGEST_RENDER_SIDE, PreviewSource, render_page

    source = PreviewSource(1, "application/pdf", pdf=write_pdf(tmp_path / "a.pdf", 2).read_bytes())
    huge = render_page(source, 99, 50.0, QSize(100, 100))
    assert (huge.page, huge.page_count) == (1, 2)  # past the end: the last page
    assert max(huge.image.width(), huge.image.height()) <= LARGEST_RENDER_SIDE
    assert huge.zoom < 50.0
    fitted = render_page(source, 0, None, QSize(300, 300))
    assert fitted.image.height() == 300 and fitted.image.width() < 300  # A4 fits by height


def test_removed_documents_can_be_shown_with_who_and_why(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    from kvisa_desk.core.documents.status import remove_document

    view = open_case(qtbot, desk)
    scan = attach(qtbot, view, write_pdf(tmp_path / "old-scan.pdf", 1), "passport_scan")
    remove_document(desk.db, desk.actor, view.detail.case_id, scan, "Replaced by a clearer scan")
    documents = view.documents
    documents.load()
    assert documents.table.rowCount() == 0
    documents.show_removed.click()
    assert documents.table.rowCount() == 1
    assert documents.table.cell_text(0, 2).startswith("Removed (test.officer, ")
    assert documents.table.cell_text(0, 2).endswith("): Replaced by a clearer scan")
    documents.table.selectRow(0)
    actions = documents.actions
    assert actions.action_open.isEnabled()  # its content is kept: it can still be read
    assert not any(
        a.isEnabled()
        for a in (actions.action_verify, actions.action_suspect, actions.action_remove)
    )
    assert documents.checklist.lines[0] == ("Passport scan", "missing")  # removed counts for none
    assert documents.preview.status.text().startswith("Removed by test.officer, ")


def test_a_pdf_preview_reads_and_checks_the_stored_bytes_every_time(
    qtbot: Any, desk: DeskContext, tmp_path: Path
) -> None:
    """Issue 18, item 18: a preview must never come from a copy checked once earlier."""
    from kvisa_desk.core.documents.records import DocumentDamaged
    from kvisa_desk.ui.documents.render import open_source, render_page

    case_id = new_case(desk)
    pdf = write_pdf(tmp_path / "degree.pdf", 2)
    attached = attach_document(desk.db, desk.actor, case_id, pdf, "degree_certificate")
    info = attached.document
    source = open_source(desk.db, desk.actor, info, 600)
    assert source.pdf == pdf.read_bytes()  # drawn from memory: no file is written for it
    assert render_page(source, 1, None, QSize(200, 200)).page_count == 2
    assert info.sha256 is not None
    damage(desk.db, info.sha256)
    with pytest.raises(DocumentDamaged):
        open_source(desk.db, desk.actor, info, 600)
    assert not (tmp_path / "data" / "document-previews").exists()
