"""Run one fuzz input through its importer as the app and the command line do, and judge it.

Outcomes: success, specific (a Dutch message of its own), generic (what the app and the
command line would show as "Er ging iets mis"), partial (deck tables changed by a failed
import), leftover-media (blobs or cached files left by a failed import), outside (a file
written outside the data folder), symlink (bytes from a linked file outside the input were
imported), over-time (> 10 s), over-memory (MemoryError under the worker's RLIMIT_AS).
That every failure reaches vaktaal.log is the task manager's work in the app and
cli/errors.friendly_errors' on the command line (tests/fuzz/test_hostile_files.py).
"""

import hashlib
import logging
import shutil
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from fuzz_corpus import SECRET, Case
from sqlalchemy import Engine, select, text

from vaktaal.app import Backend, open_backend
from vaktaal.core.problems import DeckProblems
from vaktaal.speech.model_install import install_model
from vaktaal.speech.models import ModelProblem
from vaktaal.storage.tables import MediaBlobRow
from vaktaal.usecases.anki import ImportSettings
from vaktaal.usecases.errors import UseCaseError
from vaktaal.usecases.meeting_authoring import MeetingAuthoring
from vaktaal.usecases.spreadsheets import ImportTarget

TIME_LIMIT = 10.0
GENERIC = "Er ging iets mis"
DECK_TABLES = ("decks", "terms", "deck_media", "learner_decks", "meetings")
SPECIFIC = (DeckProblems, UseCaseError, ModelProblem)


@dataclass(frozen=True)
class Verdict:
    importer: str
    outcome: str
    seconds: float
    detail: str  # the message or the error's type, for the report


def template_data(folder: Path) -> Path:
    """A data folder at the newest schema, to copy for each case."""
    if not (folder / "vaktaal.sqlite3").exists():
        open_backend(folder, env={}).close()
    return folder


def run_case(case: Case, template: Path) -> Verdict:
    data = case.root / "data"
    shutil.copytree(template, data)
    backend = open_backend(data, env={})
    try:
        return _judged(case, backend, data)
    finally:
        backend.close()
        close_log(data)


def close_log(data: Path) -> None:
    """open_backend logs to the data folder's vaktaal.log; each case has its own."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if str(getattr(handler, "baseFilename", "")).startswith(str(data)):
            root.removeHandler(handler)
            handler.close()


def _judged(case: Case, backend: Backend, data: Path) -> Verdict:
    before = _snapshot(backend.engine, data)
    started = time.perf_counter()
    outcome, detail = _attempt(case, backend)
    seconds = time.perf_counter() - started
    after = _snapshot(backend.engine, data)
    failed = outcome != "success"
    problems = [
        ("partial", failed and before[0] != after[0]),
        ("leftover-media", failed and before[1:] != after[1:]),
        ("outside", bool(_outside_files(case.root))),
        ("symlink", _leaked(backend.engine, data)),
        ("over-time", seconds > TIME_LIMIT),
    ]
    for name, found in problems:
        if found:
            return Verdict(case.importer, name, seconds, detail)
    return Verdict(case.importer, outcome, seconds, detail)


def _attempt(case: Case, backend: Backend) -> tuple[str, str]:
    try:
        _import(case, backend)
    except SPECIFIC as error:
        message = str(error)
        return ("generic" if not message.strip() or GENERIC in message else "specific"), message
    except MemoryError:
        return "over-memory", "MemoryError"
    except Exception as error:  # what the app and the command line call "Er ging iets mis"
        return "generic", "".join(traceback.format_exception_only(error)).strip()[:500]
    return "success", ""


def _import(case: Case, backend: Backend) -> None:
    services = backend.services
    kind, path = case.importer, case.path
    if kind in ("deck-folder", "vaktaal"):
        services.decks.import_path(path)
    elif kind in ("csv", "xlsx"):
        sheets = services.spreadsheets
        sheet = sheets.read(path)
        plan = sheets.plan(sheet, sheets.guess_mapping(sheet), ImportTarget())
        sheets.import_plan(plan)
    elif kind == "apkg":
        anki = services.anki
        source = anki.read(path)
        mapping = anki.guess_mapping(source)
        anki.import_prepared(anki.prepare(source, mapping, ImportSettings()))
    elif kind == "meeting":
        MeetingAuthoring().read(path)
    else:
        install_model(path, backend.paths)


def _snapshot(engine: Engine, data: Path) -> tuple[object, ...]:
    with engine.connect() as connection:
        tables = tuple(
            tuple(connection.execute(text(f"SELECT * FROM {name}")).all()) for name in DECK_TABLES
        )
        blobs = tuple(sorted(connection.scalars(select(MediaBlobRow.sha256))))
    cached = tuple(sorted(str(p) for p in (data / "media").rglob("*") if p.is_file()))
    return hashlib.sha256(repr(tables).encode()).hexdigest(), blobs, cached


def _outside_files(root: Path) -> list[Path]:
    """Files the case wrote outside its data folder and its own inputs."""
    allowed = {"input", "data", "valid-deck", "outside-media", "secret.png", "secret.toml",
               "valid.apkg"}  # fmt: skip
    found = [p for p in root.iterdir() if p.name not in allowed]
    escaped = list(Path("/tmp").glob("fuzz-escaped*"))
    return found + escaped


def _leaked(engine: Engine, data: Path) -> bool:
    """Whether the secret bytes of a file outside the input reached the database."""
    with engine.connect() as connection:
        blobs = connection.scalars(select(MediaBlobRow.data)).all()
        decks = connection.execute(text("SELECT * FROM decks")).all()
        terms = connection.execute(text("SELECT * FROM terms")).all()
    marker = SECRET.decode()
    return any(SECRET in bytes(blob) for blob in blobs) or marker in repr(decks) + repr(terms)
