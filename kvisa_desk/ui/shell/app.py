"""Starting the window: the application object, the bundled CJK font, the database, the window."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from kvisa_desk import __version__
from kvisa_desk.core.accounts import data_keys
from kvisa_desk.core.accounts.officers import acting_username
from kvisa_desk.core.database import Database, unreachable_host
from kvisa_desk.core.post.settings import load_post_settings
from kvisa_desk.core.startup import (
    DatabaseTooNew,
    MigrationFailed,
    SchemaUpgradeNeeded,
    open_database,
    resolve_database_url,
)
from kvisa_desk.logs import configure_logging
from kvisa_desk.shipped import resources_dir
from kvisa_desk.ui.shell.demo_cases import DemoLoader, core_demo_loader
from kvisa_desk.ui.shell.desk_session import DeskSession, dialog_sign_in
from kvisa_desk.ui.shell.main_window import MainWindow
from kvisa_desk.ui.shell.offline_banner import watch_the_server
from kvisa_desk.ui.shell.read_only_banner import show_read_only_banner
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.prompts import Prompts, show_error
from kvisa_desk.ui.widgets.translations import chosen_language, install_translations
from kvisa_desk.vocab import DEFAULT_POST

APP_NAME = "KVisa Desk"
ORGANIZATION = "KVisa"
CJK_FONT_FILE = "wqy-microhei.ttc"
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
EXIT_CANNOT_OPEN = 2
_CONFIGURED = "kvisa_configured"

log = logging.getLogger(__name__)

# create_main_window may have to make the application; it must outlive every widget.
_application: QApplication | None = None


def install_bundled_fonts(app: QApplication) -> list[str]:
    """Register the fonts shipped in resources/fonts as fallbacks after the default family.

    Latin text keeps the platform's font; a character it lacks (张) is drawn from
    WenQuanYi Micro Hei, so Chinese shows on a machine with no CJK font installed. A font
    file added to that folder later (another script) becomes a fallback the same way.
    """
    folder = resources_dir() / "fonts"
    files = sorted(p for p in folder.glob("*") if p.suffix.lower() in FONT_SUFFIXES)
    files.sort(key=lambda p: p.name != CJK_FONT_FILE)  # Chinese first, then the rest
    added: list[str] = []
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.error("could not load the bundled font %s: some names may show as boxes", path)
            continue
        added.extend(QFontDatabase.applicationFontFamilies(font_id))
    font = app.font()
    families = font.families() or [font.family()]
    font.setFamilies([*families, *(f for f in dict.fromkeys(added) if f not in families)])
    app.setFont(font)
    return added


def application() -> QApplication:
    """The running QApplication, created and configured on first use."""
    global _application
    existing = QApplication.instance()
    if existing is None:
        _application = QApplication([sys.argv[0] if sys.argv else APP_NAME])
        app = _application
    else:
        assert isinstance(existing, QApplication)
        app = existing
    if not app.property(_CONFIGURED):
        app.setApplicationName(APP_NAME)
        app.setApplicationDisplayName(APP_NAME)
        app.setOrganizationName(ORGANIZATION)
        app.setApplicationVersion(__version__)
        install_bundled_fonts(app)
        install_translations(app, chosen_language(QSettings()))
        app.setProperty(_CONFIGURED, True)
    return app


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


def run_window(args: argparse.Namespace) -> int:
    """`kvisa-desk` with no subcommand: open the database and run the window until it closes."""
    app = application()
    configure_logging()
    actor = acting_username(args.user)
    url = resolve_database_url(args.db, args.db_url)
    try:
        opened = open_database(url, actor)
    except (DatabaseTooNew, MigrationFailed, SchemaUpgradeNeeded) as exc:
        show_error(None, _tr("KVisa Desk cannot open the database"), error_text(exc))
        return EXIT_CANNOT_OPEN
    except Exception as exc:
        # Unreachable server, unwritable folder, bad URL: the officer needs words, not a trace.
        log.exception("opening the database failed")
        message = _tr("The database could not be opened:\n{error}\n\nCheck --db or --db-url.")
        host = unreachable_host(exc, url)
        if host is not None:
            message = _tr(
                "The database could not be opened: the server {host} cannot be reached. Check "
                "the network, or ask the administrator whether the server is running; then "
                "start KVisa Desk again."
            ).replace("{host}", host)
        show_error(None, _tr("KVisa Desk cannot open the database"), message.format(error=exc))
        return EXIT_CANNOT_OPEN
    try:
        sign_in = dialog_sign_in(opened.db)
        signed = sign_in(None, actor, True)
        if signed is None:
            return 0  # the officer cancelled the sign-in: nothing was opened
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
        window = session.open(signed)
        if opened.backup:
            window.statusBar().showMessage(
                _tr("Database upgraded; the previous copy is at {path}").format(path=opened.backup)
            )
        try:
            return app.exec()
        finally:
            session.deleteLater()
            app.setQuitOnLastWindowClosed(True)
    finally:
        data_keys.lock(opened.db)  # the pool closed and, on an encrypted file, the key zeroed
