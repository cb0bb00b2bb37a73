"""Dutch word forms meet; short words and different words do not."""

import pytest

from vaktaal.core.meetings.summary_text import SummaryText
from vaktaal.core.meetings.wordforms import keys, plain, words


def found(keyword: str, text: str) -> bool:
    return SummaryText(text).has(keyword)


@pytest.mark.parametrize(
    ("keyword", "text"),
    [
        ("pallet", "Er staan drie pallets klaar."),  # plural -s
        ("foto", "Maak foto's van de schade."),  # plural -'s
        ("bestelling", "De bestellingen gaan mee."),  # plural -en
        ("doos", "De dozen zijn leeg."),  # plural with z/s and a single vowel
        ("doos", "Een doosje met schroeven."),  # diminutive -je
        ("pakket", "Het pakketje is er."),  # diminutive -je after t
        ("bal", "Een balletje."),  # diminutive -etje with a doubled consonant
        ("controleren", "Lisa controleert de laptops."),  # verb -t
        ("controleren", "De laptops zijn gecontroleerd."),  # participle ge-...-d
        ("controleren", "Ze controleerde alles."),  # past tense -de
        ("maak", "Zij maakt de lijst."),
        ("maak", "We maken de lijst."),
        ("maak", "De lijst is gemaakt."),  # participle ge-...-t
        ("maken", "Ik maak de lijst."),  # stem
        ("bellen", "Omar belt de klant."),
        ("bellen", "Omar heeft de klant gebeld."),
        ("bellen", "Ze belden gisteren."),  # past plural -den
        ("werken", "Zij werkten door."),  # past plural -ten
        ("resetten", "Het wachtwoord is gereset."),
        ("opruimen", "De gang is opgeruimd."),  # particle + ge + -d
        ("opruimen", "Ahmed ruimt de dozen op."),  # separable verb, split
        ("pallet", "De europallets staan buiten."),  # head of a compound
        ("schoenen", "Draag veiligheidsschoenen."),
        ("leven", "Hij leeft."),  # v/f
        ("dock 3", "De pallets staan bij dock drie."),  # phrase, number word
        ("dock 3", "Ze staan bij dock nummer 3."),  # phrase with one word between
        ("email", "Er is een storing in de E-MAIL!"),  # capitals, punctuation
        ("e-mail", "Geen email meer."),  # with or without a hyphen
        ("e-mail", "Geen e-mail meer."),
        ("vóór twaalf uur", "Bel voor 12 uur terug."),  # accents, number words
        ("nakijken", "Alles is nagekeken."),  # irregular verb with a particle
        ("nakijken", "Kees keek de orders na."),  # irregular and split
        ("gaan", "Ze ging naar huis."),
        ("op*", "Ahmed gaat opruimen."),  # on purpose: any word starting with op
    ],
)
def test_forms_of_a_keyword_are_found(keyword: str, text: str) -> None:
    assert found(keyword, text)


@pytest.mark.parametrize(
    ("keyword", "text"),
    [
        ("op", "Ahmed gaat de gang opruimen."),  # a short word is never part of a longer one
        ("in", "Hij moet inpakken."),
        ("teling", "De bestelling is er."),  # a compound head needs four letters before it
        ("dock 3", "Dock 4 is vol, ook 3 pallets."),  # a phrase keeps its order and nearness
        ("dock 3", "Drie pallets bij dock."),
        ("dock 3", "Dock B en 3 pallets."),  # at most one word between
        ("opruimen", "Ahmed ruimt de dozen. Dan gaat hij op pauze."),  # particle elsewhere
        ("laptop", "Mijn lap top."),
        ("storing", "Alles is in orde."),
        ("klant", "Aan de kant."),
        ("pallet", "De palen staan buiten."),
        ("ticket", "Het tikt."),
        ("gat", "Hij gaat."),  # an irregular form meets only its own verb
        ("reden", "Ze rijden."),  # a form that is also a noun is left out of the table
    ],
)
def test_other_words_are_not_found(keyword: str, text: str) -> None:
    assert not found(keyword, text)


def test_plain_takes_off_accents_capitals_and_apostrophes() -> None:
    assert plain("Één FOTO's, café") == "een fotos, cafe"
    assert words("Vóór 12:00 bij Dock-drie!") == ["voor", "12", "00", "bij", "dock", "3"]


def test_short_words_have_only_themselves_as_key() -> None:
    assert keys("op") == frozenset({"op"})
    assert keys("bel") == frozenset({"bel"})
    assert "op" not in keys("opruimen")
