"""Every `vaktaal …` line in the README's shell blocks runs as written (issue 17, item 4).

As a newcomer would: top to bottom, from a folder that has the clone's `decks/` (the README
says to work from the clone), on one fresh data folder (VAKTAAL_DATA_DIR), in-process
through the real entry point `vaktaal.cli.run`. What this test adds, and why:
- the bundled decks: none; the README's first block puts them in (`deck import decks/*`);
- before the first `report` line, Amal practises one session on 15 November 2026 and one
  yesterday (the README's report period and the default last 30 days; a period without
  practice makes no file, and says so);
- what a person types when asked: a PIN (2580) and "ja" to the delete question;
- placeholders in CAPITALS or <…> get the stand-in in STAND_INS (there are none now);
- the lines in SKIPPED are not run, for the reason given there; NOT_ZERO lists the lines
  whose exit code on a fresh data folder is not 0 on purpose.
"""

import io
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from readme_blocks import ROOT, Command, commands, readme_text

from vaktaal.app import open_backend
from vaktaal.cli import run
from vaktaal.cli.parser import build_parser
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.answers import Verdict

STAND_INS: dict[str, str] = {}
SKIPPED = {
    ("speech", "install"): "needs the speech model's zip (39 MB, from IT or the internet)",
    ("speech", "score"): "needs the speech model and a recording (poging.wav)",
    ("meeting", "transcribe"): "needs the speech model and a recording (opname.mp3)",
}
# Lines that end with another code on a fresh data folder, on purpose, and what they say.
NOT_ZERO = {("speech", "status"): (1, "Spraakmodel: ontbreekt")}  # 1: no model (for scripts)
STARTS_THE_APP = "starts the app: needs a screen (tests/ui_* start it offscreen)"
PIN = "2580\n"
# What a written file starts with, by the ending the README gives it.
STARTS_WITH = {".pdf": b"%PDF", ".xlsx": b"PK", ".zip": b"PK", ".vaktaal": b"PK",
               ".apkg": b"PK", ".csv": b"", ".srt": b"1", ".vtt": b"WEBVTT"}  # fmt: skip
PRACTISED = (datetime(2026, 11, 15, 9, 0, tzinfo=UTC), datetime.now(UTC) - timedelta(days=1))


@pytest.fixture
def newcomer(tmp_path, monkeypatch) -> Path:
    """A working folder with the clone's decks, and a fresh data folder; returns the data."""
    work = tmp_path / "work"
    work.mkdir()
    (work / "decks").symlink_to(ROOT / "decks")
    monkeypatch.chdir(work)
    data = tmp_path / "data"
    monkeypatch.setenv("VAKTAAL_DATA_DIR", str(data))
    return data


def skip_reason(command: Command) -> str | None:
    reason = SKIPPED.get(tuple(command.args[:2]))  # type: ignore[arg-type]
    if reason is None and "--version" not in command.args and starts_the_app(command.args):
        return STARTS_THE_APP
    return reason


def starts_the_app(args: list[str]) -> bool:
    return build_parser().parse_args(args).handler is None


def typed(args: list[str]) -> str:
    """What the person types when the command asks."""
    if args[:2] == ["learner", "delete"] and "--yes" not in args:
        return "ja\n"
    asks_pin = "--pin" in args or args[:2] in (["learner", "reset-pin"], ["staff", "add"])
    return PIN if asks_pin and "--none" not in args else ""


def run_line(args: list[str], monkeypatch, capsys) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(typed(args)))
    capsys.readouterr()
    try:
        code = run(args)
    except SystemExit as finished:  # argparse ends --version (0) and a usage error (2)
        code = finished.code if isinstance(finished.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def practise(data: Path, name: str, when: datetime) -> None:
    """One session of `name` at `when`: every answer right, recall rated 'goed'."""
    clock = FakeClock(when)
    backend = open_backend(data, clock=clock)
    try:
        learner = next(x for x in backend.learners.all() if x.name == name)
        session = backend.practice.start_session(learner.id)
        assert session.exercises, f"{name} has nothing to practise"
        while not session.finished:
            exercise = session.show()
            assert exercise is not None
            clock.advance(4)
            outcome = (
                session.answer(Verdict.RIGHT) if exercise.kind.is_objective else session.rate(3)
            )
            backend.practice.record(learner.id, outcome)
    finally:
        backend.close()


def new_files(args: list[str]) -> list[Path]:
    """The files a command names that do not exist yet: the ones it is to write."""
    return [Path(a) for a in args[2:] if Path(a).suffix in STARTS_WITH and not Path(a).exists()]


def check_written(command: Command, expected: list[Path]) -> None:
    for path in expected:
        assert path.is_file(), f"{command.line}\n  did not write {path} (the name it was given)"
        with path.open("rb") as written:
            start = written.read(8)
        assert start.startswith(STARTS_WITH[path.suffix]), f"{path} is no {path.suffix}"
        if path.suffix in (".xlsx", ".zip", ".vaktaal", ".apkg"):
            assert zipfile.is_zipfile(path), f"{path} is no zip"


def test_every_readme_command_runs_as_written(newcomer, monkeypatch, capsys):
    lines = commands(readme_text(), Path.cwd(), STAND_INS)
    assert len(lines) >= 30, "the README's command blocks were not found"
    ran, practised = 0, False
    for command in lines:
        if skip_reason(command):
            continue
        if command.args[0] == "report" and not practised:
            for when in PRACTISED:
                practise(newcomer, "Amal", when)
            practised = True
        expected = new_files(command.args) if "--dry-run" not in command.args else []
        code, output = run_line(command.args, monkeypatch, capsys)
        code_and_words = NOT_ZERO.get(tuple(command.args[:2]), (0, ""))  # type: ignore[arg-type]
        assert code == code_and_words[0], f"{command.line}\n  exit code {code}:\n{output}"
        assert code_and_words[1] in output
        assert "Traceback" not in output
        check_written(command, expected)
        ran += 1
    assert ran == len(lines) - len(skipped(lines))


def skipped(lines: list[Command]) -> list[tuple[str, str]]:
    return [(c.line, reason) for c in lines if (reason := skip_reason(c))]


def test_only_the_listed_lines_are_skipped_and_each_is_still_in_the_readme():
    """The list of skipped lines cannot grow unseen, nor keep lines the README dropped."""
    lines = commands(readme_text(), ROOT, STAND_INS)
    reasons = dict(skipped(lines))
    assert set(reasons.values()) <= {*SKIPPED.values(), STARTS_THE_APP}
    used = {tuple(c.args[:2]) for c in lines}
    assert set(SKIPPED) <= used, f"no longer in the README: {set(SKIPPED) - used}"
    assert len(reasons) <= 4, reasons


def test_a_placeholder_without_a_stand_in_is_reported(tmp_path):
    text = "```bash\nvaktaal audio prepare DECK_ID\n```\n"
    with pytest.raises(AssertionError, match="DECK_ID"):
        commands(text, tmp_path, {})
    [command] = commands(text, tmp_path, {"DECK_ID": "zorg"})
    assert command.args == ["audio", "prepare", "zorg"]


def test_globs_expand_as_bash_does(tmp_path):
    (tmp_path / "decks" / "b").mkdir(parents=True)
    (tmp_path / "decks" / "a").mkdir()
    text = "```bash\nvaktaal deck validate decks/*   # two\nvaktaal deck import nope/*\n```\n"
    first, second = commands(text, tmp_path, {})
    assert first.args == ["deck", "validate", "decks/a", "decks/b"]
    assert second.args == ["deck", "import", "nope/*"]
