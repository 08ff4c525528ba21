"""The Letters tab's outputs as background operations: print the stored bytes on a printer,
save them unchanged, verify a letter file. Each tells the tab what happened through `say`;
core records every output (`reprint` with its purpose) and every verification."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter

from kvisa_desk.core.decisions.letters import (
    LetterInfo,
    LetterVerification,
    reprint,
    save_letter_copy,
    verify_letter,
)
from kvisa_desk.ui.letters.preview import print_pages
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress

MAX_LETTER_FILE = 50 * 1024 * 1024  # far above any letter; a bigger file is not one of ours
GOOD, BAD = "#1b5e20", "#b3261e"
Say = Callable[[str, str], None]  # (text, colour)


def tr(text: str) -> str:
    return QCoreApplication.translate("LettersTab", text)


def reason_of(error: BaseException) -> str:
    return error_text(error)


def print_letter(
    context: DeskContext, info: LetterInfo, printer: QPrinter, say: Say
) -> Operation[int]:
    """Print the letter's stored bytes, page by page, on PRINTER (which the operation keeps
    alive, and nothing else may use, until it ends)."""
    db, actor = context.db, context.actor
    where = printer.printerName() or printer.outputFileName() or "printer"

    def work(_report: ReportProgress) -> int:
        pdf = reprint(db, actor, info.letter_id, purpose="print", printer=where)
        return print_pages(pdf, printer)

    def done(pages: int) -> None:
        text = tr("Sent {reference} to {printer}: {pages} page(s).")
        say(text.format(reference=info.reference, printer=where, pages=pages), GOOD)

    def failed(error: BaseException) -> None:
        say(tr("Not printed: {reason}").format(reason=reason_of(error)), BAD)

    label = tr("Printing {reference}…").format(reference=info.reference)
    return Operation(context.runner, work, label).success(done).failure(failed).run()


def save_letter(context: DeskContext, info: LetterInfo, path: Path, say: Say) -> Operation[Path]:
    """Write the letter's exact stored bytes to PATH (recorded as a save)."""
    db, actor = context.db, context.actor

    def work(_report: ReportProgress) -> Path:
        return save_letter_copy(db, actor, info.letter_id, path)

    def done(saved: Path) -> None:
        say(tr("Saved {reference} as {path}.").format(reference=info.reference, path=saved), GOOD)

    def failed(error: BaseException) -> None:
        say(tr("Not saved: {reason}").format(reason=reason_of(error)), BAD)

    label = tr("Saving {reference}…").format(reference=info.reference)
    return Operation(context.runner, work, label).success(done).failure(failed).run()


def verify_letter_file(context: DeskContext, path: Path, say: Say) -> Operation[LetterVerification]:
    """Whether the file at PATH is a letter this database issued, unchanged."""
    db, actor = context.db, context.actor

    def work(_report: ReportProgress) -> LetterVerification:
        if path.stat().st_size > MAX_LETTER_FILE:
            raise ValueError(f"{path.name} is far too large to be a letter")
        return verify_letter(db, actor, path.read_bytes())

    def done(result: LetterVerification) -> None:
        text = tr("{file}: {result}").format(file=path.name, result=result.message)
        say(text, GOOD if result.genuine else BAD)

    def failed(error: BaseException) -> None:
        say(tr("Not verified: {reason}").format(reason=reason_of(error)), BAD)

    label = tr("Verifying {file}…").format(file=path.name)
    return Operation(context.runner, work, label).success(done).failure(failed).run()
