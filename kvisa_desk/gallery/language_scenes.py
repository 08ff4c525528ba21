"""The gallery in the officers' languages: every case tab and the main dialogs at 1280×800
in Chinese and English, the case view in the pseudo language, and the case summaries (bilingual
and Chinese only) and the issued refusal letter as pages.

    QT_QPA_PLATFORM=offscreen python -m kvisa_desk.gallery.language_scenes docs

On a new database in a temporary folder (demo accounts and cases, two officers with Chinese
full names) one case is refused by 王芳, signed off by 周敏 and its letter issued. Saves
`screenshots/case-<tab>[-zh].png` (the Applicant and Checks tabs also `-pseudo`),
`screenshots/<dialog>-1280[-zh].png`, `letters/summary-<en+zh|zh>-<page>.png` and
`letters/issued-refusal-en+zh-<page>.png`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kvisa_desk.store.engine import Database

SIZE = (1280, 800)
LANGUAGES = (("en", ""), ("zh_CN", "-zh"))
OFFICER, SUPERVISOR = "wang.fang", "zhou.min"
# The letterheads of the posts the demo case may be at (seed 7 picks a case at SEL).
LETTERHEADS = {
    "SEL": {
        "letterhead_name_en": "Embassy of the People's Republic of China in the Republic of Korea",
        "letterhead_name_zh": "中华人民共和国驻大韩民国大使馆",
        "letterhead_address": "27 Myeongdong 2-gil, Jung-gu; Seoul 04535",
        "letterhead_phone": "+82 2 738 1038",
    },
}
# The case view's tabs in order, as the files name them.
TABS = (
    "applicant", "passport", "career", "travel", "documents", "checks", "notes", "decision",
    "letters", "history",
)  # fmt: skip


def _settle(ms: int = 150) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _until(done: Callable[[], bool], tries: int = 200) -> None:
    """Until DONE (read in the background) holds, at most about 30 seconds."""
    for _ in range(tries):
        if done():
            return
        _settle()


def _prepare(db: Database) -> int:
    """Accounts, demo cases checked, and one case refused, signed off and its letter issued."""
    from sqlalchemy import update

    from kvisa_desk.core.accounts.accounts import add_account
    from kvisa_desk.core.accounts.roster import readable_password
    from kvisa_desk.core.cases.cases import case_detail
    from kvisa_desk.core.cases.notes import add_note
    from kvisa_desk.core.checks.report import check_many
    from kvisa_desk.core.checks.runs import all_case_ids
    from kvisa_desk.core.decisions.decisions import sign_off
    from kvisa_desk.core.decisions.letters import issue_letter
    from kvisa_desk.core.post.settings import update_post_settings
    from kvisa_desk.demo.accounts import DEMO_ADMIN, create_demo_accounts
    from kvisa_desk.gallery.decision_scenes import _refuse, refusable_case
    from kvisa_desk.store.models import Officer
    from kvisa_desk.ui.shell.demo_cases import core_demo_loader
    from kvisa_desk.ui.widgets.context import DeskContext
    from kvisa_desk.ui.widgets.operations import OperationRunner

    create_demo_accounts(db)
    admin = DEMO_ADMIN[0]
    add_account(db, admin, OFFICER, readable_password(), "officer", "王芳", "签证官员")
    add_account(db, admin, SUPERVISOR, readable_password(), "supervisor", "周敏", "领事")
    with db.write() as session:  # as if each had signed in once and chosen a password
        session.execute(
            update(Officer)
            .where(Officer.username.in_((OFFICER, SUPERVISOR)))
            .values(must_change_password=False)
        )
    core_demo_loader(db, 60, 7, OFFICER)
    check_many(db, all_case_ids(db), OFFICER)
    runner = OperationRunner()
    try:
        context = DeskContext(db, OFFICER, runner)
        case_id = refusable_case(context)
        assert case_id is not None, "the demo cases hold no case to refuse"
        _refuse(context, case_id)
    finally:
        runner.wait()
    add_note(db, case_id, "已致电申请人所在单位人事处，核实其在职情况。", OFFICER)
    sign_off(db, SUPERVISOR, case_id, "agree")
    post = case_detail(db, case_id).record.get("post") or ""
    if post in LETTERHEADS:  # a mission names itself on its letters
        update_post_settings(db, post, LETTERHEADS[post], SUPERVISOR)
    else:  # a letter is issued only for a post that has named itself: the demo's name for it
        from kvisa_desk.demo.posts import name_demo_posts
        from kvisa_desk.vocab import DEMO_ACTOR

        name_demo_posts(db, DEMO_ACTOR, [post])
    issue_letter(db, OFFICER, case_id, language="en+zh")
    return case_id


def _shoot(widget: QWidget, path: Path) -> None:
    _settle()
    widget.grab().save(str(path))


def _case_tabs(
    db: Database, case_id: int, out: Path, suffix: str, runner: Any, only: tuple[str, ...] = TABS
) -> None:
    from kvisa_desk.core.cases.cases import case_detail
    from kvisa_desk.ui.case.view import CaseView
    from kvisa_desk.ui.widgets.context import DeskContext

    view = CaseView(DeskContext(db, OFFICER, runner), case_detail(db, case_id))
    view.resize(*SIZE)
    view.show()
    shown: list[int] = []
    view.letters.previewed.connect(shown.append)
    for index, name in enumerate(TABS):
        if name not in only:
            continue
        view.tabs.setCurrentIndex(index)
        page = view.tabs.widget(index)
        _until(lambda: bool(getattr(page, "ready", True)))  # noqa: B023 (called at once)
        if page is view.letters and view.letters.letters:
            view.letters.select(view.letters.letters[0].letter_id)
            _until(lambda: bool(shown))  # its pages drawn from the stored bytes
        _shoot(view, out / f"case-{name}{suffix}.png")
    view.close()
    view.deleteLater()


def _dialogs(db: Database, out: Path, suffix: str, runner: Any) -> None:
    from kvisa_desk.ui.admin.audit_viewer import AuditViewer
    from kvisa_desk.ui.admin.dashboard_tab import DashboardView
    from kvisa_desk.ui.admin.settings_dialog import PostSettingsDialog
    from kvisa_desk.ui.shell.app import create_main_window
    from kvisa_desk.ui.widgets.context import DeskContext
    from kvisa_desk.ui.widgets.operations import OperationRunner

    supervisor = DeskContext(db, SUPERVISOR, runner)
    window = create_main_window(db, OFFICER)
    window.resize(*SIZE)
    window.show()
    _until(lambda: window.worklist_model.rowCount() > 0)
    _shoot(window, out / f"worklist-1280{suffix}.png")
    audit = AuditViewer(supervisor)
    audit.resize(*SIZE)
    audit.show()
    _until(lambda: audit.model.rowCount() > 0 and not audit.runner.busy)
    _shoot(audit, out / f"audit-viewer-1280{suffix}.png")
    settings = PostSettingsDialog(supervisor)
    settings.resize(*SIZE)
    settings.show()
    _shoot(settings, out / f"post-settings-1280{suffix}.png")
    settings.page_list.setCurrentRow(1)  # the post's working settings
    _shoot(settings, out / f"post-settings-work-1280{suffix}.png")
    reader = OperationRunner()
    board = DashboardView(supervisor, reader)
    board.resize(*SIZE)
    board.show()
    board.period.setCurrentIndex(3)  # the whole period: every chart has data
    _settle(1500)
    _shoot(board, out / f"dashboard-1280{suffix}.png")
    reader.wait()
    audit.runner.wait()
    for widget in (window, audit, settings, board):
        widget.close()
        widget.deleteLater()


def _pages(pdf: Path, stem: Path) -> None:
    """PDF pages as PNG (pdftoppm), `STEM-1.png`, `STEM-2.png`…"""
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: the PDFs stay as they are", file=sys.stderr)
        return
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(stem)], check=True)


def _papers(db: Database, case_id: int, letters: Path, folder: Path) -> None:
    from kvisa_desk.core.decisions.letters import case_letters, load_letter
    from kvisa_desk.core.reports.summary import export_case_summary

    for language in ("en+zh", "zh"):
        pdf = folder / f"summary-{language}.pdf"
        export_case_summary(db, OFFICER, case_id, pdf, language)
        _pages(pdf, letters / f"summary-{language}")
    for info in case_letters(db, OFFICER, case_id):
        pdf = folder / f"{info.kind}.pdf"
        pdf.write_bytes(load_letter(db, OFFICER, info.letter_id).pdf)
        _pages(pdf, letters / f"issued-{info.kind}-{info.language}")


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(prog="python -m kvisa_desk.gallery.language_scenes")
    parser.add_argument("docs", type=Path, help="the docs folder (screenshots/, letters/)")
    args = parser.parse_args(argv)
    shots, letters = args.docs / "screenshots", args.docs / "letters"
    shots.mkdir(parents=True, exist_ok=True)
    letters.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, QEvent

    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url
    from kvisa_desk.ui.shell.app import application
    from kvisa_desk.ui.widgets.operations import OperationRunner
    from kvisa_desk.ui.widgets.translations import install_translations

    app = application()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(sqlite_url(Path(folder) / "gallery.sqlite3")).db
        runner = OperationRunner()
        try:
            case_id = _prepare(db)
            _papers(db, case_id, letters, Path(folder))
            for language, suffix in (*LANGUAGES, ("pseudo", "-pseudo")):
                install_translations(app, language)
                if language == "pseudo":  # untranslated text stands out: two tabs show it
                    _case_tabs(db, case_id, shots, suffix, runner, ("applicant", "checks"))
                else:
                    _case_tabs(db, case_id, shots, suffix, runner)
                    _dialogs(db, shots, suffix, runner)
                # Gone before the language changes again: a closed window would redraw on it.
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        finally:
            runner.wait()
            install_translations(app, "en")
            db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
