"""In the Arabic (right-to-left) UI Dutch reads as written, arrows point the reading way and
dates are Arabic; in a left-to-right UI nothing changes."""

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QFont, QImage, QTextLayout, QTextOption  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vaktaal.core.meetings.playback import PlayItem  # noqa: E402
from vaktaal.core.model import Term  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.ui.bidi import LRI, PDI, dutch, mirrored, plain  # noqa: E402
from vaktaal.ui.home.day_chart import day_labels  # noqa: E402
from vaktaal.ui.i18n import install_translation  # noqa: E402
from vaktaal.ui.meetings.player_parts import Subtitles  # noqa: E402
from vaktaal.ui.practice.term_card import TermCard  # noqa: E402
from vaktaal.ui.widgets import big_button  # noqa: E402

SENTENCE = "Goedemorgen allemaal."
BACK, NEXT = "openmoji:2B05", "openmoji:27A1"
TERM = Term(
    id="helm",
    term="helm",
    word_class="noun",
    explanation="Een harde hoed. Hij beschermt je hoofd.",
    example="Zet je helm op, alsjeblieft.",
    pictogram="asset:helm.svg",
    glosses={"ar": "خوذة"},
    article="de",
)


@pytest.fixture
def arabic(qapp) -> Iterator[None]:
    install_translation(qapp, "ar")
    yield
    install_translation(qapp, "nl")


def visual_order(text: str) -> list[str]:
    """The characters of `text` from left to right as Qt lays them out in a right-to-left
    paragraph (as a label, list row or button of an Arabic screen does)."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    flags = QTextLayout.GlyphRunRetrievalFlag
    wanted = flags.RetrieveStringIndexes | flags.RetrieveGlyphPositions
    x_of: dict[int, float] = {}
    for run in line.glyphRuns(-1, -1, wanted):
        for index, position in zip(run.stringIndexes(), run.positions(), strict=True):
            x_of.setdefault(index, position.x())
    return [text[i] for i in sorted(x_of, key=lambda i: x_of[i]) if text[i] not in (LRI, PDI)]


def test_the_bug_without_isolation_puts_the_full_stop_in_front(qapp) -> None:
    """The check below can fail: a bare Dutch sentence in a right-to-left paragraph jumps."""
    assert "".join(visual_order(SENTENCE)) != SENTENCE


def test_dutch_is_isolated_and_reads_as_written_in_the_arabic_ui(arabic) -> None:
    shown = dutch(SENTENCE)
    assert shown == f"{LRI}{SENTENCE}{PDI}"
    assert "".join(visual_order(shown)) == SENTENCE
    two_lines = dutch("Anna (teamleider)\nGoedemorgen allemaal.")
    assert two_lines.split("\n") == [f"{LRI}Anna (teamleider){PDI}", f"{LRI}{SENTENCE}{PDI}"]
    assert plain(two_lines) == "Anna (teamleider)\nGoedemorgen allemaal."


def test_dutch_is_unchanged_in_a_left_to_right_ui(qapp) -> None:
    install_translation(qapp, "tr")
    try:
        assert dutch(SENTENCE) == SENTENCE
        assert mirrored(BACK) == BACK
    finally:
        install_translation(qapp, "nl")


def test_the_term_card_shows_dutch_isolated(arabic, qtbot, library) -> None:
    card = TermCard(library, FakeSpeaker(), "ar")
    qtbot.addWidget(card)
    card.show_term(TERM)
    assert card.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for label, text in (
        (card.word_label, "de helm"),
        (card.explanation_label, TERM.explanation),
        (card.example_label, TERM.example),
    ):
        assert label.text() == f"{LRI}{text}{PDI}"
        assert "".join(visual_order(label.text())) == text


def test_meeting_lines_keep_their_full_stop_at_the_end(arabic, qtbot, library) -> None:
    line = PlayItem(0, "anna", "Anna", "teamleider", "nl+f2", "openmoji:1F469", SENTENCE, None)
    subtitles = Subtitles(library)
    qtbot.addWidget(subtitles)
    subtitles.show_items((line,))
    shown = subtitles.item(0).text().split("\n")[-1]
    assert shown.startswith(LRI) and "".join(visual_order(shown)) == SENTENCE


def icon_image(button) -> QImage:  # type: ignore[no-untyped-def]
    return button.icon().pixmap(48, 48).toImage()


def test_back_and_next_arrows_are_mirrored_in_the_arabic_ui(qapp, qtbot, library) -> None:
    left_to_right_next = big_button("Verder", library, NEXT)
    left_to_right_back = big_button("Terug", library, BACK)
    install_translation(qapp, "ar")
    try:
        assert mirrored(BACK) == NEXT and mirrored(NEXT) == BACK
        assert mirrored("openmoji:25B6") == "openmoji:25B6"  # play stays play
        right_to_left_back = big_button("Terug", library, BACK)
        for button in (left_to_right_next, left_to_right_back, right_to_left_back):
            qtbot.addWidget(button)
        assert icon_image(right_to_left_back) == icon_image(left_to_right_next)
        assert icon_image(right_to_left_back) != icon_image(left_to_right_back)
    finally:
        install_translation(qapp, "nl")


def test_chart_months_follow_the_ui_language(arabic) -> None:
    days = [date(2025, 3, 1) + timedelta(days=i) for i in range(30)]
    shown = [label for label in day_labels(days) if label.strip("\u200b")]
    assert shown[0] == "5 مارس"  # Arabic month, digits 0-9 like every other number
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_chart_months_are_dutch_in_the_dutch_ui(qapp) -> None:
    days = [date(2025, 3, 1) + timedelta(days=i) for i in range(30)]
    assert [label for label in day_labels(days) if label.strip("\u200b")][0] == "5 mrt"
