"""The fixed parts of an XLSX package (Office Open XML, SpreadsheetML) the streaming writer
needs around its sheets: content types, relationships, the workbook and its styles.

Styles, by index: 0 plain, 1 bold (the header), 2 a date, 3 a date and time, 4 text (an
empty text cell). Only the standard library; the sheets themselves are written in writers.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

STYLE_BOLD, STYLE_DATE, STYLE_DATETIME, STYLE_TEXT = 1, 2, 3, 4
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def column_letters(count: int) -> list[str]:
    """A, B, ... Z, AA, AB, ... for the first COUNT columns."""
    letters = []
    for index in range(1, count + 1):
        name = ""
        while index:
            index, rest = divmod(index - 1, 26)
            name = chr(65 + rest) + name
        letters.append(name)
    return letters


def content_types(sheets: int) -> str:
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{_SHEET_TYPE}"/>'
        for n in range(1, sheets + 1)
    )
    return (
        HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        f"{overrides}</Types>"
    )


ROOT_RELS = (
    HEAD + f'<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)


def workbook_rels(sheets: int) -> str:
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
        for n in range(1, sheets + 1)
    )
    styles = f'<Relationship Id="rId{sheets + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
    return HEAD + f'<Relationships xmlns="{_PKG_REL}">{rels}{styles}</Relationships>'


def workbook(titles: Sequence[str], filters: Sequence[str]) -> str:
    """The sheets by title; each prints its header row on every page and has its filter."""
    sheets = "".join(
        f'<sheet name={quoteattr(t)} sheetId="{n}" r:id="rId{n}"/>' for n, t in enumerate(titles, 1)
    )
    names = []
    for n, (title, ref) in enumerate(zip(titles, filters, strict=True)):
        quoted = "'" + title.replace("'", "''") + "'"
        names.append(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n}" hidden="1">'
            f"{escape(quoted)}!{ref}</definedName>"
        )
        names.append(
            f'<definedName name="_xlnm.Print_Titles" localSheetId="{n}">'
            f"{escape(quoted)}!$1:$1</definedName>"
        )
    return (
        HEAD + f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView/></bookViews>'
        f"<sheets>{sheets}</sheets><definedNames>{''.join(names)}</definedNames></workbook>"
    )


def styles(date_format: str, datetime_format: str) -> str:
    return (
        HEAD + f'<styleSheet xmlns="{_MAIN}"><numFmts count="2">'
        f'<numFmt numFmtId="164" formatCode={quoteattr(date_format)}/>'
        f'<numFmt numFmtId="165" formatCode={quoteattr(datetime_format)}/></numFmts>'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        '</cellStyleXfs><cellXfs count="5">'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
        "</cellStyles></styleSheet>"
    )


def sheet_start(widths: Sequence[float | None]) -> str:
    """A sheet up to its rows: fit to the page's width, the header row frozen, the widths."""
    cols = "".join(
        f'<col min="{n}" max="{n}" width="{w:g}" customWidth="1"/>'
        for n, w in enumerate(widths, 1)
        if w is not None
    )
    return (
        HEAD + f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
        'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView>'
        '</sheetViews><sheetFormatPr defaultRowHeight="15"/>'
        + (f"<cols>{cols}</cols>" if cols else "")
        + "<sheetData>"
    )


def sheet_end(filter_ref: str) -> str:
    return (
        f'</sheetData><autoFilter ref="{filter_ref}"/>'
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
        'footer="0.3"/><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
        "</worksheet>"
    )
