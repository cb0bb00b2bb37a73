"""The whole learner app through its real widgets, with a fake clock and voice behind it:
profile (with PIN) -> home -> every exercise kind -> summary; the reviews are in the database."""

from datetime import UTC, datetime

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

import deckbuilder  # noqa: E402
from staff_login import log_in_as_staff  # noqa: E402
from vaktaal.app import install_bundled_decks, open_backend  # noqa: E402
from vaktaal.core.clock import FakeClock  # noqa: E402
from vaktaal.core.practice.exercises import ExerciseKind  # noqa: E402
from vaktaal.core.practice.rating import GOOD  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.storage.tables import ReviewLogRow  # noqa: E402
from vaktaal.ui.deck_list import DECK_ID_ROLE  # noqa: E402
from vaktaal.ui.launcher import create_window  # noqa: E402
from vaktaal.ui.profiles.pin_dialog import PinDialog  # noqa: E402

LEFT = Qt.MouseButton.LeftButton
DAY = 86_400
MAX_SESSIONS = 8


@pytest.fixture
def data_dir(tmp_path):
    services = open_backend(tmp_path, speaker=FakeSpeaker())
    install_bundled_decks(services)
    services.learners.add("Amal", ["ar"], pin_code="2580", decks=["magazijn-installatie"])
    services.close()
    return tmp_path


@pytest.fixture
def app_window(qtbot, data_dir):
    clock = FakeClock(datetime(2026, 11, 24, 9, tzinfo=UTC))
    window = create_window(data_dir, clock=clock, speaker=FakeSpeaker())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=20_000)
    return window, clock


def enter_pin_when_asked(qtbot, pin: str) -> None:
    def type_pin() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PinDialog):
            QTimer.singleShot(10, type_pin)
            return
        for digit in pin:
            qtbot.keyClick(dialog, digit)

    QTimer.singleShot(10, type_pin)


def answer_current(qtbot, page) -> ExerciseKind:
    """Answer the exercise on screen rightly, through its widgets, as a learner would."""
    exercise = page.session.current
    kind = exercise.kind
    if kind is ExerciseKind.RECALL:
        if page.recall.reveal_button.isVisible():
            qtbot.mouseClick(page.recall.reveal_button, LEFT)
        qtbot.mouseClick(page.recall.rating_buttons[GOOD], LEFT)
        return kind
    if kind in (ExerciseKind.CHOOSE_PICTURE, ExerciseKind.LISTEN):
        view = page.choice
        qtbot.mouseClick(view.buttons[view.correct], LEFT)
    elif kind is ExerciseKind.TYPE:
        view = page.typing
        qtbot.keyClicks(view.entry, exercise.item.term.term)
        qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    else:
        view = page.article
        qtbot.mouseClick(view.buttons[exercise.item.term.article], LEFT)
    qtbot.mouseClick(view.feedback.next_button, LEFT)
    return kind


def practise_one_session(qtbot, window) -> tuple[set[ExerciseKind], int]:
    """One whole session from the home page; returns the kinds seen and the answers given."""
    qtbot.waitUntil(lambda: window.home.practice_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(window.home.practice_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.practice, timeout=10_000)
    page = window.practice
    kinds = set()
    with qtbot.waitSignal(page.finished, timeout=10_000) as finished:
        while page.session is not None and page.session.current is not None:
            kinds.add(answer_current(qtbot, page))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.summary, timeout=10_000)
    return kinds, finished.args[0].answers


def stored_reviews(window) -> dict[str, int]:
    """Reviews in the database per exercise kind, after the queued writes are done."""
    window.tasks.shutdown()
    query = select(ReviewLogRow.exercise_kind, func.count()).group_by(ReviewLogRow.exercise_kind)
    with _engine_of(window).connect() as connection:
        return dict(connection.execute(query).all())


def _engine_of(window):
    """The test's own look into the app's database (the screens never hold the engine)."""
    return open_backend(window.controller.services.paths.data_dir).engine


def test_profile_home_every_exercise_kind_and_summary(qtbot, app_window) -> None:
    window, clock = app_window
    tile = window.picker.grid.tiles[0]
    assert "Amal" in tile.accessibleName()

    enter_pin_when_asked(qtbot, "2580")
    qtbot.mouseClick(tile, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10_000)

    seen: set[ExerciseKind] = set()
    answers = 0
    for _ in range(MAX_SESSIONS):
        kinds, given = practise_one_session(qtbot, window)
        seen |= kinds
        answers += given
        if seen == ExerciseKind.without_speech():
            break
        qtbot.mouseClick(window.summary.home_button, LEFT)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10_000)
        clock.advance(3 * DAY)

    assert seen == ExerciseKind.without_speech()  # no speech model in this test
    stored = stored_reviews(window)
    assert set(stored) == {kind.value for kind in ExerciseKind.without_speech()}
    assert sum(stored.values()) == answers


def test_the_deck_list_is_one_shortcut_away(qtbot, app_window) -> None:
    window, _clock = app_window
    qtbot.waitUntil(lambda: window.controller is not None, timeout=10_000)
    log_in_as_staff(qtbot, window)
    window.show_decks_action.trigger()
    bundled = len(deckbuilder.bundled_deck_folders())
    qtbot.waitUntil(lambda: window.decks.count() == bundled, timeout=20_000)
    ids = {window.decks.item(row).data(DECK_ID_ROLE) for row in range(bundled)}
    assert ids == set(deckbuilder.bundled_deck_folders())  # each folder is named after its id


def test_a_data_folder_that_cannot_be_used_gives_a_plain_message(qtbot, tmp_path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("this is a file, so it cannot be the data folder")
    window = create_window(blocked)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "IT" in window.status.text(), timeout=20_000)
    assert window.stack.currentWidget() is window.loading
    assert "Traceback" not in window.status.text()


def test_closing_in_the_middle_of_a_session_keeps_every_answer(qtbot, app_window) -> None:
    window, _clock = app_window
    enter_pin_when_asked(qtbot, "2580")
    qtbot.mouseClick(window.picker.grid.tiles[0], LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10_000)
    qtbot.mouseClick(window.home.practice_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.practice, timeout=10_000)

    for _ in range(3):
        answer_current(qtbot, window.practice)
    engine = _engine_of(window)
    window.close()

    with engine.connect() as connection:
        stored = connection.execute(select(func.count()).select_from(ReviewLogRow)).scalar_one()
    assert stored == 3


def test_after_idle_time_the_app_returns_to_the_profile_picker(qtbot, app_window) -> None:
    window, _clock = app_window
    enter_pin_when_asked(qtbot, "2580")
    qtbot.mouseClick(window.picker.grid.tiles[0], LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10_000)
    assert window.controller.learner is not None

    window.controller.idle.set_interval_ms(150)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=10_000)

    assert window.controller.learner is None


def test_without_a_speech_model_home_says_so_and_explains(qtbot, app_window) -> None:
    window, _clock = app_window
    qtbot.waitUntil(lambda: window.controller.speech.state.state != "loading", timeout=10_000)
    enter_pin_when_asked(qtbot, "2580")
    qtbot.mouseClick(window.picker.grid.tiles[0], LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10_000)

    assert window.controller.speech.state.state == "missing"
    # Amal's screens are Arabic (her profile language): the same text, translated
    assert window.home.speech_button.text() == window.home.tr("Spreken: nog niet klaar")
    assert not window.controller.can_speak()
    qtbot.mouseClick(window.home.speech_button, LEFT)
    assert window.stack.currentWidget() is window.speech_page


# The first bytes Vaktaal checks before it loads a model (speech/model_check.py).
MODEL_HEADS = {"am/final.mdl": b"\0B<TransitionModel> ", "graph/HCLG.fst": b"\xd6\xfd\xb2\x7e"}


def model_zip(folder, name: str):  # type: ignore[no-untyped-def]
    """A zip as IT would hand it out: the model's files inside one folder."""
    import zipfile

    archive = folder / f"{name}.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for part in ("am/final.mdl", "conf/mfcc.conf", "conf/model.conf", "graph/HCLG.fst"):
            bundle.writestr(f"{name}/{part}", MODEL_HEADS.get(part, b"") + b"model data")
    return archive


def start_installing(qtbot, controller, archive) -> None:  # type: ignore[no-untyped-def]
    from vaktaal.speech.recognition import FakeRecognizer

    qtbot.waitUntil(lambda: controller.speech.state.state == "missing", timeout=10_000)
    controller.speech._load_recognizer = lambda _path: FakeRecognizer()
    controller.install_speech_model(str(archive))


def test_a_model_zip_from_it_is_installed_from_the_app(qtbot, app_window, tmp_path) -> None:
    window, _clock = app_window
    controller = window.controller
    progress: list[tuple[int, int]] = []
    window.speech_staff.show_install_progress = lambda done, total: progress.append((done, total))
    controller._install_progress.changed.disconnect()
    controller._install_progress.changed.connect(window.speech_staff.show_install_progress)

    start_installing(qtbot, controller, model_zip(tmp_path, "vosk-model-small-nl-test"))

    qtbot.waitUntil(lambda: controller.speech.state.state == "ready", timeout=20_000)
    assert window.home.speech_button.text() == "Spreken: klaar"
    installed = controller.services.paths.models_dir / "vosk-model-small-nl-test"
    assert (installed / "am" / "final.mdl").read_bytes().endswith(b"model data")
    assert progress and progress[-1][0] == progress[-1][1]


def test_a_model_of_another_language_is_not_used_for_dutch(qtbot, app_window, tmp_path) -> None:
    window, _clock = app_window
    controller = window.controller

    start_installing(qtbot, controller, model_zip(tmp_path, "vosk-model-small-ko-0.22"))

    qtbot.waitUntil(lambda: controller.speech.state.state == "ready", timeout=20_000)
    assert controller.speech.state.other_language
    assert window.home.speech_button.text() == "Spreken: nog niet klaar"
    assert window.speech_panel.state == "other"  # the learner: "Spreken kan nog niet op deze pc"
    assert window.speech_staff.state == "other"  # the staff page explains the Dutch model
    assert "niet Nederlands" in window.speech_staff.detail.text()
    assert not controller.can_speak()
