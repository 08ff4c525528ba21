"""A light grid of labelled values for letters: cheaper than a Platypus Table.

A letter's particulars (reference, names, dates, visa terms) are short: most fit on one
line, and drawing them directly costs a fraction of a Table of Paragraphs. A text that
does not fit (a 300-character name) falls back to a Paragraph, escaped and wrapped to its
cell, so nothing ever overflows; the grid grows to fit it and may split between pages by
rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from kvisa_desk.pdf.fonts import TextLine, draw_texts, markup, string_width

PAD_X = 4.0
PAD_Y = 3.0


@dataclass(frozen=True)
class CellStyle:
    size: float
    leading: float
    color: Color
    paragraph: ParagraphStyle  # for texts that need wrapping


class _Cell:
    """One text in one cell: drawn as a line, or as a wrapped Paragraph when too long."""

    def __init__(self, text: str, style: CellStyle, width: float) -> None:
        self.text, self.style = text, style
        inner = max(width - 2 * PAD_X, 10.0)
        lines = text.splitlines() or [""]
        self.lines: list[str] | None = None
        self.para: Paragraph | None = None
        if all(string_width(line, style.size) <= inner for line in lines):
            self.lines = lines
            self.height = style.leading * len(lines)
        else:
            self.para = Paragraph(markup(text), style.paragraph)
            _, h = self.para.wrap(inner, 1e6)
            self.height = h

    @property
    def first_baseline(self) -> float:
        """How far below the cell's top its first line sits (as Platypus sets a line)."""
        return self.style.size + (self.style.leading - self.style.size) / 2

    def draw(
        self, canvas: Canvas, x: float, top: float, baseline: float, out: list[TextLine]
    ) -> list[Color]:
        """Draw a wrapped paragraph now; add single lines to OUT (drawn together later)."""
        if self.para is not None:
            self.para.drawOn(canvas, x + PAD_X, top - self.height)
            return []
        assert self.lines is not None
        y = top - baseline
        for line in self.lines:
            out.append((x + PAD_X, y, line, self.style.size, "left"))
            y -= self.style.leading
        return [self.style.color] * len(self.lines)


class FieldGrid(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """Rows of (label, value) pairs.

    `side` layout: each row holds `per_row` pairs, label cell (shaded) beside value cell.
    `stacked` layout: one row of shaded labels over one row of values.
    """

    def __init__(
        self,
        pairs: Sequence[tuple[str, str]],
        widths: Sequence[float],
        label: CellStyle,
        value: CellStyle,
        *,
        layout: str = "side",
        shade: Color,
        rule: Color,
        box: bool = False,
    ) -> None:
        super().__init__()
        self.pairs, self.widths = list(pairs), list(widths)
        self.label_style, self.value_style = label, value
        self.layout, self.shade, self.rule, self.box = layout, shade, rule, box
        self._rows: list[tuple[float, list[_Cell]]] = []

    def _build_rows(self) -> list[tuple[float, list[_Cell]]]:
        rows: list[tuple[float, list[_Cell]]] = []
        if self.layout == "stacked":
            columns = list(zip(self.pairs, self.widths, strict=True))
            labels = [_Cell(lab, self.label_style, w) for (lab, _), w in columns]
            values = [_Cell(val, self.value_style, w) for (_, val), w in columns]
            for row in (labels, values):
                rows.append((max(c.height for c in row) + 2 * PAD_Y, row))
            return rows
        per_row = len(self.widths) // 2
        for start in range(0, len(self.pairs), per_row):
            cells: list[_Cell] = []
            for i, (lab, val) in enumerate(self.pairs[start : start + per_row]):
                cells.append(_Cell(lab, self.label_style, self.widths[2 * i]))
                cells.append(_Cell(val, self.value_style, self.widths[2 * i + 1]))
            rows.append((max(c.height for c in cells) + 2 * PAD_Y, cells))
        return rows

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if not self._rows:
            self._rows = self._build_rows()
        self.width = sum(self.widths)
        self.height = sum(h for h, _ in self._rows)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if not self._rows:
            self._rows = self._build_rows()
        if self.layout == "stacked" or len(self._rows) < 2:
            return []
        used, count = 0.0, 0
        for h, _ in self._rows:
            if used + h > avail_height:
                break
            used, count = used + h, count + 1
        if count == 0:
            return []
        per_row = len(self.widths) // 2
        cut = count * per_row
        style = (self.label_style, self.value_style)
        kw = {"layout": self.layout, "shade": self.shade, "rule": self.rule, "box": self.box}
        return [
            FieldGrid(self.pairs[:cut], self.widths, *style, **kw),
            FieldGrid(self.pairs[cut:], self.widths, *style, **kw),
        ]

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        width = sum(self.widths)
        top = self.height
        canvas.setLineWidth(0.4)
        canvas.setStrokeColor(self.rule)
        text_lines: list[TextLine] = []
        text_colors: list[Color] = []
        for index, (height, cells) in enumerate(self._rows):
            bottom = top - height
            shaded = [index == 0] * len(cells) if self.layout == "stacked" else [
                i % 2 == 0 for i in range(len(cells))
            ]  # fmt: skip
            x = 0.0
            for w, shade in zip(self.widths, shaded, strict=False):
                if shade:
                    canvas.setFillColor(self.shade)
                    canvas.rect(x, bottom, w, height, stroke=0, fill=1)
                x += w
            # Single-line texts of a row share one baseline, whatever their sizes.
            baseline = max(c.first_baseline for c in cells)
            x = 0.0
            for cell, w in zip(cells, self.widths, strict=False):
                text_colors += cell.draw(canvas, x, top - PAD_Y, baseline, text_lines)
                x += w
            canvas.line(0, bottom, width, bottom)
            if index == 0:
                canvas.line(0, top, width, top)
            top = bottom
        if self.box:
            canvas.rect(0, 0, width, self.height, stroke=1, fill=0)
            x = 0.0
            for w in self.widths[:-1]:
                x += w
                canvas.line(x, 0, x, self.height)
        if text_lines:
            draw_texts(canvas, text_lines, list(text_colors))
        canvas.restoreState()
