"""Export writers: rows of plain values out to CSV and XLSX files, streamed.

Writers only: this package knows nothing of cases, sessions or Qt. `kvisa_desk.core.reports.exports`
decides what goes in a file and where; the writers here decide how it is spelled.
"""

from __future__ import annotations

from kvisa_desk.tabular.writers import (
    CSV_TRIGGERS,
    DEFAULT_EVERY,
    FORMATS,
    XLSX_MAX_ROWS,
    Cell,
    Column,
    ExportCancelled,
    neutralise_csv,
    write_csv,
    write_table,
    write_xlsx,
)

__all__ = [
    "CSV_TRIGGERS",
    "DEFAULT_EVERY",
    "FORMATS",
    "XLSX_MAX_ROWS",
    "Cell",
    "Column",
    "ExportCancelled",
    "neutralise_csv",
    "write_csv",
    "write_table",
    "write_xlsx",
]
