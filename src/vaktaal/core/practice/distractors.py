"""The wrong pictures of a choice exercise: clearly wrong, and not look-alikes.

A wrong option never has the asked word's picture, nor a picture of the same family (three
phones, four money pictures), nor a word that also fits what was asked ("Ik meld me ziek."
must not offer the sick face of "ziekmelden"). With too few such options in a small deck,
the family rule gives way; the other two never do.
"""

import re
from collections.abc import Callable, Sequence

from vaktaal.core.pictogram_families import PictureIdentity, by_reference
from vaktaal.core.practice.exercises import PracticeItem

PictureLookup = Callable[[str], PictureIdentity]
_WORD = re.compile(r"[^\W_]+")
WRONG_OPTIONS = 3  # beside the right picture in a choice of four
_MIN_STEM = 4  # shorter words ("de", "je", "op") say nothing about the meaning
_COMMON = frozenset({
    "alstublieft", "alsjeblieft", "even", "deze", "dit", "die", "dat", "voor", "naar",
    "niet", "maar", "heeft", "hebben", "wordt", "worden", "kunnen", "kun", "kan", "moet",
    "moeten", "mijn", "jouw", "jullie", "onze", "zijn", "haar", "hier", "daar", "waar",
    "wanneer", "welke", "graag", "goed", "over", "door", "tegen", "zich", "zelf", "andere",
    "ander", "eerst", "nog", "ook", "wel", "heel", "veel",
})  # fmt: skip


def wrong_options(
    item: PracticeItem,
    pool: Sequence[PracticeItem],
    pictures: PictureLookup = by_reference,
    enough: int | None = None,
) -> list[PracticeItem]:
    """Others of `pool` that may be offered beside `item`: each differs from the item and
    from each other in picture and family, and none also fits the item's word."""
    unrelated = [other for other in pool if not _related(item, other)]
    strict = _distinct(item, unrelated, pictures, True, enough)
    if len(strict) >= (enough or WRONG_OPTIONS):
        return strict
    return _distinct(item, unrelated, pictures, False, enough)


def _distinct(
    item: PracticeItem,
    pool: Sequence[PracticeItem],
    pictures: PictureLookup,
    by_family: bool,
    enough: int | None,
) -> list[PracticeItem]:
    asked = pictures(item.term.pictogram)
    contents, families = {asked.content}, {asked.family} - {None}
    chosen: list[PracticeItem] = []
    for other in pool:
        picture = pictures(other.term.pictogram)
        if picture.content in contents or (by_family and picture.family in families):
            continue
        contents.add(picture.content)
        if picture.family is not None:
            families.add(picture.family)
        chosen.append(other)
        if enough is not None and len(chosen) >= enough:
            break
    return chosen


def _related(item: PracticeItem, other: PracticeItem) -> bool:
    """The same term, or words that share a stem: one would also fit the other's picture."""
    if other.term_pk == item.term_pk:
        return True
    mine, theirs = _stems(item.term.term), _stems(other.term.term)
    return any(a in b or b in a for a in mine for b in theirs)


def _stems(text: str) -> set[str]:
    words = (word.lower() for word in _WORD.findall(text))
    return {word for word in words if len(word) >= _MIN_STEM and word not in _COMMON}
