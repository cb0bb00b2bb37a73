"""Pictogram search by Dutch and English words, over bundled pictograms, OpenMoji and MDI."""

import pytest

from vaktaal.core.authoring.pictogram_search import PictogramIndex, build_index
from vaktaal.paths import Paths


@pytest.fixture(scope="module")
def index() -> PictogramIndex:
    shipped = Paths.create("/nonexistent-vaktaal-test")  # only the shipped folders are read
    return build_index(shipped.assets_dir, shipped.bundled_decks_dir)


def refs(index: PictogramIndex, query: str) -> list[str]:
    return [pictogram.ref for pictogram in index.search(query, 20)]


def test_a_dutch_word_finds_the_bundled_pictogram_first(index):
    assert refs(index, "heftruck")[0] == "asset:heftruck.svg"
    assert refs(index, "Brandblusser")[0] == "asset:brandblusser.svg"


def test_an_english_word_finds_bundled_openmoji_and_mdi_pictograms(index):
    found = refs(index, "fire extinguisher")
    assert found[0] == "asset:brandblusser.svg"
    assert "openmoji:1F9EF" in found and "mdi:fire-extinguisher" in found


def test_dutch_words_of_bundled_pictograms_also_find_the_same_openmoji(index):
    assert "openmoji:1F9EF" in refs(index, "brandblusser")


def test_words_from_bundled_decks_are_keywords(index):
    assert "asset:heftruck.svg" in refs(index, "forklift")  # English gloss in a bundled deck


def test_the_start_of_a_word_is_enough_and_every_word_must_match(index):
    assert "asset:ladder.svg" in refs(index, "ladd")
    assert refs(index, "ladder zzzqqq") == []


def test_nothing_found_for_nonsense(index):
    assert refs(index, "qxzwv") == []
