"""Shared fixtures: an isolated environment, services on fresh data dirs, the CLI, DB dumps."""

import gc
import logging
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, inspect, select, text

import deckbuilder
from vaktaal.app import Backend, open_backend
from vaktaal.cli import run
from vaktaal.core.deckformat import load_deck
from vaktaal.core.i18n import set_language
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.paths import Paths
from vaktaal.storage.tables import TermRow

# A throwaway PostgreSQL server, and tests that run on SQLite and on it (both_databases).
pytest_plugins = ["postgres_server", "both_databases"]

# GUI tests (pytest-qt) run offscreen unless a display is chosen explicitly; without this a
# missing display aborts the whole test process, not just the GUI tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app refuses database work on the GUI thread (ui/launcher.py): a test that does it fails.
os.environ["VAKTAAL_STRICT_THREADS"] = "1"


@pytest.fixture(autouse=True, scope="session")
def no_collection_on_worker_threads() -> Iterator[None]:
    """As in the app (ui/garbage.py): Python's cycle collector never starts by itself, where
    a worker thread could delete a finished test's Qt objects; see `collected_after_each`."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collected_after_each() -> Iterator[None]:
    """After each test, on the GUI thread: what a finished test's windows left is freed by the
    generations' thresholds, as Python would (a full collection each time costs minutes)."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is not None:
        app.processEvents()
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in range(3):
        if counts[generation] <= thresholds[generation]:
            break
        gc.collect(generation)


@pytest.fixture(autouse=True)
def isolated_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """No test ever reads or writes the real user data folder or a configured database."""
    fallback = tmp_path_factory.mktemp("default-data-dir")
    monkeypatch.setenv("VAKTAAL_DATA_DIR", str(fallback))
    monkeypatch.delenv("VAKTAAL_DATABASE_URL", raising=False)
    monkeypatch.setenv("VAKTAAL_UI_LANGUAGE", "nl")  # the PC's language, whatever the machine's
    return fallback


@pytest.fixture(autouse=True)
def dutch_afterwards() -> Iterator[None]:
    """A test that logged a learner in leaves the learner's language installed: back to Dutch."""
    yield
    screens = sys.modules.get("vaktaal.ui.i18n")
    if screens is not None:
        screens.switch_language("nl")
    set_language("nl")


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """open_backend adds a log file handler to the root logger; take it off again."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def library(tmp_path: Path) -> PictogramLibrary:
    """The pictograms that ship with the app, as the CLI uses them."""
    return PictogramLibrary(Paths.create(tmp_path / "unused").assets_dir)


@pytest.fixture
def deck_dir(tmp_path: Path) -> Path:
    """A valid deck folder."""
    return deckbuilder.write_deck(tmp_path / "deck")


@pytest.fixture
def make_services(
    tmp_path: Path, database_env: Callable[[str], Any]
) -> Iterator[Callable[..., Backend]]:
    """open_backend on a fresh data dir (by name, below tmp_path); closed after the test."""
    opened: list[Backend] = []

    def make(name: str = "data", **kwargs: Any) -> Backend:
        kwargs.setdefault("env", database_env(name))
        services = open_backend(tmp_path / name, **kwargs)
        opened.append(services)
        return services

    yield make
    for services in opened:
        services.close()


@pytest.fixture
def services(make_services: Callable[..., Backend]) -> Backend:
    return make_services("data")


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run `vaktaal ARGS...` in-process and capture what it prints."""

    def invoke(*args: str | Path) -> CliResult:
        capsys.readouterr()
        code = run([str(arg) for arg in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return invoke


def import_folder(services: Backend, folder: Path) -> Any:
    return services.decks.import_deck(load_deck(folder, services.library))


@pytest.fixture
def import_deck() -> Callable[[Backend, Path], Any]:
    """Load a deck file or folder and import it into these services."""
    return import_folder


def dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted, for before/after comparisons."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as connection:
        for name in sorted(inspect(connection).get_table_names()):
            rows = connection.execute(text(f'SELECT * FROM "{name}"')).all()
            tables[name] = sorted((tuple(row) for row in rows), key=repr)
    return tables


@pytest.fixture
def dump_database() -> Callable[[Engine], dict[str, list[tuple[Any, ...]]]]:
    return dump


def term_pks(engine: Engine, deck_id: str) -> dict[str, int]:
    """Database key of each term of a deck, by term id (removed terms included)."""
    query = select(TermRow.term_id, TermRow.id).where(TermRow.deck_id == deck_id)
    with engine.connect() as connection:
        return {term_id: pk for term_id, pk in connection.execute(query)}


@pytest.fixture
def term_keys() -> Callable[[Engine, str], dict[str, int]]:
    return term_pks
