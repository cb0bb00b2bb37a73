"""Import an .apkg: read it, guess or take a field mapping, build and check a deck, store it.

Nothing is stored until the whole deck is built and passes the same checks as a deck file;
DeckStore.import_deck then stores it all or nothing.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from vaktaal.core.authoring.anki import mapping as roles
from vaktaal.core.authoring.anki.collection import Collection, NoteType, read_collection
from vaktaal.core.authoring.anki.convert import NoteConverter, slug
from vaktaal.core.authoring.anki.mapping import (
    FieldMapping,
    apply_overrides,
    guess_roles,
    guess_samples,
)
from vaktaal.core.authoring.anki.merging import merge_duplicates, missing_counts
from vaktaal.core.authoring.anki.notices import merged, notices
from vaktaal.core.authoring.anki.package import AnkiPackage, open_apkg
from vaktaal.core.deckformat import LoadedDeck
from vaktaal.core.deckformat.fields import ID_PATTERN
from vaktaal.core.deckformat.media import MediaChecker
from vaktaal.core.i18n import _
from vaktaal.core.model import CEFR_LEVELS, Deck, Term
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.problems import DeckProblems, Problem

SAMPLE_NOTES = 5
_DEFAULT_DECK_NAMES = {"default", "standaard"}


@dataclass(frozen=True)
class ImportSettings:
    deck_id: str | None = None  # default: 'anki-' and the Anki deck's name
    title: str | None = None  # default: the Anki deck's name, or the file name
    level: str = "A2"
    version: int = 1


@dataclass
class AnkiSource:
    """An opened package: its note types in use, some sample notes, and a guessed mapping."""

    package: AnkiPackage
    collection: Collection
    title: str
    note_types: list[NoteType] = field(default_factory=list)

    def samples(self, note_type: NoteType) -> list[tuple[str, ...]]:
        return [note.fields for note in self.collection.notes_of(note_type.id)[:SAMPLE_NOTES]]

    def note_count(self, note_type: NoteType) -> int:
        return len(self.collection.notes_of(note_type.id))

    def guess_mapping(self) -> FieldMapping:
        """Guessed from up to 200 notes of each type, spread over the package."""
        return {t.name: guess_roles(t.fields, self._guess_samples(t)) for t in self.note_types}

    def _guess_samples(self, note_type: NoteType) -> list[Sequence[str]]:
        return guess_samples([note.fields for note in self.collection.notes_of(note_type.id)])


@dataclass(frozen=True)
class AnkiImport:
    loaded: LoadedDeck
    notices: list[str]


class DeckImporter(Protocol):
    def installed_versions(self) -> dict[str, int]: ...
    def import_deck(self, loaded: LoadedDeck) -> object: ...


def read_apkg(path: Path) -> AnkiSource:
    package = open_apkg(path)
    collection = read_collection(package.collection, package.label)
    used = {note.type_id for note in collection.notes}
    types = [t for type_id, t in collection.note_types.items() if type_id in used]
    if not types:
        raise DeckProblems([Problem(package.label, _("In dit Anki-pakket staan geen notities."))])
    name = collection.deck_name
    title = name if name and name.lower() not in _DEFAULT_DECK_NAMES else path.stem
    return AnkiSource(package, collection, title, types)


def prepare_import(
    source: AnkiSource, mapping: FieldMapping, settings: ImportSettings, library: PictogramLibrary
) -> AnkiImport:
    """The deck the import would store, checked; DeckProblems when it cannot be imported."""
    label = source.package.label
    _check_mapping(source, mapping, label)
    converter = NoteConverter(source.package, _gloss_languages(source, mapping))
    terms, duplicates = merge_duplicates(_terms(source, mapping, converter))
    converter.counts.missing = missing_counts(terms, converter.gloss_languages)
    deck = _deck(source, settings, converter.gloss_languages, terms)
    _validate(deck, converter.media, library, label)
    found = notices(converter.counts) + merged(duplicates)
    return AnkiImport(LoadedDeck(deck, converter.media), found)


def import_apkg(
    path: Path,
    store: DeckImporter,
    library: PictogramLibrary,
    overrides: Iterable[tuple[str, str]] = (),
    settings: ImportSettings | None = None,
) -> AnkiImport:
    """Read, map by guess plus `overrides`, check and store; the next version when re-imported."""
    source = read_apkg(path)
    mapping = source.guess_mapping()
    unknown = apply_overrides(mapping, overrides)
    if unknown:
        message = _("Deze velden staan niet in het pakket: {names}")
        raise DeckProblems([Problem(str(path), message.format(names=", ".join(unknown)))])
    settings = next_version(settings or ImportSettings(), source, store)
    prepared = prepare_import(source, mapping, settings, library)
    store.import_deck(prepared.loaded)
    return prepared


def next_version(
    settings: ImportSettings, source: AnkiSource, store: DeckImporter
) -> ImportSettings:
    """Importing the same package again makes the next version of its deck."""
    installed = store.installed_versions().get(deck_id_for(source, settings), 0)
    version = max(settings.version, installed + 1)
    return ImportSettings(settings.deck_id, settings.title, settings.level, version)


def deck_id_for(source: AnkiSource, settings: ImportSettings) -> str:
    return settings.deck_id or f"anki-{slug(settings.title or source.title, 58) or 'pakket'}"


def _check_mapping(source: AnkiSource, mapping: FieldMapping, label: str) -> None:
    problems = []
    for note_type in source.note_types:
        if roles.TERM not in mapping.get(note_type.name, {}).values():
            message = _("Kies bij notitietype '{name}' welk veld de term (het woord) is.")
            problems.append(Problem(label, message.format(name=note_type.name)))
    if not _gloss_languages(source, mapping):
        message = _("Kies bij minstens één veld de taal van de vertaling, bijvoorbeeld ar.")
        problems.append(Problem(label, message))
    if problems:
        raise DeckProblems(problems)


def _gloss_languages(source: AnkiSource, mapping: FieldMapping) -> tuple[str, ...]:
    used = [role for t in source.note_types for role in mapping.get(t.name, {}).values()]
    return tuple(dict.fromkeys(role for role in used if role not in roles.ROLES))


def _terms(
    source: AnkiSource, mapping: FieldMapping, converter: NoteConverter
) -> Iterable[tuple[int, Term]]:
    """Each note's term with the note's number (1, 2, ...) in the package."""
    for number, note in enumerate(source.collection.notes, start=1):
        note_type = source.collection.note_types[note.type_id]
        term = converter.term(note, note_type.fields, mapping.get(note_type.name, {}))
        if term is not None:
            yield number, term


def _deck(
    source: AnkiSource, settings: ImportSettings, languages: tuple[str, ...], terms: list[Term]
) -> Deck:
    title = settings.title or source.title
    return Deck(
        id=deck_id_for(source, settings), title=title, organisation="Anki",
        level=settings.level, gloss_languages=languages, version=settings.version,
        authors=("Anki",), licence="onbekend", terms=tuple(terms), job_function=title,
        description=f"Geïmporteerd uit {Path(source.package.label).name}",
    )  # fmt: skip


class _MemorySource:
    """The converted media as a deck source, so they pass the checks every deck file passes."""

    def __init__(self, media: dict[str, bytes], label: str) -> None:
        self.label = label
        self._media = media

    def manifest(self) -> bytes:
        return b""

    def has(self, path: str) -> bool:
        return path in self._media

    def read(self, path: str) -> bytes:
        return self._media[path]


def _validate(deck: Deck, media: dict[str, bytes], library: PictogramLibrary, label: str) -> None:
    """The terms are well-formed by construction (tests load them as a deck file to be sure);
    what the user chose and the media files are checked here."""
    problems = []
    if not ID_PATTERN.match(deck.id):
        message = _("'{value}' is geen goede id: gebruik a-z, 0-9 en '-', 2 tot 64 tekens.")
        problems.append(Problem(label, message.format(value=deck.id), field="id"))
    if not deck.title.strip():
        problems.append(Problem(label, _("Geef het pakket een naam."), field="title"))
    if deck.level not in CEFR_LEVELS:
        message = _("'{value}' kan hier niet. Kies uit: {allowed}.")
        problems.append(
            Problem(
                label,
                message.format(value=deck.level, allowed=", ".join(CEFR_LEVELS)),
                field="level",
            )
        )
    if not deck.terms:
        problems.append(Problem(label, _("Het pakket heeft geen termen ([[terms]]).")))
    problems += MediaChecker(_MemorySource(media, label), library).check(deck)
    if problems:
        raise DeckProblems(problems)
