"""Decision letters as PDF: `render_letter(content, letterhead) -> bytes`.

A4, ReportLab Platypus for the flowing text, the canvas for the letterhead and footers.
Wording comes from resources/letters/<lang>.toml; every data value is escaped and set in a
font that has its characters (`fonts.markup`). A bilingual letter prints the English text,
then the Chinese text, under one letterhead, applicant block and signature.

Each page's footer carries the verification QR code (`KVISA1|<reference>|<digest>`), the
reference and "Page N of M"; the same payload is in the PDF's information dictionary
under /KVisaLetter (see `verify.read_letter_qr_payload`). The output is deterministic:
the same content and letterhead always give the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
)

from kvisa_desk.pdf._canvas import PRODUCER, CountingCanvas, pinned_settings
from kvisa_desk.pdf.fields import CellStyle, FieldGrid
from kvisa_desk.pdf.fonts import (
    BASE_FONT,
    TextLine,
    draw_text,
    draw_texts,
    ensure_fonts,
    markup,
    refusing_unprintable,
)
from kvisa_desk.pdf.model import LetterContent, Letterhead, content_digest
from kvisa_desk.pdf.page import PAGE_HEIGHT, PAGE_SIZE, PAGE_WIDTH
from kvisa_desk.pdf.qr import define_qr_form, make_payload, place_qr
from kvisa_desk.pdf.texts import Texts, languages_of, load_texts

MARGIN_X = 22 * mm
FIRST_TOP = 44 * mm  # room for the letterhead
LATER_TOP = 20 * mm
BOTTOM = 28 * mm  # room for the footer with the QR code
QR_SIZE = 17 * mm
LONG_VALUE = 120  # characters past which a particular gets a row of its own
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.55, 0.1, 0.1)  # a dark red rule under the letterhead
SHADE = colors.Color(0.94, 0.94, 0.94)

_LANGUAGE_TAGS = {"en": "en-GB", "zh": "zh-Hans", "en+zh": "en-GB"}


@dataclass(frozen=True)
class _Styles:
    body: ParagraphStyle
    title: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    closing: ParagraphStyle


@cache
def _styles(language: str) -> _Styles:
    """Paragraph styles for one text language ("en" or "zh"); Chinese wraps per character."""
    cjk = language == "zh"
    wrap = "CJK" if cjk else None
    leading = 15.5 if cjk else 13.5
    body = ParagraphStyle(
        f"kv-body-{language}",
        fontName=BASE_FONT,
        fontSize=10,
        leading=leading,
        spaceAfter=4,
        wordWrap=wrap,
        splitLongWords=1,
        textColor=INK,
    )
    return _Styles(
        body=body,
        title=ParagraphStyle(
            f"kv-title-{language}",
            parent=body,
            fontSize=15,
            leading=20,
            alignment=TA_CENTER,
            spaceAfter=2,
        ),
        label=ParagraphStyle(
            f"kv-label-{language}", parent=body, fontSize=7.5, leading=9.5, spaceAfter=0,
            textColor=GREY, wordWrap=None,
        ),
        value=ParagraphStyle(
            f"kv-value-{language}", parent=body, fontSize=10, leading=13, spaceAfter=0,
            wordWrap=None,
        ),
        bullet=ParagraphStyle(
            f"kv-bullet-{language}",
            parent=body,
            leftIndent=16,
            bulletIndent=4,
            bulletFontName=BASE_FONT,
            spaceAfter=1.5,
        ),
        small=ParagraphStyle(
            f"kv-small-{language}", parent=body, fontSize=8, leading=10, spaceAfter=0,
            textColor=GREY,
        ),
        closing=ParagraphStyle(f"kv-closing-{language}", parent=body, spaceAfter=2),
    )  # fmt: skip


# -- the parts of a letter ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Letter:
    content: LetterContent
    letterhead: Letterhead
    langs: tuple[str, ...]
    texts: tuple[Texts, ...]
    payload: str
    draft: bool = False  # shown before issue: no number, no QR code, marked DRAFT

    def reference_in(self, texts: Texts) -> str:
        """The reference as TEXTS' language prints it; a draft has none yet."""
        return texts.text("labels.draft_reference") if self.draft else self.content.reference

    def label(self, key: str) -> str:
        """A label in the letter's language(s): "Date of birth 出生日期" when bilingual."""
        return "  ".join(t.text(f"labels.{key}") for t in self.texts)

    def values(self, texts: Texts) -> dict[str, str]:
        c, lh = self.content, self.letterhead
        values = {
            "applicant_name": c.applicant.name_in(texts.language),
            "reference": self.reference_in(texts),
            "case_ref": c.case_ref,
            "issue_date": texts.date(c.issue_date),
            "post_name": lh.post_name_zh if texts.language == "zh" else lh.post_name_en,
            "replaces": c.replaces or "",
            "officer_name": c.officer_name,
        }
        if c.request is not None:
            values["reply_by"] = texts.date(c.request.reply_by)
        if c.interview is not None:
            values["interview_date"] = texts.date(c.interview.at.date())
            values["interview_time"] = texts.time(c.interview.at)
            values["interview_place"] = c.interview.place
        return values


def _cell_styles(lang: str) -> tuple[CellStyle, CellStyle]:
    styles = _styles(lang)
    return (
        CellStyle(7.5, 9.5, GREY, styles.label),
        CellStyle(10, 13, INK, styles.value),
    )


def _header_table(letter: _Letter) -> Flowable:
    c = letter.content
    dates = " / ".join(t.date(c.issue_date) for t in letter.texts)
    reference = letter.label("draft_reference") if letter.draft else c.reference
    rows = [
        (letter.label("reference"), reference),
        (letter.label("case_ref"), c.case_ref),
        (letter.label("date"), dates),
    ]
    if c.replaces:
        rows.append((letter.label("replaces"), c.replaces))
    label, value = _cell_styles(letter.langs[0])
    label = CellStyle(8, 10, GREY, label.paragraph)
    grid = FieldGrid(
        rows, [38 * mm, TEXT_WIDTH - 38 * mm], label, value,
        shade=colors.white, rule=colors.white,
    )  # fmt: skip
    return grid


def _titles(letter: _Letter) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 3 * mm)]
    for lang, texts in zip(letter.langs, letter.texts, strict=True):
        out.append(Paragraph(texts.fill(f"{letter.content.kind}.title"), _styles(lang).title))
    out.append(Spacer(1, 3 * mm))
    return out


def _applicant_table(letter: _Letter) -> Flowable:
    """The applicant's particulars, two label-value pairs a row."""
    a = letter.content.applicant
    dob = "\n".join(t.date(a.date_of_birth) for t in letter.texts)
    pairs: list[tuple[str, str]] = [
        ("surname", a.surname),
        ("given_names", a.given_names),
    ]
    if a.native_name:
        pairs.append(("native_name", a.native_name))
    # Each language's name once ("Germany\n德国"); an unknown code only once.
    nationality = "\n".join(dict.fromkeys(a.nationality_in(t.language) for t in letter.texts))
    pairs += [
        ("date_of_birth", dob),
        ("nationality", nationality),
        ("passport_number", a.passport_number),
    ]
    rows = [(letter.label(key), value) for key, value in pairs]
    label_w = 33 * mm
    value_w = (TEXT_WIDTH - 2 * label_w) / 2
    widths = [label_w, value_w, label_w, value_w]
    if max(len(value) for _, value in rows) > LONG_VALUE:
        # One pair a row, the value page-wide: a name of 1,000 characters still fits a page.
        widths = [label_w, TEXT_WIDTH - label_w]
    elif len(rows) % 2:
        rows.append(("", ""))
    label, value = _cell_styles(letter.langs[0])
    return FieldGrid(rows, widths, label, value, shade=SHADE, rule=colors.Color(0.7, 0.7, 0.7))


def _details_table(
    columns: Sequence[tuple[str, str]], lang: str, widths: Sequence[float]
) -> Flowable:
    """One row of values under a row of their labels (plain text)."""
    label, value = _cell_styles(lang)
    return FieldGrid(
        columns, widths, label, value, layout="stacked",
        shade=SHADE, rule=colors.Color(0.7, 0.7, 0.7), box=True,
    )  # fmt: skip


def _kind_details(letter: _Letter, texts: Texts, styles: _Styles) -> list[Flowable]:
    c = letter.content
    out: list[Flowable] = []
    if c.kind == "approval" and c.terms is not None:
        out.append(Paragraph(texts.fill("approval.details_intro"), styles.body))
        entries = texts.lookup("entries", c.terms.entries) or c.terms.entries
        columns = [
            (texts.text("approval.entries"), entries),
            (texts.text("approval.validity"), texts.days(c.terms.validity_days)),
            (texts.text("approval.stay"), texts.days(c.terms.stay_days)),
        ]
        widths = [TEXT_WIDTH / 3] * 3
        out += [_details_table(columns, texts.language, widths), Spacer(1, 3 * mm)]
    elif c.kind == "refusal" and c.grounds:
        out.append(Paragraph(texts.fill("refusal.grounds_intro"), styles.body))
        for ground in c.grounds:
            wording = texts.lookup("refusal_grounds", ground) or ground
            out.append(Paragraph(markup(wording), styles.bullet, bulletText="•"))
        out.append(Spacer(1, 2 * mm))
    elif c.kind == "request-documents" and c.request is not None:
        for number, item in enumerate(c.request.documents, start=1):
            wording = texts.lookup("document_types", item) or item
            out.append(Paragraph(markup(wording), styles.bullet, bulletText=f"{number}."))
        out.append(Spacer(1, 2 * mm))
    elif c.kind == "interview" and c.interview is not None:
        columns = [
            (texts.text("interview.date"), texts.date(c.interview.at.date())),
            (texts.text("interview.time"), texts.time(c.interview.at)),
            (texts.text("interview.place"), c.interview.place),
        ]
        widths = [40 * mm, 20 * mm, TEXT_WIDTH - 60 * mm]
        out += [_details_table(columns, texts.language, widths), Spacer(1, 3 * mm)]
    return out


def _language_section(letter: _Letter, lang: str, texts: Texts) -> list[Flowable]:
    styles = _styles(lang)
    values = letter.values(texts)
    kind = letter.content.kind
    out: list[Flowable] = [Paragraph(texts.fill("letter.salutation", values), styles.body)]
    out += [Paragraph(_fill(texts, t, values), styles.body) for t in texts.texts(f"{kind}.body")]
    out += _kind_details(letter, texts, styles)
    out += [Paragraph(_fill(texts, t, values), styles.body) for t in texts.texts(f"{kind}.after")]
    if letter.content.replaces:
        out.append(Paragraph(texts.fill("letter.replaces", values), styles.body))
    return out


def _fill(texts: Texts, template: str, values: dict[str, str]) -> str:
    from kvisa_desk.pdf.texts import fill

    return fill(template, values, where=f"{texts.language}.toml")


def _signature(letter: _Letter) -> list[Flowable]:
    """Closing, the officer's name and title, the post: kept together on one page."""
    c = letter.content
    parts: list[Flowable] = [Spacer(1, 2 * mm)]
    for lang, texts in zip(letter.langs, letter.texts, strict=True):
        lines = "<br/>".join(markup(line) for line in texts.texts("letter.closing"))
        parts.append(Paragraph(lines, _styles(lang).closing))
    parts.append(Spacer(1, 7 * mm))
    styles = _styles(letter.langs[-1])
    titles = []
    if "en" in letter.langs or not c.officer_title_zh:
        titles.append(c.officer_title)
    if "zh" in letter.langs and c.officer_title_zh:
        titles.append(c.officer_title_zh)
    signed = [markup(c.officer_name), *(markup(title) for title in titles)]
    parts.append(Paragraph("<br/>".join(signed), styles.value))
    return parts


def _story(letter: _Letter) -> list[Flowable]:
    story: list[Flowable] = [NextPageTemplate("later"), _header_table(letter)]
    story += _titles(letter)
    story += [_applicant_table(letter), Spacer(1, 4 * mm)]
    for index, (lang, texts) in enumerate(zip(letter.langs, letter.texts, strict=True)):
        if index:
            story += [
                Spacer(1, 2 * mm),
                HRFlowable(width="100%", thickness=0.5, color=GREY, spaceAfter=3 * mm),
            ]
        story += _language_section(letter, lang, texts)
    # The signature never stands alone on a page: the last paragraph goes with it.
    last = story.pop()
    story.append(KeepTogether([last, *_signature(letter)]))
    return story


# -- page decorations -------------------------------------------------------------------------


def _draw_letterhead(canvas: Canvas, letter: _Letter) -> None:
    lh = letter.letterhead
    centre = PAGE_WIDTH / 2
    canvas.saveState()
    y = PAGE_HEIGHT - 15 * mm
    lines: list[TextLine] = [(centre, y, lh.post_name_zh, 15, "centre")]
    y -= 6.5 * mm
    lines.append((centre, y, lh.post_name_en, 12, "centre"))
    y -= 5.5 * mm
    for line in lh.address_lines:
        lines.append((centre, y, line, 8.5, "centre"))
        y -= 3.8 * mm
    contact = []
    if lh.phone:
        contact.append(f"{letter.label('tel')} {lh.phone}")
    if lh.email:
        contact.append(f"{letter.label('email')} {lh.email}")
    if contact:
        lines.append((centre, y, "   ·   ".join(contact), 8.5, "centre"))
    draw_texts(canvas, lines, [INK, INK, *([GREY] * (len(lines) - 2))])
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(1.2)
    rule_y = PAGE_HEIGHT - FIRST_TOP + 5 * mm
    canvas.line(MARGIN_X, rule_y, PAGE_WIDTH - MARGIN_X, rule_y)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, rule_y - 1.2 * mm, PAGE_WIDTH - MARGIN_X, rule_y - 1.2 * mm)
    canvas.restoreState()


def _draw_running_head(canvas: Canvas, letter: _Letter) -> None:
    lh, c = letter.letterhead, letter.content
    canvas.saveState()
    canvas.setFillColor(GREY)
    y = PAGE_HEIGHT - 13 * mm
    name = lh.post_name_zh if letter.langs == ("zh",) else lh.post_name_en
    draw_text(canvas, MARGIN_X, y, name, 8.5)
    shown = letter.label("draft") if letter.draft else c.reference
    draw_text(canvas, PAGE_WIDTH - MARGIN_X, y, shown, 8.5, align="right")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, y - 2.5 * mm, PAGE_WIDTH - MARGIN_X, y - 2.5 * mm)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, letter: _Letter, page: int, pages: int) -> None:
    canvas.saveState()
    rule_y = BOTTOM - 4 * mm
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, rule_y, PAGE_WIDTH - MARGIN_X, rule_y)
    if letter.draft:
        _draw_draft_mark(canvas, letter)
    else:
        place_qr(canvas, MARGIN_X, rule_y - 2.5 * mm - QR_SIZE)
    canvas.setFillColor(GREY)
    lines: list[TextLine] = []
    x = MARGIN_X + (0 if letter.draft else QR_SIZE + 4 * mm)
    y = rule_y - 6 * mm
    for texts in letter.texts:
        if letter.draft:
            verify = texts.text("labels.draft_notice")
        else:
            verify = texts.plain("labels.verify", {"reference": letter.content.reference})
        lines.append((x, y, verify, 7.5, "left"))
        y -= 3.6 * mm
    numbers = {"page": str(page), "pages": str(pages)}
    y = rule_y - 6 * mm
    for texts in letter.texts:
        label = texts.plain("labels.page", numbers)
        lines.append((PAGE_WIDTH - MARGIN_X, y, label, 8.5, "right"))
        y -= 4 * mm
    draw_texts(canvas, lines)
    canvas.restoreState()


def _draw_draft_mark(canvas: Canvas, letter: _Letter) -> None:
    """DRAFT / 草稿 across the page, light enough to read the letter through."""
    canvas.saveState()
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(35)
    canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.18))
    size = 96 if len(letter.langs) == 1 else 64  # "DRAFT  草稿" within the page
    draw_text(canvas, 0, 0, letter.label("draft"), size, align="centre")
    canvas.restoreState()


# -- the document -----------------------------------------------------------------------------


def _letter(content: LetterContent, letterhead: Letterhead, draft: bool) -> _Letter:
    langs = languages_of(content.language)
    texts = tuple(load_texts(lang) for lang in langs)
    payload = make_payload(content.reference, content_digest(content, letterhead))
    return _Letter(content, letterhead, langs, texts, payload, draft)


def render_letter(content: LetterContent, letterhead: Letterhead, *, draft: bool = False) -> bytes:
    """The letter as PDF bytes; the same arguments always give the same bytes. A DRAFT
    prints no reference and no QR code and is marked DRAFT across every page.

    UnprintableCharacter (naming it) when a text holds a character no bundled
    font has: never a stand-in in an official letter.
    """
    ensure_fonts()
    letter = _letter(content, letterhead, draft)
    buffer = io.BytesIO()
    first = Frame(
        MARGIN_X, BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - FIRST_TOP - BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="first",
    )  # fmt: skip
    later = Frame(
        MARGIN_X, BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - LATER_TOP - BOTTOM - 4 * mm,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="later",
    )  # fmt: skip
    title = " / ".join(t.text(f"{content.kind}.title") for t in letter.texts)
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=LATER_TOP,
        bottomMargin=BOTTOM,
        title=f"{title} {content.reference}",
        author=f"{letterhead.post_name_en} / {letterhead.post_name_zh}",
        subject=f"{content.reference} {content.case_ref}",
        creator="KVisa Desk",
        producer=PRODUCER,
        keywords=[],
        initialFontName=BASE_FONT,  # not Helvetica: every font on the pages is embedded
        initialFontSize=10,
        invariant=1,
        pageCompression=1,
        lang=_LANGUAGE_TAGS[content.language],
        pageTemplates=[
            PageTemplate("first", [first], onPage=lambda c, _d: _draw_letterhead(c, letter)),
            PageTemplate("later", [later], onPage=lambda c, _d: _draw_running_head(c, letter)),
        ],
    )
    canvasmaker = CountingCanvas.maker(
        day=content.issue_date,
        id_seed=letter.payload,
        footer=lambda c, page, pages: _draw_footer(c, letter, page, pages),
        forms=lambda c: define_qr_form(c, letter.payload, QR_SIZE),
        payload=letter.payload,
    )
    # An official letter prints names exactly as given: a character no font has refuses it.
    with pinned_settings(), refusing_unprintable():
        doc.build(_story(letter), canvasmaker=canvasmaker)
    return buffer.getvalue()
