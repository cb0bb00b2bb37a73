"""Translatable messages of the core (gettext), apart from the Qt user interface."""

import gettext
from pathlib import Path

_LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
_translation = gettext.translation("vaktaal", _LOCALE_DIR, fallback=True)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural message for `n`, translated."""
    return _translation.ngettext(singular, plural, n)


def _(message: str) -> str:
    """Translate a Dutch source message into the user's language, if there is a catalogue."""
    return _translation.gettext(message)
