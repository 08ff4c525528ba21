"""Issue 18, item 15: a PDF with /OpenAction JavaScript and a /Launch action was stored as a
document, and so were PDF+ZIP, JPEG+PHP and PNG+HTML polyglots. Active content and files
hidden after the end are refused, naming what was found; passive PDFs and harmless trailers
are kept."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from documents_support import image_bytes, new_case, pdf_bytes, stored_hashes, write
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    TextStringObject,
)

from kvisa_desk.core.documents.attach import attach_document
from kvisa_desk.core.documents.reading import list_documents, read_document
from kvisa_desk.core.documents.records import AttachmentRefused
from kvisa_desk.store.engine import Database

pytestmark = pytest.mark.backend
ACTOR = "officer.wang"


def _writer() -> PdfWriter:
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf_bytes(1))))
    return writer


def _bytes(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _open_action(action: dict[str, object]) -> bytes:
    writer = _writer()
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {NameObject(k): v for k, v in action.items()}  # type: ignore[misc]
    )
    return _bytes(writer)


def open_action_javascript() -> bytes:
    return _open_action({"/S": NameObject("/JavaScript"), "/JS": TextStringObject("app.alert(1)")})


def launch_action() -> bytes:
    return _open_action({"/S": NameObject("/Launch"), "/F": TextStringObject("cmd.exe")})


def name_tree_javascript() -> bytes:
    writer = _writer()
    script = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("this.print({bUI: false});"),
        }
    )
    tree = DictionaryObject(
        {NameObject("/Names"): ArrayObject([TextStringObject("x"), writer._add_object(script)])}
    )
    writer._root_object[NameObject("/Names")] = DictionaryObject(
        {NameObject("/JavaScript"): writer._add_object(tree)}
    )
    return _bytes(writer)


def embedded_file() -> bytes:
    writer = _writer()
    writer.add_attachment("invoice.exe", b"MZ not really a program")
    return _bytes(writer)


def link_annotation_launch() -> bytes:
    writer = _writer()
    page = writer.pages[0]
    link = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([]),
            NameObject("/A"): DictionaryObject(
                {
                    NameObject("/S"): NameObject("/Launch"),
                    NameObject("/F"): TextStringObject("run.bat"),
                }
            ),
        }
    )
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
    return _bytes(writer)


def open_at_destination() -> bytes:
    writer = _writer()
    page = writer.pages[0].indirect_reference
    writer._root_object[NameObject("/OpenAction")] = ArrayObject([page, NameObject("/Fit")])
    return _bytes(writer)


def incremental_update() -> bytes:
    """The way a signed letter is saved: the original bytes, then an appended revision."""
    original = pdf_bytes(2)
    writer = PdfWriter(io.BytesIO(original), incremental=True)
    writer.add_metadata({"/Title": "Revised"})
    updated = _bytes(writer)
    assert updated.startswith(original) and updated.count(b"%%EOF") >= 2
    return updated


def zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("payload.js", "WScript.Echo('hi')")
    return out.getvalue()


def zip_hidden_by_its_comment() -> bytes:
    """A ZIP whose comment swallows a final %%EOF: PDF readers and unzip both accept it."""
    archive = bytearray(zip_bytes())
    tail = b"\n%%EOF\n"
    archive[-2:] = len(tail).to_bytes(2, "little")  # the end record's comment length
    return pdf_bytes(1) + bytes(archive) + tail


PE_PROGRAM = b"MZ" + b"\x90" * 58 + (64).to_bytes(4, "little") + b"PE\x00\x00" + b"\x00" * 200

REFUSED: dict[str, tuple[Callable[[], bytes], str, str]] = {
    "openaction-js": (open_action_javascript, "openaction.pdf", "JavaScript at /OpenAction"),
    "launch": (launch_action, "launch.pdf", "a /Launch action"),
    "names-js": (name_tree_javascript, "names.pdf", "JavaScript"),
    "embedded": (embedded_file, "embedded.pdf", "embedded files"),
    "link-launch": (link_annotation_launch, "link.pdf", "a /Launch action"),
    "pdf+zip": (lambda: pdf_bytes(1) + zip_bytes(), "poly.pdf", "a ZIP archive hidden after"),
    "pdf+zip-comment": (zip_hidden_by_its_comment, "poly2.pdf", "a ZIP archive hidden after"),
    "jpeg+php": (
        lambda: image_bytes("JPEG") + b"<?php system($_GET['c']); ?>",
        "photo.jpg",
        "a PHP script hidden after the end of its JPEG content",
    ),
    "png+html": (
        lambda: image_bytes("PNG") + b"\n<html><body><script>alert(1)</script></body></html>",
        "photo.png",
        "hidden after the end of its PNG content",
    ),
    "jpeg+exe": (lambda: image_bytes("JPEG") + PE_PROGRAM, "photo2.jpg", "a Windows program"),
    "png+script": (lambda: image_bytes("PNG") + b"#!/bin/sh\nrm -rf ~\n", "p.png", "a script"),
    "tiff+zip": (lambda: image_bytes("TIFF") + zip_bytes(), "scan.tiff", "a ZIP archive"),
}


@pytest.mark.parametrize("kind", list(REFUSED))
def test_active_content_and_hidden_files_are_refused_naming_what_was_found(
    db: Database, tmp_path: Path, kind: str
) -> None:
    make, name, said = REFUSED[kind]
    case = new_case(db)
    path = write(tmp_path, name, make())
    with pytest.raises(AttachmentRefused, match="nothing was stored") as refused:
        attach_document(db, ACTOR, case, path, "passport_scan")
    assert said in str(refused.value)
    assert stored_hashes(db) == set() and list_documents(db, ACTOR, case) == []


KEPT: dict[str, Callable[[], bytes]] = {
    "destination": open_at_destination,
    "incremental": incremental_update,
    "jpeg+padding": lambda: image_bytes("JPEG") + b"\x00" * 300 + b"Scanned by ACME 3000\n",
    "png+notes": lambda: image_bytes("PNG") + b"\r\nscan notes: page 1 of 1\r\n",
    "pdf+newline": lambda: pdf_bytes(1) + b"\r\n\r\n",
    # A camera's second picture and depth data after the first picture's end.
    "jpeg+second-picture": lambda: (
        image_bytes("JPEG") + image_bytes("JPEG", (640, 480)) + random.Random(3).randbytes(1 << 21)
    ),
}


@pytest.mark.parametrize("kind", list(KEPT))
def test_passive_pdfs_and_harmless_trailers_are_kept_as_they_are(
    db: Database, tmp_path: Path, kind: str
) -> None:
    content = KEPT[kind]()
    suffix = ".pdf" if content.startswith(b"%PDF") else ".img"
    case = new_case(db)
    path = write(tmp_path, f"kept{suffix}", content)
    result = attach_document(db, ACTOR, case, path, "other")
    assert read_document(db, ACTOR, result.document.document_id) == content


def test_a_signed_letter_is_accepted_as_a_document(db: Database, tmp_path: Path) -> None:
    """Signed letters are incremental updates with a signature: they attach like any PDF."""
    from kvisa_desk.pdf.signing import load_signing_key, make_self_signed, sign_pdf

    key = load_signing_key(make_self_signed("Visa Section", "Embassy", b"pass"), b"pass")
    signed = sign_pdf(pdf_bytes(1), key, reason="Decision letter")
    case = new_case(db)
    result = attach_document(db, ACTOR, case, write(tmp_path, "letter.pdf", signed), "other")
    assert result.document.media_type == "application/pdf"
    assert read_document(db, ACTOR, result.document.document_id) == signed
