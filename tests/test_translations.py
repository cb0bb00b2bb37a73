"""The screens are translated into English and Arabic; nothing is left untranslated."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from vaktaal.ui.i18n import TRANSLATIONS, choose_language, install_translation

UI = Path(__file__).resolve().parent.parent / "src" / "vaktaal" / "ui"
LANGUAGES = ("en", "ar")


def messages(ts: Path) -> list[tuple[str, str, ElementTree.Element]]:
    tree = ElementTree.parse(ts)
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in tree.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated(language: str) -> None:
    for context, source, message in messages(TRANSLATIONS / f"vaktaal_{language}.ts"):
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        assert (translation.text or "").strip(), (context, source)
        for placeholder in ("{n}", "{name}", "{total}", "{word}", "{title}"):
            assert (placeholder in source) == (placeholder in translation.text), source


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_match_the_sources(qapp, language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"vaktaal_{language}.qm"))
    for context, source, message in messages(TRANSLATIONS / f"vaktaal_{language}.ts"):
        assert translator.translate(context, source) == message.findtext("translation"), source


def test_no_text_in_the_code_is_missing_from_the_translations(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    translated = {(c, s) for c, s, _ in messages(TRANSLATIONS / "vaktaal_en.ts")}
    assert in_code - translated == set(), "run scripts/update-translations.sh and translate"


def test_arabic_screens_are_arabic_and_right_to_left(qapp, qtbot) -> None:
    from vaktaal.core.pictograms import PictogramLibrary
    from vaktaal.paths import Paths
    from vaktaal.ui.home.home_page import HomePage

    translator = install_translation(qapp, "ar")
    try:
        assert translator is not None
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        page = HomePage(PictogramLibrary(Paths.create("/nonexistent").assets_dir))
        qtbot.addWidget(page)
        assert page.practice_button.text() == "تدرّب"
        assert QCoreApplication.translate("HomePage", "Oefenen") == "تدرّب"
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_dutch_is_the_default_language() -> None:
    assert choose_language({"VAKTAAL_UI_LANGUAGE": "ar"}) == "ar"
    assert choose_language({"VAKTAAL_UI_LANGUAGE": "xx"}) == "nl"
