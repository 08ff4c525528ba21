"""An import's report as rows an officer reads: each record with its place in the file
(`FILE:line N`, `FILE:[i]`), what became of it and why; and the same as plain text to copy
or save, one line a record, as the command line prints it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kvisa_desk import labels
from kvisa_desk.ui.imports.reasons import reason_words
from kvisa_desk.ui.widgets.labels import QT_TRANSLATE_NOOP, language
from kvisa_desk.ui.widgets.row_table_model import RowTableModel

if TYPE_CHECKING:
    from kvisa_desk.core.applications.importer import ImportReport

REJECTED, CHANGED, UNCHANGED, IMPORTED = "rejected", "changed", "unchanged", "imported"
OUTCOMES = {
    REJECTED: QT_TRANSLATE_NOOP("ImportResult", "Rejected"),
    CHANGED: QT_TRANSLATE_NOOP("ImportResult", "Changed, not applied"),
    UNCHANGED: QT_TRANSLATE_NOOP("ImportResult", "Unchanged"),
    IMPORTED: QT_TRANSLATE_NOOP("ImportResult", "Imported"),
}
# Core's words for a whole record or row, and for a change it cannot name a field of.
_FIELDS = {
    "(record)": QT_TRANSLATE_NOOP("ImportResult", "the whole record"),
    "(row)": QT_TRANSLATE_NOOP("ImportResult", "the whole row"),
    "(formatting only)": QT_TRANSLATE_NOOP("ImportResult", "formatting only"),
    "(earlier in this file)": QT_TRANSLATE_NOOP(
        "ImportResult", "an earlier record of this file differs"
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportResult", text)


@dataclass(frozen=True)
class ResultRow:
    outcome: str  # REJECTED, CHANGED, UNCHANGED or IMPORTED
    position: str  # "FILE, line N" in the window's language, or FILE:[i]
    # POST/APPLICATION_ID; a rejected record's APPLICATION_ID as written, or "" unreadable
    application: str
    fields: str  # the field at fault, or the fields that differ
    meaning: str  # why, or which case it is


def field_words(field: str) -> str:
    """A field as the case view names it (`applicant.date_of_birth` → "Date of birth"); a
    field the format does not know (misspelt in the file) as the file wrote it."""
    known = _FIELDS.get(field)
    return tr(known) if known else labels.field(field, language())


_LINE = re.compile(r"^line (\d+)$")


def position_words(source: str, location: str) -> str:
    """Where a record is, in the window's language: "FILE, line 2" (第2行), "FILE[3]"."""
    found = _LINE.match(location)
    if found is None:
        return f"{source}:{location}"
    return tr("{file}, line {line}").format(file=source, line=found.group(1))


def rows_of(report: ImportReport) -> list[ResultRow]:
    """Problems first (rejected, then changed), then the cases; each group in file order."""
    source = report.source
    rows = [
        ResultRow(
            REJECTED,
            position_words(source, r.location),
            r.application_id,  # the record's own id when readable, beside its position
            field_words(r.field),
            reason_words(r.reason),
        )
        for r in report.rejected
    ]
    for c in report.changed:
        where = (
            tr("differs from case {case}; an officer must decide").format(case=c.case_ref)
            if c.case_ref
            else tr("differs from an earlier record of this file")
        )
        fields = ", ".join(field_words(f) for f in c.fields)
        rows.append(
            ResultRow(
                CHANGED,
                position_words(source, c.location),
                f"{c.post}/{c.application_id}",
                fields,
                where,
            )
        )
    for outcome, listed, words in (
        (UNCHANGED, report.unchanged_cases, tr("already case {case}, the same")),
        (IMPORTED, report.imported_cases, tr("now case {case}")),
    ):
        for record in listed:
            meaning = words.format(case=record.case_ref) if record.case_ref else ""
            if not meaning:
                meaning = tr("the same as an earlier record of this file")
            application = f"{record.post}/{record.application_id}"
            rows.append(
                ResultRow(
                    outcome, position_words(source, record.location), application, "", meaning
                )
            )
    return rows


def summary_text(report: ImportReport) -> str:
    """The counts in one line; numbers after a colon, so no plural is needed."""
    return tr(
        "Imported: {imported} · Unchanged: {unchanged} · Changed, not applied: {changed} · "
        "Rejected: {rejected}"
    ).format(
        imported=f"{report.imported:,}",
        unchanged=f"{report.unchanged:,}",
        changed=f"{report.changed_records:,}",
        rejected=f"{report.rejected_records:,}",
    )


def not_listed(report: ImportReport) -> int:
    """Records and problems the report counts but does not list (past its bound)."""
    listed_cases = len(report.imported_cases) + len(report.unchanged_cases)
    return report.unlisted + report.imported + report.unchanged - listed_cases


def report_text(report: ImportReport, cancelled_note: str = "") -> str:
    """The whole result as plain text, to copy or save: the summary, then a line a record."""
    lines = [tr("Import of {file}").format(file=report.source), summary_text(report)]
    if cancelled_note:
        lines.append(cancelled_note)
    lines.append("")
    for row in rows_of(report):
        parts = [row.position, tr(OUTCOMES[row.outcome])]
        parts += [part for part in (row.application, row.fields, row.meaning) if part]
        lines.append(": ".join(parts))
    hidden = not_listed(report)
    if hidden:
        lines.append(
            tr("{count} more records and problems are counted, not listed.").format(
                count=f"{hidden:,}"
            )
        )
    return "\n".join(lines) + "\n"


class ImportResultModel(RowTableModel[ResultRow]):
    headers = (
        QT_TRANSLATE_NOOP("ImportResult", "Outcome"),
        QT_TRANSLATE_NOOP("ImportResult", "Position"),
        QT_TRANSLATE_NOOP("ImportResult", "Application"),
        QT_TRANSLATE_NOOP("ImportResult", "Field"),
        QT_TRANSLATE_NOOP("ImportResult", "What it means"),
    )
    context = "ImportResult"

    def text(self, row: ResultRow, column: int) -> str:
        if column == 0:
            return tr(OUTCOMES[row.outcome])
        return (row.position, row.application, row.fields, row.meaning)[column - 1]
