"""Case summary PDF: `render_case_summary(summary, language) -> bytes`.

For a file, an appeal or a disclosure: every section of a case as the caller (core) gives
it in a plain `CaseSummary`. Labels come from the [summary] table of
resources/letters/<lang>.toml (both languages side by side for "en+zh"); every value is
data, escaped and set in a font that has its characters. Lists (documents, check results,
history) are tables whose header row repeats on every page they run onto; each page
carries the case, "Page N of M" and a personal-data notice. Same input, same bytes.

A value of None prints as "—". What the caller redacted for this copy (screening facts,
internal notes, officers' names, ...) is listed under the title (`CaseSummary.redacted`):
the caller leaves those values out, this module only says so.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kvisa_desk import labels
from kvisa_desk.pdf._canvas import PRODUCER, CountingCanvas, pinned_settings
from kvisa_desk.pdf.fonts import BASE_FONT, MONO_FONT, TextLine, draw_texts, ensure_fonts, markup
from kvisa_desk.pdf.model import LANGUAGES, Language, VisaTerms
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
from kvisa_desk.pdf.texts import Texts, languages_of, load_texts

# -- the data -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SummaryApplicant:
    surname: str
    given_names: str
    date_of_birth: date
    nationality: str
    native_name: str | None = None
    sex: str | None = None
    place_of_birth: str | None = None
    email: str | None = None
    phone: str | None = None
    address: str | None = None


@dataclass(frozen=True)
class SummaryPassport:
    number: str
    issuing_state: str
    expiry_date: date
    issue_date: date | None = None
    mrz_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class EducationEntry:
    level: str
    field: str | None = None
    institution: str | None = None
    country: str | None = None
    awarded_on: date | None = None


@dataclass(frozen=True)
class EmploymentEntry:
    employer: str | None = None
    job_title: str | None = None
    kind: str | None = None
    field: str | None = None
    country: str | None = None
    start_date: date | None = None
    end_date: date | None = None


@dataclass(frozen=True)
class PurposeTravel:
    activity: str | None = None
    description: str | None = None
    host_institution: str | None = None
    intended_entry: date | None = None
    stay_days: int | None = None


@dataclass(frozen=True)
class ScreeningAnswer:
    """One screening question (its code, e.g. `reentry_ban`, or a label) and its answer."""

    fact: str
    answer: bool | None


@dataclass(frozen=True)
class ChecklistItem:
    document_type: str
    required: bool
    present: bool


@dataclass(frozen=True)
class DocumentEntry:
    document_type: str
    file_name: str | None
    size_bytes: int | None
    sha256: str | None
    verification: str
    note: str | None = None  # the reason given for a verification or a removal
    by: str | None = None  # who set the verification, or removed the document
    removed: bool = False


@dataclass(frozen=True)
class RuleResult:
    rule_id: str
    outcome: str
    detail: str = ""
    subject: str | None = None  # `education[0]`: printed as "Degree 1 · University of Lagos"


@dataclass(frozen=True)
class OverrideEntry:
    rule_id: str
    to_outcome: str
    reason: str
    officer: str | None
    at: datetime
    subject: str | None = None


@dataclass(frozen=True)
class CheckRunEntry:
    number: int
    pack: str
    ran_at: datetime
    officer: str | None
    outcome: str
    results: tuple[RuleResult, ...] = ()
    overrides: tuple[OverrideEntry, ...] = ()
    settings_version: int | None = None  # of the post's settings the run read


@dataclass(frozen=True)
class DecisionEntry:
    recommendation: str
    recommended_by: str | None
    recommended_at: datetime
    grounds: tuple[str, ...] = ()
    reasoning: str = ""
    terms: VisaTerms | None = None
    sign_off: str | None = None  # "agree", "return", or None while pending
    signed_by: str | None = None
    signed_at: datetime | None = None
    sign_off_reason: str | None = None


@dataclass(frozen=True)
class LetterEntry:
    reference: str
    kind: str
    language: str
    issued_on: date
    sha256: str
    replaces: str | None = None


@dataclass(frozen=True)
class NoteEntry:
    written_at: datetime
    officer: str | None
    text: str


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    officer: str | None
    event: str  # the event kind, printed as a sentence in the reader's language
    details: str = ""  # free words to print as they are
    recorded: dict[str, Any] = field(default_factory=dict)  # the event's details, by name


@dataclass(frozen=True)
class CaseSummary:
    case_ref: str
    post: str
    application_id: str
    received_on: date
    status: str
    applicant: SummaryApplicant
    passport: SummaryPassport | None
    prepared_at: datetime
    prepared_by: str
    post_name: str = ""  # the mission's name, as its letters print it; "" when not set
    education: tuple[EducationEntry, ...] = ()
    employment: tuple[EmploymentEntry, ...] = ()
    purpose: PurposeTravel | None = None
    screening: tuple[ScreeningAnswer, ...] = ()
    checklist: tuple[ChecklistItem, ...] = ()
    documents: tuple[DocumentEntry, ...] = ()
    check_runs: tuple[CheckRunEntry, ...] = ()
    decisions: tuple[DecisionEntry, ...] = ()
    letters: tuple[LetterEntry, ...] = ()
    notes: tuple[NoteEntry, ...] = ()
    history: tuple[HistoryEntry, ...] = ()
    redacted: tuple[str, ...] = ()  # what this copy leaves out, e.g. "Screening facts"


# -- layout ---------------------------------------------------------------------------------

GREY = colors.Color(0.35, 0.35, 0.35)
LINE = colors.Color(0.72, 0.72, 0.72)
HEAD = colors.Color(0.88, 0.9, 0.93)
SHADE = colors.Color(0.95, 0.95, 0.95)
RULE = colors.Color(0.55, 0.1, 0.1)


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    sub: ParagraphStyle
    cell: ParagraphStyle
    head: ParagraphStyle
    mono: ParagraphStyle
    text: ParagraphStyle
    note: ParagraphStyle


@lru_cache(maxsize=1)
def _styles() -> _Styles:
    cell = ParagraphStyle(
        "kv-sum-cell", fontName=BASE_FONT, fontSize=8, leading=10, splitLongWords=1
    )
    return _Styles(
        title=ParagraphStyle("kv-sum-title", parent=cell, fontSize=16, leading=20, spaceAfter=2),
        heading=ParagraphStyle(
            "kv-sum-heading", parent=cell, fontSize=11.5, leading=15, spaceBefore=9,
            spaceAfter=4, textColor=RULE,
        ),
        sub=ParagraphStyle(
            "kv-sum-sub", parent=cell, fontSize=9, leading=12, spaceBefore=5, spaceAfter=3
        ),
        cell=cell,
        head=ParagraphStyle("kv-sum-head", parent=cell, fontSize=7.5, leading=9.5,
                            textColor=colors.Color(0.15, 0.15, 0.2)),
        mono=ParagraphStyle("kv-sum-mono", parent=cell, fontName=MONO_FONT, fontSize=6.5,
                            leading=8.5),
        text=ParagraphStyle("kv-sum-text", parent=cell, fontSize=9, leading=12.5,
                            spaceAfter=3, wordWrap="CJK"),
        note=ParagraphStyle("kv-sum-note", parent=cell, fontSize=8, leading=10.5,
                            textColor=GREY),
    )  # fmt: skip


class _Summary:
    """One rendering: the language's texts and the ways values are written."""

    def __init__(self, summary: CaseSummary, language: str) -> None:
        self.summary = summary
        self.language = language
        self.texts: tuple[Texts, ...] = tuple(load_texts(lang) for lang in languages_of(language))

    def label(self, key: str) -> str:
        return " / ".join(t.text(f"summary.{key}") for t in self.texts)

    def code(self, table: str, code: str | None) -> str | None:
        """A stored code in the officer's words, in each language of the summary."""
        if code is None or code == "":
            return None
        return labels.both(table, code, languages_of(self.language))

    def record(self) -> dict[str, Any]:
        """What a subject label names: each degree's institution and each post's employer."""
        return {
            "education": [{"institution": e.institution} for e in self.summary.education],
            "employment": [{"employer": e.employer} for e in self.summary.employment],
        }

    def subject(self, code: str | None) -> str:
        """ "Degree 1 / 学位1 · University of Lagos": the name on file once, in any language."""
        kinds = " / ".join(dict.fromkeys(labels.subject(code, t.language) for t in self.texts))
        whole = labels.subject(code, self.texts[0].language, self.record())
        named = labels.subject(code, self.texts[0].language)
        return kinds + whole[len(named) :]

    def about(self, rule_id: str, subject: str | None) -> str:
        """`K-EDU-02` and, for a rule about one degree or post, which one."""
        return rule_id if subject is None else f"{rule_id}\n{self.subject(subject)}"

    def words(self, text: str) -> str:
        """Free text from the rules with each `education[0]` read as its subject."""
        return labels.subjects_in(text, self.texts[0].language, self.record())

    def sentence(self, event: HistoryEntry) -> str:
        said = " / ".join(
            dict.fromkeys(
                labels.sentence(event.event, event.recorded, t.language) for t in self.texts
            )
        )
        return f"{said}\n{event.details}" if event.details else said

    def value(self, value: object) -> str:
        """Plain text for a value: "—" for None, ISO dates, yes/no for booleans."""
        if value is None or value == "":
            return self.texts[0].text("summary.empty")
        if isinstance(value, bool):
            return self.label("yes" if value else "no")
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%d %H:%M")
        if isinstance(value, date):
            return value.isoformat()
        return str(value)

    def prepared(self) -> str:
        """ "Prepared on DATE by OFFICER", in each language: under the title and in the footer."""
        day, officer = self.summary.prepared_at.date(), self.summary.prepared_by
        return "   ".join(
            t.plain("summary.generated", {"date": t.date(day), "officer": officer})
            for t in self.texts
        )

    def long_date(self, day: date) -> str:
        return " / ".join(t.date(day) for t in self.texts)

    # -- flowables ---------------------------------------------------------------------------

    def para(self, value: object, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(markup(self.value(value)), style or _styles().cell)

    def note(self, key: str) -> Paragraph:
        """A label set as a grey note ("none", "no decision", the notice)."""
        return Paragraph(markup(self.label(key)), _styles().note)

    def heading(self, key: str) -> list[Flowable]:
        # Never a heading alone at the foot of a page.
        return [CondPageBreak(30 * mm), Paragraph(markup(self.label(key)), _styles().heading)]

    def fields(self, rows: Sequence[tuple[str, object]], columns: int = 2) -> Flowable:
        """Label/value pairs, COLUMNS pairs a row."""
        s = _styles()
        cells = [(Paragraph(markup(self.label(k)), s.head), self.para(v)) for k, v in rows]
        while len(cells) % columns:
            cells.append((Paragraph("", s.head), Paragraph("", s.cell)))
        data = [
            [c for pair in cells[i : i + columns] for c in pair]
            for i in range(0, len(cells), columns)
        ]
        label_w = 34 * mm if columns == 2 else 42 * mm
        value_w = (WIDTH - columns * label_w) / columns
        # A row may run onto the next page: free text of 10,000 characters is taller than one.
        table = Table(data, colWidths=[label_w, value_w] * columns, hAlign="LEFT", splitInRow=1)
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.3, LINE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for col in range(0, 2 * columns, 2):
            style.append(("BACKGROUND", (col, 0), (col, -1), SHADE))
        table.setStyle(TableStyle(style))
        return table

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Paragraph]],
        widths: Sequence[float],
    ) -> Flowable:
        """A list with its header row repeated on every page it runs onto."""
        s = _styles()
        if not rows:
            return Paragraph(markup(self.label("none")), s.note)
        head = [Paragraph(markup(self.label(h)), s.head) for h in headers]
        total = sum(widths)
        table = Table(
            [head, *rows],
            colWidths=[w * WIDTH / total for w in widths],
            repeatRows=1,
            hAlign="LEFT",
            splitInRow=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, GREY),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, LINE),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table


def _size(size: int | None) -> str | None:
    if size is None:
        return None
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KiB"
    return f"{size / (1024 * 1024):.1f} MiB"


def _story(r: _Summary) -> list[Flowable]:
    """The whole summary, section after section, in the order the file is read."""
    return [flowable for section in _SECTIONS for flowable in section(r)]


def _title(r: _Summary) -> list[Flowable]:
    """Title, who prepared it, the notice, what was redacted, and the case's key facts."""
    sm, s = r.summary, _styles()
    out: list[Flowable] = [
        Paragraph(markup(f"{r.label('title')}  {sm.case_ref}"), s.title),
        Paragraph(markup(r.prepared()), s.note),
        r.note("confidential"),
    ]
    if sm.redacted:
        redacted = "; ".join(r.code("redaction", x) or x for x in sm.redacted)
        out.append(Paragraph(markup(f"{r.label('redacted')}: {redacted}"), s.note))
    out.append(Spacer(1, 3 * mm))
    out.append(
        r.fields(
            [
                ("case", sm.case_ref),
                ("post", sm.post_name or sm.post),
                ("application_id", sm.application_id),
                ("received", sm.received_on),
                ("status", r.code("status", sm.status)),
            ]
        )
    )
    return out


def _applicant(r: _Summary) -> list[Flowable]:
    a = r.summary.applicant
    fields = r.fields(
        [
            ("surname", a.surname),
            ("given_names", a.given_names),
            ("native_name", a.native_name),
            ("sex", r.code("sex", a.sex)),
            ("date_of_birth", a.date_of_birth),
            ("place_of_birth", a.place_of_birth),
            ("nationality", a.nationality),
            ("email", a.email),
            ("phone", a.phone),
            ("address", a.address),
        ]
    )
    return [*r.heading("applicant"), fields]


def _passport(r: _Summary) -> list[Flowable]:
    p, s = r.summary.passport, _styles()
    if p is None:
        return [*r.heading("passport"), r.note("none")]
    out = [
        *r.heading("passport"),
        r.fields(
            [
                ("passport_number", p.number),
                ("issuing_state", p.issuing_state),
                ("issue_date", p.issue_date),
                ("expiry_date", p.expiry_date),
            ]
        ),
    ]
    if p.mrz_lines:
        mrz = Paragraph(
            "<br/>".join(markup(line) for line in p.mrz_lines),
            ParagraphStyle("kv-mrz", parent=s.mono, fontSize=8, leading=10),
        )
        out += [Spacer(1, 2 * mm), KeepTogether([Paragraph(markup(r.label("mrz")), s.head), mrz])]
    return out


def _education(r: _Summary) -> list[Flowable]:
    rows = [
        [r.para(r.code("level", e.level)), r.para(e.field), r.para(e.institution),
         r.para(e.country), r.para(e.awarded_on)]
        for e in r.summary.education
    ]  # fmt: skip
    headers = ["level", "field", "institution", "country", "awarded"]
    return [*r.heading("education"), r.table(headers, rows, [16, 26, 40, 10, 14])]


def _employment(r: _Summary) -> list[Flowable]:
    rows = [
        [r.para(e.employer), r.para(e.job_title), r.para(r.code("kind", e.kind)), r.para(e.field),
         r.para(e.country), r.para(f"{r.value(e.start_date)} – {r.value(e.end_date)}")]
        for e in r.summary.employment
    ]  # fmt: skip
    headers = ["employer", "job_title", "kind", "field", "country", "period"]
    return [*r.heading("employment"), r.table(headers, rows, [30, 22, 12, 20, 10, 22])]


def _purpose(r: _Summary) -> list[Flowable]:
    pt = r.summary.purpose
    if pt is None:
        return [*r.heading("purpose"), r.note("none")]
    fields = r.fields(
        [
            ("activity", r.code("activity", pt.activity)),
            ("host", pt.host_institution),
            ("intended_entry", pt.intended_entry),
            ("stay_days", pt.stay_days),
            ("description", pt.description),
        ],
        columns=1,
    )
    return [*r.heading("purpose"), fields]


def _screening(r: _Summary) -> list[Flowable]:
    """Only when the caller gave screening facts (they may be redacted away)."""
    if not r.summary.screening:
        return []
    rows = [
        [
            r.para(r.code("screening", f.fact)),
            r.para(r.label("unknown") if f.answer is None else f.answer),
        ]
        for f in r.summary.screening
    ]
    return [*r.heading("screening"), r.table(["fact", "answer"], rows, [70, 30])]


def _documents(r: _Summary) -> list[Flowable]:
    """The checklist of required documents, then every document of the case."""
    sm, s = r.summary, _styles()
    out = r.heading("documents")
    if sm.checklist:
        checklist = [
            [r.para(_either(r, c.document_type)), r.para(c.required), r.para(c.present)]
            for c in sm.checklist
        ]
        out.append(r.table(["document_type", "required", "present"], checklist, [60, 20, 20]))
        out.append(Spacer(1, 3 * mm))
    rows = [
        [r.para(r.code("document", d.document_type)), r.para(d.file_name),
         r.para(_size(d.size_bytes)), r.para(d.sha256, s.mono), r.para(_verification(r, d))]
        for d in sm.documents
    ]  # fmt: skip
    headers = ["document_type", "file_name", "size", "sha256", "verification"]
    out.append(r.table(headers, rows, [22, 34, 13, 40, 25]))
    return out


def _either(r: _Summary, doc_types: str) -> str:
    """ "passport_scan / other": any one of these document types."""
    return " | ".join(r.code("document", t.strip()) or "" for t in doc_types.split(" / "))


def _verification(r: _Summary, d: DocumentEntry) -> str:
    """ "Verified" and by whom, or "Removed" and by whom, then the reason given."""
    state = r.code("summary", "removed") if d.removed else r.code("verification", d.verification)
    lines = [state or ""]
    if d.by:
        lines[0] += f" · {d.by}"
    if d.note:
        lines.append(d.note)
    return "\n".join(lines)


def _settings(r: _Summary, run: CheckRunEntry) -> str:
    if run.settings_version is None:
        return ""
    n = run.settings_version
    return (
        " ("
        + " / ".join(
            labels.label("summary", "settings_version", t.language).format(n=n) for t in r.texts
        )
        + ")"
    )


def _checks(r: _Summary) -> list[Flowable]:
    out = r.heading("checks")
    if not r.summary.check_runs:
        out.append(r.note("none"))
    for run in r.summary.check_runs:
        out += _check_run(r, run)
    return out


def _check_run(r: _Summary, run: CheckRunEntry) -> list[Flowable]:
    """One run: its line, its results, and the overrides of its results."""
    s = _styles()
    line = (
        f"{r.label('run')} {run.number} · {r.label('pack')} {run.pack}{_settings(r, run)} · "
        f"{r.value(run.ran_at)} · {r.value(run.officer)} · {r.label('outcome')}"
        f"{'：' if r.language == 'zh' else ': '}"
        f"{r.code('outcome', run.outcome)}"
    )
    results = [
        [r.para(r.about(x.rule_id, x.subject)), r.para(r.code("outcome", x.outcome)),
         r.para(r.words(x.detail))]
        for x in run.results
    ]  # fmt: skip
    out: list[Flowable] = [
        KeepTogether([Paragraph(markup(line), s.sub)]),
        r.table(["rule", "result", "detail"], results, [16, 12, 72]),
    ]
    if run.overrides:
        overrides = [
            [r.para(r.about(o.rule_id, o.subject)), r.para(r.code("outcome", o.to_outcome)),
             r.para(o.reason), r.para(o.officer), r.para(o.at)]
            for o in run.overrides
        ]  # fmt: skip
        headers = ["rule", "result", "reasoning", "officer", "when"]
        out.append(Paragraph(markup(r.label("overrides")), s.sub))
        out.append(r.table(headers, overrides, [14, 10, 46, 16, 14]))
    return out


def _decisions(r: _Summary) -> list[Flowable]:
    out = r.heading("decision")
    if not r.summary.decisions:
        out.append(r.note("no_decision"))
    for d in r.summary.decisions:
        out += [_decision(r, d), Spacer(1, 3 * mm)]
    return out


def _decision(r: _Summary, d: DecisionEntry) -> Flowable:
    terms = None
    if d.terms is not None:
        t = r.texts[0]
        entries = t.lookup("entries", d.terms.entries) or d.terms.entries
        terms = f"{entries}; {t.days(d.terms.validity_days)}; {t.days(d.terms.stay_days)}"
    return r.fields(
        [
            ("recommendation", r.code("recommendation", d.recommendation)),
            ("recommended_by", d.recommended_by),
            ("recommended_at", d.recommended_at),
            ("terms", terms),
            ("grounds", "\n".join(r.words(g) for g in d.grounds) or None),
            ("reasoning", d.reasoning),
            ("sign_off", r.code("sign_off", d.sign_off)),
            ("signed_by", d.signed_by),
            ("signed_at", d.signed_at),
            ("sign_off_reason", d.sign_off_reason),
        ],
        columns=1,
    )


def _letters(r: _Summary) -> list[Flowable]:
    mono = _styles().mono
    rows = [
        [r.para(x.reference if not x.replaces else f"{x.reference}\n({x.replaces})"),
         r.para(r.code("letter_kind", x.kind)), r.para(r.code("language", x.language)),
         r.para(x.issued_on), r.para(x.sha256, mono)]
        for x in r.summary.letters
    ]  # fmt: skip
    headers = ["reference", "letter_kind", "language", "issued", "letter_sha256"]
    return [*r.heading("letters"), r.table(headers, rows, [24, 16, 10, 14, 36])]


def _notes(r: _Summary) -> list[Flowable]:
    rows = [[r.para(n.written_at), r.para(n.officer), r.para(n.text)] for n in r.summary.notes]
    return [*r.heading("notes"), r.table(["written", "officer", "note"], rows, [16, 16, 68])]


def _history(r: _Summary) -> list[Flowable]:
    rows = [[r.para(h.at), r.para(h.officer), r.para(r.sentence(h))] for h in r.summary.history]
    headers = ["when", "officer", "event"]
    return [*r.heading("history"), r.table(headers, rows, [16, 16, 68])]


_SECTIONS: tuple[Callable[[_Summary], list[Flowable]], ...] = (
    _title,
    _applicant,
    _passport,
    _education,
    _employment,
    _purpose,
    _screening,
    _documents,
    _checks,
    _decisions,
    _letters,
    _notes,
    _history,
)


# -- page decorations -------------------------------------------------------------------------


def _draw_page(canvas: Canvas, r: _Summary, page: int, pages: int) -> None:
    sm = r.summary
    canvas.saveState()
    top = HEADER_Y
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)
    canvas.setFillColor(GREY)
    numbers = {"page": str(page), "pages": str(pages)}
    lines: list[TextLine] = [
        (MARGIN_X, top, f"{r.label('title')} · {sm.case_ref} · {sm.post}", 8, "left"),
        (PAGE_WIDTH - MARGIN_X, top, r.label("confidential"), 7, "right"),
    ]
    page_label = "   ".join(t.plain("labels.page", numbers) for t in r.texts)
    bottom = FOOTER_Y
    canvas.setStrokeColor(LINE)
    canvas.line(MARGIN_X, bottom + 4 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4 * mm)
    lines.append((PAGE_WIDTH - MARGIN_X, bottom, page_label, 8, "right"))
    lines.append((MARGIN_X, bottom, r.prepared(), 7, "left"))
    draw_texts(canvas, lines)
    canvas.restoreState()


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(getattr(value, k)) for k in value.__dataclass_fields__}
    return value


def summary_digest(summary: CaseSummary, language: str) -> str:
    """SHA-256 of the canonical JSON of the summary and its language (the PDF's ID seed)."""
    text = json.dumps(
        {"format": "kvisa-summary/1", "language": language, "summary": _plain(summary)},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def render_case_summary(summary: CaseSummary, language: Language | str = "en") -> bytes:
    """The case summary as PDF bytes, in "en", "zh" or "en+zh" (labels in both)."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")
    ensure_fonts()
    r = _Summary(summary, language)
    buffer = io.BytesIO()
    frame = Frame(
        MARGIN_X, BOTTOM, WIDTH, PAGE_HEIGHT - TOP - BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )  # fmt: skip
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=f"{r.label('title')} {summary.case_ref}",
        author=summary.post,
        subject=summary.case_ref,
        creator="KVisa Desk",
        producer=PRODUCER,
        keywords=[],
        initialFontName=BASE_FONT,  # not Helvetica: every font on the pages is embedded
        initialFontSize=10,
        invariant=1,
        pageCompression=1,
        lang="zh-Hans" if language == "zh" else "en-GB",
        pageTemplates=[PageTemplate("body", [frame])],
    )
    canvasmaker = CountingCanvas.maker(
        day=summary.prepared_at.date(),
        id_seed=summary_digest(summary, language),
        footer=lambda c, page, pages: _draw_page(c, r, page, pages),
    )
    with pinned_settings():
        doc.build(_story(r), canvasmaker=canvasmaker)
    return buffer.getvalue()
