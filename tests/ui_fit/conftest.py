"""The real app on a small screen (1024x600) at the largest text size, with demo data."""

import random
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from fit_app import DAY, DECK, NOW, SMALL, Demo  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from screen_fixtures import shots  # noqa: E402, F401
from vaktaal.app import install_bundled_decks, open_backend  # noqa: E402
from vaktaal.core.clock import FakeClock  # noqa: E402
from vaktaal.core.practice.answers import Verdict  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.ui.launcher import create_window  # noqa: E402
from vaktaal.ui.main_window import MainWindow  # noqa: E402
from vaktaal.ui.style import apply_style  # noqa: E402
from vaktaal.usecases.practice import PracticeService  # noqa: E402


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    """A data folder: the bundled decks, and a learner (Somali: no catalogue, so the screens
    are Dutch) who chose the largest text and practised on most days of the last two weeks."""
    folder = tmp_path_factory.mktemp("fit-data")
    clock = FakeClock(NOW - timedelta(days=14))
    backend = open_backend(folder, clock=clock, speaker=FakeSpeaker())
    try:
        install_bundled_decks(backend)
        learner = backend.learners.add(
            "Abdulrahman Al-Khatib", ["so"], decks=[DECK, "it-servicedesk", "eerste-werkweken"]
        )
        backend.services.settings.set_text_size(learner.id, "xlarge")
        practice = PracticeService(
            backend.practice_store, backend.settings, clock, random.Random(5)
        )
        for day in range(14):
            if day % 3 != 2:
                _practise(practice, clock, learner.id, DECK if day % 2 else None)
            clock.advance(DAY)
        pools = backend.practice_store.pools([DECK, "eerste-werkweken"])
        pool = [item for items in pools.values() for item in items]
    finally:
        backend.close()
    return Demo(folder, learner, pool)


def _practise(
    practice: PracticeService, clock: FakeClock, learner_id: int, deck: str | None
) -> None:
    session = practice.start_session(learner_id, deck)
    rng = random.Random(len(session.exercises))
    while not session.finished:
        exercise = session.show()
        assert exercise is not None
        clock.advance(rng.uniform(2, 9))
        if exercise.kind.is_objective:
            outcome = session.answer(Verdict.RIGHT if rng.random() < 0.8 else Verdict.WRONG)
        else:
            outcome = session.rate(rng.choice((1, 3, 3, 4)))
        practice.record(learner_id, outcome)


@pytest.fixture
def small_window(qtbot, demo: Demo, tmp_path: Path, qapp: QApplication) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The app with the learner logged in (home page on screen), in a 1024x600 window."""
    font, palette, sheet, style = (
        qapp.font(),
        qapp.palette(),
        qapp.styleSheet(),
        qapp.style().name(),
    )
    apply_style(qapp)
    folder = tmp_path / "data"
    shutil.copytree(demo.folder, folder)
    window = create_window(folder, clock=FakeClock(NOW), speaker=FakeSpeaker())
    qtbot.addWidget(window)
    window.resize(*SMALL)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # the keyboard focus (and a scroll area following it) works
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=20_000)
    window.controller.choose_learner(demo.learner)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10_000)
    yield window
    window.close()
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyle(style)
