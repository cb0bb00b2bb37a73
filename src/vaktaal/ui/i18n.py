"""The language of the buttons and messages: Dutch by default; English and Arabic exist.

Chosen at start from VAKTAAL_UI_LANGUAGE, else from the system's language when there is a
translation for it. Deck content is never translated: it is Dutch plus the glosses.
"""

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
AVAILABLE = ("nl", "en", "ar")
RIGHT_TO_LEFT = ("ar",)


def choose_language(env: Mapping[str, str] = os.environ) -> str:
    wanted = env.get("VAKTAAL_UI_LANGUAGE") or QLocale.system().name().split("_")[0]
    return wanted if wanted in AVAILABLE else "nl"


def install_translation(app: QApplication, language: str) -> QTranslator | None:
    """Load the translation for `language` into the app; Dutch needs none."""
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if language in RIGHT_TO_LEFT
        else Qt.LayoutDirection.LeftToRight
    )
    if language == "nl":
        return None
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"vaktaal_{language}.qm")):
        return None
    app.installTranslator(translator)
    return translator
