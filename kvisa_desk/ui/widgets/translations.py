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
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from kvisa_desk.shipped import resources_dir

if TYPE_CHECKING:  # read only when a .ts is: not at start, where the sign-in dialog waits
    from xml.etree import ElementTree

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
DEFAULT_LANGUAGE = "en"
# KVISA_LANGUAGE=pseudo: every translated text wrapped ⟦…⟧, so a screenshot shows at a
# glance what escapes translation. For screenshots only: never offered in the menu.
PSEUDO = "pseudo"
LANGUAGE_KEY = "ui/language"
ENV_LANGUAGE = "KVISA_LANGUAGE"
CATALOGUE = "kvisa_desk_{language}"
_installed: list[QTranslator] = []  # the application must keep its translators alive
_language = [DEFAULT_LANGUAGE]  # the language installed last

Catalogue = dict[tuple[str, str], str]  # (context, source) -> translation
# Between the plural forms of a counted message (`%n`) in a Catalogue's translation.
NUMERUS_SEPARATOR = "\x1f"
# Which plural form a count takes, per language (Qt's rules for these two).
PLURAL_FORM: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "zh_CN": lambda n: 0,
}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def chosen_language(settings: QSettings | None = None) -> str:
    from_env = os.environ.get(ENV_LANGUAGE, "")
    if from_env in LANGUAGES or from_env == PSEUDO:
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
    from xml.etree import ElementTree

    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            text = _translation_text(message, translation)
            if source is None or translation is None or not text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            found[(name, source)] = text
    return found


def _translation_text(
    message: ElementTree.Element, translation: ElementTree.Element | None
) -> str | None:
    """The translation; a counted message's plural forms joined by NUMERUS_SEPARATOR."""
    if translation is None:
        return None
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.findall("numerusform")]
        return NUMERUS_SEPARATOR.join(forms) if forms and all(forms) else None
    return translation.text


def read_ts_sources(path: Path) -> list[tuple[str, str, str | None]]:
    """Every (context, source, finished translation or None) of a Linguist file."""
    found: list[tuple[str, str, str | None]] = []
    from xml.etree import ElementTree

    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            if source is None:
                continue
            translation = message.find("translation")
            text = _translation_text(message, translation)
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
    if app is not None and (language in LANGUAGES or language == PSEUDO):
        install_translations(app, language)


class CatalogueTranslator(QTranslator):
    """A translator over a catalogue read from a .ts file."""

    def __init__(
        self,
        catalogue: Catalogue,
        parent: QCoreApplication | None = None,
        language: str = "zh_CN",
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.plural_form = PLURAL_FORM.get(language, PLURAL_FORM["en"])

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        text = self.catalogue.get((context, source_text))
        if text is None:
            return None  # a null string: Qt asks the next translator, then shows the source
        if NUMERUS_SEPARATOR in text:  # Qt puts the count in for %n afterwards
            forms = text.split(NUMERUS_SEPARATOR)
            return forms[min(self.plural_form(n), len(forms) - 1)]
        return text

    def isEmpty(self) -> bool:
        return not self.catalogue


class PseudoTranslator(QTranslator):
    """Every text the window translates, in English between ⟦ and ⟧."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return f"⟦{source_text}⟧" if source_text else ""

    def isEmpty(self) -> bool:
        return False


def _app_translator(language: str) -> QTranslator | None:
    if language == PSEUDO:
        return PseudoTranslator()
    folder = translations_dir()
    name = CATALOGUE.format(language=language)
    ts, qm = folder / f"{name}.ts", folder / f"{name}.qm"
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        translator = QTranslator()
        if translator.load(str(qm)):
            return translator
    if ts.exists():
        return CatalogueTranslator(read_ts(ts), language=language)
    return None


@cache
def english_counted() -> Catalogue:
    """The counted messages' English forms (read once; a start reads them on its thread)."""
    ts = translations_dir() / f"{CATALOGUE.format(language=DEFAULT_LANGUAGE)}.ts"
    if not ts.exists():
        return {}
    return {k: v for k, v in read_ts(ts).items() if NUMERUS_SEPARATOR in v}


def _english_plurals() -> QTranslator | None:
    """English is the source language, but "1 case" / "2 cases" needs the counted messages'
    two forms (kvisa_desk_en.ts); nothing else of English is translated."""
    counted = english_counted()
    return CatalogueTranslator(counted, language=DEFAULT_LANGUAGE) if counted else None


def _qt_translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", folder) else None


def install_translations(
    app: QCoreApplication, language: str, counted: bool = True
) -> list[QTranslator]:
    """Make `language` the window's language (English needs only its plural forms; not
    `counted`, not even those: the sign-in dialog at start counts nothing)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    installed: list[QTranslator] = []
    if language == DEFAULT_LANGUAGE:
        chosen = [_english_plurals()] if counted else []
    else:
        chosen = [_qt_translator(language), _app_translator(language)]
    for translator in chosen:
        if translator is not None:
            app.installTranslator(translator)
            installed.append(translator)
    _installed.extend(installed)
    _language[0] = language
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    if language in (DEFAULT_LANGUAGE, PSEUDO):
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    return installed
