"""File dialogs start where the officer last was for that kind of file (per officer, per kind),
filter by kind, and propose a name made of the case and the kind; Print to file likewise."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.decisions.letters import LetterInfo
from kvisa_desk.store.engine import Database
from kvisa_desk.ui.case.exports import CaseExportOptions
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.letters.letters_tab import letter_file_name
from kvisa_desk.ui.widgets import file_dialogs
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.file_dialogs import (
    DOCUMENTS,
    IMPORTS,
    LETTERS,
    SUMMARIES,
    ask_save_file,
    filters,
    propose_print_file,
    remember_folder,
    remember_print_file,
    start_folder,
)
from kvisa_desk.ui.widgets.operations import OperationRunner
from tests.samples import application
from tests.ui.conftest import FakePrompts, import_applications


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def desk_with_settings(
    db: Database, prompts: FakePrompts, settings: QSettings
) -> Iterator[DeskContext]:
    runner = OperationRunner()
    yield DeskContext(db, "test.officer", runner, prompts.prompts(), settings)
    runner.wait()


class Asked:
    """What a file dialog was opened with, answering with a chosen path."""

    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.calls: list[tuple[str, str, str]] = []  # title, folder or proposed path, filter

    def __call__(self, _parent: Any, title: str, where: str = "", pattern: str = "") -> Any:
        self.calls.append((title, where, pattern))
        return (str(self.answer) if self.answer else "", "")


def test_each_kind_and_each_officer_has_its_own_folder(settings: QSettings, tmp_path: Path) -> None:
    first = start_folder(settings, "officer.a", DOCUMENTS)
    assert first != Path.cwd() or first == Path.home()  # never the program's own folder
    assert first.is_dir()
    scans, letters = tmp_path / "scans", tmp_path / "letters"
    scans.mkdir()
    letters.mkdir()
    remember_folder(settings, "officer.a", DOCUMENTS, scans / "passport.pdf")
    remember_folder(settings, "officer.a", LETTERS, letters)
    assert start_folder(settings, "officer.a", DOCUMENTS) == scans
    assert start_folder(settings, "officer.a", LETTERS) == letters
    assert start_folder(settings, "officer.b", DOCUMENTS) == first  # another officer's own
    scans.rmdir()  # a folder since removed: back to the documents folder, not an error
    assert start_folder(settings, "officer.a", DOCUMENTS) == first


def test_filters_by_kind() -> None:
    documents = filters(DOCUMENTS).split(";;")
    assert "*.pdf" in documents[0] and "*.jpg" in documents[0] and "*.png" in documents[0]
    assert documents[-1] == "All files (*)"
    imports = filters(IMPORTS).split(";;")
    assert all(p in imports[0] for p in ("*.json", "*.jsonl", "*.csv"))
    assert imports[1:4] == ["JSON (*.json)", "JSON Lines (*.jsonl)", "CSV (*.csv)"]


def test_a_letter_is_named_by_its_case_and_kind() -> None:
    info = LetterInfo(
        7, "LON-K-2026-000123", 42, 1, "refusal", "en+zh", date(2026, 1, 5), None, None,
        "d", "s", 1, 2, "officer.a",
    )  # fmt: skip
    assert letter_file_name(info) == "C0000042-refusal-letter-LON-K-2026-000123.pdf"
    assert letter_file_name(replace(info, kind="approval")).startswith("C0000042-approval-")


def test_saving_proposes_the_name_in_the_kind_s_folder(
    settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    asked = Asked(out / "C0000042-refusal-letter.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", asked)
    args = (None, settings, "officer.a", LETTERS, "Save", "C0000042-refusal-letter.pdf", "PDF")
    assert ask_save_file(*args) == out / "C0000042-refusal-letter.pdf"
    ask_save_file(*args)
    assert Path(asked.calls[1][1]) == out / "C0000042-refusal-letter.pdf"  # where it went last


def test_print_to_file_proposes_the_name_and_remembers_the_folder(
    qtbot: Any, settings: QSettings, tmp_path: Path
) -> None:
    remember_folder(settings, "officer.a", LETTERS, tmp_path)
    printer = QPrinter()
    propose_print_file(printer, settings, "officer.a", LETTERS, "C0000042-refusal-letter.pdf")
    assert printer.outputFileName() == str(tmp_path / "C0000042-refusal-letter.pdf")
    assert printer.docName() == "C0000042-refusal-letter"
    elsewhere = tmp_path / "printed"
    elsewhere.mkdir()
    printer.setOutputFileName(str(elsewhere / "x.pdf"))  # the officer picked another place
    remember_print_file(printer, settings, "officer.a", LETTERS)
    assert start_folder(settings, "officer.a", LETTERS) == elsewhere
    chosen = QPrinter()
    chosen.setOutputFileName(str(tmp_path / "given.pdf"))  # a caller's own file is kept
    propose_print_file(chosen, settings, "officer.a", LETTERS, "other.pdf")
    assert chosen.outputFileName() == str(tmp_path / "given.pdf")


def open_case(qtbot: Any, context: DeskContext) -> CaseView:
    case_id = import_applications(context.db, [application("KV-FD-1", documents=[])]).first_case_id
    assert case_id is not None
    view = CaseView(context, case_detail(context.db, case_id))
    qtbot.addWidget(view)
    return view


def test_attach_filters_documents_and_starts_in_the_last_folder(
    qtbot: Any, desk_with_settings: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_case(qtbot, desk_with_settings)
    scans = tmp_path / "scans"
    scans.mkdir()
    asked = Asked(scans / "passport.pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", asked)
    monkeypatch.setattr(QInputDialog, "exec", lambda _self: 0)  # kind of document: cancel
    assert view.documents.ask_attach() is None
    assert "*.pdf" in asked.calls[0][2].split(";;")[0] and "*.heic" in asked.calls[0][2]
    assert Path(asked.calls[0][1]) != scans
    view.documents.ask_attach()
    assert Path(asked.calls[1][1]) == scans


def test_summary_save_and_print_propose_the_case_s_name(
    qtbot: Any, desk_with_settings: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_case(qtbot, desk_with_settings)
    ref = view.detail.case_ref
    monkeypatch.setattr(CaseExportOptions, "exec", lambda _self: QDialog.DialogCode.Accepted)
    asked = Asked(None)  # the officer cancels the save dialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName", asked)
    view.exports.ask_save_summary()
    assert Path(asked.calls[0][1]).name == f"{ref}-summary.pdf"
    assert asked.calls[0][2] == "PDF files (*.pdf)"

    remember_folder(desk_with_settings.settings, "test.officer", SUMMARIES, tmp_path)
    proposed: list[str] = []

    def print_dialog(dialog: QPrintDialog) -> int:
        proposed.append(dialog.printer().outputFileName())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", print_dialog)
    view.exports.ask_print_summary()
    assert proposed == [str(tmp_path / f"{ref}-summary.pdf")]

    bundles = tmp_path / "bundles"
    bundles.mkdir()
    folders: list[str] = []

    def folder_dialog(_parent: Any, _title: str, where: str = "") -> str:
        folders.append(where)
        return ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder_dialog)
    file_dialogs.remember_folder(desk_with_settings.settings, "test.officer", "bundles", bundles)
    view.exports.ask_bundle()
    assert folders == [str(bundles)]
