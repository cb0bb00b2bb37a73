"""The same term in several notes becomes one term; what is still empty is counted.

Two notes hold the same term when their words match ignoring case, spaces and article
("de Heftruck" and "heftruck"). The first note wins; its empty fields (explanation,
example, glosses, picture, sound, article) are filled from the later ones, and the tags
of all of them are kept.
"""

from collections.abc import Iterable, Sequence
from dataclasses import replace

from vaktaal.core.authoring.anki import mapping as roles
from vaktaal.core.authoring.anki.convert import DEFAULT_PICTOGRAM
from vaktaal.core.model import Term

Duplicates = dict[str, list[int]]  # the term as shown -> the numbers of its notes


def merge_duplicates(numbered: Iterable[tuple[int, Term]]) -> tuple[list[Term], Duplicates]:
    """The terms without repeats, and for each repeated term the notes it was in."""
    terms: list[Term] = []
    where: dict[str, int] = {}  # key -> index in terms
    notes: dict[str, list[int]] = {}
    for number, term in numbered:
        key = " ".join(term.term.casefold().split())
        if key in where:
            terms[where[key]] = _merge(terms[where[key]], term)
            notes[key].append(number)
        else:
            where[key] = len(terms)
            terms.append(term)
            notes[key] = [number]
    duplicates = {terms[where[k]].display: n for k, n in notes.items() if len(n) > 1}
    return terms, duplicates


def _merge(kept: Term, other: Term) -> Term:
    article = kept.article or other.article
    picture = kept.pictogram if kept.pictogram != DEFAULT_PICTOGRAM else other.pictogram
    return replace(
        kept,
        explanation=kept.explanation or other.explanation,
        example=kept.example or other.example,
        glosses={**other.glosses, **kept.glosses},
        article=article,
        word_class="noun" if article else kept.word_class,
        pictogram=picture,
        audio=kept.audio or other.audio,
        tags=tuple(dict.fromkeys((*kept.tags, *other.tags))),
    )


def missing_counts(terms: Sequence[Term], gloss_languages: Sequence[str]) -> dict[str, int]:
    """How many terms have no explanation, no example, no gloss in each language."""
    counts = {
        roles.EXPLANATION: sum(1 for term in terms if not term.explanation),
        roles.EXAMPLE: sum(1 for term in terms if not term.example),
    }
    for code in gloss_languages:
        counts[code] = sum(1 for term in terms if not term.glosses.get(code))
    return {what: n for what, n in counts.items() if n}
