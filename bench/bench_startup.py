"""Benchmark: start-up of vaktaal side by side with Anki's (the yardstick). Target: the
vaktaal/Anki ratio <= 1.0.

vaktaal: a new process to the first paint of the profile picker with the profiles in it
(startup_probe.py). Anki: a new process (`anki -b BASE`, Anki from PyPI) to the first paint
of its main window with the deck list (anki_startup_probe.py); on a first start also to its
very first window, the language question, which it shows before it loads the rest. Both on
the same Qt platform (offscreen, or one Xvfb screen with --xvfb), runs interleaved; wall
time from before the process is made, CPU time of the process (and of Anki's web-view
processes) up to that paint.

Anki needs PyQt6 and Qt WebEngine, which do not belong in vaktaal's environment: it runs
from a virtualenv of its own (--install-anki makes it; or --anki-python PATH).

Run: .venv/bin/python bench/bench_startup.py [--runs 7] [--xvfb] [--install-anki]
"""

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANKI_VENV = Path.home() / ".cache" / "vaktaal-bench" / "anki-venv"


def main() -> None:
    options = _options()
    anki = _anki_python(options)
    with _screen(options.xvfb) as environment:
        print(f"Qt platform: {environment['QT_QPA_PLATFORM']}; {options.runs} runs each")
        second = _second_starts(options.runs, anki, environment)
        first = _first_starts(options.runs, anki, environment)
    _report("second start (existing data folder)", second)
    _report("first start (new data folder)", first)


def _options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--xvfb", action="store_true", help="both on one Xvfb screen")
    parser.add_argument("--anki-python", type=Path, default=ANKI_VENV / "bin" / "python")
    parser.add_argument("--install-anki", action="store_true", help=f"make {ANKI_VENV}")
    return parser.parse_args()


def _anki_python(options: argparse.Namespace) -> Path | None:
    python: Path = options.anki_python
    if options.install_anki and not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(ANKI_VENV)], check=True)
        pip = [str(ANKI_VENV / "bin" / "pip"), "install", "-q", f"aqt=={version('anki')}"]
        subprocess.run(pip, check=True)
    if python.exists():
        return python
    print(f"Anki not found at {python}: run with --install-anki (vaktaal alone is measured)")
    return None


@contextlib.contextmanager
def _screen(xvfb: bool) -> Iterator[dict[str, str]]:
    """The environment of both probes: offscreen, or one Xvfb screen for the whole run."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # as on a person's PC, Python keeps compiled modules (Anki's were compiled when pip
    # installed it; vaktaal's are on its first start): a shell may have turned that off
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    if not xvfb:
        yield environment
        return
    command = ["Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        display = server.stdout.readline().strip()
        yield dict(environment, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb")
    finally:
        server.terminate()
        server.wait()


Time = tuple[float, float]  # wall, CPU
Times = dict[str, list[Time]]  # what -> one per run


def _second_starts(runs: int, anki: Path | None, environment: dict[str, str]) -> Times:
    times: Times = {"vaktaal": [], "vaktaal, all made": [], "Anki": []}
    with tempfile.TemporaryDirectory() as data, tempfile.TemporaryDirectory() as base:
        _vaktaal(data, environment)  # makes the database and puts the bundled decks in
        if anki:
            _anki(anki, "prepare", base, environment)
        for run in range(runs):
            for app in _in_turn(run):
                if app == "vaktaal":
                    times[app].append(_vaktaal(data, environment, times))
                elif anki:
                    times[app].append(_anki(anki, "again", base, environment))
    return times


def _first_starts(runs: int, anki: Path | None, environment: dict[str, str]) -> Times:
    """Anki twice: to its first window (the language question, before it loads much) and,
    with the question answered at once, to its main window, as vaktaal to its picker."""
    times: Times = {
        "vaktaal": [],
        "vaktaal, all made": [],
        "Anki": [],
        "Anki, language question": [],
    }
    for run in range(runs):
        for app in _in_turn(run):
            with tempfile.TemporaryDirectory() as fresh, tempfile.TemporaryDirectory() as other:
                if app == "vaktaal":
                    times[app].append(_vaktaal(fresh, environment, times))
                elif anki:
                    times[app].append(_anki(anki, "prepare", fresh, environment))
                    question = _anki(anki, "first", other, environment)
                    times["Anki, language question"].append(question)
    return times


def _in_turn(run: int) -> list[str]:
    """Interleaved, each first in every other run: neither always gets the warmer caches."""
    return ["vaktaal", "Anki"] if run % 2 == 0 else ["Anki", "vaktaal"]


def _vaktaal(data: str, environment: dict[str, str], times: Times | None = None) -> Time:
    """To the picker painted; into times["vaktaal, all made"]: to every page and the
    controller made (the same turn of the event loop: a click waits for them)."""
    marks = _timed([sys.executable, str(HERE / "startup_probe.py"), data], environment)
    if times is not None:
        times["vaktaal, all made"].append(marks["USABLE"])
    return marks["READY"]


def _anki(python: Path, mode: str, base: str, environment: dict[str, str]) -> Time:
    command = [str(python), str(HERE / "anki_startup_probe.py"), mode, base]
    return _timed(command, environment)["READY"]


def _timed(command: list[str], environment: dict[str, str]) -> dict[str, Time]:
    """The probe's lines (READY, USABLE): seconds since before the process was made, CPU."""
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=environment)
    lines = [line.split() for line in result.stdout.splitlines()]
    marks = {
        line[0]: (float(line[1]) - started, float(line[2]))
        for line in lines
        if line and line[0] in ("READY", "USABLE")
    }
    if "READY" not in marks:
        raise RuntimeError(f"no window painted: {command}\n{result.stderr[-3000:]}")
    return marks


def _report(title: str, times: Times) -> None:
    print(f"\n{title}:")
    medians = {}
    for app, runs in times.items():
        if runs:
            walls, cpus = [wall for wall, _ in runs], [cpu for _, cpu in runs]
            medians[app] = statistics.median(walls), statistics.median(cpus)
            print(
                f"  {app:24} wall median {medians[app][0]:.3f} s (min {min(walls):.3f}, "
                f"max {max(walls):.3f}), CPU median {medians[app][1]:.3f} s"
            )
    for yardstick in [app for app in medians if app.startswith("Anki")]:
        wall = medians["vaktaal"][0] / medians[yardstick][0]
        cpu = medians["vaktaal"][1] / medians[yardstick][1]
        print(f"  vaktaal/{yardstick}: wall {wall:.2f}, CPU {cpu:.2f} (target <= 1.0)")


if __name__ == "__main__":
    main()
