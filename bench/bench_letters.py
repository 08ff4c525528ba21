"""500 bilingual decision letters with their QR codes, against a bare ReportLab canvas.

Both sides run in their own worker process on the same 500 letters (en+zh; the four kinds
in turn; applicants from bench/datagen.py, so Latin, Chinese, Cyrillic, Arabic and other
scripts, non-BMP characters and names that look like markup):

* measured: `kvisa_desk.pdf.render_letter(content, letterhead)`, everything it does:
  wording from the TOML templates, escaping, a font per script, Platypus layout, the
  letterhead, the QR code (segno) on every page, "Page N of M", deterministic metadata;
* floor: the same strings (the letter's wording filled in beforehand, outside the timing)
  drawn with a bare `reportlab.pdfgen.canvas.Canvas` in the same embedded CJK font:
  wrapped greedily to the same text width, one `drawString` per line, no tables, no QR
  code, no page numbers.

Each side renders the whole batch; the median of the runs is reported. The fonts are
registered before the clock starts on both sides, and each letter is checked to be a PDF.
"""

from __future__ import annotations

import statistics
import time
from typing import TYPE_CHECKING, Any

from bench.api import HIGHER, Metric, Skip, benchmark, task

if TYPE_CHECKING:
    from kvisa_desk.pdf.model import LetterContent, Letterhead

FULL_SIZE = 500
QUICK_SIZE = 40
SEED = 20251015


@benchmark("letters", "500 bilingual letters with QR codes vs a bare ReportLab canvas")
def letters_benchmark(ctx: Any) -> list[Metric]:
    import importlib.util

    if importlib.util.find_spec("kvisa_desk.pdf.render") is None:
        raise Skip("kvisa_desk.pdf.render does not exist yet")
    count = ctx.size(FULL_SIZE, QUICK_SIZE)
    runs = ctx.repeats(full=3)
    ours: list[dict[str, Any]] = []
    floor: list[dict[str, Any]] = []
    for run in range(runs):
        order = ("floor", "kvisa") if run % 2 == 0 else ("kvisa", "floor")
        for side in order:
            ctx.log(f"letters: {side} side, {count} letters, run {run + 1} of {runs}")
            result = ctx.worker(f"letters.{side}", count=count, seed=SEED)
            if result["letters"] != count:
                raise RuntimeError(f"the {side} side made {result['letters']} of {count} letters")
            (ours if side == "kvisa" else floor).append(result)

    def median(results: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(r[key] for r in results))

    k_time, f_time = median(ours, "seconds"), median(floor, "seconds")
    ctx.note(f"{count} en+zh letters (four kinds in turn); median of {runs} run(s) each")
    for label, results, seconds in (
        ("KVisa render_letter:", ours, k_time),
        ("bare canvas floor:  ", floor, f_time),
    ):
        pages = median(results, "pages") / count
        kilobytes = median(results, "bytes") / count / 1000
        ctx.note(
            f"{label} {seconds:.2f} s, {count / seconds:.1f} letters/s, "
            f"{pages:.2f} pages and {kilobytes:.0f} kB a letter"
        )
    return [
        Metric("letters.time", k_time, "s", f_time),
        Metric("letters.rate", count / k_time, "letters/s", count / f_time, better=HIGHER),
        Metric("letters.peak_rss", median(ours, "peak_rss_mb"), "MB", median(floor, "peak_rss_mb")),
    ]


# -- the input, the same on both sides ----------------------------------------------------------

LETTERHEAD_ARGS = {
    "post_code": "LON",
    "post_name_en": "Embassy of the People's Republic of China in the United Kingdom",
    "post_name_zh": "中华人民共和国驻英国大使馆",
    "address_lines": ("Visa Section, 31 Portland Place", "London W1B 1QD, United Kingdom"),
    "phone": "+44 20 7299 4049",
    "email": "visa.uk@example.org",
}


def make_letters(count: int, seed: int) -> tuple[Letterhead, list[LetterContent]]:
    """COUNT bilingual letters of the four kinds in turn, applicants from bench.datagen."""
    import random
    from datetime import date, datetime, timedelta

    from bench import datagen
    from kvisa_desk.pdf.model import (
        Applicant,
        DocumentRequest,
        Interview,
        LetterContent,
        Letterhead,
        VisaTerms,
    )

    rng = random.Random(seed)
    letterhead = Letterhead(**LETTERHEAD_ARGS)  # type: ignore[arg-type]
    kinds = ("refusal", "approval", "request-documents", "interview")
    letters = []
    for index in range(count):
        record = datagen.application(rng, index)
        a, p = record["applicant"], record["passport"]
        kind = kinds[index % len(kinds)]
        issued = date(2026, 1, 5) + timedelta(days=index % 200)
        extra: dict[str, Any] = {}
        if kind == "approval":
            extra["terms"] = VisaTerms(rng.choice(("1", "2", "multiple")), 180, 90)  # type: ignore[arg-type]
        elif kind == "refusal":
            extra["grounds"] = ("article-21-other",) if index % 8 else ()
        elif kind == "request-documents":
            extra["request"] = DocumentRequest(
                documents=tuple(rng.sample(("degree_certificate", "transcript", "proof_of_post",
                                            "photo", "Letter from the host laboratory"), 3)),
                reply_by=issued + timedelta(days=30),
            )  # fmt: skip
        else:
            extra["interview"] = Interview(
                at=datetime.combine(issued + timedelta(days=14), datetime.min.time())
                + timedelta(hours=9 + index % 7, minutes=30 * (index % 2)),
                place="Visa Section, 31 Portland Place, London W1B 1QD",
            )
        letters.append(
            LetterContent(
                kind=kind,  # type: ignore[arg-type]
                language="en+zh",
                reference=f"LON-K-2026-{index + 1:06d}",
                issue_date=issued,
                case_ref=f"C{index + 1:07d}",
                applicant=Applicant(
                    surname=a["surname"],
                    given_names=a.get("given_names") or "",
                    native_name=a.get("native_name"),
                    date_of_birth=date.fromisoformat(a["date_of_birth"]),
                    nationality=a["nationality"],
                    passport_number=p["number"],
                ),
                officer_name="Li Ming",
                officer_title="Consul (Visa Section)",
                officer_title_zh="领事（签证处）",
                **extra,
            )
        )
    return letterhead, letters


# -- the measured side --------------------------------------------------------------------------


@task
def kvisa(params: dict[str, Any]) -> dict[str, Any]:
    from kvisa_desk.pdf.fonts import ensure_fonts
    from kvisa_desk.pdf.render import render_letter
    from kvisa_desk.pdf.texts import load_texts

    letterhead, letters = make_letters(params["count"], params["seed"])
    ensure_fonts()
    load_texts("en"), load_texts("zh")
    started = time.perf_counter()
    outputs = [render_letter(letter, letterhead) for letter in letters]
    seconds = time.perf_counter() - started
    return _summary(outputs, seconds)


def _summary(outputs: list[bytes], seconds: float) -> dict[str, Any]:
    import re

    if not all(pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF") for pdf in outputs):
        raise RuntimeError("a letter is not a complete PDF")
    pages = sum(len(re.findall(rb"/Type /Page\b", pdf)) for pdf in outputs)
    return {
        "seconds": seconds,
        "letters": len(outputs),
        "pages": pages,
        "bytes": sum(len(pdf) for pdf in outputs),
    }


# -- the floor ----------------------------------------------------------------------------------


def letter_strings(content: LetterContent, letterhead: Letterhead) -> list[tuple[str, float]]:
    """Every string a letter prints, as (plain text, font size), in reading order."""
    from kvisa_desk.pdf.texts import languages_of, load_texts

    langs = languages_of(content.language)
    all_texts = [load_texts(lang) for lang in langs]
    a = content.applicant
    out: list[tuple[str, float]] = [
        (letterhead.post_name_zh, 15),
        (letterhead.post_name_en, 12),
        *((line, 8.5) for line in letterhead.address_lines),
        (f"{letterhead.phone}  {letterhead.email}", 8.5),
    ]

    def label(key: str) -> str:
        return "  ".join(t.text(f"labels.{key}") for t in all_texts)

    out.append((f"{label('reference')}  {content.reference}", 10))
    out.append(
        (f"{label('date')}  " + " / ".join(t.date(content.issue_date) for t in all_texts), 10)
    )
    out += [(t.text(f"{content.kind}.title"), 15) for t in all_texts]
    rows = [("surname", a.surname), ("given_names", a.given_names),
            ("native_name", a.native_name or ""),
            ("date_of_birth", " / ".join(t.date(a.date_of_birth) for t in all_texts)),
            ("nationality", a.nationality), ("passport_number", a.passport_number),
            ("case_ref", content.case_ref)]  # fmt: skip
    out += [(f"{label(key)}  {value}", 10) for key, value in rows]
    for texts in all_texts:
        values = {
            "applicant_name": a.latin_name,
            "reference": content.reference,
            "case_ref": content.case_ref,
            "post_name": letterhead.post_name_zh
            if texts.language == "zh"
            else letterhead.post_name_en,
            "replaces": content.replaces or "",
        }
        if content.request is not None:
            values["reply_by"] = texts.date(content.request.reply_by)
        kind = content.kind

        def fill(template: str, values: dict[str, str] = values) -> str:
            from string import Template

            return Template(template).substitute(values)

        out.append((texts.plain("letter.salutation", values), 10.5))
        out += [(fill(t), 10.5) for t in texts.texts(f"{kind}.body")]
        if content.terms is not None:
            out.append((texts.text("approval.details_intro"), 10.5))
            out.append((texts.lookup("entries", content.terms.entries) or "", 10))
            out.append((texts.days(content.terms.validity_days), 10))
            out.append((texts.days(content.terms.stay_days), 10))
        if content.grounds:
            out.append((texts.text("refusal.grounds_intro"), 10.5))
            out += [(texts.lookup("refusal_grounds", g) or g, 10.5) for g in content.grounds]
        if content.request is not None:
            out += [
                (texts.lookup("document_types", d) or d, 10.5) for d in content.request.documents
            ]
        if content.interview is not None:
            out.append((texts.date(content.interview.at.date()), 10))
            out.append((texts.time(content.interview.at), 10))
            out.append((content.interview.place, 10))
        out += [(fill(t), 10.5) for t in texts.texts(f"{kind}.after")]
        out += [(line, 10.5) for line in texts.texts("letter.closing")]
    out += [(content.officer_name, 10), (content.officer_title, 10), (content.officer_title_zh, 10)]
    for texts in all_texts:
        out.append((texts.plain("labels.verify", {"reference": content.reference}), 7.5))
        out.append((texts.plain("labels.page", {"page": "1", "pages": "1"}), 8.5))
    return out


@task
def floor(params: dict[str, Any]) -> dict[str, Any]:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    from kvisa_desk.pdf.fonts import BASE_FONT, ensure_fonts

    letterhead, letters = make_letters(params["count"], params["seed"])
    ensure_fonts()
    strings = [letter_strings(letter, letterhead) for letter in letters]
    width, height = A4
    left, text_width, top, bottom = 22 * mm, width - 44 * mm, height - 20 * mm, 30 * mm

    def wrap(text: str, size: float) -> list[str]:
        if " " in text.strip() or not text:
            return simpleSplit(text, BASE_FONT, size, text_width)
        lines, line, used = [], "", 0.0  # Chinese: break between any two characters
        for ch in text:
            w = stringWidth(ch, BASE_FONT, size)
            if used + w > text_width and line:
                lines.append(line)
                line, used = "", 0.0
            line, used = line + ch, used + w
        return [*lines, line]

    from reportlab import rl_config

    rl_config.useA85 = 0  # the same stream encoding as render_letter's (Flate, no ASCII85)
    started = time.perf_counter()
    outputs = []
    for lines in strings:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, invariant=1)
        y = top
        for text, size in lines:
            for line in wrap(text, size):
                if y < bottom:
                    canvas.showPage()
                    y = top
                canvas.setFont(BASE_FONT, size)
                canvas.drawString(left, y, line)
                y -= size * 1.4
        canvas.showPage()
        canvas.save()
        outputs.append(buffer.getvalue())
    seconds = time.perf_counter() - started
    return _summary(outputs, seconds)
