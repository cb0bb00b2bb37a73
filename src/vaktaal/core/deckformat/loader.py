"""Load a deck from a folder or .vaktaal file: parse, check media, collect every problem."""

from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from vaktaal.core.deckformat.media import MediaChecker
from vaktaal.core.deckformat.parse import parse_manifest, with_term_lines
from vaktaal.core.deckformat.sources import MANIFEST, READ_ERRORS, DeckSource, open_source
from vaktaal.core.i18n import _
from vaktaal.core.meetings.codec import MEETINGS_FOLDER
from vaktaal.core.meetings.model import Meeting
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
    raw, (deck, problems) = _parse(source)
    term_ids = {t.id for t in deck.terms if t.id} if deck is not None else None
    meetings, meeting_problems = read_meetings(source, term_ids)  # even when deck.toml is bad
    problems.extend(meeting_problems)
    if deck is not None:
        deck = replace(deck, meetings=meetings)
        media_problems = MediaChecker(source, library).check(deck)
        problems.extend(with_term_lines(media_problems, deck, raw))
    if deck is None or problems:
        raise DeckProblems(
            sorted(problems, key=lambda p: (p.file != source.label, p.file, p.line or 0))
        )
    return LoadedDeck(deck, {ref: source.read(ref) for ref in sorted(deck.media_paths())})


def validate_deck(path: Path, library: PictogramLibrary) -> list[Problem]:
    try:
        load_deck(path, library)
    except DeckProblems as error:
        return error.problems
    return []


def _parse(source: DeckSource) -> tuple[bytes, tuple[Deck | None, list[Problem]]]:
    try:
        raw = source.manifest()
    except READ_ERRORS:
        return b"", (None, [Problem(source.label, _("deck.toml kan niet gelezen worden."))])
    return raw, parse_manifest(raw, source.label)


def member_label(source: DeckSource, path: str) -> str:
    """How a problem names a file of the deck: beside deck.toml in the same folder or zip."""
    return source.label.removesuffix(MANIFEST) + path


def read_meetings(
    source: DeckSource, term_ids: set[str] | None
) -> tuple[tuple[Meeting, ...], list[Problem]]:
    """Every meetings/<id>.toml of the deck (sorted by id), with the problems in them
    (term_ids None: deck.toml could not be read, so the terms they use are not checked)."""
    from vaktaal.core.meetings.format import parse_meeting  # here: format uses deckformat

    names_in = getattr(source, "names_in", None)
    if names_in is None:
        return (), []
    meetings: list[Meeting] = []
    problems: list[Problem] = []
    for path in names_in(MEETINGS_FOLDER):
        if not path.endswith(".toml"):
            continue
        label = member_label(source, path)
        try:
            raw = source.read(path)
        except READ_ERRORS:
            problems.append(Problem(label, _("Dit bestand kan niet gelezen worden (kapot?).")))
            continue
        meeting, found = parse_meeting(raw, PurePosixPath(path).stem, label, term_ids)
        problems.extend(found)
        if meeting is not None:
            meetings.append(meeting)
    return tuple(meetings), problems
