"""The PDF plumbing shared by letters and summaries: a deterministic, page-counting canvas.

* Deterministic bytes: ReportLab's invariant mode, and on top of it a fixed creation date
  (the document's own date, not SOURCE_DATE_EPOCH or the clock) and a fixed document ID
  (derived from the content), so the same input always gives the same file.
* "Page N of M": pages are kept until the end of the build, then each gets its footer
  with the total known (the usual ReportLab recipe; a letter or summary is small).
* A metadata key of our own (/KVisaLetter) in the document information dictionary.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from reportlab import rl_config
from reportlab.lib import textsplit
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import paragraph

PRODUCER = "KVisa Desk (ReportLab)"
METADATA_KEY = "KVisaLetter"  # the info dictionary entry that carries the QR payload

# footer(canvas, page_number, page_count), drawn on every page once the count is known.
Footer = Callable[[Canvas, int, int], None]
# form_maker(canvas): defines Form XObjects (the QR code) before the first page is drawn.
FormMaker = Callable[[Canvas], None]


class _Info(PDFInfo):  # type: ignore[misc]  # ReportLab is untyped
    """The information dictionary with fixed dates and, optionally, our payload key."""

    fixed_date = "D:20000101000000+00'00'"
    payload: str | None = None

    def format(self, document: Any) -> bytes:
        entries: dict[str, Any] = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Creator": PDFString(self.creator),
            "Producer": PDFString(self.producer),
            "CreationDate": PDFString(self.fixed_date),
            "ModDate": PDFString(self.fixed_date),
            "Trapped": PDFName(self.trapped),
        }
        if self.payload is not None:
            entries[METADATA_KEY] = PDFString(self.payload)
        result: bytes = PDFDictionary(entries).format(document)
        return result


def pdf_date(day: date) -> str:
    """A PDF date string for midnight UTC of DAY."""
    return f"D:{day.year:04d}{day.month:02d}{day.day:02d}000000+00'00'"


class CountingCanvas(Canvas):  # type: ignore[misc]
    """A canvas that is deterministic and draws each page's footer knowing the page count.

    Build with `canvasmaker=CountingCanvas.maker(...)`.
    """

    def __init__(
        self,
        *args: Any,
        kv_date: date,
        kv_id_seed: str,
        kv_footer: Footer,
        kv_forms: FormMaker | None = None,
        kv_payload: str | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs["invariant"] = 1
        super().__init__(*args, **kwargs)
        info = _Info()
        info.fixed_date = pdf_date(kv_date)
        info.payload = kv_payload
        info.producer = PRODUCER
        self._doc.info = info
        # The trailer /ID: two copies of 16 bytes derived from the content, never the clock.
        ident = hashlib.sha256(kv_id_seed.encode("utf-8")).hexdigest()[:32].encode("ascii")
        self._doc._ID = b"\n[<" + ident + b"><" + ident + b">]\n"
        self._kv_footer = kv_footer
        self._kv_pages: list[dict[str, Any]] = []
        if kv_forms is not None:
            kv_forms(self)

    @classmethod
    def maker(
        cls,
        *,
        day: date,
        id_seed: str,
        footer: Footer,
        forms: FormMaker | None = None,
        payload: str | None = None,
    ) -> Callable[..., CountingCanvas]:
        def make(*args: Any, **kwargs: Any) -> CountingCanvas:
            return cls(
                *args,
                kv_date=day,
                kv_id_seed=id_seed,
                kv_footer=footer,
                kv_forms=forms,
                kv_payload=payload,
                **kwargs,
            )

        return make

    def showPage(self) -> None:
        self._kv_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        count = len(self._kv_pages)
        for number, state in enumerate(self._kv_pages, start=1):
            self.__dict__.update(state)
            self._kv_footer(self, number, count)
            Canvas.showPage(self)
        Canvas.save(self)


# ReportLab reads these process-wide settings while it writes a file, and a settings file
# (~/.reportlab_settings) or other code may change them: pin them for the length of a build
# so our bytes depend on nothing but the input. No ASCII85 armour: binary Flate streams
# are smaller and quicker to write.
_PINNED: dict[str, object] = {
    "useA85": 0,
    "wrapA85": 0,
    "pdfComments": 0,
    "invariant": 1,
    "pageCompression": 1,
    "hyphenationLang": "",
    "documentLang": None,
    "emptyTableAction": "error",
}
_build_lock = threading.RLock()

# Characters that must not begin a line of Chinese. ReportLab's list (made for Japanese)
# lacks the full-width comma, colon, semicolon, ! and ?, closing title marks and quotes,
# so "参加面谈：" could leave the "：" alone on a line. Extended for our builds only.
_CANNOT_START = (
    textsplit.ALL_CANNOT_START + "\uff0c\uff1a\uff1b\uff01\uff1f\u300b\u3009\u201d\u2019"
)


@contextmanager
def pinned_settings() -> Iterator[None]:
    """Hold ReportLab's output settings at fixed values while a document is built.

    Builds are serialised by a lock (the settings are global); other ReportLab code running
    in another thread at that moment sees these values too, which only changes its encoding.
    """
    with _build_lock:
        saved = {name: getattr(rl_config, name) for name in _PINNED}
        saved_text = (textsplit.ALL_CANNOT_START, paragraph.ALL_CANNOT_START)
        try:
            for name, value in _PINNED.items():
                setattr(rl_config, name, value)
            textsplit.ALL_CANNOT_START = paragraph.ALL_CANNOT_START = _CANNOT_START
            yield
        finally:
            for name, value in saved.items():
                setattr(rl_config, name, value)
            textsplit.ALL_CANNOT_START, paragraph.ALL_CANNOT_START = saved_text
