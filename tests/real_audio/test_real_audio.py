"""The real audio stack, end to end: each drive_*.py module runs in a fresh Python process
with its own PulseAudio server (a silent speaker, a virtual microphone fed with espeak-ng
Dutch), because QtMultimedia looks for audio devices only once per process. The modules
run side by side; each test here waits for one of them.

Locally without pulseaudio these tests skip, with the reason; under CI=true they fail."""

import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from real_audio_setup import REPO, in_ci, missing_prerequisites, skip_or_fail

HERE = Path(__file__).parent
MODULES = sorted(path.name for path in HERE.glob("drive_*.py"))
TIMEOUT_S = 120


def test_every_real_audio_module_is_run() -> None:
    assert MODULES == [
        "drive_playback.py",
        "drive_recording.py",
        "drive_speaking.py",
        "drive_summary.py",
    ]


@dataclass
class Run:
    """One module's pytest, running in its own process (all modules at once: faster)."""

    process: subprocess.Popen[str]
    report: Path
    begin: float = field(default_factory=time.monotonic)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Run]]:
    started: dict[str, Run] = {}
    if not missing_prerequisites():
        for module in MODULES:
            report = tmp_path_factory.mktemp("real-audio") / "report.xml"
            started[module] = Run(_start(HERE / module, report), report)
    yield started
    for run in started.values():
        if run.process.poll() is None:
            run.process.kill()
            run.process.communicate()


@pytest.mark.parametrize("module", MODULES)
def test_real_audio(module: str, runs: dict[str, Run]) -> None:
    reason = missing_prerequisites()
    if reason:
        skip_or_fail(reason)
    run = runs[module]
    try:
        stdout, stderr = run.process.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        run.process.kill()
        stdout, stderr = run.process.communicate()
        pytest.fail(f"{module} did not finish in {TIMEOUT_S} s:\n{(stdout + stderr)[-6000:]}")
    seconds, code = time.monotonic() - run.begin, run.process.returncode
    output = (stdout + stderr)[-6000:]
    if code < 0:
        pytest.fail(f"{module} crashed (signal {-code}) after {seconds:.1f} s:\n{output}")
    counts = _counts(run.report) if run.report.exists() else {}
    if code != 0 or counts.get("failures") or counts.get("errors"):
        pytest.fail(f"{module} failed ({counts}) after {seconds:.1f} s:\n{output}")
    assert counts.get("tests", 0) > 0, f"{module} ran no test:\n{output}"
    if counts.get("skipped"):
        skip_or_fail(f"{module}: {counts['skipped']} skipped: {_skip_reasons(run.report)}")


def _start(module: Path, report: Path) -> subprocess.Popen[str]:
    env = {key: value for key, value in os.environ.items() if key != "PULSE_SERVER"}
    env["QT_QPA_PLATFORM"] = "offscreen"  # side by side on one screen, windows take the focus
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs"]
    command += [f"--junitxml={report}", str(module.relative_to(REPO))]
    return subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _counts(report: Path) -> dict[str, int]:
    suite = ElementTree.parse(report).getroot()
    if suite.tag == "testsuites":
        suite = suite[0]
    return {key: int(suite.get(key, "0")) for key in ("tests", "failures", "errors", "skipped")}


def _skip_reasons(report: Path) -> str:
    skipped = ElementTree.parse(report).getroot().iter("skipped")
    return "; ".join(sorted({element.get("message", "") for element in skipped}))


def test_ci_fails_instead_of_skipping(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    assert in_ci()
    with pytest.raises(pytest.fail.Exception, match="cannot run in CI: no pulseaudio"):
        skip_or_fail("no pulseaudio")
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception, match="no pulseaudio"):
        skip_or_fail("no pulseaudio")
