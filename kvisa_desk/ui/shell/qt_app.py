"""The application object with the bundled CJK font and the officer's language: all the
sign-in dialog needs, so `kvisa-desk` shows it before the database and domain layers load."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from kvisa_desk import __version__
from kvisa_desk.shipped import resources_dir
from kvisa_desk.ui.widgets.translations import (
    DEFAULT_LANGUAGE,
    chosen_language,
    current_language,
    install_translations,
)

APP_NAME = "KVisa Desk"
ORGANIZATION = "KVisa"
CJK_FONT_FILE = "wqy-microhei.ttc"
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
_CONFIGURED = "kvisa_configured"
_COUNTED = "kvisa_counted"  # the translations of counted messages installed too
_ALL_FONTS = "kvisa_all_fonts"  # every bundled font, not only the Chinese one
_registered: set[str] = set()  # font files already added (a second add would repeat them)

log = logging.getLogger(__name__)

# create_main_window may have to make the application; it must outlive every widget.
_application: QApplication | None = None


def install_bundled_fonts(app: QApplication, chinese_only: bool = False) -> list[str]:
    """Register the fonts shipped in resources/fonts as fallbacks after the default family.

    Latin text keeps the platform's font; a character it lacks (张) is drawn from
    WenQuanYi Micro Hei, so Chinese shows on a machine with no CJK font installed. A font
    file added to that folder later (another script) becomes a fallback the same way.
    `chinese_only` (the sign-in dialog at start) leaves the other scripts' fonts, which
    only applicants' names need, for the next call.
    """
    folder = resources_dir() / "fonts"
    files = sorted(p for p in folder.glob("*") if p.suffix.lower() in FONT_SUFFIXES)
    files.sort(key=lambda p: p.name != CJK_FONT_FILE)  # Chinese first, then the rest
    if chinese_only:
        files = files[:1]
    added: list[str] = []
    for path in files:
        if str(path) in _registered:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.error("could not load the bundled font %s: some names may show as boxes", path)
            continue
        _registered.add(str(path))
        added.extend(QFontDatabase.applicationFontFamilies(font_id))
    font = app.font()
    families = font.families() or [font.family()]
    font.setFamilies([*families, *(f for f in dict.fromkeys(added) if f not in families)])
    app.setFont(font)
    return added


def application(early: bool = False) -> QApplication:
    """The running QApplication, created and configured on first use. `early` (the sign-in
    dialog at start) leaves English's counted forms (~30 ms of XML) for the next call."""
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
        install_bundled_fonts(app, chinese_only=early)
        language = chosen_language(QSettings())
        install_translations(app, language, counted=not early)
        app.setProperty(_CONFIGURED, True)
        app.setProperty(_COUNTED, not early or language != DEFAULT_LANGUAGE)  # only English's wait
        app.setProperty(_ALL_FONTS, not early)
    elif not early and not app.property(_ALL_FONTS):
        install_bundled_fonts(app)
        app.setProperty(_ALL_FONTS, True)
    if not early and not app.property(_COUNTED):
        install_translations(app, current_language())
        app.setProperty(_COUNTED, True)
    return app
