"""The term card: big pictogram, the word with its audio, meaning, and a gloss in any script."""

import logging
from dataclasses import replace

from practice_data import HEFTRUCK, PALLET, make_term
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vaktaal.ui.pictogram_icons import placeholder_pixmap
from vaktaal.ui.practice.term_card import TermCard

LEFT = Qt.MouseButton.LeftButton


def card_on_screen(on_screen, library, speaker, language: str = "ar") -> TermCard:
    card = TermCard(library, speaker, language)
    on_screen(card)
    return card


def test_card_shows_the_word_with_its_article_large_and_bold(
    qtbot, on_screen, library, speaker
) -> None:
    card = card_on_screen(on_screen, library, speaker)
    card.show_term(HEFTRUCK)

    assert card.word_label.text() == "de heftruck"
    assert card.word_label.font().bold()
    assert card.word_label.font().pointSizeF() >= 2 * QApplication.font().pointSizeF()
    assert card.picture.pixmap().width() == 220
    assert card.picture.accessibleName() == "de heftruck"
    assert card.explanation_label.text() == "Uitleg over heftruck."
    assert card.example_label.text() == "Pak de heftruck."
    assert card.safety_label.isVisible()  # the heftruck is a safety term


def test_each_audio_button_says_its_own_text(qtbot, on_screen, library, speaker) -> None:
    card = card_on_screen(on_screen, library, speaker)
    card.show_term(HEFTRUCK)

    qtbot.mouseClick(card.word_audio, LEFT)
    qtbot.mouseClick(card.explanation_audio, LEFT)
    qtbot.mouseClick(card.example_audio, LEFT)

    assert speaker.spoken == ["de heftruck", "Uitleg over heftruck.", "Pak de heftruck."]
    assert card.word_audio.accessibleName() == "Luister"
    assert card.explanation_audio.accessibleName()
    assert card.example_audio.accessibleName()
    assert not card.word_audio.icon().isNull()


def test_arabic_gloss_is_right_to_left_and_isolated(qtbot, on_screen, library, speaker) -> None:
    card = card_on_screen(on_screen, library, speaker, "ar")
    card.show_term(PALLET)

    gloss = card.gloss_label
    assert gloss.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert gloss.text() == "\u2067طبلية (باليت)\u2069"
    assert gloss.alignment() & Qt.AlignmentFlag.AlignRight
    assert gloss.textFormat() == Qt.TextFormat.PlainText
    assert card.autonym_label.text() == "\u2067العربية\u2069"
    assert card.autonym_label.font().pointSizeF() < gloss.font().pointSizeF()
    assert card.gloss_box.isVisible()


def test_turkish_gloss_is_left_to_right_in_a_first_strong_isolate(
    qtbot, on_screen, library, speaker
) -> None:
    card = card_on_screen(on_screen, library, speaker, "tr")
    card.show_term(HEFTRUCK)

    assert card.gloss_label.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert card.gloss_label.text() == "\u2068forklift\u2069"
    assert card.autonym_label.text() == "\u2068Türkçe\u2069"


def test_without_a_gloss_in_the_own_language_english_bridges(
    qtbot, on_screen, library, speaker
) -> None:
    card = card_on_screen(on_screen, library, speaker, "fa")
    card.show_term(HEFTRUCK)
    assert card.gloss_label.text() == "\u2068forklift\u2069"
    assert card.autonym_label.text() == "\u2068English\u2069"

    card.show_term(make_term("stelling", glosses={}))
    assert not card.gloss_box.isVisible()


def test_an_empty_explanation_and_example_are_hidden_not_filled(
    qtbot, on_screen, library, speaker
) -> None:
    """Issue 15: a word list may have no explanation or example; the card leaves them out."""
    card = card_on_screen(on_screen, library, speaker)
    card.show_term(replace(HEFTRUCK, explanation="", example=""))

    assert card.details.isVisible() and card.gloss_box.isVisible()
    assert card.word_label.text() == "de heftruck"
    for label, audio in (
        (card.explanation_label, card.explanation_audio),
        (card.example_label, card.example_audio),
    ):
        assert not label.isVisible() and label.text() == ""
        assert not audio.isVisible()

    card.show_term(replace(HEFTRUCK, example=""))  # the explanation comes back
    assert card.explanation_label.isVisible() and card.explanation_audio.isVisible()
    assert card.explanation_label.text() == "Uitleg over heftruck."
    assert not card.example_label.isVisible()


def test_a_missing_pictogram_shows_the_placeholder_and_the_card(
    qtbot, on_screen, library, speaker, caplog
) -> None:
    card = card_on_screen(on_screen, library, speaker)
    broken = make_term("kapot", pictogram="asset:bestaat-niet.svg")
    with caplog.at_level(logging.INFO):
        card.show_term(broken)

    assert card.picture.pixmap().toImage() == placeholder_pixmap(220).toImage()
    assert "bestaat-niet" in caplog.text
    assert card.word_label.text() == "de kapot"
    assert card.isVisible() and card.details.isVisible()


def test_recall_mode_hides_the_word_until_revealed(qtbot, on_screen, library, speaker) -> None:
    card = card_on_screen(on_screen, library, speaker)
    card.show_term(HEFTRUCK, word_visible=False, revealed=False)

    assert "heftruck" not in card.word_label.text()
    assert "heftruck" not in card.picture.accessibleName()
    assert not card.word_audio.isVisible()
    assert not card.details.isVisible()

    card.reveal()
    assert card.word_label.text() == "de heftruck"
    assert card.word_audio.isVisible() and card.details.isVisible()


def test_deck_text_is_never_read_as_html(qtbot, on_screen, library, speaker) -> None:
    card = card_on_screen(on_screen, library, speaker)
    term = make_term("<b>vet</b>", pictogram="asset:boor.svg")
    card.show_term(term)
    assert card.word_label.textFormat() == Qt.TextFormat.PlainText
    assert card.word_label.text() == "de <b>vet</b>"


def test_a_broken_voice_is_logged_not_raised(qtbot, on_screen, library, caplog) -> None:
    class BrokenSpeaker:
        available = True

        def speak(self, text: str) -> None:
            raise OSError("no sound card")

    card = card_on_screen(on_screen, library, BrokenSpeaker())
    card.show_term(HEFTRUCK)
    qtbot.mouseClick(card.word_audio, LEFT)
    assert "could not say" in caplog.text


def test_audio_buttons_are_hidden_without_a_voice(qtbot, on_screen, library) -> None:
    from vaktaal.speech.tts import FakeSpeaker

    card = card_on_screen(on_screen, library, FakeSpeaker(available=False))
    card.show_term(HEFTRUCK)
    assert not card.word_audio.isVisible()
    assert not card.example_audio.isVisible()
