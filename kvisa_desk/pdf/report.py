"""The post's dashboard as a PDF report: key figures and bar charts in ReportLab graphics.

Headless (no Qt): the charts are drawn with `reportlab.graphics` shapes from plain `Chart`
values the caller (core) makes, the same values the window's charts draw with QPainter.
Each page carries the period, "Page N of M" and a personal-data notice. Same input, same
bytes.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import asdict
from datetime import date, datetime

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kvisa_desk.pdf._canvas import PRODUCER, CountingCanvas, pinned_settings
from kvisa_desk.pdf.fonts import BASE_FONT, TextLine, draw_texts, ensure_fonts, font_for_text
from kvisa_desk.pdf.fonts import markup as _markup
from kvisa_desk.pdf.page import (
    BOTTOM,
    FOOTER_Y,
    HEADER_Y,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_SIZE,
    PAGE_WIDTH,
    TOP,
    WIDTH,
)
from kvisa_desk.pdf.report_model import Bar, Chart, FiguresReport

# -- layout ---------------------------------------------------------------------------------

GREY = colors.Color(0.35, 0.35, 0.35)
LINE = colors.Color(0.75, 0.75, 0.75)
BAR = colors.Color(0.22, 0.42, 0.66)
WARN = colors.Color(0.72, 0.2, 0.15)
RULE = colors.Color(0.55, 0.1, 0.1)
ROW = 5.2 * mm  # one horizontal bar
LABEL_SIZE = 7.5
MAX_BARS = 30  # longer lists (officers, nationalities) show the first 30 and say so


def _styles(language: str = "en") -> dict[str, ParagraphStyle]:
    wrap = None if language == "en" else "CJK"  # Chinese breaks between characters
    base = ParagraphStyle("kv-rep", fontName=BASE_FONT, fontSize=9, leading=12, wordWrap=wrap)
    return {
        "title": ParagraphStyle("kv-rep-title", parent=base, fontSize=16, leading=20),
        "sub": ParagraphStyle("kv-rep-sub", parent=base, textColor=GREY, spaceAfter=6),
        "heading": ParagraphStyle(
            "kv-rep-h", parent=base, fontSize=11, leading=14, textColor=RULE, spaceBefore=8,
            spaceAfter=3,
        ),
        "cell": base,
        "note": ParagraphStyle("kv-rep-note", parent=base, fontSize=8, textColor=GREY),
    }  # fmt: skip


def _string(
    x: float, y: float, text: str, size: float, anchor: str = "start", **kw: object
) -> String:
    return String(x, y, text, fontName=font_for_text(text), fontSize=size, textAnchor=anchor, **kw)


def _shorten(text: str, size: float, room: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = font_for_text(text)
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text + "…"


def bar_drawing(chart: Chart, width: float = WIDTH, empty: str = "none in this period") -> Drawing:
    """Horizontal bars: the label on the left, the bar, its value printed after it."""
    bars = chart.bars[:MAX_BARS]
    label_room, text_room = 42 * mm, 36 * mm
    room = width - label_room - text_room
    top = max((b.value for b in bars), default=0) or 1
    height = ROW * max(len(bars), 1) + 2 * mm
    d = Drawing(width, height)
    if not bars:
        d.add(_string(0, height - ROW + 1.5 * mm, empty, LABEL_SIZE, fillColor=GREY))
        return d
    d.add(Line(label_room, 0, label_room, height, strokeColor=LINE, strokeWidth=0.5))
    for i, b in enumerate(bars):
        y = height - (i + 1) * ROW
        label = _shorten(b.label, LABEL_SIZE, label_room - 3 * mm)
        d.add(_string(label_room - 2 * mm, y + 1.5 * mm, label, LABEL_SIZE, "end"))
        length = room * (b.value / top)
        if length > 0:
            d.add(Rect(label_room, y + 0.8 * mm, length, ROW - 1.6 * mm, strokeColor=None,
                       fillColor=WARN if b.highlight else BAR))  # fmt: skip
        d.add(_string(label_room + length + 1.5 * mm, y + 1.5 * mm, b.text, LABEL_SIZE))
    return d


def column_drawing(
    chart: Chart, width: float = WIDTH, height: float = 48 * mm, empty: str = "none in this period"
) -> Drawing:
    """Vertical columns for a series in time order (received per week), an axis of counts."""
    bars = chart.bars
    d = Drawing(width, height)
    if not bars:
        d.add(_string(0, height - 5 * mm, empty, LABEL_SIZE, fillColor=GREY))
        return d
    axis_x, base_y, head = 12 * mm, 9 * mm, 5 * mm
    room_w, room_h = width - axis_x, height - base_y - head
    top = max(b.value for b in bars) or 1
    step = room_w / len(bars)
    d.add(Line(axis_x, base_y, width, base_y, strokeColor=GREY, strokeWidth=0.5))
    d.add(_string(axis_x - 1.5 * mm, base_y + room_h - 1 * mm, f"{top:,.0f}", 6.5, "end"))
    d.add(_string(axis_x - 1.5 * mm, base_y - 1 * mm, "0", 6.5, "end"))
    label_every = max(1, int(len(bars) / (room_w / (14 * mm))) + 1)
    for i, b in enumerate(bars):
        x = axis_x + i * step
        h = room_h * (b.value / top)
        if h > 0:
            d.add(Rect(x + step * 0.12, base_y, step * 0.76, h, strokeColor=None,
                       fillColor=WARN if b.highlight else BAR))  # fmt: skip
        if len(bars) <= 26:
            d.add(_string(x + step / 2, base_y + h + 1 * mm, b.text, 6, "middle"))
        if i % label_every == 0:
            d.add(_string(x + step / 2, base_y - 4 * mm, b.label, 6, "middle", fillColor=GREY))
    return d


def legend_drawing(chart: Chart, width: float = WIDTH) -> Drawing | None:
    """The key under a chart: a swatch of each colour it uses and what that colour means."""
    if not chart.legend:
        return None
    from reportlab.pdfbase.pdfmetrics import stringWidth

    d = Drawing(width, ROW)
    x = 0.0
    for colour, words in chart.legend:
        d.add(Rect(x, 1.2 * mm, 3 * mm, 3 * mm, strokeColor=None,
                   fillColor=WARN if colour == "warn" else BAR))  # fmt: skip
        d.add(_string(x + 4.5 * mm, 1.5 * mm, words, LABEL_SIZE))
        x += 4.5 * mm + stringWidth(words, font_for_text(words), LABEL_SIZE) + 6 * mm
    return d


def _chart_block(
    chart: Chart, st: dict[str, ParagraphStyle], report: FiguresReport
) -> list[Flowable]:
    if chart.columns:
        drawing = column_drawing(chart, empty=report.empty)
    else:
        drawing = bar_drawing(chart, empty=report.empty)
    block: list[Flowable] = [Paragraph(_markup(chart.title), st["heading"]), drawing]
    legend = legend_drawing(chart)
    if legend is not None and chart.bars:
        block += [Spacer(1, 1 * mm), legend]
    note = chart.note
    if len(chart.bars) > MAX_BARS and not chart.columns:
        more = report.more.format(shown=MAX_BARS, total=len(chart.bars))
        note = (note + " " if note else "") + more
    if note:
        block += [Spacer(1, 1.5 * mm), Paragraph(_markup(note), st["note"])]
    # A chart (at most MAX_BARS rows) always fits a page: it stays with its heading.
    return [KeepTogether(block)]


def _figures_table(report: FiguresReport, st: dict[str, ParagraphStyle]) -> Table:
    rows = [[Paragraph(_markup(k), st["cell"]), Paragraph(_markup(v), st["cell"])]
            for k, v in report.figures]  # fmt: skip
    table = Table(rows, colWidths=[70 * mm, WIDTH - 70 * mm])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _story(report: FiguresReport) -> list[Flowable]:
    st = _styles(report.language)
    story: list[Flowable] = [
        Paragraph(_markup(report.title), st["title"]),
        Paragraph(_markup(report.period), st["sub"]),
        _figures_table(report, st),
    ]
    for chart in report.charts:
        story += _chart_block(chart, st, report)
    if report.notes:
        story.append(Spacer(1, 4 * mm))
        story += [Paragraph(_markup(report.note.format(text=n)), st["note"]) for n in report.notes]
    return story


def _draw_page(canvas: Canvas, report: FiguresReport, page: int, pages: int) -> None:
    canvas.saveState()
    top = HEADER_Y
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)
    bottom = FOOTER_Y
    canvas.setStrokeColor(LINE)
    canvas.line(MARGIN_X, bottom + 4 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4 * mm)
    canvas.setFillColor(GREY)
    at = f"{report.prepared_at:%Y-%m-%d %H:%M}"
    prepared = report.prepared.format(by=report.prepared_by, at=at)
    lines: list[TextLine] = [
        (MARGIN_X, top, f"{report.title} · {report.period}", 8, "left"),
        (PAGE_WIDTH - MARGIN_X, top, report.notice, 7, "right"),
        (MARGIN_X, bottom, prepared, 7, "left"),
        (PAGE_WIDTH - MARGIN_X, bottom, report.page.format(page=page, pages=pages), 8, "right"),
    ]
    draw_texts(canvas, lines)
    canvas.restoreState()


def _digest(report: FiguresReport) -> str:
    def plain(value: object) -> object:
        return value.isoformat() if isinstance(value, datetime | date) else str(value)

    text = json.dumps(asdict(report), default=plain, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def render_figures_report(report: FiguresReport) -> bytes:
    """The report as PDF bytes (A4, English)."""
    ensure_fonts()
    buffer = io.BytesIO()
    frame = Frame(MARGIN_X, BOTTOM, WIDTH, PAGE_HEIGHT - TOP - BOTTOM, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id="body")  # fmt: skip
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=report.title,
        author="KVisa Desk",
        subject=report.period,
        creator="KVisa Desk",
        producer=PRODUCER,
        keywords=[],
        initialFontName=BASE_FONT,
        initialFontSize=9,
        invariant=1,
        pageCompression=1,
        lang="zh-Hans" if report.language == "zh" else "en-GB",
        pageTemplates=[PageTemplate("body", [frame])],
    )
    canvasmaker = CountingCanvas.maker(
        day=report.prepared_at.date(),
        id_seed=_digest(report),
        footer=lambda c, page, pages: _draw_page(c, report, page, pages),
    )
    with pinned_settings():
        doc.build(_story(report), canvasmaker=canvasmaker)
    return buffer.getvalue()


__all__ = [
    "Bar",
    "Chart",
    "FiguresReport",
    "bar_drawing",
    "column_drawing",
    "render_figures_report",
]
