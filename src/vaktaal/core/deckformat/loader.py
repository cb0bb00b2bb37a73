"""Load a deck from a folder or .vaktaal file: parse, check media, collect every problem."""

from dataclasses import dataclass
from pathlib import Path

from vaktaal.core.deckformat.media import MediaChecker
from vaktaal.core.deckformat.parse import parse_manifest
from vaktaal.core.deckformat.sources import READ_ERRORS, DeckSource, open_source
from vaktaal.core.i18n import _
from vaktaal.core.model import Deck
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.problems import DeckProblems, Problem


@dataclass(frozen=True)
class LoadedDeck:
    deck: Deck
    media: dict[str, bytes]


def load_deck(path: Path, library: PictogramLibrary) -> LoadedDeck:
    """The deck with the contents of its media files; raises DeckProblems listing everything."""
    source = open_source(path)
    deck, problems = _parse(source)
    if deck is not None:
        problems.extend(MediaChecker(source, library).check(deck))
    if deck is None or problems:
        raise DeckProblems(problems)
    return LoadedDeck(deck, {ref: source.read(ref) for ref in sorted(deck.media_paths())})


def validate_deck(path: Path, library: PictogramLibrary) -> list[Problem]:
    try:
        load_deck(path, library)
    except DeckProblems as error:
        return error.problems
    return []


def _parse(source: DeckSource) -> tuple[Deck | None, list[Problem]]:
    try:
        raw = source.manifest()
    except READ_ERRORS:
        return None, [Problem(source.label, _("deck.toml kan niet gelezen worden."))]
    return parse_manifest(raw, source.label)
