"""Guessing which field is the term, the explanation, the example or a gloss."""

import pytest

from vaktaal.core.authoring.anki.mapping import apply_overrides, guess_roles, parse_map_option


def test_basic_with_a_dutch_answer_gives_term_and_explanation() -> None:
    roles = guess_roles(["Front", "Back"], [("heftruck", "Een wagen om pallets te tillen.")])
    assert roles == {"Front": "term", "Back": "explanation"}


def test_an_arabic_answer_is_a_gloss() -> None:
    roles = guess_roles(["Voorkant", "Achterkant"], [("heftruck", "رافعة شوكية"), ("helm", "خوذة")])
    assert roles == {"Voorkant": "term", "Achterkant": "ar"}


def test_an_ethiopic_answer_is_tigrinya() -> None:
    assert guess_roles(["Front", "Back"], [("storing", "ብልሽት")])["Back"] == "ti"


def test_field_names_in_dutch_english_and_codes() -> None:
    fields = [
        "Id",
        "Woord",
        "Uitleg",
        "Voorbeeldzin",
        "Arabic",
        "tr",
        "Tigrinya",
        "Plaatje",
        "Geluid",
        "Notes",
    ]
    roles = guess_roles(fields, [])
    assert roles == {
        "Id": "id", "Woord": "term", "Uitleg": "explanation", "Voorbeeldzin": "example",
        "Arabic": "ar", "tr": "tr", "Tigrinya": "ti", "Plaatje": "pictogram", "Geluid": "audio",
        "Notes": "ignore",
    }  # fmt: skip


def test_without_a_term_name_the_first_field_is_the_term() -> None:
    assert guess_roles(["Kanji", "Meaning"], [])["Kanji"] == "term"


@pytest.mark.parametrize(
    ("option", "expected"),
    [("Back=ar", ("Back", "ar")), ("Back = uitleg", ("Back", "explanation")),
     ("Extra=negeer", ("Extra", "ignore")), ("a=b=example", ("a=b", "example"))],
)  # fmt: skip
def test_map_options(option: str, expected: tuple[str, str]) -> None:
    assert parse_map_option(option) == expected


@pytest.mark.parametrize("option", ["Back", "=ar", "Back=xx", "Back=nl"])
def test_bad_map_options_say_how_to_write_them(option: str) -> None:
    with pytest.raises(ValueError, match="VELD=ROL"):
        parse_map_option(option)


def test_overrides_apply_to_every_note_type_and_report_unknown_fields() -> None:
    mapping = {"Basic": {"Front": "term", "Back": "explanation"}, "Other": {"Back": "ignore"}}
    unknown = apply_overrides(mapping, [("Back", "en"), ("Achterkant", "ar")])
    assert mapping == {"Basic": {"Front": "term", "Back": "en"}, "Other": {"Back": "en"}}
    assert unknown == ["Achterkant"]
