"""Which deck a spreadsheet goes into: a new deck, or a new version of an installed one.

A spreadsheet only updates a deck when its id is given explicitly; a new deck whose id is
already taken is refused, so an import never replaces another deck by accident.
"""

from dataclasses import dataclass, replace

from vaktaal.core.authoring.spreadsheet.building import DeckTarget
from vaktaal.core.authoring.spreadsheet.term_ids import slug
from vaktaal.core.deckformat import LoadedDeck
from vaktaal.core.model import Deck


@dataclass(frozen=True)
class NewDeckInfo:
    title: str
    organisation: str = "Eigen organisatie"
    job_function: str | None = None  # the title when empty
    level: str = "A2"
    author: str = "Vaktaal-gebruiker"
    licence: str = "Alle rechten voorbehouden"


def deck_id_for(title: str) -> str:
    return slug(title)


def new_deck(deck_id: str, info: NewDeckInfo, languages: tuple[str, ...] | None) -> DeckTarget:
    template = Deck(
        id=deck_id,
        title=info.title,
        organisation=info.organisation,
        level=info.level,
        gloss_languages=(),
        version=1,
        authors=(info.author,),
        licence=info.licence,
        job_function=info.job_function or info.title,
    )
    return DeckTarget(template, None, languages)


def update_deck(
    existing: LoadedDeck, title: str | None, languages: tuple[str, ...] | None
) -> DeckTarget:
    """The next version of an installed deck; its other details stay as they are."""
    old = existing.deck
    template = replace(old, title=title or old.title, version=old.version + 1, terms=())
    return DeckTarget(template, existing, languages)
