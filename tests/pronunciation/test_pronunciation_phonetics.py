"""Phoneme sequences and how alike they sound: the pure function and espeak-ng."""

import itertools
import shutil

import pytest

from vaktaal.speech.phonetics import (
    EspeakPhonemizer,
    FakePhonemizer,
    phonetic_similarity,
    phrase_phonemes,
    tokens_to_phonemes,
)

WORDS = {
    "heftruck": ("h", "ɛ", "f", "t", "r", "ɵ", "k"),
    "pallet": ("p", "ɑ", "l", "ɛ", "t"),
    "helm": ("h", "ɛ", "l", "m"),
    "veiligheidsschoenen": tuple("vɛilɪxhɛitsxunən"),
    "rolcontainer": ("r", "ɔ", "l", "k", "ɔ", "n", "t", "ɑ", "j", "n", "ə", "r"),
}


@pytest.mark.parametrize("sounds", WORDS.values())
def test_identical_sounds_are_fully_alike(sounds: tuple[str, ...]) -> None:
    assert phonetic_similarity(sounds, sounds) == 1.0
    assert phonetic_similarity(list(sounds), tuple(sounds)) == 1.0


def test_unrelated_words_are_not_alike() -> None:
    assert phonetic_similarity(WORDS["heftruck"], WORDS["pallet"]) < 0.3
    assert phonetic_similarity(WORDS["helm"], WORDS["rolcontainer"]) < 0.3
    assert phonetic_similarity(("a", "b"), ("x", "y", "z")) == 0.0


@pytest.mark.parametrize(("a", "b"), list(itertools.combinations(WORDS.values(), 2)))
def test_similarity_is_symmetric_and_between_0_and_1(
    a: tuple[str, ...], b: tuple[str, ...]
) -> None:
    assert phonetic_similarity(a, b) == phonetic_similarity(b, a)
    assert 0.0 <= phonetic_similarity(a, b) < 1.0


def test_one_change_costs_one_phoneme_and_near_sounds_half() -> None:
    heftruck = WORDS["heftruck"]
    assert phonetic_similarity(heftruck, heftruck[:-1]) == pytest.approx(1 - 1 / 7)
    assert phonetic_similarity(heftruck, (*heftruck[:3], "x", *heftruck[4:])) == pytest.approx(
        1 - 1 / 7
    )
    voiced = (*heftruck[:3], "d", *heftruck[4:])  # t -> d: only voicing differs
    assert phonetic_similarity(heftruck, voiced) == pytest.approx(1 - 0.5 / 7)


def test_empty_sequences() -> None:
    assert phonetic_similarity((), ()) == 1.0
    assert phonetic_similarity((), ("a",)) == 0.0


def test_espeak_output_is_split_into_phonemes_without_marks() -> None:
    assert tokens_to_phonemes("h_ˈɛ_f_t_r_ɵ_k\n") == WORDS["heftruck"]
    assert tokens_to_phonemes("d_ə h_ˈɛ_l_m") == ("d", "ə", "h", "ɛ", "l", "m")
    assert tokens_to_phonemes("k_r_ˈaː_n") == ("k", "r", "a", "n")
    assert tokens_to_phonemes("_ˈœy") == ("œy",)
    assert tokens_to_phonemes("(en)_ˈɛ_s(nl)_ɡ_a") == ("ɛ", "s", "g", "a")


def test_fake_phonemizer_uses_its_table_then_the_letters() -> None:
    fake = FakePhonemizer({"Heftruck": "hɛftrɵk", "ui": ["œy"]})
    assert fake.phonemes("heftruck") == WORDS["heftruck"]
    assert fake.phonemes("UI") == ("œy",)
    assert fake.phonemes("de kat") == tuple("dekat")
    assert phrase_phonemes(fake, ["ui", "kat"]) == ("œy", "k", "a", "t")


espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng not installed")


@espeak
def test_espeak_gives_different_dutch_phonemes_for_different_words() -> None:
    phonemizer = EspeakPhonemizer()
    heftruck, pallet = phonemizer.phonemes("heftruck"), phonemizer.phonemes("pallet")
    assert heftruck and pallet and heftruck != pallet
    assert heftruck[0] == "h" and pallet[0] == "p"
    assert not any(mark in "".join(heftruck + pallet) for mark in "ˈˌː_ \n")
    assert phonetic_similarity(heftruck, pallet) < 0.5
    assert phonetic_similarity(heftruck, phonemizer.phonemes("hef truck")) == 1.0


@espeak
@pytest.mark.parametrize(
    ("voice", "words"),
    [
        ("nl", ["pallet", "de", "helm", "2", "één", "heftruck"]),  # "pallet de": no liaison
        ("ko", ["오후", "[9]", "시", "가", "죠", "네", "용"]),  # "죠 네" would merge
    ],
)
def test_espeak_gives_the_sounds_of_each_word_from_one_call(voice: str, words: list[str]) -> None:
    phonemizer = EspeakPhonemizer(voice=voice)
    together = phonemizer.word_phonemes(words)
    assert phonemizer._cached.cache_info().misses == 0  # no call per word was needed
    assert together == tuple(map(phonemizer.phonemes, words))
    assert phonemizer.word_phonemes([]) == ()


@espeak
def test_espeak_word_sounds_in_a_row() -> None:
    phonemizer = EspeakPhonemizer()
    assert phonemizer.word_phonemes(["2", "pallets"])[0] == ("t", "ʋ", "e")
    assert phrase_phonemes(phonemizer, ["hef", "truck"]) == phonemizer.phonemes("heftruck")


@espeak
def test_espeak_phonemes_are_cached_per_spelling() -> None:
    phonemizer = EspeakPhonemizer()
    first = phonemizer.phonemes("veiligheidshelm")
    assert phonemizer.phonemes("Veiligheidshelm ") == first
    assert phonemizer._cached.cache_info().hits == 1


def test_espeak_missing_gives_no_phonemes() -> None:
    phonemizer = EspeakPhonemizer(program="/nonexistent/espeak-ng")
    assert phonemizer.phonemes("heftruck") == ()
    assert EspeakPhonemizer(program=None).phonemes("") == ()
