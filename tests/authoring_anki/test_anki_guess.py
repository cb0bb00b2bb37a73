"""Field roles guessed from what the fields hold: each kind, and a whole package."""

from pathlib import Path

import pytest
from anki_builder import NoteType, Package
from hypothesis import given, settings
from hypothesis import strategies as st

from vaktaal.core.authoring.anki import ImportSettings, prepare_import, read_apkg
from vaktaal.core.authoring.anki.guess import profile, read_column, term_score
from vaktaal.core.authoring.anki.mapping import ROLES, guess_roles, guess_samples, is_role
from vaktaal.core.pictograms import PictogramLibrary

WORDS = ["heftruck", "pallet", "tillen", "helm", "ladder"]


def roles_of(column: list[str], name: str = "Veld") -> str:
    """The role of a nameless field next to a Dutch term field."""
    notes = [(word, text) for word, text in zip(WORDS, column, strict=False)]
    return guess_roles(["Woord", name], notes)[name]


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        (["رافعة شوكية", "منصة", "رفع"], "ar"),
        (["لیفتراک", "پالت", "بلند کردن"], "fa"),
        (["ፎርክሊፍት", "ፓሌት", "ምልዓል"], "ti"),
        (["погрузчик", "поддон", "поднимать"], "ru"),
        (["навантажувач", "піддон", "підіймати"], "uk"),
        (["forklift", "palet", "kaldırmak", "kask"], "tr"),
        (["yukko'targich", "taglik", "koʻtarmoq", "dubulgʻa"], "uz"),
        (["The truck that lifts the pallets.", "A wooden board for boxes."], "en"),
        (["[sound:a.mp3]", "[sound:b.mp3]", ""], "audio"),
        (['<img src="a.png">', '<img src="b.png">'], "pictogram"),
        (["0101", "0102", "0103", "0104"], "ignore"),
        (["W-1", "W-2", "W-3"], "ignore"),
    ],
)
def test_each_kind_of_field(column: list[str], expected: str) -> None:
    assert roles_of(column) == expected


def test_a_dutch_sentence_with_the_term_is_the_example_another_the_explanation() -> None:
    notes = [
        ("de heftruck", "Een wagen die pallets optilt.", "Ik rijd met de heftruck."),
        ("het pallet", "Een plank waar je dozen op zet.", "Zet het pallet neer."),
        ("tillen", "Iets zwaars omhoog doen.", "Til de doos op."),
    ]
    assert guess_roles(["A", "B", "C"], notes) == {
        "A": "term",
        "B": "explanation",
        "C": "example",
    }


def test_a_reversed_basic_note_takes_its_term_from_the_back() -> None:
    notes = [("رافعة شوكية", "de heftruck"), ("منصة", "het pallet"), ("رفع", "tillen")]
    assert guess_roles(["Front", "Back"], notes) == {"Front": "ar", "Back": "term"}


def test_numbers_are_never_the_term_even_when_first_or_named_so() -> None:
    notes = [(f"{i:04d}", f"{i}", word) for i, word in enumerate(WORDS, start=1)]
    assert guess_roles(["Woord", "Nummer", "Tekst"], notes) == {
        "Woord": "ignore",
        "Nummer": "ignore",
        "Tekst": "term",
    }


def test_an_id_field_of_good_ids_keeps_them_as_term_ids() -> None:
    notes = [(f"{i:04d}", word) for i, word in enumerate(WORDS, start=1)]
    assert guess_roles(["id", "nl"], notes) == {"id": "id", "nl": "term"}


def test_a_language_in_the_field_name_wins_and_its_sentences_are_ignored() -> None:
    notes = [("kask", "каска", "Надень каску, пожалуйста.", "helm")] * 3
    roles = guess_roles(["uz", "ru", "ru_sentence", "nl"], notes)
    assert roles == {"uz": "uz", "ru": "ru", "ru_sentence": "ignore", "nl": "term"}


def test_a_generic_translation_name_does_not_hide_the_script() -> None:
    assert roles_of(["خوذة", "سلم"], name="Vertaling") == "ar"


def test_the_term_score_prefers_short_unique_words() -> None:
    words = profile(read_column(WORDS))
    sentences = profile(read_column([f"Dit is een zin over {word}." for word in WORDS]))
    repeated = profile(read_column(["heftruck"] * 5))
    assert term_score(words) > term_score(sentences)
    assert term_score(words) > term_score(repeated)


def test_the_guess_looks_at_notes_spread_over_the_package() -> None:
    notes = [(str(i),) for i in range(1000)]
    sample = guess_samples(notes, 200)
    assert len(sample) == 200 and sample[0] == ("0",) and sample[-1] == ("995",)


def uz_ru_package() -> Package:
    """Like a real shared deck: an id first, Uzbek, Russian with entities, Dutch last."""
    kind = NoteType(1600000000999, "uz-ru", ["id", "uz", "ru", "ru_sentence", "Text", "Extra"])
    package = Package(note_types=[kind], deck_name="Ombor")
    rows = [
        ("yuk ko&#39;targich", "&laquo;погрузчик&raquo;", "de heftruck", "Rijd met de heftruck."),
        ("taglik", "поддон", "het pallet", "Zet het pallet op de vloer."),
        ("koʻtarmoq", "поднимать&nbsp;", "tillen", ""),
        ("dubulgʻa", "каска", "de helm", "Zet je helm op in de hal."),
        ("xavfsizlik", "безопасность", "veiligheid &amp; gezondheid", ""),
        ("dubulgʻa", "каска", "Helm", ""),
    ]
    for number, (uz, ru, dutch, example) in enumerate(rows, start=101):
        package.add(kind, f"{number:04d}", uz, ru, f"{ru} &mdash; пример.", dutch, example)
    return package


def test_a_package_with_an_id_first_and_cyrillic_is_mapped_right_without_map(
    tmp_path: Path, library: PictogramLibrary
) -> None:
    source = read_apkg(uz_ru_package().write(tmp_path / "ombor.apkg"))
    mapping = source.guess_mapping()
    assert mapping == {
        "uz-ru": {"id": "id", "uz": "uz", "ru": "ru", "ru_sentence": "ignore",
                  "Text": "term", "Extra": "example"},
    }  # fmt: skip
    prepared = prepare_import(source, mapping, ImportSettings(), library)
    terms = prepared.loaded.deck.terms
    assert [(t.id, t.display) for t in terms] == [
        ("0101", "de heftruck"), ("0102", "het pallet"), ("0103", "tillen"),
        ("0104", "de helm"), ("0105", "veiligheid & gezondheid"),
    ]  # fmt: skip
    assert terms[0].glosses == {"uz": "yuk ko'targich", "ru": "«погрузчик»"}
    assert terms[2].glosses["ru"] == "поднимать"
    assert (terms[2].explanation, terms[2].example) == ("", "")
    assert "(ontbreekt)" not in repr(terms)
    assert "'de helm' staat 2 keer in het pakket (notities 4, 6). Samengevoegd." in (
        prepared.notices
    )
    assert "5 termen hebben nog geen uitleg. Vul die later aan." in prepared.notices
    assert "2 termen hebben nog geen voorbeeldzin. Vul die later aan." in prepared.notices


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(max_size=12), max_size=6),
    st.lists(st.lists(st.text(max_size=40), max_size=7), max_size=8),
)
def test_any_fields_and_notes_get_a_known_role(fields: list[str], notes: list[list[str]]) -> None:
    roles = guess_roles(fields, notes)
    assert set(roles) == set(fields)
    assert all(role in ROLES or is_role(role) for role in roles.values())
