"""Screenshots of who is at the desk, in English and Chinese:
`python -m kvisa_desk.gallery.accounts_scenes OUT_DIR`.

On a new database in a temporary folder (demo accounts, a post's own accounts in every state,
a few demo cases) saves `accounts-dialog[-zh].png` (Administration ▸ Accounts),
`one-time-password[-zh].png`, `demo-accounts[-zh].png` and `status-bar-signed-in[-zh].png`
(the main window at 1280×800 with the signed-in officer in the status bar).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel

    from kvisa_desk.demo.accounts import DemoAccount
    from kvisa_desk.store.engine import Database

MAIN_SIZE = (1280, 800)
LANGUAGES = (("en", ""), ("zh_CN", "-zh"))


def _accounts(db: Database) -> list[DemoAccount]:
    """Demo accounts, then the post's own: one locked, one deactivated, one to change."""
    from kvisa_desk.core.accounts.accounts import (
        MAX_FAILED_ATTEMPTS,
        add_account,
        authenticate,
        update_account,
    )
    from kvisa_desk.core.accounts.roster import readable_password
    from kvisa_desk.core.errors import AuthenticationFailed
    from kvisa_desk.demo.accounts import DEMO_ADMIN, create_demo_accounts

    made = create_demo_accounts(db)
    admin = DEMO_ADMIN[0]
    for username, name, title, role in (
        ("zhang.wei", "张伟", "Consul", "supervisor"),
        ("ada.obi", "Ada Obi", "Visa Officer", "officer"),
        ("chen.jie", "陈洁", "Vice Consul", "officer"),
        ("tom.berg", "Tom Berg", "Visa Officer", "officer"),
    ):
        add_account(db, admin, username, readable_password(), role, name, title)
    for _ in range(MAX_FAILED_ATTEMPTS):  # locked, as the list shows it
        with contextlib.suppress(AuthenticationFailed):
            authenticate(db, "chen.jie", "not the password")
    update_account(db, "tom.berg", admin, active=False)
    return made


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(prog="python -m kvisa_desk.gallery.accounts_scenes")
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from kvisa_desk.core.startup import open_database
    from kvisa_desk.store.engine import sqlite_url
    from kvisa_desk.ui.admin.account_form import OneTimePasswordDialog
    from kvisa_desk.ui.admin.accounts_dialog import AccountsDialog
    from kvisa_desk.ui.shell.app import application, create_main_window
    from kvisa_desk.ui.shell.demo_accounts_dialog import DemoAccountsDialog
    from kvisa_desk.ui.shell.demo_cases import core_demo_loader
    from kvisa_desk.ui.widgets.context import DeskContext
    from kvisa_desk.ui.widgets.operations import OperationRunner
    from kvisa_desk.ui.widgets.translations import install_translations

    app = application()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(sqlite_url(Path(folder) / "accounts.sqlite3")).db
        made = _accounts(db)
        core_demo_loader(db, 40, 1, "demo.li")
        runner = OperationRunner()
        try:
            for language, suffix in LANGUAGES:
                install_translations(app, language)
                dialog = AccountsDialog(DeskContext(db, "demo.admin", runner))
                dialog.show()
                _until_rows(app, dialog.model)
                dialog.table.selectRow(dialog.model.row_of("chen.jie"))
                _settle(app)
                dialog.grab().save(str(args.out_dir / f"accounts-dialog{suffix}.png"))
                dialog.close()
                once = OneTimePasswordDialog("ada.obi", "officer", "k7Pd-x9Rm-Qa4T")
                once.show()
                _settle(app)
                once.grab().save(str(args.out_dir / f"one-time-password{suffix}.png"))
                once.close()
                demo = DemoAccountsDialog(made)
                demo.show()
                _settle(app)
                demo.grab().save(str(args.out_dir / f"demo-accounts{suffix}.png"))
                demo.close()
                window = create_main_window(db, "demo.li")
                window.resize(*MAIN_SIZE)
                window.show()
                _until_rows(app, window.worklist_model)
                _settle(app)
                window.grab().save(str(args.out_dir / f"status-bar-signed-in{suffix}.png"))
                window.close()
                # Gone before the language changes again: a closed window would redraw on it.
                for widget in (dialog, once, demo, window):
                    widget.deleteLater()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        finally:
            runner.wait()
            install_translations(app, "en")
            db.dispose()
    QApplication.processEvents()
    return 0


def _settle(_app: object) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(150, loop.quit)
    loop.exec()


def _until_rows(app: object, model: QAbstractItemModel, tries: int = 200) -> None:
    """Until a model read in the background has its rows (at most about 30 seconds)."""
    for _ in range(tries):
        if model.rowCount() > 0:
            return
        _settle(app)


if __name__ == "__main__":
    sys.exit(main())
