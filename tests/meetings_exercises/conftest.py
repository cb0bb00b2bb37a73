"""Fixtures for the meeting exercise screens: the meetings use case on a fake store, the
widget on a screen with its own task manager."""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from exercise_meeting import MEETING, TERMS  # noqa: E402

from screen_fixtures import on_screen, press, shots, speaker, styled  # noqa: E402, F401
from vaktaal.core.meetings.model import Meeting  # noqa: E402
from vaktaal.core.pictograms import PictogramLibrary  # noqa: E402
from vaktaal.ui.tasks import TaskManager  # noqa: E402
from vaktaal.usecases.meetings import Meetings  # noqa: E402


@dataclass
class FakeMeetingStore:
    results: list[tuple[int, str, str, float, dict[str, Any]]] = field(default_factory=list)
    unknown: list[tuple[int, str, list[str]]] = field(default_factory=list)

    def record_result(
        self, learner_id: int, meeting_id: str, exercise: str, score: float, details: dict[str, Any]
    ) -> None:
        self.results.append((learner_id, meeting_id, exercise, score, details))

    def add_unknown_words(self, learner_id: int, deck_id: str, term_ids: Sequence[str]) -> int:
        self.unknown.append((learner_id, deck_id, list(term_ids)))
        return len(term_ids)

    def score(self, exercise: str) -> float:
        return next(r[3] for r in self.results if r[2] == exercise)


@dataclass
class FakeDecks:
    terms: tuple[Any, ...] = TERMS

    def load(self, deck_id: str) -> Any:
        return SimpleNamespace(deck=SimpleNamespace(terms=self.terms)) if self.terms else None


@dataclass(frozen=True)
class Installed:
    deck_id: str
    meeting: Meeting


@pytest.fixture
def meeting_store() -> FakeMeetingStore:
    """What the exercises recorded, through the real use case."""
    return FakeMeetingStore()


@pytest.fixture
def services(meeting_store: FakeMeetingStore) -> SimpleNamespace:
    return SimpleNamespace(decks=FakeDecks(), meetings=Meetings(meeting_store))  # type: ignore[arg-type]


@pytest.fixture
def tasks(qtbot) -> Iterator[TaskManager]:  # type: ignore[no-untyped-def]
    """The app's one task manager, as a widget tested alone receives it."""
    manager = TaskManager()
    yield manager
    manager.shutdown()


@pytest.fixture
def installed() -> Installed:
    return Installed("magazijn", MEETING)


@pytest.fixture
def started(
    qtbot,
    services,
    installed,
    library: PictogramLibrary,
    on_screen,  # noqa: F811
    tasks,
) -> Callable[..., Any]:  # type: ignore[no-untyped-def]
    """The exercises widget on a screen, started on the meeting; waits for the first step."""
    from vaktaal.ui.meetings.exercises import MeetingExercises

    def start(meeting: Meeting | None = None, **options: Any) -> MeetingExercises:
        widget = MeetingExercises(services, library, tasks, seed=3, **options)
        on_screen(widget)
        widget.start(Installed(installed.deck_id, meeting or installed.meeting), 7)
        qtbot.waitUntil(lambda: widget.step == 0)
        return widget

    return start
