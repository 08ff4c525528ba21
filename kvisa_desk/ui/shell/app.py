"""Starting the window: the application object, the bundled CJK font, the database, the window."""

from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from kvisa_desk.core.accounts import data_keys
from kvisa_desk.core.database import Database, unreachable_host
from kvisa_desk.core.post.settings import load_post_settings
from kvisa_desk.core.startup import (
    DatabaseTooNew,
    MigrationFailed,
    OpenedDatabase,
    SchemaUpgradeNeeded,
    open_database,
    resolve_database_url,
)
from kvisa_desk.logs import configure_logging
from kvisa_desk.ui.shell.demo_cases import DemoLoader, core_demo_loader
from kvisa_desk.ui.shell.desk_session import DeskSession, SignIn, dialog_sign_in
from kvisa_desk.ui.shell.first_check import prepare_first_check, wait_for_preparation
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.shell.offline_banner import watch_the_server
from kvisa_desk.ui.shell.qt_app import APP_NAME as APP_NAME
from kvisa_desk.ui.shell.qt_app import ORGANIZATION as ORGANIZATION
from kvisa_desk.ui.shell.qt_app import application as application
from kvisa_desk.ui.shell.qt_app import install_bundled_fonts as install_bundled_fonts
from kvisa_desk.ui.shell.read_only_banner import show_read_only_banner
from kvisa_desk.ui.shell.sign_in import SignedIn
from kvisa_desk.ui.shell.sign_in_form import offered_username
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.prompts import Prompts, show_error
from kvisa_desk.vocab import DEFAULT_POST

SYSTEM_ACTOR = "system"  # the program itself: "KVisa Desk (automatic)" in the audit trail

EXIT_CANNOT_OPEN = 2

log = logging.getLogger(__name__)


def create_main_window(
    db: Database,
    actor: str,
    prompts: Prompts | None = None,
    demo_loader: DemoLoader = core_demo_loader,
    settings: QSettings | None = None,
) -> MainWindow:
    """The main window on an opened database (not shown; no demo offer until asked)."""
    application()
    window = MainWindow(db, actor, prompts, demo_loader, settings)
    show_read_only_banner(window, db)  # nothing when the database is writable
    # The watch is owned by the window; the worklist is read again when the server answers.
    watch_the_server(window, db, [window.runner, window.reader], window.refresh)
    return window


def _tr(text: str) -> str:
    return QCoreApplication.translate("KVisaDesk", text)


@dataclass
class WindowDatabase:
    """The database the window is to open: opened, or the error that stopped it."""

    url: str
    opened: OpenedDatabase | None = None
    error: Exception | None = None
    has_administrator: bool = False


def open_for_window(args: argparse.Namespace) -> WindowDatabase:
    """Open the database `kvisa-desk` names (beside the GUI thread when it starts); every
    error is kept, to be shown in words by cannot_open. What opening records (the registry
    seeded on a new file) is the program's doing, before anyone signed in: never recorded
    as the operating-system login ("root" stood first in the audit trail)."""
    from kvisa_desk.core.accounts.accounts import has_administrator

    url = ""
    try:
        url = resolve_database_url(args.db, args.db_url)
        opened = open_database(url, SYSTEM_ACTOR)
        return WindowDatabase(url, opened, has_administrator=has_administrator(opened.db))
    except (DatabaseTooNew, MigrationFailed, SchemaUpgradeNeeded) as exc:
        return WindowDatabase(url, error=exc)
    except Exception as exc:
        log.exception("opening the database failed")
        return WindowDatabase(url, error=exc)


def cannot_open(failed: WindowDatabase) -> int:
    """Say in words why the database did not open; the exit status."""
    exc = failed.error
    assert exc is not None
    if isinstance(exc, (DatabaseTooNew, MigrationFailed, SchemaUpgradeNeeded)):
        show_error(None, _tr("KVisa Desk cannot open the database"), error_text(exc))
        return EXIT_CANNOT_OPEN
    # Unreachable server, unwritable folder, bad URL: the officer needs words, not a trace.
    message = _tr("The database could not be opened:\n{error}\n\nCheck --db or --db-url.")
    host = unreachable_host(exc, failed.url) if failed.url else None
    if host is not None:
        message = _tr(
            "The database could not be opened: the server {host} cannot be reached. Check "
            "the network, or ask the administrator whether the server is running; then "
            "start KVisa Desk again."
        ).replace("{host}", host)
    show_error(None, _tr("KVisa Desk cannot open the database"), message.format(error=exc))
    return EXIT_CANNOT_OPEN


def open_desk(
    app: QApplication, opened: OpenedDatabase, signed: SignedIn, sign_in: SignIn
) -> DeskSession:
    """Signed in: the session with its main window shown (the application not yet run)."""
    db = opened.db
    minutes = int(load_post_settings(db, DEFAULT_POST).working("idle_lock_minutes"))
    # Sign out closes the window and asks who is next: the session quits, not Qt.
    app.setQuitOnLastWindowClosed(False)
    session = DeskSession(
        db,
        lambda username: create_main_window(db, username, settings=QSettings()),
        sign_in,
        minutes,
        app.quit,
    )
    session.window_opened.connect(lambda window: prepare_first_check(window, db))
    window = session.open(signed)
    if opened.backup:
        window.statusBar().showMessage(
            _tr("Database upgraded; the previous copy is at {path}").format(path=opened.backup)
        )
    return session


def run_desk(app: QApplication, opened: OpenedDatabase, signed: SignedIn, sign_in: SignIn) -> int:
    """The window until the officer quits; the caller disposes of the database."""
    session = open_desk(app, opened, signed, sign_in)
    try:
        return app.exec()
    finally:
        session.deleteLater()
        app.setQuitOnLastWindowClosed(True)
        wait_for_preparation()  # the registry's index may still be read from the database


def run_window(args: argparse.Namespace) -> int:
    """`kvisa-desk` with no subcommand, one step after the other: open the database, sign in,
    run the window until it closes. (kvisa_desk.ui.shell.start shows the sign-in dialog
    first and opens the database meanwhile; it comes here when KVISA_PASSWORD signs in.)"""
    app = application()
    configure_logging()
    actor = offered_username(args.user)
    opening = open_for_window(args)
    if opening.opened is None:
        return cannot_open(opening)
    try:
        sign_in = dialog_sign_in(opening.opened.db)
        signed = sign_in(None, actor, True)
        if signed is None:
            return 0  # the officer cancelled the sign-in: nothing was opened
        return run_desk(app, opening.opened, signed, sign_in)
    finally:
        # The pool closed and, on an encrypted file, the key zeroed.
        data_keys.lock(opening.opened.db)
