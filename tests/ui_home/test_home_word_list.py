"""A deck's word list: learned words first, each with its picture and state; words you must
know get a mark; the keyboard moves through the words and plays them; Esc goes back. And the
way there from the progress page, which says what "geleerd" means."""

from collections.abc import Callable

import pytest
from home_data import MAGAZIJN, progress
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from vaktaal.core.model import Term
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.practice.learned import WordState
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.ui.home.progress_page import ProgressPage
from vaktaal.ui.home.word_list_page import WordListPage
from vaktaal.ui.widgets import PictogramLabel
from vaktaal.usecases.practice import WordList, WordProgress

Show = Callable[[QWidget], QWidget]
NEW, LEARNING, LEARNED = WordState.NEW, WordState.LEARNING, WordState.LEARNED


def word(term_id: str, state: WordState, article: str = "de", safety: bool = False) -> WordProgress:
    term = Term(
        id=term_id,
        term=term_id,
        word_class="noun",
        explanation="",
        example="",
        pictogram=f"asset:{term_id}.svg",
        glosses={},
        article=article,
        safety_critical=safety,
    )
    return WordProgress(term, state)


WORDS = [  # in deck order
    word("magazijn", LEARNING, "het"),
    word("heftruck", LEARNED, safety=True),
    word("pallet", NEW),
    word("ladder", LEARNED),
    word("helm", LEARNING, safety=True),
    word("boor", NEW),
]


@pytest.fixture
def speaker() -> FakeSpeaker:
    return FakeSpeaker()


@pytest.fixture
def page(library: PictogramLibrary, on_screen: Show, speaker: FakeSpeaker) -> WordListPage:
    word_list = WordListPage(library)
    word_list.speaker = speaker
    word_list.show_words(WordList(MAGAZIJN, WORDS))
    on_screen(word_list)
    word_list.rows[0].setFocus()
    return word_list


def texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


def test_learned_words_come_first_then_learning_then_new(page: WordListPage) -> None:
    assert [row.word.term.id for row in page.rows] == [
        "heftruck", "ladder", "magazijn", "helm", "pallet", "boor",
    ]  # fmt: skip
    shown = texts(page)
    assert (
        shown.index("Geleerd (2)") < shown.index("Bezig met leren (2)") < shown.index("Nieuw (2)")
    )
    assert page.counts.text() == "2\u00a0geleerd · 2\u00a0bezig · 2\u00a0nieuw"
    assert page.title.text() == "Woorden: Magazijn"


def test_each_word_has_its_picture_its_word_and_its_state(page: WordListPage) -> None:
    row = page.rows[2]
    assert row.word_label.text() == "het magazijn"
    assert row.state_label.text() == "Bezig met leren"
    pictures = {label.accessibleName(): label for label in row.findChildren(PictogramLabel)}
    assert set(pictures) == {"het magazijn", "Bezig met leren"}  # the word's, the state's
    assert all(not label.pixmap().isNull() for label in pictures.values())
    assert row.accessibleName() == "het magazijn. Bezig met leren"


def test_words_you_must_know_are_marked_and_say_when_they_are_done(page: WordListPage) -> None:
    done, busy = page.rows[0], page.rows[3]
    assert done.must_know_label.text() == "Moet je kennen: klaar!"
    assert busy.must_know_label.text() == "Moet je kennen"
    assert done.accessibleName() == "de heftruck. Geleerd. Moet je kennen: klaar!"
    assert not hasattr(page.rows[1], "must_know_label")


def test_the_page_says_what_learned_means(page: WordListPage) -> None:
    assert "Geleerd: je wist het woord goed op 2 verschillende dagen." in texts(page)


def test_up_down_home_end_move_through_the_words_and_space_plays(
    page: WordListPage, press: Callable[[Qt.Key], None], speaker: FakeSpeaker
) -> None:
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.rows[2]
    press(Qt.Key.Key_Space)
    assert speaker.spoken == ["het magazijn"]
    press(Qt.Key.Key_End)
    assert QApplication.focusWidget() is page.rows[-1]
    press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.rows[-1]
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Return)
    assert speaker.spoken == ["het magazijn", "de heftruck"]


def test_the_speaker_button_plays_the_word(qtbot, page: WordListPage, speaker) -> None:
    (button,) = page.rows[1].findChildren(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert speaker.spoken == ["de ladder"]


def test_without_a_voice_there_are_no_speaker_buttons(
    library: PictogramLibrary, on_screen: Show
) -> None:
    silent = WordListPage(library)
    silent.speaker = FakeSpeaker(available=False)
    silent.show_words(WordList(MAGAZIJN, WORDS))
    on_screen(silent)
    assert not any(row.findChildren(QPushButton) for row in silent.rows)


def test_esc_and_terug_go_back(qtbot, page: WordListPage, press) -> None:
    with qtbot.waitSignal(page.back_requested):
        press(Qt.Key.Key_Escape)
    with qtbot.waitSignal(page.back_requested):
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)


def test_a_deck_without_words_says_so(library: PictogramLibrary, on_screen: Show) -> None:
    empty = WordListPage(library)
    empty.show_words(WordList(MAGAZIJN, []))
    on_screen(empty)
    assert "Dit pakket heeft geen woorden." in texts(empty)
    assert QApplication.focusWidget() is empty.back_button


def test_the_progress_page_explains_learned_and_opens_each_word_list(
    qtbot, library: PictogramLibrary, on_screen: Show
) -> None:
    page = ProgressPage(library)
    page.show_progress(progress())
    on_screen(page)

    assert "Geleerd: je wist het woord goed op 2 verschillende dagen." in texts(page)
    assert list(page.word_buttons) == ["magazijn", "servicedesk", "contract"]
    assert page.word_buttons["servicedesk"].accessibleName() == "Woorden van Servicedesk"
    with qtbot.waitSignal(page.words_requested) as asked:
        qtbot.mouseClick(page.word_buttons["servicedesk"], Qt.MouseButton.LeftButton)
    assert asked.args == ["servicedesk"]
