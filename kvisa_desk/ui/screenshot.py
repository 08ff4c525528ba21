"""Screenshots for the docs: `python -m kvisa_desk.ui.screenshot OUT_DIR --db PATH`.

Opens the main window on a database offscreen (no display needed), saves
`main-window.png`, then opens a case whose applicant has a Chinese native name and saves
`case-view.png`. With `--demo`, an empty database first gets the demo cases.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

CHINESE = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")
PAGE = 500
SETTLE_MS = 50
ACTOR = "docs"  # who the demo cases and their history are recorded as


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m kvisa_desk.ui.screenshot")
    parser.add_argument("out_dir", type=Path, help="folder for the PNG files")
    parser.add_argument("--db", required=True, metavar="PATH", help="SQLite database file")
    parser.add_argument("--size", default="1200x750", help="main window size (default 1200x750)")
    parser.add_argument("--case-size", default="900x580", help="case view size")
    parser.add_argument("--demo", action="store_true", help="load demo cases if it is empty")
    return parser.parse_args(argv)


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    return int(width), int(height)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is first imported

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from kvisa_desk.core.cases import count_cases, list_cases
    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import resolve_database_url
    from kvisa_desk.ui.app import application, create_main_window
    from kvisa_desk.ui.demo_cases import DEMO_CASE_COUNT, FIRST_SEED, core_demo_loader
    from kvisa_desk.ui.prompts import Prompts

    opened = open_database(resolve_database_url(args.db, None), ACTOR)
    db = opened.db
    if args.demo and count_cases(db) == 0:
        core_demo_loader(db, DEMO_CASE_COUNT, FIRST_SEED, ACTOR)

    # The first case (newest first, as the worklist shows them) with a Chinese native name.
    row_of_chinese, chinese_case = -1, None
    offset = 0
    while chinese_case is None:
        page = list_cases(db, None, offset, PAGE)
        for i, row in enumerate(page):
            if row.native_name and CHINESE.search(row.native_name):
                row_of_chinese, chinese_case = offset + i, row.case_id
                break
        if len(page) < PAGE:
            break
        offset += PAGE

    app = application()
    problems: list[str] = []

    def note(_parent: object, title: str, message: str) -> None:
        problems.append(f"{title}: {message}")

    window = create_main_window(db, ACTOR, Prompts(lambda *_: False, note))
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

    def grab_case(view: QWidget) -> None:
        try:
            save(view, "case-view.png")
        finally:
            app.quit()

    def shoot() -> None:
        # Whatever goes wrong in here, the event loop must end.
        try:
            save(window, "main-window.png")
            view = window.open_case(chinese_case) if chinese_case is not None else None
        except Exception as exc:
            problems.append(repr(exc))
            view = None
        if view is None:
            app.quit()
            return
        view.resize(*_size(args.case_size))
        # Grab once the view's layouts have settled (scroll bars decide in a later event).
        QTimer.singleShot(SETTLE_MS, lambda: grab_case(view))

    QTimer.singleShot(SETTLE_MS, shoot)
    app.exec()
    for view in list(window.case_views.values()):
        view.close()
    window.close()
    db.dispose()
    for problem in problems:
        print(problem, file=sys.stderr)
    for path in saved:
        print(path)
    if chinese_case is None:
        print("no case with a Chinese native name: case-view.png not written", file=sys.stderr)
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
