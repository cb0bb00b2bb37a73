"""Term ids for rows without an id: the term's old id when the deck already has it, else a slug.

A slug is the term in lower case without accents, with '-' between words ("Veiligheids-
schoenen" -> "veiligheidsschoenen", "één keer" -> "een-keer"). When that id is taken, "-2",
"-3", ... is added. Ids of the deck's other terms are never given to a new word, so progress
always stays with its own word. Each slug remembers its last number, so ids are made in
linear time even when thousands of rows share one term.
"""

import re
import unicodedata
from collections.abc import Iterable

_NOT_ID = re.compile(r"[^a-z0-9]+")
MAX_LENGTH = 60


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    result = _NOT_ID.sub("-", plain.lower()).strip("-")[:MAX_LENGTH].strip("-")
    return result if len(result) >= 2 else "term"


class IdMaker:
    def __init__(self, existing: dict[str, str], reserved: Iterable[str]) -> None:
        """`existing`: id of each term of the deck now, by its lower-case term text."""
        self.existing = existing
        self.used = set(reserved) | set(existing.values())
        self.given: set[str] = set()
        self._last_number: dict[str, int] = {}

    def for_term(self, term: str) -> str:
        old = self.existing.get(term.lower())
        if old is not None and old not in self.given:
            self.given.add(old)
            return old
        base = slug(term)
        candidate, number = base, self._last_number.get(base, 1)
        while candidate in self.used or candidate in self.given:
            number += 1
            candidate = f"{base}-{number}"
        self._last_number[base] = number
        self.given.add(candidate)
        return candidate
