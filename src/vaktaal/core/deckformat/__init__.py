"""Reading, validating and writing deck files (a folder with deck.toml, or a .vaktaal zip)."""

from vaktaal.core.deckformat.loader import LoadedDeck, load_deck, validate_deck
from vaktaal.core.deckformat.writer import deck_to_toml, write_deck_archive, write_deck_folder

__all__ = [
    "LoadedDeck",
    "deck_to_toml",
    "load_deck",
    "validate_deck",
    "write_deck_archive",
    "write_deck_folder",
]
