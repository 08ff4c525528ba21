"""The store's own checks, without a database: type from content, names, limits, decoding."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from documents_support import (
    ELF,
    WINDOWS_EXE,
    encrypted_pdf,
    image_bytes,
    multipage_tiff,
    pdf_bytes,
    png_bomb,
    png_zip_bomb,
    pypdf_bytes,
    write,
)
from PIL import Image

from kvisa_desk.content import (
    HEIC,
    JPEG,
    PDF,
    PNG,
    TIFF,
    Limits,
    Refused,
    check_content,
    file_name_problem,
    image_preview,
    listed_path_problem,
    sniff_media_type,
)

ACCEPTED = {
    "reportlab.pdf": (pdf_bytes, PDF),
    "pypdf.pdf": (pypdf_bytes, PDF),
    "photo.jpg": (lambda: image_bytes("JPEG"), JPEG),
    "scan.png": (lambda: image_bytes("PNG"), PNG),
    "scan.tif": (lambda: image_bytes("TIFF", compression="tiff_lzw"), TIFF),
    "pages.tif": (multipage_tiff, TIFF),
    "big-endian.tif": (lambda: _big_endian_tiff(), TIFF),
    "photo.heic": (lambda: image_bytes("HEIF"), HEIC),
}


def _big_endian_tiff() -> bytes:
    data = image_bytes("TIFF")
    assert data[:4] == b"II*\x00"  # Pillow writes little-endian; check the magic is honoured
    return data


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_each_accepted_type_is_recognised_and_opens(name: str, tmp_path: Path) -> None:
    make, media_type = ACCEPTED[name]
    # Misnamed on purpose: the type comes from the content.
    path = write(tmp_path, "misnamed.txt", make())
    checked = check_content(path, Limits())
    assert checked.media_type == media_type
    assert checked.pages >= 1


def test_magic_bytes_decide_the_type() -> None:
    assert sniff_media_type(b"%PDF-1.7\n") == PDF
    assert sniff_media_type(b"MM\x00*\x00\x00\x00\x08") == TIFF
    assert sniff_media_type(b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1heic") == HEIC
    assert sniff_media_type(b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf") is None
    assert sniff_media_type(b"  %PDF-1.7") is None  # not at the start: not a PDF
    assert sniff_media_type(ELF) is None
    assert sniff_media_type(WINDOWS_EXE) is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (ELF, r"executable program \(ELF\)"),
        (WINDOWS_EXE, "Windows program"),
        (b"PK\x03\x04" + bytes(100), "ZIP archive"),
        (b"GIF89a" + bytes(100), "GIF image"),
        (b"Dear officer, here is my passport.\n", "text"),
        (bytes(range(256)), "unrecognised"),
    ],
    ids=["elf", "exe", "zip", "gif", "text", "noise"],
)
def test_content_of_another_type_is_refused_whatever_its_name(
    content: bytes, reason: str, tmp_path: Path
) -> None:
    with pytest.raises(Refused, match=reason) as refused:
        check_content(write(tmp_path, "passport.pdf", content), Limits())
    assert "not a PDF, JPEG, PNG, TIFF or HEIC" in str(refused.value)


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda: encrypted_pdf("secret"), "encrypted"),
        (lambda: encrypted_pdf(""), "encrypted"),  # opens without a password: still refused
        (lambda: pdf_bytes()[:-40], "cut short"),
        (lambda: pdf_bytes()[: len(pdf_bytes()) // 2], "cut short"),
        (lambda: b"%PDF-1.4\n" + bytes(500) + b"\n%%EOF\n", "damaged"),
        (lambda: _garbled_pdf(), "damaged"),
    ],
    ids=["encrypted", "encrypted-no-password", "truncated-tail", "half", "no-structure", "garbled"],
)
def test_encrypted_or_damaged_pdfs_are_refused(make, reason: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Refused, match=reason):
        check_content(write(tmp_path, "x.pdf", make()), Limits())


def _garbled_pdf() -> bytes:
    data = bytearray(pdf_bytes(pages=3))
    data[400:800] = b"x" * 400  # objects in the middle destroyed; the ending intact
    return bytes(data)


@pytest.mark.parametrize(
    ("fmt", "cut"),
    [("JPEG", 500), ("PNG", 100), ("TIFF", 2000), ("HEIF", 200)],
)
def test_images_that_do_not_decode_are_refused(fmt: str, cut: int, tmp_path: Path) -> None:
    data = image_bytes(fmt, (400, 300))
    with pytest.raises(Refused, match=r"cannot be decoded|damaged"):
        check_content(write(tmp_path, "x.img", data[:-cut]), Limits())


def test_image_with_a_corrupt_chunk_is_refused(tmp_path: Path) -> None:
    data = bytearray(image_bytes("PNG", (200, 200)))
    data[60] ^= 0xFF  # inside the IDAT: its CRC no longer matches
    with pytest.raises(Refused, match="cannot be decoded"):
        check_content(write(tmp_path, "x.png", bytes(data)), Limits())


@pytest.mark.parametrize(
    "make",
    [
        lambda: png_bomb(9_000, 9_001),  # just over our own limit
        lambda: png_bomb(9_500, 9_500),  # over Pillow's warning threshold
        lambda: png_bomb(50_000, 50_000),  # over Pillow's hard limit
        png_zip_bomb,  # a real 100-megapixel picture in ~100 KB
    ],
    ids=["own-limit", "pillow-warning", "pillow-error", "zip-bomb"],
)
def test_decompression_bombs_are_refused_before_decoding(make, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "bomb.png", make())
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no Pillow warning may escape either
        with pytest.raises(Refused, match="megapixels"):
            check_content(path, Limits())


def test_pixel_limit_is_a_parameter(tmp_path: Path) -> None:
    path = write(tmp_path, "p.png", image_bytes("PNG", (100, 100)))
    with pytest.raises(Refused, match="megapixels"):
        check_content(path, Limits(max_pixels=9_999))
    assert check_content(path, Limits(max_pixels=10_000)).width == 100


def test_tiff_with_too_many_pages_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "p.tif", multipage_tiff(5))
    with pytest.raises(Refused, match="5 pages"):
        check_content(path, Limits(max_frames=4))


@pytest.mark.parametrize(
    "name",
    [
        "passport\u202egpj.exe",  # RIGHT-TO-LEFT OVERRIDE
        "photo\u202d.jpg",
        "scan\u2066.pdf\u2069",
        "a\u200ebc.pdf",
        "a\u200fbc.pdf",
        "line\nbreak.pdf",
        "tab\there.pdf",
        "nul\x00.pdf",
        "bell\x07.pdf",
        "del\x7f.pdf",
        "c1\x85.pdf",
        "sep\u2028.pdf",
        "bad\udcff.pdf",  # an undecodable byte, as os.fsdecode gives it
        "",
        "   ",
        "x" * 256 + ".pdf",
    ],
)
def test_dangerous_file_names_are_refused(name: str) -> None:
    assert file_name_problem(name) is not None


@pytest.mark.parametrize(
    "name",
    [
        "passport.pdf",
        "护照.pdf",
        "جواز السفر.jpg",
        "Zoë's scan (1).PDF",
        "emoji 😀.png",
        "a\u200db.jpg",
    ],
)
def test_ordinary_names_in_any_script_are_fine(name: str) -> None:
    assert file_name_problem(name) is None


def test_listed_paths_are_checked_part_by_part() -> None:
    assert listed_path_problem("docs/KV-1/passport.pdf") is None
    assert listed_path_problem("docs\\KV-1\\photo.jpg") is None
    assert listed_path_problem("docs/\u202eevil/photo.jpg") is not None


def test_limits_come_from_settings_with_a_safe_default() -> None:
    assert Limits.from_settings(None).max_bytes == 25 * 1024 * 1024
    assert Limits.from_settings({"max_attachment_mb": 2}).max_bytes == 2 * 1024 * 1024
    assert Limits.from_settings({"max_attachment_mb": 0.5}).max_bytes == 512 * 1024
    for broken in (0, -3, "ten", True, None, float("nan"), float("inf")):
        assert Limits.from_settings({"max_attachment_mb": broken}) == Limits()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "TIFF", "HEIF"])
def test_image_previews_are_png_within_the_size_asked(fmt: str) -> None:
    import io

    media = {"JPEG": JPEG, "PNG": PNG, "TIFF": TIFF, "HEIF": HEIC}[fmt]
    preview = image_preview(io.BytesIO(image_bytes(fmt, (800, 400))), media, max_side=200)
    with Image.open(io.BytesIO(preview)) as shown:
        assert shown.format == "PNG"
        assert max(shown.size) <= 200


def test_preview_turns_a_photo_upright() -> None:
    import io

    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to show
    preview = image_preview(
        io.BytesIO(image_bytes("JPEG", (400, 200), exif=exif.tobytes())), JPEG, max_side=400
    )
    with Image.open(io.BytesIO(preview)) as shown:
        assert shown.size == (200, 400)
