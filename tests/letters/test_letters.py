"""Decision letters: every kind in every language, read back, rendered, checked and verified."""

from __future__ import annotations

import ast
import io
import os
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from letters_support import APPLICANT, LETTERHEAD, content, with_applicant
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ContentStream

from kvisa_desk.pdf import render as render_module
from kvisa_desk.pdf.model import (
    LANGUAGES,
    LETTER_KINDS,
    Interview,
    VisaTerms,
    canonical_content,
    content_digest,
)
from kvisa_desk.pdf.qr import make_payload, qr_matrix
from kvisa_desk.pdf.render import render_letter
from kvisa_desk.pdf.verify import pdf_sha256, read_letter_qr_payload

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "kvisa_desk" / "pdf"


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces folded, for phrases that may wrap."""
    return " ".join(text.split())


def to_pngs(pdf: bytes, tmp_path: Path, dpi: int = 50, name: str = "page") -> list[Path]:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = tmp_path / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(source), str(tmp_path / name)], check=True
    )
    return sorted(tmp_path.glob(f"{name}-*.png"))


def assert_not_blank(png: Path) -> None:
    with Image.open(png) as image:
        grey = image.convert("L")
        lo, _hi = grey.getextrema()
        assert lo < 128, f"{png.name} is blank"
        dark = sum(grey.histogram()[:200])
        assert dark > 500, f"{png.name} has almost nothing on it"


def qpdf_check(pdf: bytes, tmp_path: Path) -> None:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed (apt-get install -y qpdf)")
    path = tmp_path / "check.pdf"
    path.write_bytes(pdf)
    proc = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "No syntax or stream encoding errors" in proc.stdout


# -- every kind in every language ---------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_every_kind_in_every_language_reads_back(kind: str, language: str, tmp_path: Path) -> None:
    letter = content(kind, language)
    pdf = render_letter(letter, LETTERHEAD)
    texts = pages_text(pdf)
    text = "\n".join(texts)
    folded = flat(text)

    for value in ("ZHANG", "Wei", "张伟", "K1234567", "GBR", "C0000042", "LON-K-2026-000123"):
        assert value in text, value
    assert "Li Ming" in text
    assert "中华人民共和国驻英国大使馆" in text
    if "en" in language:
        assert "15 October 2025" in text and "7 March 1994" in text
        assert "Consul (Visa Section)" in text
        assert "Dear Wei ZHANG," in text
    if "zh" in language:
        assert "2025年10月15日" in text and "1994年3月7日" in text
        assert "领事（签证处）" in text
        # 张伟 is in Chinese characters: the Chinese text greets by it, not by the Latin name.
        assert "尊敬的张伟：" in folded.replace(" ", "")
        assert "尊敬的Wei" not in folded.replace(" ", "")
    if language == "en":
        assert "2025年10月15日" not in text
    if language == "zh":
        assert "15 October 2025" not in text

    titles = {
        "approval": ("Notice of Visa Approval", "签证批准通知书"),
        "refusal": ("Notice of Visa Refusal", "拒签通知书"),
        "request-documents": ("Request for Further Documents", "补充材料通知书"),
        "interview": ("Invitation to Interview", "面谈通知书"),
    }[kind]
    assert (titles[0] in text) == ("en" in language)
    assert (titles[1] in text) == ("zh" in language)

    if kind == "approval":
        assert ("Multiple entries" in text) == ("en" in language)
        assert ("多次" in text) == ("zh" in language)
        assert "180" in text and "90" in text
    if kind == "request-documents":
        assert "Letter from the host laboratory" in text
        if "en" in language:
            assert "Degree certificate" in text and "14 November 2025" in folded
        if "zh" in language:
            assert "学位证书" in text and "2025年11月14日" in folded
    if kind == "interview":
        assert "10:30" in text and "Visa Section, 31 Portland Place, London" in folded
        if "en" in language:
            assert "29 October 2025" in text
        if "zh" in language:
            assert "2025年10月29日" in text

    count = len(texts)
    for number, page in enumerate(texts, start=1):
        if "en" in language:
            assert f"Page {number} of {count}" in page
        if "zh" in language:
            assert f"第{number}页，共{count}页" in page
    assert count == 1, "a letter with an ordinary name fits on one page"

    assert read_letter_qr_payload(pdf) == (letter.reference, content_digest(letter, LETTERHEAD))
    for png in to_pngs(pdf, tmp_path):
        assert_not_blank(png)
    qpdf_check(pdf, tmp_path)


def test_chinese_extracts_as_chinese_not_boxes() -> None:
    text = pages_text(render_letter(content("refusal", "zh"), LETTERHEAD))[0]
    assert "我们遗憾地通知您" in text
    assert "\x00" not in text and "\ufffd" not in text
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    assert len(han) > 100


def test_the_cjk_font_is_embedded_as_a_subset() -> None:
    reader = PdfReader(io.BytesIO(render_letter(content("approval", "en+zh"), LETTERHEAD)))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    names = list(fonts)
    assert any("WenQuanYi" in name or "MicroHei" in name.replace(" ", "") for name in names), names
    for name in names:
        prefix, _, _rest = name.lstrip("/").partition("+")
        assert len(prefix) == 6 and prefix.isupper(), f"{name} is not a subset"
    size = len(render_letter(content("approval", "en+zh"), LETTERHEAD))
    assert size < 150_000, "the whole 5 MB font must not be embedded"


def test_a_refusal_without_grounds_states_none() -> None:
    letter = content("refusal", "en+zh", grounds=())
    text = "\n".join(pages_text(render_letter(letter, LETTERHEAD)))
    assert "has been refused" in flat(text)
    assert "未获批准" in text
    assert "on the following grounds" not in text
    assert "拒签依据如下" not in text
    assert "Other grounds under Article 21" not in text
    # The general statement that no reasons need be given is always there.
    assert "not obliged to give reasons" in flat(text)


def test_a_refusal_states_only_grounds_from_the_closed_list() -> None:
    text = flat("\n".join(pages_text(render_letter(content("refusal", "en+zh"), LETTERHEAD))))
    assert "Other grounds under Article 21" in text
    assert "第二十一条规定的其他情形" in text.replace(" ", "")
    with pytest.raises(ValueError, match="not one a letter may state"):
        content("refusal", grounds=("security_concern",))
    with pytest.raises(ValueError, match="not one a letter may state"):
        content("refusal", grounds=("The applicant has a re-entry ban",))


def test_a_correction_names_the_letter_it_replaces() -> None:
    letter = content(
        "approval", "en+zh", reference="LON-K-2026-000124", replaces="LON-K-2026-000123"
    )
    text = flat("\n".join(pages_text(render_letter(letter, LETTERHEAD))))
    assert "replaces our letter LON-K-2026-000123" in text
    assert "LON-K-2026-000123 的信函" in text
    assert read_letter_qr_payload(render_letter(letter, LETTERHEAD))[0] == "LON-K-2026-000124"  # type: ignore[index]


# -- applicant text is data --------------------------------------------------------------------

TRICKY = [
    ("<b>Eve</b>", "<b>Eve</b>"),
    ("<font size=40>Big</font>", "<font size=40>Big</font>"),
    ("Tom &amp; Jerry", "Tom &amp; Jerry"),
    ("Smith & Sons", "Smith & Sons"),
    ('O\'Brien "Bob"', 'O\'Brien "Bob"'),
    ("<unclosed", "<unclosed"),
    ("</para>]]><!--", "</para>]]><!--"),
    ("&#x41;&lt;", "&#x41;&lt;"),
    ("𠮷田", "𠮷田"),
]


@pytest.mark.parametrize(("name", "printed"), TRICKY)
def test_markup_in_names_prints_literally(name: str, printed: str, tmp_path: Path) -> None:
    letter = with_applicant(content("approval", "en+zh"), surname=name, native_name=name)
    pdf = render_letter(letter, LETTERHEAD)
    texts = pages_text(pdf)
    assert len(texts) == 1, "the layout did not change"
    assert texts[0].count(printed) >= 2, texts[0][:800]
    assert _largest_font_size(pdf) <= 15.5, "no markup in the data changed a font size"
    for png in to_pngs(pdf, tmp_path):
        assert_not_blank(png)


# Issue 18, item 11: letters printed `[U+2070E]` for names outside the Basic Multilingual
# Plane; CJK Extension B (and Extension A) names exist in Hong Kong and Taiwan.
EXTENSION_NAMES = {
    "陳𠜎明": "HanazonoExtB",  # U+2070E
    "林𡘙": "HanazonoExtB",  # U+21619
    "刘䶮": "HanazonoExtA",  # U+4DAE
}


@pytest.mark.parametrize("native", list(EXTENSION_NAMES))
def test_names_beyond_the_base_font_print_in_the_fallback_font(native: str, tmp_path: Path) -> None:
    letter = with_applicant(content("approval", "en+zh"), native_name=native)
    pdf = render_letter(letter, LETTERHEAD)
    reader = PdfReader(io.BytesIO(pdf))
    fonts = {
        str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()
    }
    wanted = EXTENSION_NAMES[native]
    assert any(wanted in name for name in fonts), fonts
    text = reader.pages[0].extract_text()
    assert native in text and "[U+" not in text  # copied, searched and read back as written
    assert len(pdf) < 200_000  # the fallback is embedded as a subset, not whole
    for png in to_pngs(pdf, tmp_path):
        assert_not_blank(png)


@pytest.mark.parametrize("name", ["Smith 😀", "李\U0001f600", "\U00013000王"])
def test_a_character_no_font_has_refuses_the_letter_naming_it(name: str) -> None:
    from kvisa_desk.pdf.fonts import UnprintableCharacter

    letter = with_applicant(content("approval", "en+zh"), surname=name)
    with pytest.raises(UnprintableCharacter, match=r"U\+(1F600|13000) \(") as refused:
        render_letter(letter, LETTERHEAD)
    assert refused.value.character in name


def _largest_font_size(pdf: bytes) -> float:
    largest = 0.0
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                largest = max(largest, float(operands[1]))
    return largest


def test_right_to_left_and_other_scripts_print_in_their_fonts() -> None:
    cases = {
        "محمد الفارسي": "KVisaArabic",
        "דנה כהן": "KVisaHebrew",
        "अनिल कुमार": "KVisaDevanagari",
        "สมชาย ใจดี": "KVisaThai",
    }
    for native, font in cases.items():
        letter = with_applicant(content("approval", "en"), native_name=native)
        pdf = render_letter(letter, LETTERHEAD)
        reader = PdfReader(io.BytesIO(pdf))
        used = {
            str(f.get_object()["/BaseFont"])
            for f in reader.pages[0]["/Resources"]["/Font"].values()
        }
        assert any(font[len("KVisa") :] in name for name in used), (native, used)
        text = unicodedata.normalize("NFKC", reader.pages[0].extract_text())
        if font != "KVisaThai":  # pypdf reorders some Thai vowels on extraction
            assert native in text, (native, text[:600])


def test_a_300_character_name_wraps_inside_the_page(tmp_path: Path) -> None:
    long_name = ("Wolfeschlegelsteinhausenbergerdorff" * 9)[:300]
    spaced = " ".join(["Maria"] * 60)[:300]
    letter = with_applicant(content("refusal", "en+zh"), surname=long_name, given_names=spaced)
    pdf = render_letter(letter, LETTERHEAD)
    text = "".join(pages_text(pdf))
    assert "".join(text.split()).count("Wolfeschlegelsteinhausenbergerdorff") >= 2 * 8
    assert len(pages_text(pdf)) <= 2
    # Nothing is drawn in the right margin: the text wrapped inside its column.
    width_mm = 210
    for png in to_pngs(pdf, tmp_path, dpi=50):
        with Image.open(png) as image:
            grey = image.convert("L")
            px_per_mm = grey.width / width_mm
            left = int((width_mm - 22 + 1.5) * px_per_mm)
            margin = grey.crop((left, 0, grey.width, grey.height))
            assert margin.getextrema()[0] > 200, f"{png.name}: something runs into the margin"


# -- determinism, digests, verification ---------------------------------------------------------


def test_the_same_letter_gives_the_same_bytes() -> None:
    letter = content("refusal", "en+zh")
    first = render_letter(letter, LETTERHEAD)
    assert render_letter(letter, LETTERHEAD) == first
    assert render_letter(replace(letter), LETTERHEAD) == first


def test_the_bytes_do_not_depend_on_the_process_clock_or_settings() -> None:
    """Another process, with SOURCE_DATE_EPOCH set and another hash seed, and ReportLab's
    own output settings changed, still gives the very same file."""
    here = render_letter(content("interview", "en+zh"), LETTERHEAD)
    script = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from reportlab import rl_config; rl_config.useA85 = 1; rl_config.invariant = 0\n"
        "from letters_support import LETTERHEAD, content\n"
        "from kvisa_desk.pdf.render import render_letter\n"
        "sys.stdout.buffer.write(render_letter(content('interview', 'en+zh'), LETTERHEAD))\n"
    )
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1234567890", "PYTHONHASHSEED": "12345"}
    proc = subprocess.run(
        [sys.executable, "-c", script, str(Path(__file__).parent)],
        capture_output=True, env=env, cwd=REPO, check=True,
    )  # fmt: skip
    assert proc.stdout == here


def test_dates_and_id_are_fixed_by_the_content() -> None:
    letter = content("approval", "en")
    reader = PdfReader(io.BytesIO(render_letter(letter, LETTERHEAD)))
    meta = reader.metadata
    assert meta is not None
    assert meta["/CreationDate"] == "D:20251015000000+00'00'"
    assert meta["/ModDate"] == "D:20251015000000+00'00'"
    other = PdfReader(
        io.BytesIO(render_letter(replace(letter, reference="LON-K-2026-000999"), LETTERHEAD))
    )
    assert reader.trailer["/ID"][0] != other.trailer["/ID"][0]


def test_any_printed_change_changes_the_digest() -> None:
    letter = content("approval", "en+zh")
    digest = content_digest(letter, LETTERHEAD)
    assert len(digest) == 64 and digest == content_digest(replace(letter), LETTERHEAD)
    changed = [
        replace(letter, reference="LON-K-2026-000124"),
        replace(letter, issue_date=date(2025, 10, 16)),
        replace(letter, language="en"),
        replace(letter, officer_name="Li Ming "),
        replace(letter, terms=VisaTerms("2", 180, 90)),
        with_applicant(letter, passport_number="K1234568"),
        with_applicant(letter, native_name="张 伟"),
    ]
    digests = {content_digest(c, LETTERHEAD) for c in changed}
    assert digest not in digests and len(digests) == len(changed)
    assert content_digest(letter, replace(LETTERHEAD, phone="+44 1")) != digest
    assert b'"format":"kvisa-letter/1"' in canonical_content(letter, LETTERHEAD)


def test_verification_reads_the_payload_and_rejects_other_files() -> None:
    letter = content("refusal", "en+zh")
    pdf = render_letter(letter, LETTERHEAD)
    digest = content_digest(letter, LETTERHEAD)
    assert read_letter_qr_payload(pdf) == ("LON-K-2026-000123", digest)
    assert read_letter_qr_payload(b"") is None
    assert read_letter_qr_payload(b"not a pdf at all") is None
    assert read_letter_qr_payload(pdf[: len(pdf) // 3]) is None
    assert read_letter_qr_payload(b"%PDF-1.4\n%%EOF\n") is None
    from letters_support import summary

    from kvisa_desk.pdf.summary import render_case_summary

    assert read_letter_qr_payload(render_case_summary(summary(), "en")) is None
    # One changed byte changes the file's hash (what verify-letter compares).
    index = pdf.index(b"/Producer")
    tampered = pdf[:index] + b"/Producex" + pdf[index + 9 :]
    assert pdf_sha256(tampered) != pdf_sha256(pdf)
    assert len(pdf_sha256(pdf)) == 64


def test_the_printed_qr_code_is_the_payload(tmp_path: Path) -> None:
    """Sample the rendered page where the code is drawn, module by module, and compare with
    the code of the payload (no QR decoder needed)."""
    letter = content("approval", "en")
    pdf = render_letter(letter, LETTERHEAD)
    payload = make_payload(letter.reference, content_digest(letter, LETTERHEAD))
    matrix = qr_matrix(payload)
    (png,) = to_pngs(pdf, tmp_path, dpi=300)
    mm = 72 / 25.4
    with Image.open(png) as image:
        grey = image.convert("L")
        scale = grey.width / render_module.PAGE_WIDTH  # pixels per point
        size = render_module.QR_SIZE
        left = render_module.MARGIN_X
        bottom = render_module.BOTTOM - 4 * mm - 2.5 * mm - size
        top_px = (render_module.PAGE_HEIGHT - bottom - size) * scale
        module = size / len(matrix) * scale
        wrong = 0
        for r, row in enumerate(matrix):
            for c, dark in enumerate(row):
                x = (left * scale) + (c + 0.5) * module
                y = top_px + (r + 0.5) * module
                value = grey.getpixel((round(x), round(y)))
                assert isinstance(value, int)
                wrong += (value < 128) != dark
    assert wrong == 0, f"{wrong} modules differ"


# -- structure ----------------------------------------------------------------------------------


def test_model_rejects_incomplete_or_mismatched_letters() -> None:
    with pytest.raises(ValueError, match="needs terms"):
        content("approval", terms=None)
    with pytest.raises(ValueError, match="does not print interview"):
        content("approval", interview=content("interview").interview)
    with pytest.raises(ValueError, match="letter reference"):
        content("refusal", reference="LON|K|1")
    with pytest.raises(ValueError, match="cannot replace itself"):
        content("refusal", replaces="LON-K-2026-000123")
    with pytest.raises(ValueError, match="entries"):
        VisaTerms("3", 10, 10)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="place"):
        Interview(at=content("interview").interview.at, place=" ")  # type: ignore[union-attr]


def test_both_languages_have_the_same_texts() -> None:
    import tomllib

    def keys(node: object, prefix: str = "") -> set[str]:
        if isinstance(node, dict):
            out = set()
            for k, v in node.items():
                out |= keys(v, f"{prefix}.{k}" if prefix else k)
            return out
        return {prefix}

    folder = REPO / "resources" / "letters"
    en = tomllib.loads((folder / "en.toml").read_text("utf-8"))
    zh = tomllib.loads((folder / "zh.toml").read_text("utf-8"))
    assert keys(en) == keys(zh)
    for kind in LETTER_KINDS:
        for part in ("body", "after"):
            assert len(en[kind][part]) == len(zh[kind][part]), (kind, part)


def test_letters_package_imports_no_qt_database_or_core() -> None:
    forbidden = ("PySide6", "sqlalchemy", "kvisa_desk.core", "kvisa_desk.store",
                 "kvisa_desk.ui", "kvisa_desk.cli")  # fmt: skip
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                if any(name == bad or name.startswith(bad + ".") for bad in forbidden):
                    offenders.append(f"{path.name} imports {name}")
    assert offenders == []


# -- nationality and greeting in the letter's language -----------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_nationality_prints_as_the_country_name_in_each_language(language: str) -> None:
    from kvisa_desk.core.countries import nationality_name

    applicant = replace(
        APPLICANT,
        nationality="DEU",
        nationality_en=nationality_name("DEU", "en"),
        nationality_zh=nationality_name("DEU", "zh"),
    )
    text = "\n".join(
        pages_text(render_letter(content("approval", language, applicant=applicant), LETTERHEAD))
    )
    assert ("Germany" in text) == ("en" in language)
    assert ("德国" in text) == ("zh" in language)
    assert "DEU" not in text


def test_country_names_cover_icao_codes_and_fall_back_to_the_code() -> None:
    from kvisa_desk.core.countries import nationality_name

    assert (
        nationality_name("SGP", "zh") == "新加坡" and nationality_name("SGP", "en") == "Singapore"
    )
    assert nationality_name("D", "en") == "Germany" and nationality_name("D<<", "zh") == "德国"
    assert (
        nationality_name("HKG", "zh") == "中国香港" and nationality_name("XXA", "zh") == "无国籍人"
    )
    assert nationality_name("ZZZ", "zh") == "ZZZ"


@pytest.mark.parametrize(
    ("native", "greeting"),
    [
        ("张伟", "尊敬的张伟："),
        ("Müller", "尊敬的WeiZHANG："),
        ("Иван", "尊敬的WeiZHANG："),
        (None, "尊敬的WeiZHANG："),
    ],
)
def test_the_chinese_text_greets_by_a_native_name_only_in_chinese_characters(
    native: str | None, greeting: str
) -> None:
    applicant = replace(APPLICANT, native_name=native)
    pdf = render_letter(content("refusal", "en+zh", applicant=applicant), LETTERHEAD)
    text = flat("\n".join(pages_text(pdf))).replace(" ", "")
    assert greeting in text
    assert "DearWeiZHANG," in text  # the English text keeps the Latin name
