"""Dutch and English header names, and language columns by code or by name."""

from vaktaal.core.authoring.spreadsheet import gloss, guess_mapping
from vaktaal.core.authoring.spreadsheet.term_ids import IdMaker, slug
from vaktaal.core.authoring.spreadsheet.values import word_class, word_class_for, yes_no


def test_dutch_and_english_headers() -> None:
    headers = ["Term", "Article", "Woordsoort", "Explanation", "Example", "Plaatje",
               "Categorie", "Tags", "Veiligheid", "Meervoud", "ID"]  # fmt: skip
    assert guess_mapping(headers) == (
        "term", "article", "word_class", "explanation", "example", "pictogram", "category",
        "tags", "safety_critical", "plural", "id",
    )  # fmt: skip


def test_language_columns_by_code_dutch_english_or_own_name() -> None:
    headers = ["ar", "Tigrinya", "Turks", "Farsi", "Perzisch (Farsi) (fa)", "English", "ትግርኛ"]
    mapping = guess_mapping(headers)
    assert mapping == (gloss("ar"), gloss("ti"), gloss("tr"), gloss("fa"), None, gloss("en"), None)


def test_unknown_headers_are_not_used_but_short_codes_are_languages() -> None:
    assert guess_mapping(["opmerking", "xx"]) == (None, gloss("xx"))


def test_cell_values_in_dutch() -> None:
    assert word_class("Zelfstandig  naamwoord") == "noun"
    assert word_class("ww") == "verb"
    assert word_class("verb") == "verb"
    assert word_class("zelfstandig") is None
    assert [yes_no(v) for v in ("WAAR", "x", "", "nee", "misschien")] == [
        True, True, False, False, None,
    ]  # fmt: skip


def test_ids_are_slugs_without_accents_and_never_an_old_id_for_a_new_word() -> None:
    assert slug("Één keer per week!") == "een-keer-per-week"
    assert slug("é") == "term"
    maker = IdMaker({"storing": "storing", "printer": "printer-oud"}, reserved=["melding"])
    assert maker.for_term("Storing") == "storing"  # same word: same id, progress kept
    assert maker.for_term("melding") == "melding-2"  # the id column has 'melding' already
    assert maker.for_term("printer-oud") == "printer-oud-2"


def test_headers_as_hr_writes_them_case_and_accents_ignored() -> None:
    headers = ["WOORD", "Lidwoord", "Uitleg", "Voorbeeldzin", "Engels", "Arabisch",
               "Tigrinya", "Turks", "Farsi", "Oekraiens", "Nr"]  # fmt: skip
    assert guess_mapping(headers) == (
        "term", "article", "explanation", "example", gloss("en"), gloss("ar"), gloss("ti"),
        gloss("tr"), gloss("fa"), gloss("uk"), None,
    )  # fmt: skip
    assert guess_mapping(["Oekraïens", "Perzisch", "english"]) == (
        gloss("uk"), gloss("fa"), gloss("en"),
    )  # fmt: skip


def test_no_word_class_is_a_noun_with_an_article_else_open() -> None:
    assert word_class_for("", "de") == "noun"
    assert word_class_for("  ", None) == "open"
    assert word_class_for("werkwoord", None) == "verb"
    assert word_class_for("ding", None) is None  # a wrong value is still reported
