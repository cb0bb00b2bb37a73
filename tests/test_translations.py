"""Every catalogue is complete: the screens (Qt .ts/.qm) and the messages of core, speech,
storage and the CLI (gettext .po/.mo), in every language; unchecked catalogues say so."""

import gettext
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from vaktaal.core import i18n as core_i18n
from vaktaal.core.i18n import CHECKED_BY_NATIVE_SPEAKER, DOMAIN, LOCALE_DIR, TRANSLATED
from vaktaal.ui.i18n import TRANSLATIONS, choose_language, install_translation

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "src" / "vaktaal" / "ui"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n")
UNCHECKED_MARK = "NOT CHECKED BY A NATIVE SPEAKER"


def messages(ts: Path) -> list[tuple[str, str, ElementTree.Element]]:
    tree = ElementTree.parse(ts)
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in tree.iter("context")
        for message in context.iter("message")
    ]


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def catalog(language: str) -> Catalog:
    with po_path(language).open("rb") as file:
        return read_po(file, locale=language)


def forms(message: Message) -> list[str]:
    return [message.string] if isinstance(message.string, str) else list(message.string)


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text)) - {"%n"}


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_screen_text_is_translated(language: str) -> None:
    missing = []
    for context, source, message in messages(TRANSLATIONS / f"vaktaal_{language}.ts"):
        translation = message.find("translation")
        assert translation is not None, (context, source)
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") is not None or not all(t.strip() for t in texts):
            missing.append(f"{context}|{source}")
            continue
        for text in texts:
            assert placeholders(source) == placeholders(text), (language, source, text)
    assert missing == [], f"{len(missing)} open: scripts/untranslated.py {language}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_compiled_screen_translations_match_the_sources(qapp, language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"vaktaal_{language}.qm"))
    for context, source, message in messages(TRANSLATIONS / f"vaktaal_{language}.ts"):
        if message.get("numerus") != "yes":
            expected = message.findtext("translation")
            assert translator.translate(context, source) == expected, source


def test_no_text_in_the_code_is_missing_from_the_translations(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    for language in TRANSLATED:
        in_catalogue = {(c, s) for c, s, _ in messages(TRANSLATIONS / f"vaktaal_{language}.ts")}
        assert in_code - in_catalogue == set(), f"{language}: run scripts/update-translations.sh"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated(language: str) -> None:
    plural_forms = catalog(language).num_plurals
    missing = []
    for message in catalog(language):
        if not message.id:
            continue
        source = message.id if isinstance(message.id, str) else message.id[0]
        if message.fuzzy or not all(forms(message)):
            missing.append(source)
            continue
        if not isinstance(message.id, str):
            assert len(forms(message)) == plural_forms, source
        for text in forms(message):
            assert placeholders(source) == placeholders(text), (language, source, text)
    assert missing == [], f"{len(missing)} open: scripts/untranslated.py {language}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_compiled_messages_match_the_catalogue(language: str) -> None:
    with (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as file:
        compiled = gettext.GNUTranslations(file)
    for message in catalog(language):
        if message.id and isinstance(message.id, str) and message.string:
            assert compiled.gettext(message.id) == message.string, message.id
        elif message.id and not isinstance(message.id, str) and all(forms(message)):
            singular, plural = message.id[0], message.id[1]
            assert compiled.ngettext(singular, plural, 1) in forms(message), singular


def test_no_message_in_the_code_is_missing_from_the_catalogues() -> None:
    keywords = {"_": None, "ngettext": (1, 2)}
    found = extract_from_dir(ROOT / "src" / "vaktaal", keywords=keywords)
    in_code = {m[2] if isinstance(m[2], str) else m[2][0] for m in found}
    for language in TRANSLATED:
        in_catalogue = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog(language)}
        assert in_code - in_catalogue == set(), f"{language}: run scripts/update-translations.sh"


def test_catalogues_no_native_speaker_checked_say_so() -> None:
    """The one list says which were checked; every other .po file and the README say not."""
    assert set(CHECKED_BY_NATIVE_SPEAKER) <= set(TRANSLATED)
    unchecked = [code for code in TRANSLATED if code not in CHECKED_BY_NATIVE_SPEAKER]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    paragraph = next(p for p in readme.split("\n\n") if "native speaker" in p)
    for code in unchecked:
        header = po_path(code).read_text(encoding="utf-8").split("msgid", 1)[0]
        assert UNCHECKED_MARK in header, code
        assert f"`{code}`" in paragraph, f"the README does not say {code} is unchecked"


def test_core_messages_follow_the_language() -> None:
    source = "Details staan in het logbestand."
    try:
        assert core_i18n.set_language("ar") == "ar"
        arabic = core_i18n._(source)
        assert arabic != source and re.search("[\u0600-\u06ff]", arabic)
        assert core_i18n.set_language("xx") == "nl"  # no catalogue: Dutch
        assert core_i18n._(source) == source
    finally:
        core_i18n.set_language("nl")


def test_arabic_screens_are_arabic_and_right_to_left(qapp, qtbot) -> None:
    from vaktaal.core.pictograms import PictogramLibrary
    from vaktaal.paths import Paths
    from vaktaal.ui.home.home_page import HomePage

    try:
        assert install_translation(qapp, "ar") is not None
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        page = HomePage(PictogramLibrary(Paths.create("/nonexistent").assets_dir))
        qtbot.addWidget(page)
        assert page.practice_button.text() == "تدرّب"
        assert QCoreApplication.translate("HomePage", "Oefenen") == "تدرّب"
        assert core_i18n.current_language() == "ar"
    finally:
        install_translation(qapp, "nl")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("HomePage", "Oefenen") == "Oefenen"


def test_the_pcs_language_comes_from_the_setting_else_the_system() -> None:
    assert choose_language({"VAKTAAL_UI_LANGUAGE": "ar"}) == "ar"
    assert choose_language({"VAKTAAL_UI_LANGUAGE": "xx"}) == "nl"
    assert core_i18n.choose_language({"LANG": "tr_TR.UTF-8"}) == "tr"
    assert core_i18n.choose_language({"LANGUAGE": "fa:en", "LANG": "C.UTF-8"}) == "fa"
    assert core_i18n.choose_language({"LANG": "C.UTF-8"}) == "nl"


def test_a_learners_language_is_the_first_with_catalogues() -> None:
    assert core_i18n.language_for(["ar", "en"]) == "ar"
    assert core_i18n.language_for(["kmr", "tr"]) == "tr"  # Kurmanji has none: Turkish
    assert core_i18n.language_for(["nl", "ar"]) == "nl"  # chose Dutch
    assert core_i18n.language_for(["so"]) == "nl"
    assert core_i18n.language_for([]) == "nl"


def test_the_command_line_speaks_the_pcs_language(cli, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("VAKTAAL_DATA_DIR", str(tmp_path))
    assert cli("learner", "add", "Amal", "--language", "ar").code == 0
    monkeypatch.setenv("VAKTAAL_UI_LANGUAGE", "en")
    assert cli("learner", "list").out.split()[:2] == ["number", "name"]
    monkeypatch.setenv("VAKTAAL_UI_LANGUAGE", "ar")
    assert cli("learner", "list").out.split()[:2] == ["الرقم", "الاسم"]
    monkeypatch.setenv("VAKTAAL_UI_LANGUAGE", "nl")
    assert cli("learner", "list").out.split()[:2] == ["nummer", "naam"]
