"""Where things go, without drawing: card grids, sort order, handbook sections."""

from vaktaal.core.model import Term
from vaktaal.printing.plan import A4_MM, CARD_FORMATS, pages_needed, sections, sort_key
from vaktaal.usecases.printing import ALPHABET, CATEGORY


def _term(word: str, category: str | None = None) -> Term:
    return Term(word, word, "noun", "", "", "asset:x.svg", {}, category=category)


def test_groot_is_two_by_four_and_label_three_by_eight_on_a4():
    assert CARD_FORMATS["groot"].per_page == 8
    assert CARD_FORMATS["label"].per_page == 24
    for card_format in CARD_FORMATS.values():
        width, height = card_format.card_mm
        right, bottom = card_format.card_origin_mm(card_format.per_page - 1)
        assert right + width <= A4_MM[0] - card_format.margin_mm + 1e-6
        assert bottom + height <= A4_MM[1] - card_format.margin_mm + 1e-6
        assert card_format.card_origin_mm(card_format.per_page) == card_format.card_origin_mm(0)


def test_cards_run_row_by_row():
    groot = CARD_FORMATS["groot"]
    first, second, third = (groot.card_origin_mm(i) for i in range(3))
    assert first[1] == second[1] and second[0] > first[0]
    assert third[0] == first[0] and third[1] > first[1]


def test_pages_needed_rounds_up():
    assert pages_needed(45, 8) == 6
    assert pages_needed(48, 8) == 6
    assert pages_needed(49, 8) == 7
    assert pages_needed(0, 8) == 1


def test_alphabetical_order_ignores_case_and_accents():
    words = ["Zaag", "émmer", "afval", "Boor", "ëlektra"]
    assert sorted(words, key=sort_key) == ["afval", "Boor", "ëlektra", "émmer", "Zaag"]


def test_alphabet_sections_are_first_letters_in_order():
    terms = [_term("zaag"), _term("Afval"), _term("emmer"), _term("aanrecht"), _term("112")]
    found = sections(terms, ALPHABET)
    assert [s.title for s in found] == ["#", "A", "E", "Z"]
    assert [t.term for t in found[1].terms] == ["aanrecht", "Afval"]


def test_category_sections_keep_the_decks_order_and_put_the_rest_last():
    terms = [
        _term("zaag", "Gereedschap"), _term("los"), _term("helm", "Veiligheid"),
        _term("boor", "Gereedschap"),
    ]  # fmt: skip
    found = sections(terms, CATEGORY)
    assert [s.title for s in found] == ["Gereedschap", "Veiligheid", "Overig"]
    assert [t.term for t in found[0].terms] == ["boor", "zaag"]
    assert [t.term for t in found[2].terms] == ["los"]
