"""The steps of take_screenshots.py for the own-recording screen (14-own-recording.png).

A fake microphone plays espeak-ng speech: "de monteur" is recorded and stored, then a good
take of "de stelling" waits to be stored."""

from collections.abc import Callable
from typing import Any

from vaktaal.ui.deck_list import DECK_ID_ROLE
from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.recording.recording_page import RecordingPage
from vaktaal.ui.recording.take_panel import Step
from vaktaal.ui.recording.term_list import TERM_ID_ROLE
from vaktaal.ui.speaking.capture import FakeMicrophone, Listener

DECK = "magazijn-installatie"
TourStep = Callable[[], object]


def recording_steps(tour: Any, speech: Callable[[str], bytes]) -> list[TourStep]:
    """`tour`: the Tour of take_screenshots.py; `speech`: PCM of a Dutch text."""
    w: MainWindow = tour.window

    def page() -> RecordingPage:  # looked up late: a language switch builds the pages anew
        return w.recording

    return [
        lambda: use_microphone(page(), speech("de monteur"), speech("de stelling")),
        lambda: w.show_decks_action.trigger(), lambda: tour.wait_for(w.decks_page),
        lambda: open_deck(w), lambda: tour.wait_for(page()),
        lambda: choose(page(), "monteur"), lambda: page().toggle_record(),
        lambda: page().step is Step.GOOD_TAKE, lambda: page().save(),
        lambda: is_own(page(), "monteur"),
        lambda: choose(page(), "stelling"), lambda: page().toggle_record(),
        lambda: page().step is Step.GOOD_TAKE, lambda: tour.save("14-own-recording"),
        lambda: page().go_back(),
    ]  # fmt: skip


def use_microphone(page: RecordingPage, *takes: bytes) -> None:
    page.recorder.listener_factory = lambda: Listener(FakeMicrophone(*takes))


def open_deck(window: MainWindow) -> None:
    rows = [window.decks.item(r).data(DECK_ID_ROLE) for r in range(window.decks.count())]
    window.decks.setCurrentRow(rows.index(DECK))
    window.decks_record.click()


def choose(page: RecordingPage, term_id: str) -> None:
    ids = [page.terms.item(r).data(TERM_ID_ROLE) for r in range(page.terms.count())]
    page.terms.setCurrentRow(ids.index(term_id))
    page.terms.setFocus()


def is_own(page: RecordingPage, term_id: str) -> bool:
    term = page.current_term()
    return term is not None and term.term_id == term_id and term.own
