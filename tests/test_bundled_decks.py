"""The decks that ship with vaktaal keep what issue 16 asked of them: eight workplaces of 60+
terms, glosses in nine languages, a picture of its own for every term, nouns with article and
plural (or `plural = false`), short explanations, and meetings."""

import functools
import random
import re
from collections import defaultdict
from pathlib import Path

import pytest

from vaktaal.core.deckformat import load_deck, validate_deck
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.model import Deck
from vaktaal.core.pictogram_families import PictureIdentities, read_header
from vaktaal.core.pictograms import ASSET, PictogramLibrary
from vaktaal.core.practice.distractors import WRONG_OPTIONS, wrong_options
from vaktaal.core.practice.exercises import PracticeItem
from vaktaal.core.practice.plan import choice_options
from vaktaal.paths import Paths

PATHS = Paths.create("/nonexistent")
LIBRARY = PictogramLibrary(PATHS.assets_dir)
LANGUAGES = {"ar", "ti", "tr", "fa", "ckb", "kmr", "en", "uk", "so"}
EXPECTED = {
    "it-servicedesk", "magazijn-installatie", "eerste-werkweken", "energienet-monteur", "zorg",
    "keuken", "productielijn", "bouw-schilder",
}  # fmt: skip
MIN_TERMS = 60
MAX_SENTENCE_WORDS = 15
MIN_MEETINGS = 9
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def bundled_folders() -> list[Path]:
    return sorted(p for p in PATHS.bundled_decks_dir.iterdir() if (p / "deck.toml").is_file())


@functools.cache
def deck_of(folder: Path) -> Deck:
    return load_deck(folder, LIBRARY).deck


def all_decks() -> list[Deck]:
    return [deck_of(folder) for folder in bundled_folders()]


def test_the_eight_workplace_decks_are_bundled_with_nine_meetings() -> None:
    decks = all_decks()
    assert {deck.id for deck in decks} >= EXPECTED
    assert sum(len(deck.meetings) for deck in decks) >= MIN_MEETINGS
    assert all(deck.meetings for deck in decks), [d.id for d in decks if not d.meetings]


@pytest.mark.parametrize("folder", bundled_folders(), ids=lambda p: p.name)
def test_bundled_deck_is_valid(folder: Path) -> None:
    assert validate_deck(folder, LIBRARY) == []


@pytest.mark.parametrize("folder", bundled_folders(), ids=lambda p: p.name)
def test_bundled_deck_is_complete(folder: Path) -> None:
    deck = deck_of(folder)
    assert len(deck.terms) >= MIN_TERMS
    assert set(deck.gloss_languages) >= LANGUAGES
    assert set(deck.needs_native_check) <= set(deck.gloss_languages)
    for term in deck.terms:
        assert all(term.glosses.get(code, "").strip() for code in LANGUAGES), term.id
        if term.word_class == "noun":
            assert term.article in ("de", "het", "de/het"), term.id
            assert term.plural is not None, f"{term.id}: a plural, or plural = false"
        assert term.explanation and term.example and term.pictogram, term.id


@pytest.mark.parametrize("folder", bundled_folders(), ids=lambda p: p.name)
def test_explanations_have_sentences_of_at_most_fifteen_words(folder: Path) -> None:
    too_long = {
        term.id: sentence
        for term in deck_of(folder).terms
        for sentence in _SENTENCE_END.split(term.explanation.strip())
        if len(sentence.split()) > MAX_SENTENCE_WORDS
    }
    assert too_long == {}


@pytest.mark.parametrize("folder", bundled_folders(), ids=lambda p: p.name)
def test_meetings_are_full_exercises(folder: Path) -> None:
    for meeting in deck_of(folder).meetings:
        assert_full_meeting(meeting)


def assert_full_meeting(meeting: Meeting) -> None:
    speaking = {line.speaker for line in meeting.lines}
    assert len(meeting.lines) >= 12, meeting.id
    assert len(meeting.speakers) >= 3 and speaking == {s.id for s in meeting.speakers}, meeting.id
    assert len(meeting.main_points) >= 2 and len(meeting.distractors) >= 3, meeting.id
    assert len(meeting.action_items) >= 2, meeting.id
    for action in meeting.action_items:
        assert action.who in speaking and action.when, (meeting.id, action.id)


def test_no_two_different_terms_share_a_picture() -> None:
    identities = PictureIdentities(LIBRARY)
    words: dict[str, set[str]] = defaultdict(set)
    for deck in all_decks():
        for term in deck.terms:
            words[identities.of(term.pictogram).content].add(f"{deck.id}/{term.term}")
    shared = [
        sorted(terms) for terms in words.values() if len({t.split("/")[1] for t in terms}) > 1
    ]
    assert shared == []


def test_every_bundled_picture_names_its_family() -> None:
    refs = {t.pictogram for deck in all_decks() for t in deck.terms} | {
        deck.pictogram for deck in all_decks() if deck.pictogram
    }
    assets = sorted(ref[len(ASSET) :] for ref in refs if ref.startswith(ASSET))
    folder = PATHS.assets_dir / "pictogrammen"
    unnamed = [
        name for name in assets if not read_header((folder / name).read_bytes()).get("family")
    ]
    assert unnamed == []


@pytest.mark.parametrize("folder", bundled_folders(), ids=lambda p: p.name)
def test_choose_the_picture_never_needs_a_look_alike(folder: Path) -> None:
    """Every term of a bundled deck has three wrong pictures of other families and unrelated
    words, so the family rule never has to give way."""
    identities = PictureIdentities(LIBRARY)
    pool = [PracticeItem(pk, "d", term) for pk, term in enumerate(deck_of(folder).terms)]
    for item in pool:
        wrong = wrong_options(item, pool, identities.of)
        families = [identities.of(o.term.pictogram).family for o in wrong]
        families.append(identities.of(item.term.pictogram).family)
        named = [family for family in families if family is not None]
        assert len(wrong) >= WRONG_OPTIONS and len(named) == len(set(named)), item.term.id
        options = choice_options(item, pool, random.Random(item.term_pk), identities.of)
        assert len({identities.of(o.term.pictogram).content for o in options}) == 4


def test_installed_bundled_decks_are_not_read_again_at_the_next_start(tmp_path, monkeypatch):
    from vaktaal import app
    from vaktaal.usecases import decks

    services = app.open_backend(tmp_path)
    assert len(app.install_bundled_decks(services)) >= 3

    def must_not_load(*_args: object) -> None:
        raise AssertionError("an installed bundled deck was loaded again")

    monkeypatch.setattr(decks, "load_deck", must_not_load)
    assert app.install_bundled_decks(services) == []
    services.close()
