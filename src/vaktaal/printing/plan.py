"""What goes where, without Qt: card grids, term order and handbook sections."""

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from vaktaal.core.i18n import _
from vaktaal.core.model import Term
from vaktaal.usecases.printing import CATEGORY

A4_MM = (210.0, 297.0)


@dataclass(frozen=True)
class CardFormat:
    """A sheet of equal cards on A4, cut apart along the marks."""

    name: str
    columns: int
    rows: int
    margin_mm: float = 10.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def card_mm(self) -> tuple[float, float]:
        width = (A4_MM[0] - 2 * self.margin_mm) / self.columns
        height = (A4_MM[1] - 2 * self.margin_mm) / self.rows
        return width, height

    def card_origin_mm(self, index: int) -> tuple[float, float]:
        """Top-left corner of card `index` (0-based, row by row) on its page."""
        slot = index % self.per_page
        width, height = self.card_mm
        column, row = slot % self.columns, slot // self.columns
        return self.margin_mm + column * width, self.margin_mm + row * height


CARD_FORMATS = {
    "groot": CardFormat("groot", columns=2, rows=4),
    "label": CardFormat("label", columns=3, rows=8),
}


def pages_needed(items: int, per_page: int) -> int:
    return max(1, -(-items // per_page))


def chunks(items: Sequence[Term], size: int) -> list[Sequence[Term]]:
    return [items[start : start + size] for start in range(0, len(items), size)] or [()]


def sort_key(text: str) -> str:
    """Alphabetical order as in a Dutch dictionary: no case, accents count as plain letters."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in plain if not unicodedata.combining(char))


@dataclass(frozen=True)
class Section:
    title: str
    terms: tuple[Term, ...]


def sections(terms: Sequence[Term], order: str) -> list[Section]:
    """The handbook's chapters: one per first letter, or one per category."""
    if order == CATEGORY:
        return _by_category(terms)
    ordered = sorted(terms, key=lambda term: sort_key(term.term))
    groups: dict[str, list[Term]] = {}
    for term in ordered:
        groups.setdefault(_first_letter(term.term), []).append(term)
    return [Section(letter, tuple(group)) for letter, group in groups.items()]


def _by_category(terms: Sequence[Term]) -> list[Section]:
    """Categories in the order the deck first uses them, terms A-Z; no category comes last."""
    other = _("Overig")
    groups: dict[str, list[Term]] = {}
    for term in sorted(terms, key=lambda term: term.category is None):  # stable: deck order
        groups.setdefault(term.category or other, []).append(term)
    return [
        Section(title, tuple(sorted(group, key=lambda term: sort_key(term.term))))
        for title, group in groups.items()
    ]


def _first_letter(text: str) -> str:
    key = sort_key(text)
    first = next((char for char in key if char.isalnum()), "#")
    return first.upper() if first.isalpha() else "#"
