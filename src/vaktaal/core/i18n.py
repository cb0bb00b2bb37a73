"""Translatable messages of core, speech, storage, use cases and the CLI (gettext).

The Qt screens have their own catalogues (ui/translations); both follow one language. The
app sets it at login (the learner's language) and back at logout (the PC's language); the
command line sets it at start (VAKTAAL_UI_LANGUAGE, else the system's language).
Catalogues: locale/<language>/LC_MESSAGES/vaktaal.po (made and compiled to .mo by
scripts/update-translations.sh). Deck content is never translated.
"""

import gettext
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "vaktaal"
SOURCE = "nl"
# Languages with catalogues for the screens and the messages, in the order of the issue.
TRANSLATED = ("en", "ar", "ti", "tr", "fa", "uk")
RIGHT_TO_LEFT = ("ar", "fa")
# Catalogues a native speaker has read and approved; every other one is marked "not checked"
# (README, and the header of each .po file). Add a language only after such a check.
CHECKED_BY_NATIVE_SPEAKER: tuple[str, ...] = ()

_NULL = gettext.NullTranslations()
_translation: gettext.NullTranslations = _NULL
_language = SOURCE


def supported(code: str) -> str:
    """`code` when there are catalogues for it, else Dutch."""
    return code if code in TRANSLATED else SOURCE


def language_for(profile_languages: Iterable[str]) -> str:
    """The language of a learner's screens: the first of the profile's languages that has
    catalogues, Dutch when the learner put Dutch first or none has them."""
    for code in profile_languages:
        if code == SOURCE or code in TRANSLATED:
            return code
    return SOURCE


def system_language(env: Mapping[str, str] = os.environ) -> str:
    """The language of the POSIX locale variables (gettext's order), e.g. "ar" of ar_SY.UTF-8."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return value.split(":")[0].split(".")[0].split("_")[0].lower()
    return SOURCE


def choose_language(env: Mapping[str, str] = os.environ, system: str | None = None) -> str:
    """The PC's language: VAKTAAL_UI_LANGUAGE, else the system's, when there are catalogues."""
    wanted = env.get("VAKTAAL_UI_LANGUAGE") or system or system_language(env)
    return supported(wanted)


def set_language(code: str) -> str:
    """Translate the messages into `code` from now on (Dutch for a language without
    catalogues); returns the language in use."""
    global _translation, _language
    _language = supported(code)
    _translation = (
        _NULL
        if _language == SOURCE
        else gettext.translation(DOMAIN, LOCALE_DIR, languages=[_language], fallback=True)
    )
    return _language


def current_language() -> str:
    return _language


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural message for `n`, translated."""
    return _translation.ngettext(singular, plural, n)


def _(message: str) -> str:
    """Translate a Dutch source message into the current language, if there is a catalogue."""
    return _translation.gettext(message)
