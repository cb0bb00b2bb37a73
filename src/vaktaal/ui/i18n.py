"""The language of the buttons and messages: Dutch by default; en, ar, ti, tr, fa, uk exist.

The PC's language comes from VAKTAAL_UI_LANGUAGE, else the system's language when there is
a translation for it; after login the screens follow the learner's profile language
(vaktaal.core.i18n.language_for). One language at a time for everything: the Qt translator,
the layout direction, QLocale's default (dates, month names) and the core's messages
(gettext). Deck content is never translated: it is Dutch plus the glosses.
"""

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from vaktaal.core import i18n as core_i18n
from vaktaal.core.i18n import RIGHT_TO_LEFT, SOURCE, TRANSLATED

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
AVAILABLE = (SOURCE, *TRANSLATED)


@dataclass
class _Installed:
    language: str = SOURCE
    translator: QTranslator | None = None  # vaktaal's own screens
    qt_translator: QTranslator | None = None  # Qt's own texts (file dialogs, OK/Cancel)


_installed = _Installed()


def choose_language(env: Mapping[str, str] = os.environ) -> str:
    """The PC's language (shown before login and after logout)."""
    return core_i18n.choose_language(env, QLocale.system().name())


def current_language() -> str:
    return _installed.language


_LATIN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def ui_locale() -> QLocale:
    """The locale of the screens' language: dates, month and day names."""
    return QLocale(current_language())


def latin_digits(text: str) -> str:
    """0-9 for Arabic-Indic and Persian digits: every other number on screen has them too."""
    return text.translate(_LATIN_DIGITS)


def direction(language: str) -> Qt.LayoutDirection:
    if language in RIGHT_TO_LEFT:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def install_translation(app: QCoreApplication, language: str) -> QTranslator | None:
    """Everything in `language` from now on (a language without catalogues: Dutch). Replaces
    the translator installed before; returns the new one (Dutch needs none). Widgets take
    their texts when they are made: make them again after this (MainWindow.rebuild_pages)."""
    language = core_i18n.set_language(language)
    for old in (_installed.translator, _installed.qt_translator):
        if old is not None:
            app.removeTranslator(old)
    translator = None if language == SOURCE else _load(app, TRANSLATIONS, f"vaktaal_{language}")
    qt_texts = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _installed.qt_translator = _load(app, Path(qt_texts), f"qtbase_{language}")
    _installed.language, _installed.translator = language, translator
    QLocale.setDefault(QLocale(language))
    set_direction = getattr(app, "setLayoutDirection", None)  # a QGuiApplication
    if set_direction is not None:
        set_direction(direction(language))
    return translator


def switch_language(language: str) -> bool:
    """Install `language` when it is not the one in use; True when it changed."""
    app = QCoreApplication.instance()
    wanted = core_i18n.supported(language)
    if app is None or wanted == current_language():
        return False
    install_translation(app, wanted)
    return True


def _load(app: QCoreApplication, folder: Path, name: str) -> QTranslator | None:
    translator = QTranslator(app)
    if not translator.load(str(folder / f"{name}.qm")):
        return None
    app.installTranslator(translator)
    return translator
