"""Bundled fonts and the choice of a font for each run of a text.

ReportLab has no font fallback: a character the current font lacks prints as that font's
`.notdef` glyph, which in WenQuanYi Micro Hei is blank, so an emoji would silently vanish.
So every text is split into runs, each in the first bundled font that has its characters:
WenQuanYi Micro Hei (Latin, Cyrillic, Greek, CJK, Hangul, kana), then the Noto Sans fonts
for Arabic, Hebrew, Devanagari, Thai, Bengali and Tamil, then subsets of Hanazono Mincho
for the ideographs WenQuanYi lacks: CJK Extension A and Extension B (names in Hong Kong
and Taiwan use them). Those two are large, so they are loaded only when a text needs them.

A character no bundled font has makes a letter refuse (`UnprintableCharacter`, naming it:
an official letter shows names exactly as given, never a stand-in); other documents (case
summaries, reports) print its code point, `[U+1F600]`, so the page shows that something is
there and what. Invisible format characters no font has (U+202E and the like) and variation
selectors (the base glyph is shown) are left out.

Right-to-left runs (Arabic, Hebrew) are put in visual order, and Arabic letters are given
their joined forms from the font's presentation forms (no ligatures beyond lam-alef). That
is a minimal shaper, enough for names; a full one would need HarfBuzz.

Text is NFC-normalised for display ("e" + U+0302 + U+0303 prints as the one glyph "ễ").
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from kvisa_desk.shipped import resources_dir

BASE_FONT = "KVisaCJK"  # WenQuanYi Micro Hei: Latin and Chinese, the font of all letter text
MONO_FONT = "KVisaCJKMono"  # WenQuanYi Micro Hei Mono (second face of the same file): digests

_CJK_FILE = "wqy-microhei.ttc"
# (ReportLab name, file): tried in this order after the base font.
_SCRIPT_FONTS = (
    ("KVisaArabic", "NotoSansArabic-Regular.ttf"),
    ("KVisaHebrew", "NotoSansHebrew-Regular.ttf"),
    ("KVisaDevanagari", "NotoSansDevanagari-Regular.ttf"),
    ("KVisaThai", "NotoSansThai-Regular.ttf"),
    ("KVisaBengali", "NotoSansBengali-Regular.ttf"),
    ("KVisaTamil", "NotoSansTamil-Regular.ttf"),
)
_RTL_FONTS = frozenset({"KVisaArabic", "KVisaHebrew"})
# (ReportLab name, file, the code point ranges it is tried for): loaded on first need.
_FALLBACK_FONTS = (
    (
        "KVisaHanExtA",
        "HanazonoMinchoExtA.ttf",
        ((0x2E80, 0x2FDF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)),
    ),
    ("KVisaHanExtB", "HanazonoMinchoExtB.ttf", ((0x20000, 0x2A6DF),)),
)

_lock = threading.Lock()
_fallback_lock = threading.Lock()
_refuse_unprintable: ContextVar[bool] = ContextVar("kvisa_refuse_unprintable", default=False)


class UnprintableCharacter(Exception):
    """A character no bundled font has, in a text that must print exactly (a letter)."""

    def __init__(self, character: str) -> None:
        self.character = character
        name = unicodedata.name(character, "")
        named = f" ({name})" if name else ""
        super().__init__(
            f"the character U+{ord(character):04X}{named} cannot be printed: no font KVisa "
            "Desk carries has it"
        )


@contextmanager
def refusing_unprintable() -> Iterator[None]:
    """Within the block, a character no bundled font has raises UnprintableCharacter
    instead of printing as `[U+XXXX]` (letters: names are shown exactly as given)."""
    token = _refuse_unprintable.set(True)
    try:
        yield
    finally:
        _refuse_unprintable.reset(token)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with characters beyond U+FFFF written as UTF-16 (surrogate
    pairs) as PDF requires: ReportLab writes their code point, which no reader can use, so
    an Extension B name would not copy, search or extract as text."""
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(
            f"<{i:02X}> <{chr(v).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
            for i, v in enumerate(subset)
        ),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # the same bytes as ReportLab's below U+10000


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@dataclass(frozen=True)
class _Font:
    name: str
    chars: frozenset[str]


@lru_cache(maxsize=1)
def _fonts() -> tuple[_Font, ...]:
    """Register the bundled fonts with ReportLab (once) and return their coverage, in order."""
    with _lock:
        folder = fonts_dir()
        loaded: list[tuple[str, TTFont]] = []
        cjk = folder / _CJK_FILE
        # asciiReadable pinned: it changes the subsets, so the bytes, and its default is a
        # process-wide setting.
        loaded.append((BASE_FONT, TTFont(BASE_FONT, str(cjk), subfontIndex=0, asciiReadable=1)))
        pdfmetrics.registerFont(TTFont(MONO_FONT, str(cjk), subfontIndex=1, asciiReadable=1))
        for name, file_name in _SCRIPT_FONTS:
            path = folder / file_name
            if path.is_file():  # a build without one script font still prints the rest
                loaded.append((name, TTFont(name, str(path), asciiReadable=1)))
        fonts = []
        for name, font in loaded:
            pdfmetrics.registerFont(font)
            chars = frozenset(chr(code) for code in font.face.charToGlyph if code > 0)
            fonts.append(_Font(name, chars))
        return tuple(fonts)


def ensure_fonts() -> None:
    """Register the bundled fonts (idempotent; rendering calls it)."""
    _fonts()


@cache
def _fallback(name: str, file_name: str) -> _Font | None:
    """A fallback font, registered on first need; None when the build does not carry it."""
    with _fallback_lock:
        path = fonts_dir() / file_name
        if not path.is_file():
            return None
        font = TTFont(name, str(path), asciiReadable=1)
        pdfmetrics.registerFont(font)
        return _Font(name, frozenset(chr(code) for code in font.face.charToGlyph if code > 0))


def _is_selector(ch: str) -> bool:
    # A variation selector asks for a glyph variant; without one, the base glyph is shown.
    code = ord(ch)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def _fallback_for(ch: str) -> _Font | None:
    code = ord(ch)
    for name, file_name, ranges in _FALLBACK_FONTS:
        if any(low <= code <= high for low, high in ranges):
            font = _fallback(name, file_name)
            if font is not None and ch in font.chars:
                return font
    return None


def _font_for_char(ch: str, fonts: tuple[_Font, ...]) -> str | None:
    for font in fonts:
        if ch in font.chars:
            return font.name
    return None


def font_for_text(text: str) -> str:
    """The one bundled font that has the most of TEXT's characters (the base font on a tie)."""
    fonts = _fonts()
    best, best_count = fonts[0].name, -1
    for font in fonts:
        count = sum(1 for ch in text if ch in font.chars)
        if count > best_count:
            best, best_count = font.name, count
    return best


def font_runs(text: str) -> list[tuple[str, str]]:
    """TEXT (NFC) as [(font name, run)], each run printable in its font, in visual order.

    A character stays in the current run's font while that font has it (so spaces and
    punctuation inside an Arabic name stay Arabic); otherwise it takes the first bundled
    font that has it. Characters no font has become `[U+XXXX]` in the base font (or raise
    UnprintableCharacter inside `refusing_unprintable`), or are dropped when they are
    invisible format characters.
    """
    fonts = _fonts()
    base = fonts[0]
    text = unicodedata.normalize("NFC", text)
    if base.chars.issuperset(text):  # the common case: one run, nothing to decide
        return [(base.name, text)] if text else []
    runs: list[tuple[str, list[str]]] = []
    chars_of = {font.name: font.chars for font in fonts}
    for ch in text:
        current = runs[-1][0] if runs else None
        if current is not None and ch in chars_of[current]:
            runs[-1][1].append(ch)
            continue
        name = _font_for_char(ch, fonts)
        if name is None and (fallback := _fallback_for(ch)) is not None:
            name = fallback.name
            chars_of[name] = fallback.chars
        if name is None:
            if unicodedata.category(ch) in ("Cf", "Cc", "Zl", "Zp") or _is_selector(ch):
                continue
            if _refuse_unprintable.get():
                raise UnprintableCharacter(ch)
            name, ch = base.name, f"[U+{ord(ch):04X}]"
        if name == current and runs:
            runs[-1][1].append(ch)
        else:
            runs.append((name, [ch]))
    out: list[tuple[str, str]] = []
    for name, chars in runs:
        run = "".join(chars)
        if name not in _RTL_FONTS:
            out.append((name, run))
            continue
        # Spaces at the edges of a right-to-left run stay where they are (in the base font).
        core = run.strip()
        lead, trail = run[: len(run) - len(run.lstrip())], run[len(run.rstrip()) :]
        if lead:
            out.append((base.name, lead))
        if core:
            out.append((name, _visual_rtl(core, arabic=name == "KVisaArabic")))
        if trail:
            out.append((base.name, trail))
    merged: list[tuple[str, str]] = []
    for name, run in out:
        if merged and merged[-1][0] == name:
            merged[-1] = (name, merged[-1][1] + run)
        else:
            merged.append((name, run))
    return merged


def markup(text: str) -> str:
    """TEXT as Platypus paragraph markup that prints it literally: escaped, font per run.

    Line breaks in the value become <br/>; every other character is data.
    """
    lines = text.splitlines() or [""]
    parts = []
    for line in lines:
        runs = font_runs(line)
        pieces = []
        for name, run in runs:
            escaped = escape(run, {'"': "&quot;"})
            pieces.append(escaped if name == BASE_FONT else f'<font face="{name}">{escaped}</font>')
        parts.append("".join(pieces))
    return "<br/>".join(parts)


def string_width(text: str, size: float) -> float:
    """The printed width of TEXT at SIZE, summed over its font runs."""
    return float(sum(pdfmetrics.stringWidth(run, name, size) for name, run in font_runs(text)))


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, size: float, align: str = "left"
) -> float:
    """Draw TEXT on one line at (x, y), each run in its font; returns the width drawn."""
    return draw_texts(canvas, [(x, y, text, size, align)])


# (x, y, text, size, align) of one line; align is "left", "right" or "centre".
TextLine = tuple[float, float, str, float, str]


def draw_texts(canvas: Canvas, lines: list[TextLine], colors: list[object] | None = None) -> float:
    """Draw several one-line texts in a single PDF text object (far cheaper than one
    drawString each); COLORS, when given, is each line's fill colour. Returns the width of
    the last line."""
    text = canvas.beginText()
    width = 0.0
    for index, (x, y, value, size, align) in enumerate(lines):
        runs = font_runs(value)
        width = sum(pdfmetrics.stringWidth(run, name, size) for name, run in runs)
        if align == "right":
            x -= width
        elif align == "centre":
            x -= width / 2
        if colors is not None:
            text.setFillColor(colors[index])
        text.setTextOrigin(x, y)
        for name, run in runs:  # textOut moves the pen on by the run's width
            text.setFont(name, size)
            text.textOut(run)
    canvas.drawText(text)
    return width


# -- right-to-left runs ---------------------------------------------------------------------

_TRANSPARENT = ("Mn", "Me", "Cf")


@lru_cache(maxsize=1)
def _arabic_forms() -> dict[str, dict[str, str]]:
    """base letter -> {"isolated"|"final"|"initial"|"medial": presentation form}, from the
    Unicode names of the Arabic Presentation Forms-B block the font carries."""
    forms: dict[str, dict[str, str]] = {}
    arabic = next((f for f in _fonts() if f.name == "KVisaArabic"), None)
    if arabic is None:
        return forms
    for code in range(0xFE70, 0xFEFD):
        ch = chr(code)
        name = unicodedata.name(ch, "")
        if ch not in arabic.chars:
            continue
        for suffix in ("ISOLATED", "FINAL", "INITIAL", "MEDIAL"):
            tail = f" {suffix} FORM"
            if name.endswith(tail):
                base_name = name[: -len(tail)]
                try:
                    base = unicodedata.lookup(base_name)
                except KeyError:
                    break
                forms.setdefault(base, {})[suffix.lower()] = ch
                break
    return forms


_LAM_ALEF = {
    "\u0622": ("\ufef5", "\ufef6"),
    "\u0623": ("\ufef7", "\ufef8"),
    "\u0625": ("\ufef9", "\ufefa"),
    "\u0627": ("\ufefb", "\ufefc"),
}


def _shape_arabic(text: str) -> str:
    """Contextual forms for Arabic letters (logical order in, logical order out)."""
    forms = _arabic_forms()
    if not forms:
        return text
    chars = list(text)

    def joins_forward(i: int) -> bool:  # can chars[i] connect to the letter after it?
        f = forms.get(chars[i])
        return f is not None and "initial" in f

    def neighbour(i: int, step: int) -> int | None:
        j = i + step
        while 0 <= j < len(chars) and unicodedata.category(chars[j]) in _TRANSPARENT:
            j += step
        return j if 0 <= j < len(chars) else None

    out: list[str] = []
    i = 0
    while i < len(chars):
        ch = chars[i]
        f = forms.get(ch)
        if f is None:
            out.append(ch)
            i += 1
            continue
        prev = neighbour(i, -1)
        after = neighbour(i, 1)
        joined_before = prev is not None and joins_forward(prev)
        if ch == "\u0644" and after is not None and chars[after] in _LAM_ALEF:
            isolated, final = _LAM_ALEF[chars[after]]
            out.append(final if joined_before else isolated)
            out.extend(chars[i + 1 : after])  # marks between lam and alef
            i = after + 1
            continue
        joined_after = "initial" in f and after is not None and chars[after] in forms
        if joined_before and joined_after:
            out.append(f.get("medial", f.get("final", ch)))
        elif joined_before:
            out.append(f.get("final", ch))
        elif joined_after:
            out.append(f.get("initial", ch))
        else:
            out.append(f.get("isolated", ch))
        i += 1
    return "".join(out)


def _visual_rtl(run: str, *, arabic: bool) -> str:
    """A right-to-left run in the order it is drawn left to right.

    Words are reversed as wholes; runs of digits keep their left-to-right order. Combining
    marks stay after their base character.
    """
    if arabic:
        run = _shape_arabic(run)
    clusters: list[str] = []
    for ch in run:
        if clusters and unicodedata.category(ch) in ("Mn", "Me"):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    # Keep digit sequences (European or Arabic-Indic) left to right inside the reversed run.
    groups: list[str] = []
    for cluster in clusters:
        if groups and cluster[0].isdigit() and groups[-1][-1].isdigit():
            groups[-1] += cluster
        else:
            groups.append(cluster)
    return "".join(reversed(groups))
