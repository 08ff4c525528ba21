"""File dialogs that start where the officer last was for that kind of file, filtered by kind.

Each kind of file (documents to attach, application files to import, letters, summaries,
bundles, exports, reports) has its own last folder, remembered per officer in the window's
settings: an officer who imports from a shared drive and saves letters to a case folder finds
each where they left it. Saving proposes a name made of the case and the kind
(`C0000042-refusal-letter.pdf`), so a folder of saved files sorts by case.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:  # print support loads with the first print dialog, not with the worklist
    from PySide6.QtPrintSupport import QPrinter

# The kinds of file, each with its own remembered folder.
DOCUMENTS = "documents"
IMPORTS = "imports"
LETTERS = "letters"
SUMMARIES = "summaries"
BUNDLES = "bundles"
EXPORTS = "exports"
REPORTS = "reports"
KINDS = (DOCUMENTS, IMPORTS, LETTERS, SUMMARIES, BUNDLES, EXPORTS, REPORTS)

DOCUMENT_PATTERNS = "*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif"
IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif"
IMPORT_PATTERNS = "*.json *.jsonl *.csv"
IMPORT_SUFFIXES = (".json", ".jsonl", ".csv")

# Folders remembered without settings (some tests, a window without a profile): this run only.
_this_run: dict[str, str] = {}


def tr(text: str) -> str:
    return QCoreApplication.translate("FileDialogs", text)


def filters(kind: str) -> str:
    """The dialog's filter list for a kind of file, the likeliest first; always "All files"."""
    if kind == DOCUMENTS:
        shown = [
            tr("Documents: PDF and images ({patterns})").format(patterns=DOCUMENT_PATTERNS),
            tr("PDF files (*.pdf)"),
            tr("Images ({patterns})").format(patterns=IMAGE_PATTERNS),
        ]
    elif kind == IMPORTS:
        shown = [
            tr("Application files ({patterns})").format(patterns=IMPORT_PATTERNS),
            tr("JSON (*.json)"),
            tr("JSON Lines (*.jsonl)"),
            tr("CSV (*.csv)"),
        ]
    else:
        return ""
    return ";;".join([*shown, tr("All files (*)")])


def _key(actor: str, kind: str) -> str:
    # A user name is letters, digits, dots and dashes; a slash would make a settings group.
    safe = actor.replace("/", "_").replace("\\", "_")
    return f"folders/{safe}/{kind}"


def start_folder(settings: QSettings | None, actor: str, kind: str) -> Path:
    """Where a dialog for this kind of file opens: the folder last used, if it still exists,
    else the officer's documents folder (never the program's own folder)."""
    key = _key(actor, kind)
    remembered = settings.value(key, "") if settings is not None else _this_run.get(key, "")
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(settings: QSettings | None, actor: str, kind: str, chosen: Path) -> None:
    """The folder of a chosen file (or the chosen folder itself) is where the next one opens."""
    folder = chosen if chosen.is_dir() else chosen.parent
    key = _key(actor, kind)
    if settings is None:
        _this_run[key] = str(folder)
    else:
        settings.setValue(key, str(folder))


def proposed_name(case_ref: str, what: str, suffix: str) -> str:
    """`C0000042-refusal-letter.pdf`: the case, then the kind, so saved files sort by case."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in what.strip()).strip("-")
    return f"{case_ref}-{safe}{suffix}"


def ask_open_file(
    parent: QWidget | None,
    settings: QSettings | None,
    actor: str,
    kind: str,
    title: str,
    pattern: str = "",
) -> Path | None:
    """A file to open, the dialog filtered by kind (or by PATTERN, such as PDF files only)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, title, str(start_folder(settings, actor, kind)), pattern or filters(kind)
    )
    if not path:
        return None
    remember_folder(settings, actor, kind, Path(path))
    return Path(path)


def ask_save_file(
    parent: QWidget | None,
    settings: QSettings | None,
    actor: str,
    kind: str,
    title: str,
    name: str,
    pattern: str,
) -> Path | None:
    """Where to save a file: the dialog opens in the kind's folder with `name` proposed."""
    start = start_folder(settings, actor, kind) / name
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(start), pattern)
    if not path:
        return None
    remember_folder(settings, actor, kind, Path(path))
    return Path(path)


def ask_folder(
    parent: QWidget | None, settings: QSettings | None, actor: str, kind: str, title: str
) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        parent, title, str(start_folder(settings, actor, kind))
    )
    if not folder:
        return None
    remember_folder(settings, actor, kind, Path(folder))
    return Path(folder)


def propose_print_file(
    printer: QPrinter, settings: QSettings | None, actor: str, kind: str, name: str
) -> None:
    """Before a print dialog: "Print to file" proposes NAME in the kind's folder, while a real
    printer, if the computer has one, stays the dialog's first choice."""
    from PySide6.QtPrintSupport import QPrinterInfo

    if printer.outputFileName():  # the caller chose the file already
        return
    printer.setDocName(Path(name).stem)
    printer.setOutputFileName(str(start_folder(settings, actor, kind) / name))
    default = QPrinterInfo.defaultPrinterName()
    if default:  # setting a file made the output PDF: the printer is the choice again
        printer.setPrinterName(default)


def remember_print_file(
    printer: QPrinter, settings: QSettings | None, actor: str, kind: str
) -> None:
    """After a print dialog: a printout to a file makes its folder the kind's next folder."""
    from PySide6.QtPrintSupport import QPrinter

    chosen = printer.outputFileName()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and chosen:
        remember_folder(settings, actor, kind, Path(chosen))
