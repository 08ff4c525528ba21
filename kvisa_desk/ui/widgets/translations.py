"""The window in English or Simplified Chinese.

Every visible string goes through Qt's translation (`self.tr`, `QCoreApplication.translate`).
The catalogues are Qt Linguist files in resources/translations: `kvisa_desk_zh_CN.ts`,
compiled to `.qm` by `python -m kvisa_desk.ui.shell.translation_catalog --compile`
(pyside6-lrelease).
A `.qm` older than its `.ts`, or missing, is not trusted: the `.ts` is then read directly,
so a fresh translation shows without a build step. Qt's own strings (OK, Cancel) come from
the translations shipped with Qt.

The language is chosen by KVISA_LANGUAGE, else the officer's setting, else the system's.
Dates and numbers follow it through QLocale's default. `switch_language` changes it while
the window runs: Qt then sends every widget a LanguageChange event, and the main window and
each open case view retranslate themselves (kvisa_desk.ui.widgets.live_language).
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from kvisa_desk.shipped import resources_dir

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
DEFAULT_LANGUAGE = "en"
LANGUAGE_KEY = "ui/language"
ENV_LANGUAGE = "KVISA_LANGUAGE"
CATALOGUE = "kvisa_desk_{language}"
_installed: list[QTranslator] = []  # the application must keep its translators alive
_language = [DEFAULT_LANGUAGE]  # the language installed last

Catalogue = dict[tuple[str, str], str]  # (context, source) -> translation


def translations_dir() -> Path:
    return resources_dir() / "translations"


def chosen_language(settings: QSettings | None = None) -> str:
    from_env = os.environ.get(ENV_LANGUAGE, "")
    if from_env in LANGUAGES:
        return from_env
    if settings is not None:
        stored = str(settings.value(LANGUAGE_KEY, "") or "")
        if stored in LANGUAGES:
            return stored
    if QLocale.system().language() == QLocale.Language.Chinese:
        return "zh_CN"
    return DEFAULT_LANGUAGE


def remember_language(settings: QSettings | None, language: str) -> None:
    if settings is not None and language in LANGUAGES:
        settings.setValue(LANGUAGE_KEY, language)


def read_ts(path: Path) -> Catalogue:
    """The finished translations of a Linguist file (unfinished and obsolete ones skipped)."""
    found: Catalogue = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            found[(name, source)] = translation.text
    return found


def read_ts_sources(path: Path) -> list[tuple[str, str, str | None]]:
    """Every (context, source, finished translation or None) of a Linguist file."""
    found: list[tuple[str, str, str | None]] = []
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            if source is None:
                continue
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            if translation is not None and translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                text = None
            found.append((name, source, text or None))
    return found


@cache
def known_texts() -> dict[str, tuple[str, str]]:
    """Any text the window may show, in any language -> (context, source) it came from.

    This is how a widget built in one language is retranslated in place: its text is looked
    up here and translated again. Sources win over translations that happen to be equal.
    """
    sources: dict[str, tuple[str, str]] = {}
    translations: dict[str, tuple[str, str]] = {}
    for path in sorted(translations_dir().glob("*.ts")):
        for context, source, translation in read_ts_sources(path):
            sources.setdefault(source, (context, source))
            if translation:
                translations.setdefault(translation, (context, source))
    return {**translations, **sources}


def current_language() -> str:
    return _language[0]


def switch_language(language: str, settings: QSettings | None = None) -> None:
    """Show the window in `language` now and from the next start on."""
    remember_language(settings, language)
    app = QCoreApplication.instance()
    if app is not None and language in LANGUAGES:
        install_translations(app, language)


class CatalogueTranslator(QTranslator):
    """A translator over a catalogue read from a .ts file."""

    def __init__(self, catalogue: Catalogue, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return self.catalogue.get((context, source_text), "")

    def isEmpty(self) -> bool:
        return not self.catalogue


def _app_translator(language: str) -> QTranslator | None:
    folder = translations_dir()
    name = CATALOGUE.format(language=language)
    ts, qm = folder / f"{name}.ts", folder / f"{name}.qm"
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        translator = QTranslator()
        if translator.load(str(qm)):
            return translator
    if ts.exists():
        return CatalogueTranslator(read_ts(ts))
    return None


def _qt_translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", folder) else None


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make `language` the window's language (English needs no catalogue)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    installed: list[QTranslator] = []
    if language != DEFAULT_LANGUAGE:
        for translator in (_qt_translator(language), _app_translator(language)):
            if translator is not None:
                app.installTranslator(translator)
                installed.append(translator)
    _installed.extend(installed)
    _language[0] = language
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    if language == DEFAULT_LANGUAGE:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    return installed
