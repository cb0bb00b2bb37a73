"""Single-PC data folders for the tests of `vaktaal db copy-from-sqlite`
(tests/test_copy_from_sqlite.py), and ways to look at them."""

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, func, insert, select

import deckbuilder
from vaktaal.app import Backend, install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.deckformat import load_deck
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.plan import SessionOptions
from vaktaal.core.practice.rating import AGAIN, GOOD
from vaktaal.paths import DATABASE_FILE
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.storage.database import create_database_engine
from vaktaal.storage.tables import Base, ReviewLogRow, SpeechAttemptRow

START = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
VOICE = deckbuilder.tiny_wav()[:-2] + b"\x01\x00"  # a buddy's own recording of "helm"


def sqlite_env(folder: Path) -> dict[str, str]:
    return {"VAKTAAL_DATA_DIR": str(folder)}  # no VAKTAAL_DATABASE_URL: the PC's own file


def practise(backend: Backend, learner_id: int, wrong: int = 0, buddy: int | None = None) -> None:
    clock = backend.clock
    session = backend.practice.start_session(learner_id, options=SessionOptions(new_terms=5))
    while not session.finished:
        exercise = session.show()
        clock.advance(4)  # type: ignore[attr-defined]
        bad = exercise.item.term_pk % 3 == wrong
        if exercise.kind.is_objective:
            outcome = session.answer(Verdict.WRONG if bad else Verdict.RIGHT)
        else:
            outcome = session.rate(AGAIN if bad else GOOD)
        if buddy is None:
            backend.practice.record(learner_id, outcome)
        else:
            backend.services.buddy.record(learner_id, buddy, outcome)


def make_pc(folder: Path, name: str, version: int = 1, recorded: str = "helm") -> Path:
    """A single PC's data folder: decks (one with media and an own recording), a learner who
    practised alone and with a buddy, a meeting result, staff and a setting."""
    backend = open_backend(folder, env=sqlite_env(folder), clock=FakeClock(START),
                           speaker=FakeSpeaker())  # fmt: skip
    install_bundled_decks(backend)
    manifest = deckbuilder.valid_manifest()
    manifest["deck"]["version"] = version
    services = backend.services
    deck = deckbuilder.write_deck(folder.parent / f"deck-{name}", manifest)
    services.decks.import_deck(load_deck(deck, services.library))
    learner = services.learners.add(name, ["ar"], pin_code="1234")
    buddy = services.learners.add_staff(f"Buddy van {name}", "buddy", "1357")
    practise(backend, learner.id)
    backend.clock.advance(86_400)  # type: ignore[attr-defined]
    session = services.buddy.start(learner.id, buddy, 15)
    practise(backend, learner.id, wrong=1, buddy=session)
    services.buddy.finish(session, "Goed geluisterd", "helm", "Morgen verder")
    with backend.engine.begin() as connection:  # the buddy overruled the speech check once
        last = connection.execute(select(func.max(ReviewLogRow.id))).scalar_one()
        attempt = {"heard": "hem", "machine_verdict": "wrong", "final_verdict": "right"}
        connection.execute(
            insert(SpeechAttemptRow).values(review_log_id=last, overruled=True, **attempt)
        )
    meeting = services.meetings.list_meetings()[0]
    services.meetings.record_result(learner.id, meeting.id, "main_points", 0.75, {"ok": [1]})
    voice = VOICE if recorded == "helm" else VOICE + b"\x02\x00"
    services.recordings.attach(deckbuilder.DECK_ID, recorded, voice, ".wav")
    services.settings.set_idle_minutes(len(name) + 3)
    backend.close()
    return folder


def rows(engine: Engine) -> dict[str, list[str]]:
    """Every row of every table, read through the tables' types, sorted."""
    tables: dict[str, list[str]] = {}
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            found = connection.execute(select(table)).all()
            tables[table.name] = sorted(repr(tuple(row)) for row in found)
    return tables


def server_rows(url: str) -> dict[str, list[str]]:
    engine = create_database_engine(url)
    try:
        return rows(engine)
    finally:
        engine.dispose()


def sqlite_rows(folder: Path) -> dict[str, list[str]]:
    return server_rows(f"sqlite:///{folder / DATABASE_FILE}")


def on_pc(folder: Path) -> Backend:
    return open_backend(folder, env=sqlite_env(folder), clock=FakeClock(START),
                        speaker=FakeSpeaker())  # fmt: skip


def learner_named(backend: Backend, name: str) -> int:
    return next(learner.id for learner in backend.services.learners.all() if learner.name == name)


def what_the_app_shows(backend: Backend, name: str) -> tuple[object, ...]:
    """The learner's home and progress, and the dashboard row, without database numbers."""
    learner = learner_named(backend, name)
    standing = next(s for s in backend.services.dashboard.table() if s.name == name)
    detail = backend.services.dashboard.learner(learner)
    return (
        backend.practice.home(learner),
        backend.practice.progress(learner),
        dataclasses.replace(standing, learner_id=0),
        dataclasses.replace(detail, standing=None),
    )
