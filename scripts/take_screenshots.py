"""Take every screenshot the README shows, at 1366x768, from the real windows.

Builds a demo data folder (learners with some weeks of practice), then walks through the
learner's screens with a fake clock and a silent voice and saves each one to
docs/screenshots/; then runs the scripts of the README's other pictures (OTHER_SCRIPTS:
staff, buddy, dashboard, report, learner management, editor, printing, meetings), each with
its own demo data. Run under a virtual screen:  xvfb-run -a -s "-screen 0 1366x768x24" \
    .venv/bin/python scripts/take_screenshots.py         (--tour-only: the learner's screens)
"""

import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from screenshot_recording import recording_steps

from vaktaal.app import install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import Exercise, ExerciseKind, PracticeItem
from vaktaal.core.practice.plan import choice_options
from vaktaal.core.practice.session import PracticeSession
from vaktaal.speech.phonetics import EspeakPhonemizer
from vaktaal.speech.pronunciation import PronunciationChecker
from vaktaal.speech.recognition import FakeRecognizer, Transcript
from vaktaal.speech.recording_checks import read_wav, resample_to
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.ui import controller as controller_module
from vaktaal.ui.launcher import create_window, prepare_application
from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.speaking import capture as capture_module
from vaktaal.ui.speaking.capture import FakeMicrophone, Listener
from vaktaal.usecases.practice import PracticeService

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "docs" / "screenshots"
OTHER_SCRIPTS = (  # the README's pictures that the tour below does not take
    "screenshot_buddy.py",  # 39, 40, 41
    "screenshot_dashboard.py",  # 42, 43 (and the notes)
    "screenshot_report.py",  # 44
    "screenshot_learners.py",  # 45, 46
    "screenshot_editor.py",  # 19, 20
    "screenshot_printing.py",  # 17, 18
    "screenshot_meetings_player.py",  # 21 (and 22)
    "screenshot_meetings_exercises.py",  # 26 (and 23, 24, 25, 28)
)
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
DECK = "magazijn-installatie"
LEARNERS = [  # each sees the app in the first language of their profile
    ("Noor", "nl", "openmoji:1F33B"),
    ("Amal", "ar", "openmoji:1F98B"),
    ("Yonas", "ti", "openmoji:1F981"),
    ("Elif", "tr", "openmoji:1F337"),
    ("Reza", "fa", "openmoji:1F333"),
    ("Marieke", "en", "openmoji:1F6B2"),
]


def demo_data(folder: Path) -> None:
    clock = FakeClock(NOW - timedelta(days=20))
    services = open_backend(folder, clock=clock, speaker=FakeSpeaker())
    install_bundled_decks(services)
    for name, language, avatar in LEARNERS:
        services.learners.add(name, [language], avatar, "2580" if name == "Elif" else None)
    services.learners.add_staff("Sanne", "coach", "4826")  # staff screens need a coach
    practising = [x.id for x in services.learners.all() if x.name in ("Noor", "Amal")]
    practice = PracticeService(services.practice_store, services.settings, clock, random.Random(7))
    for day in range(20):
        if day % 6 == 5:
            clock.advance(86_400)
            continue
        for learner_id in practising:
            _practise_once(practice, clock, learner_id)
        clock.advance(86_400)
    services.close()


def _practise_once(practice: PracticeService, clock: FakeClock, learner_id: int) -> None:
    session = practice.start_session(learner_id)
    rng = random.Random(len(session.exercises))
    while not session.finished:
        exercise = session.show()
        assert exercise is not None
        clock.advance(rng.uniform(2, 9))
        if exercise.kind.is_objective:
            outcome = session.answer(Verdict.RIGHT if rng.random() < 0.8 else Verdict.WRONG)
        else:
            outcome = session.rate(rng.choice((1, 3, 3, 3, 4)))
        practice.record(learner_id, outcome)


class Tour:
    """Walks the window through the screens, one step per event-loop turn."""

    def __init__(self, app: QApplication, window: MainWindow, clock: FakeClock) -> None:
        self.app, self.window, self.clock = app, window, clock
        self.steps = iter(self.plan())
        self.pending: Callable[[], object] | None = None

    def plan(self) -> list[Callable[[], object]]:
        w = self.window
        return [
            lambda: self.wait_for(w.picker), lambda: self.save("01-picker"),
            lambda: self.choose("Noor"), lambda: self.wait_for(w.home),
            lambda: self.save("02-home"),
            lambda: self.exercise(ExerciseKind.CHOOSE_PICTURE, "palletwagen"),
            lambda: self.save("04-choose-picture"),
            lambda: self.exercise(ExerciseKind.LISTEN, "ladder"), lambda: self.save("05-listen"),
            lambda: self.exercise(ExerciseKind.TYPE, "heftruck", typed="heftruk"),
            lambda: self.save("06-type"),
            lambda: self.exercise(ExerciseKind.ARTICLE, "magazijn", article="het"),
            lambda: self.save("07-article"),
            lambda: self.start_short_session(), lambda: self.answer_one(),
            lambda: self.wait_for(w.summary),
            lambda: self.save("08-summary"),
            lambda: w.summary.home_requested.emit(), lambda: self.wait_for(w.home),
            lambda: w.home.progress_requested.emit(), lambda: self.wait_for(w.progress),
            lambda: self.save("09-progress"),
            lambda: self.open_word_list(), lambda: self.wait_for(w.word_list),
            lambda: self.save("30-word-list"),
            lambda: self.speech_loaded(), lambda: self.fake_speech(),
            lambda: self.exercise(ExerciseKind.SPEAK, "heftruck"),
            lambda: self.window.practice.speaking.listen(), lambda: self.verdict_shown(),
            lambda: self.save("13-speak-verdict"),
            lambda: self.show_home(), lambda: self.wait_for(w.home),
            lambda: w.home.speech_button.click(),
            lambda: self.wait_for(w.speech_page), lambda: self.save("12-speech-model-missing"),
            lambda: self.show_home(), lambda: self.wait_for(w.home),
            lambda: w.home.logout_requested.emit(), lambda: self.wait_for(w.picker),
            lambda: self.choose("Amal"), lambda: self.wait_for(w.home),
            lambda: self.save("ar-02-home"),
            lambda: self.exercise(ExerciseKind.RECALL, "heftruck", reveal=True),
            lambda: self.save("03-recall-arabic"),
            lambda: self.show_home(), lambda: self.wait_for(w.home),
            lambda: w.home.logout_requested.emit(), lambda: self.wait_for(w.picker),
            lambda: self.choose("Yonas"), lambda: self.wait_for(w.home),
            lambda: self.save("ti-02-home"),
            lambda: self.exercise(ExerciseKind.RECALL, "nooduitgang", reveal=True),
            lambda: self.save("10-recall-tigrinya"),
            lambda: self.show_home(), lambda: self.wait_for(w.home),
            lambda: w.home.logout_requested.emit(), lambda: self.wait_for(w.picker),
            lambda: self.log_in_staff(), lambda: self.wait_for(self.staff_home()),
            lambda: self.save("33-staff-home"),
            lambda: self.staff_home().decks_requested.emit(), lambda: self.wait_for(w.decks_page),
            lambda: self.save("11-decks"), *recording_steps(self, espeak_pcm),
            lambda: w.decks_back.click(), lambda: self.wait_for(self.staff_home()),
            lambda: self.staff_home().logout_requested.emit(), lambda: self.wait_for(w.picker),
            lambda: self.choose("Noor"), lambda: self.wait_for(w.home),
            lambda: self.small_screen(), lambda: self.settled(),
            lambda: self.save("31-home-1024x600-largest-text"),
            lambda: self.exercise(ExerciseKind.RECALL, "heftruck", reveal=True),
            lambda: self.settled(), lambda: self.save("32-recall-1024x600-largest-text"),
        ]  # fmt: skip

    def run(self) -> None:
        """Do the next step; a step that returns False is not done yet and is tried again."""
        if self.pending is None:
            self.pending = next(self.steps, None)
            if self.pending is None:
                self.app.quit()
                return
        if self.pending() is False:
            QTimer.singleShot(100, self.run)
            return
        self.pending = None
        QTimer.singleShot(250, self.run)

    def wait_for(self, page: QWidget) -> bool:
        return self.window.stack.currentWidget() is page

    def save(self, name: str) -> None:
        self.window.grab().save(str(OUT / f"{name}.png"))
        print("saved", name)

    def small_screen(self) -> None:
        """The smallest screen the app supports (1024x600), with the largest text."""
        self.window.controller.change_text_size("xlarge")
        self.window.showNormal()
        self.window.resize(1024, 600)

    def open_word_list(self) -> None:
        self.window.progress.words_requested.emit(DECK)

    def staff_home(self) -> QWidget:
        return self.window.controller.staff_flow.home_page  # type: ignore[no-any-return]

    def log_in_staff(self) -> None:
        """The coach of the demo data, as after her PIN (the decks page is staff only)."""
        self.window.controller.start_staff_session(self.window.picker.staff.people[0])

    def choose(self, name: str) -> None:
        tile = next(t for t in self.window.picker.grid.tiles if t.toolTip() == name)
        tile.click()

    def item(self, term_id: str) -> tuple[PracticeItem, list[PracticeItem]]:
        pool = self.pool()
        found = next(i for i in pool if i.term.id == term_id)
        return PracticeItem(found.term_pk, found.deck_id, found.term, card_id=1), pool

    def pool(self) -> list[PracticeItem]:
        """The deck's practice items, read by the script itself (screens never hold a store)."""
        backend = open_backend(self.window.controller.services.paths.data_dir)
        try:
            return backend.practice_store.pools([DECK])[DECK]
        finally:
            backend.close()

    def exercise(self, kind: ExerciseKind, term_id: str, **how: object) -> None:
        item, pool = self.item(term_id)
        options = (
            choice_options(item, pool, random.Random(3))
            if kind in (ExerciseKind.CHOOSE_PICTURE, ExerciseKind.LISTEN)
            else ()
        )
        controller = self.window.controller
        session = PracticeSession([Exercise(kind, item, options)] * 2, self.clock)
        controller.show_session(controller.learner, session)
        page = self.window.practice
        if how.get("reveal"):
            page.recall.reveal_button.click()
        if "typed" in how:
            page.typing.entry.setText(str(how["typed"]))
            page.typing.check_button.click()
        if "article" in how:
            page.article.buttons[str(how["article"])].click()
        if kind is ExerciseKind.CHOOSE_PICTURE:
            page.choice.buttons[(page.choice.correct + 1) % 4].click()
        self.session = session

    def show_home(self) -> None:
        self.window.controller.show_home()

    def settled(self) -> bool:
        """True on the second call: one event-loop turn for layouts after a resize."""
        self.turns = getattr(self, "turns", 0) + 1
        return self.turns % 2 == 0

    def speech_loaded(self) -> bool:
        return self.window.controller.speech.state.state != "loading"

    def fake_speech(self) -> None:
        """No Dutch model and no microphone here: a scripted ear and recorded espeak speech."""
        controller = self.window.controller
        heard = Transcript("de heftrok")
        recognizer = FakeRecognizer(free=[heard], restricted=[Transcript("heftruck")])
        controller.speech.checker = PronunciationChecker(recognizer, EspeakPhonemizer())
        pcm = espeak_pcm("de heftruck")
        capture_module.microphone_listener = lambda: Listener(FakeMicrophone(pcm))
        controller_module.microphone_listener = capture_module.microphone_listener

    def verdict_shown(self) -> bool:
        view = self.window.practice.speaking
        return view is not None and view.is_answered

    def start_short_session(self) -> None:
        controller = self.window.controller
        items = self.pool()[:6]
        exercises = [Exercise(ExerciseKind.RECALL, i) for i in items]
        controller.show_session(controller.learner, PracticeSession(exercises, self.clock))
        self.answered = 0

    def answer_one(self) -> bool:
        """Rate the word on screen (two of them 'Moeilijk'); done when the session is over."""
        page = self.window.practice
        if page.session is None:
            return True
        if page.recall.reveal_button.isVisible():
            page.recall.reveal_button.click()
        page.recall.rating_buttons[2 if self.answered in (1, 4) else 3].click()
        self.answered += 1
        return False


def espeak_pcm(text: str) -> bytes:
    """Dutch test speech from espeak-ng, as 16 kHz mono PCM with a little silence around it."""
    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "speech.wav"
        subprocess.run(["espeak-ng", "-v", "nl", "-w", str(wav), text], check=True)
        pcm, rate = read_wav(wav)
    silence = b"\0\0" * 8000
    return silence + resample_to(pcm, rate, 16_000) + silence * 3


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="vaktaal-demo-"))
    demo_data(folder)
    app = QApplication(sys.argv[:1])
    prepare_application(app)
    clock = FakeClock(NOW)
    window = create_window(folder, clock=clock, speaker=FakeSpeaker())
    window.resize(1366, 768)
    window.show()
    tour = Tour(app, window, clock)
    QTimer.singleShot(500, tour.run)
    app.exec()
    if "--tour-only" not in sys.argv:
        take_the_others()


def take_the_others() -> None:
    """Each script in a process of its own, on the same (virtual) screen; one that fails stops."""
    for script in OTHER_SCRIPTS:
        print("running", script, flush=True)
        subprocess.run([sys.executable, str(HERE / script)], check=True)


if __name__ == "__main__":
    main()
