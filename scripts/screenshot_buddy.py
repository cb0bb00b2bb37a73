"""Screenshots of a buddy session: the start with last time's note (39), the session screen
mid-way with the timer, the progress and a spoken word the buddy can judge (40), and the
end page with the three notes (41).
Run:
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_buddy.py
"""

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from pcm_sounds import word  # noqa: E402
from vaktaal.app import install_bundled_decks, open_backend  # noqa: E402
from vaktaal.core.clock import FakeClock  # noqa: E402
from vaktaal.core.practice.answers import Verdict  # noqa: E402
from vaktaal.core.practice.exercises import ExerciseKind  # noqa: E402
from vaktaal.core.practice.plan import SessionOptions  # noqa: E402
from vaktaal.core.practice.rating import AGAIN, GOOD  # noqa: E402
from vaktaal.speech.pronunciation import Level, PronunciationVerdict  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.ui.launcher import create_window  # noqa: E402
from vaktaal.ui.practice.exercise_view import ObjectiveView  # noqa: E402
from vaktaal.ui.practice.practice_page import PracticePage  # noqa: E402
from vaktaal.ui.speaking.capture import FakeMicrophone, Listener  # noqa: E402
from vaktaal.ui.speaking.speaking_view import Phase  # noqa: E402
from vaktaal.ui.speaking.support import SpeakingSupport  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
DECK = "magazijn-installatie"


def make_data(folder: Path) -> None:
    """Amal practised 30 words a week ago (a few wrong); Sanne is her taalbuddy."""
    clock = FakeClock(datetime(2026, 11, 30, 10, 0, tzinfo=UTC))
    backend = open_backend(folder, clock=clock, speaker=FakeSpeaker())
    install_bundled_decks(backend)
    amal = backend.services.learners.add("Amal", ["ar", "en"], "openmoji:1F9D5", decks=[DECK])
    sanne = backend.services.learners.add_staff("Sanne", "buddy", "1357")
    last = backend.services.buddy.start(amal.id, sanne, 15)
    note = "Amal kent de woorden voor veiligheid. Oefen de lange woorden hardop."
    backend.services.buddy.finish(last, "Veiligheid ging goed.", "Lange woorden.", note)
    practice = backend.services.practice
    session = practice.start_session(amal.id, options=SessionOptions(size=30, new_terms=30))
    for number, _ in enumerate(iter(lambda: session.finished, True)):
        exercise = session.show()
        clock.advance(6)
        wrong = number % 7 == 3
        outcome = (
            session.answer(Verdict.WRONG if wrong else Verdict.RIGHT)
            if exercise is not None and exercise.kind.is_objective
            else session.rate(AGAIN if wrong else GOOD)
        )
        practice.record(amal.id, outcome)
    backend.close()


def settle(app: QApplication, until: Callable[[], object], seconds: float = 30.0) -> None:
    end = time.monotonic() + seconds
    while not until() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    finish = time.monotonic() + 0.5
    while time.monotonic() < finish:
        app.processEvents()


def save(window: QWidget, name: str) -> None:
    path = OUT / f"{name}.png"
    window.grab().save(str(path))
    print(path)


def judge(_pcm: bytes, exercise) -> PronunciationVerdict:  # type: ignore[no-untyped-def]
    target = exercise.item.term.term
    return PronunciationVerdict(Level.ALMOST, target, target, target, ())


def answer(app: QApplication, page: PracticePage) -> None:
    """Answer the exercise on screen right (a card: "goed"), and go on."""
    view = page.current_view
    if view is page.recall:
        page.recall.reveal()
        page.recall.rate(GOOD)
    elif view is page.speaking and page.speaking is not None:
        page.speaking.listen()
        settle(app, lambda: page.speaking is not None and page.speaking.phase is Phase.VERDICT)
        page.speaking.panel.next_button.click()
    elif isinstance(view, ObjectiveView):
        view.finish(Verdict.RIGHT)
        view.proceed.emit()
    app.processEvents()


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "data"
        make_data(folder)
        app = QApplication.instance() or QApplication(sys.argv)
        window = create_window(folder, clock=FakeClock(NOW), speaker=FakeSpeaker())
        window.resize(1366, 768)
        window.show()
        settle(app, lambda: window.controller is not None and window.picker.staff.tiles)
        controller = window.controller
        sanne = next(p for p in controller.services.learners.staff())
        amal = controller.services.learners.all()[0]
        controller.start_staff_session(sanne)
        flow = controller.staff_flow.buddy
        flow.can_speak = lambda: True
        listener = lambda: Listener(FakeMicrophone(word()), max_ms=1500)  # noqa: E731
        flow.speaking_support = lambda: SpeakingSupport(listener, judge)
        flow.choose(amal)
        settle(app, lambda: window.stack.currentWidget() is flow.length_page)
        save(window, "39-buddy-start")
        flow.begin(20)
        settle(app, lambda: window.stack.currentWidget() is flow.session_page)
        running = flow.running
        assert running is not None
        page, session = running.page, running.session
        while session.position < 11 or session.current.kind is not ExerciseKind.SPEAK:
            answer(app, page)
        assert page.speaking is not None
        page.speaking.listen()
        settle(app, lambda: page.speaking is not None and page.speaking.phase is Phase.VERDICT)
        save(window, "40-buddy-session")
        page.speaking.overrule_to("goed")
        page.speaking.panel.next_button.click()
        page.stop()
        settle(app, lambda: window.stack.currentWidget() is flow.end_page)
        end = flow.end_page
        end.went_well.setPlainText(
            end.went_well.toPlainText() + " Ze zei 'heftruck' heel duidelijk."
        )
        end.to_practise.setPlainText("De lange woorden: veiligheidsschoenen, steigerplank.")
        end.next_note.setPlainText(
            "Begin met de woorden voor veiligheid. Laat haar eerst zelf zeggen."
        )
        settle(app, lambda: True)
        save(window, "41-buddy-end")
        window.close()


if __name__ == "__main__":
    main()
