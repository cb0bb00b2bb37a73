"""What a new profile needs, without Qt: the values, their check, the order of the languages."""

from dataclasses import dataclass
from enum import Enum, auto

from vaktaal.core import languages, pin
from vaktaal.usecases.learners import Learner, Learners

DEFAULT_LANGUAGE = "ar"
# The languages most learners speak come first; the rest follow in the usual order.
FIRST_LANGUAGES = ("ar", "ti", "tr", "fa", "prs", "ckb", "kmr", "so", "uk", "en")
MAX_NAME_LENGTH = 40


@dataclass(frozen=True)
class NewLearner:
    name: str
    language: str
    avatar: str
    pin: str | None
    coach: bool = False  # first start only: the first profile may be a coach


class Problem(Enum):
    NO_NAME = auto()
    PIN_LENGTH = auto()
    PIN_AGAIN = auto()
    PIN_MISMATCH = auto()


def find_problem(
    name: str, pin_code: str, pin_again: str, pin_required: bool = False
) -> Problem | None:
    """The first thing that keeps these values from making a profile, or None."""
    if not name.strip():
        return Problem.NO_NAME
    if not pin_code and not pin_again and not pin_required:
        return None
    if not pin.is_valid_pin(pin_code):
        return Problem.PIN_LENGTH
    if len(pin_again) < len(pin_code):
        return Problem.PIN_AGAIN
    return Problem.PIN_MISMATCH if pin_code != pin_again else None


def language_choices() -> list[languages.Language]:
    """Every language a learner can speak (Dutch is what they learn), common ones first."""
    first = [languages.LANGUAGES[code] for code in FIRST_LANGUAGES if code in languages.LANGUAGES]
    rest = [lang for lang in languages.LANGUAGES.values() if lang not in first]
    return [lang for lang in first + rest if lang.code != "nl"]


def language_label(language: languages.Language) -> str:
    """'العربية · Arabisch': the own name isolated, so right-to-left text keeps its place."""
    if language.autonym == language.dutch_name:
        return language.dutch_name
    return f"\u2068{language.autonym}\u2069 · {language.dutch_name}"


def add_profile(learners: Learners, values: NewLearner) -> Learner:
    """Make the profile from the dialog: a learner, or at first start a coach."""
    if values.coach:
        return learners.add_first_coach(values.name, values.pin or "", values.avatar)
    return learners.add(values.name, [values.language], values.avatar, values.pin)
