"""Checking answers: typed words (tolerant of case, accents and spaces), articles, choices."""

import difflib
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from vaktaal.core.model import Term

_ARTICLES = ("de ", "het ", "een ")


class Verdict(StrEnum):
    RIGHT = "right"
    ALMOST = "almost"  # one letter off: counts, but the word comes back sooner
    WRONG = "wrong"


class DiffKind(StrEnum):
    SAME = "same"
    MISSING = "missing"  # in the right answer, not typed
    EXTRA = "extra"  # typed, not in the right answer


@dataclass(frozen=True)
class DiffPart:
    kind: DiffKind
    text: str


@dataclass(frozen=True)
class TypedAnswer:
    verdict: Verdict
    expected: str
    typed: str
    diff: tuple[DiffPart, ...]


def normalise(text: str) -> str:
    """Lower case, no accents, single spaces, no article in front, no end punctuation."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = " ".join(plain.replace("-", " ").split()).strip(" .!?,")
    for article in _ARTICLES:
        if plain.startswith(article):
            return plain[len(article) :]
    return plain


def check_typed(term: Term, typed: str) -> TypedAnswer:
    wanted, given = normalise(term.term), normalise(typed)
    if wanted == given:
        verdict = Verdict.RIGHT
    elif len(wanted) >= 4 and _one_edit_apart(wanted, given):
        verdict = Verdict.ALMOST
    else:
        verdict = Verdict.WRONG
    return TypedAnswer(verdict, term.term, typed.strip(), _diff(typed.strip(), term.term))


def check_article(term: Term, chosen: str) -> bool:
    return term.article is not None and chosen in term.article.split("/")


def _one_edit_apart(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if len(changes) != 1:
        return _is_swap(a, b)
    tag, i1, i2, j1, j2 = changes[0]
    return max(i2 - i1, j2 - j1) == 1 or _is_swap(a, b)


def _is_swap(a: str, b: str) -> bool:
    """Two neighbouring letters swapped, like 'plnak' for 'plank'."""
    if len(a) != len(b):
        return False
    different = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(different) == 2
        and different[1] == different[0] + 1
        and a[different[0]] == b[different[1]]
        and a[different[1]] == b[different[0]]
    )


def _diff(typed: str, expected: str) -> tuple[DiffPart, ...]:
    """How the typed text differs from the right answer, letter by letter (case-blind)."""
    matcher = difflib.SequenceMatcher(None, typed.casefold(), expected.casefold(), autojunk=False)
    parts: list[DiffPart] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(DiffPart(DiffKind.SAME, expected[j1:j2]))
            continue
        if i2 > i1:
            parts.append(DiffPart(DiffKind.EXTRA, typed[i1:i2]))
        if j2 > j1:
            parts.append(DiffPart(DiffKind.MISSING, expected[j1:j2]))
    return tuple(parts)
