"""Screenshots for the docs: `python -m kvisa_desk.gallery.screenshot OUT_DIR --db PATH`.

Opens the main window on a database offscreen (no display needed) and saves, in order:
`main-window.png` (the worklist), `case-view.png` (a case whose applicant has a Chinese
native name), `checks-tab.png` (the Checks tab of a case with a fail and a review),
`conflict.png` (a save refused because another officer saved first), `audit-viewer.png`
(the audit trail as a supervisor sees it, its chain verified) and `case-view-zh.png`
(the first case view again, with the window in Simplified Chinese); before that last one,
`decision-tab.png` and `letters-tab.png` (a refusal sent back and recommended again, then
its letter once signed off), `letter-verified.png` (that letter's file verified: on a demo
database also its signature), `documents-tab.png` and `document-viewer.png` (a certificate
and a photo attached, the certificate previewed, then in the full view).
With `--demo`, an empty database first gets demo accounts, the demo cases and their checks.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

CHINESE = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")
PAGE = 500
SETTLE_MS = 50
ACTOR = "docs"  # who acts when --user is not given and no demo accounts are made


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m kvisa_desk.gallery.screenshot")
    parser.add_argument("out_dir", type=Path, help="folder for the PNG files")
    parser.add_argument("--db", required=True, metavar="PATH", help="SQLite database file")
    parser.add_argument("--user", default=None, help="the account acting (default: KVISA_USER)")
    parser.add_argument("--size", default="1200x750", help="main window size (default 1200x750)")
    parser.add_argument("--case-size", default="900x580", help="case view size")
    parser.add_argument("--checks-size", default="1280x800", help="checks tab window size")
    parser.add_argument("--demo", action="store_true", help="load demo cases if it is empty")
    return parser.parse_args(argv)


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    return int(width), int(height)


def _prepare_demo(db: Any, user: str | None) -> str:
    """An empty database gets demo accounts, demo cases and their checks; returns the actor."""
    from kvisa_desk.core.cases.cases import count_cases
    from kvisa_desk.core.checks.report import check_many
    from kvisa_desk.core.checks.runs import all_case_ids
    from kvisa_desk.ui.shell.demo_cases import DEMO_CASE_COUNT, FIRST_SEED, core_demo_loader

    actor = user or ACTOR
    if count_cases(db) == 0:
        try:
            from kvisa_desk.core.accounts.accounts import has_administrator
            from kvisa_desk.demo.accounts import DEMO_WORKER, create_demo_accounts
        except ImportError:  # a version without accounts: anyone may act
            pass
        else:
            if not has_administrator(db):
                create_demo_accounts(db)
                actor = user or DEMO_WORKER
        core_demo_loader(db, DEMO_CASE_COUNT, FIRST_SEED, actor)
        check_many(db, all_case_ids(db), actor)
    return actor


def _explains_both(db: Any, case_id: int) -> int:
    """How well a case shows the Checks tab: 2 if a fail and a review both decide its
    outcome, 1 if it has a fail and a review somewhere, 0 otherwise."""
    from kvisa_desk.core.checks.report import case_check_report

    report = case_check_report(db, case_id)
    if report is None:
        return 0
    deciding = {line.effective_outcome for line in report.deciding()}
    if {"fail", "review"} <= deciding:
        return 2
    return 1 if {"fail", "review"} <= {line.effective_outcome for line in report.lines} else 0


def _find_cases(db: Any) -> tuple[int, int | None, int | None]:
    """(row of the first Chinese-named case, its id, the case whose Checks tab explains a
    fail and a review best, an open one if there is one) by scanning the worklist."""
    from kvisa_desk.core.cases.cases import list_cases
    from kvisa_desk.vocab import OPEN_STATUSES

    row_of_chinese, chinese_case = -1, None
    best: tuple[int, int] | None = None  # (score, case id)
    offset = 0
    while True:
        page = list_cases(db, None, offset, PAGE)
        for i, row in enumerate(page):
            if chinese_case is None and row.native_name and CHINESE.search(row.native_name):
                row_of_chinese, chinese_case = offset + i, row.case_id
            if row.outcome == "fail" and (best is None or best[0] < 3):
                score = _explains_both(db, row.case_id) * 2 + (row.status in OPEN_STATUSES)
                if score and (best is None or score > best[0]):
                    best = (score, row.case_id)
        done = chinese_case is not None and best is not None and best[0] >= 5
        if done or len(page) < PAGE:
            break
        offset += PAGE
    return row_of_chinese, chinese_case, best[1] if best else None


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is first imported

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QWidget

    from kvisa_desk.core.accounts.officers import acting_username
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.gallery.decision_scenes import decision_shots
    from kvisa_desk.gallery.document_scenes import documents_shots
    from kvisa_desk.gallery.screenshot_scenes import (
        administrator_scene,
        audit_scene,
        case_view_in,
        conflict_scene,
        verified_letter_scene,
    )
    from kvisa_desk.store.engine import resolve_database_url
    from kvisa_desk.ui.shell.app import application, create_main_window
    from kvisa_desk.ui.widgets.prompts import Prompts
    from kvisa_desk.ui.widgets.translations import chosen_language, install_translations

    opened = open_database(resolve_database_url(args.db, None), ACTOR)
    db = opened.db
    if db.locked:  # an encrypted database opens with an account's password (KVISA_PASSWORD)
        from kvisa_desk.core.accounts.accounts import authenticate

        authenticate(db, acting_username(), os.environ.get("KVISA_PASSWORD", ""))
    user = args.user or (acting_username() if os.environ.get("KVISA_USER") else None)
    actor = _prepare_demo(db, user) if args.demo else (user or ACTOR)
    row_of_chinese, chinese_case, mixed_case = _find_cases(db)

    app = application()
    language = "en"
    install_translations(app, language)  # the docs show English first, whatever the machine
    # Closing the windows at the end must not ask the application to quit a second time:
    # that would end whatever event loop runs next in this process.
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    problems: list[str] = []

    def note(_parent: object, title: str, message: str) -> None:
        problems.append(f"{title}: {message}")

    window = create_main_window(db, actor, Prompts(lambda *_: False, note))
    window.resize(*_size(args.size))
    if row_of_chinese >= 0:
        window.worklist_view.selectRow(row_of_chinese)
        window.worklist_view.scrollTo(window.worklist_model.index(row_of_chinese, 0))
    window.show()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        path = args.out_dir / name
        if widget.grab().save(str(path)):
            saved.append(path)
        else:
            problems.append(f"could not write {path}")

    def open_case(case_id: int | None, size: str) -> QWidget | None:
        if case_id is None:
            return None
        view = window.open_case(case_id)
        if view is None:  # read on the opening thread: its window opens when it arrives
            window.opener.wait()
            QCoreApplication.processEvents()
            view = window.case_views.get(case_id)
        if view is not None:
            view.resize(*_size(size))
            window.runner.wait()  # the header's photo is read on the worker: shown before the grab
        return view

    def open_checks() -> QWidget | None:
        view = open_case(mixed_case, args.checks_size)
        if view is not None:
            view.show_checks()  # type: ignore[attr-defined]
        return view

    # Each shot: prepare the widget, let its layouts settle (scroll bars decide in a later
    # event), grab it. Whatever goes wrong, the event loop must end.
    def conflict() -> QWidget | None:
        case_id = chinese_case  # an open case: a finished one is not edited at all
        return conflict_scene(window.context, case_id, _size(args.case_size)) if case_id else None

    def in_chinese() -> QWidget | None:
        if chinese_case is None:
            return None
        return case_view_in(window.context, chinese_case, "zh_CN", _size(args.case_size))

    shots: list[tuple[str, Callable[[], QWidget | None]]] = [
        ("main-window.png", lambda: window),
        ("case-view.png", lambda: open_case(chinese_case, args.case_size)),
        ("checks-tab.png", open_checks),
        ("conflict.png", conflict),
        ("audit-viewer.png", lambda: audit_scene(window.context, (1100, 470))),
        ("worklist-administrator.png", lambda: administrator_scene(window.context, (1000, 560))),
        ("case-view-zh.png", in_chinese),
    ]
    # A refusal sent back, recommended again, signed off and its letter issued: before zh.
    shots[-1:-1] = decision_shots(window.context, _size(args.checks_size))
    # That letter's file verified in the tab: hash, QR and (on a demo database) signature.
    letter_files = Path(tempfile.mkdtemp(prefix="kvisa-docs-"))
    shots.insert(-1, ("letter-verified.png", lambda: verified_letter_scene(
        window.context, letter_files, _size(args.checks_size))))  # fmt: skip
    # A certificate and a photo attached to another open case, previewed; then in full.
    shots[-1:-1] = documents_shots(window.context, {chinese_case, mixed_case}, (1100, 780))

    def next_shot() -> None:
        if not shots:
            install_translations(app, language)
            app.quit()
            return
        name, prepare = shots.pop(0)
        try:
            widget = prepare()
        except Exception as exc:
            problems.append(f"{name}: {exc!r}")
            widget = None
        if widget is None:
            problems.append(f"{name}: nothing to show")
            QTimer.singleShot(0, next_shot)
            return

        def grab() -> None:
            try:
                save(widget, name)
            finally:
                QTimer.singleShot(0, next_shot)

        QTimer.singleShot(SETTLE_MS, grab)

    QTimer.singleShot(SETTLE_MS, next_shot)
    app.exec()
    for view in list(window.case_views.values()):
        view.close()
    window.close()
    for widget in app.topLevelWidgets():
        if widget.isVisible() and widget is not window:
            widget.close()
    app.setQuitOnLastWindowClosed(quit_on_close)
    install_translations(app, chosen_language(None))
    db.dispose()
    for problem in problems:
        print(problem, file=sys.stderr)
    for path in saved:
        print(path)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
