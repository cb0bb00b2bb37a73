"""Building blocks for speech tests: tiny fake model folders, manifests, zips, PCM, WAVs."""

import hashlib
import json
import math
import shutil
import subprocess
import wave
import zipfile
from array import array
from pathlib import Path

from vaktaal.speech.models import MODEL_NAME

# Measured durations (name -> seconds), printed in the test summary by conftest.py.
TIMINGS: dict[str, float] = {}

# The first bytes model_check expects of a Kaldi model and of an OpenFst graph.
KALDI_HEAD = b"\0B<TransitionModel> "
FST_HEAD = (2125659606).to_bytes(4, "little")

# A fake model: the real layout with tiny files (the engine is never asked to load these).
FAKE_FILES = {
    "README": b"Small Dutch model for Vosk (test copy)\n",
    "am/final.mdl": (KALDI_HEAD + b"acoustic model " * 40)[:600],
    "conf/mfcc.conf": b"--use-energy=false\n",
    "conf/model.conf": b"--beam=10.0\n",
    "graph/HCLr.fst": FST_HEAD + b"HCLr" * 50,
    "graph/Gr.fst": FST_HEAD + b"Gr" * 70,
    "graph/phones/word_boundary.int": b"1 nonword\n",
    "ivector/final.ie": b"ivector " * 9,
    "ivector/online_cmvn.conf": b"",
}

# Another language's model: the same layout, every file a different size.
OTHER_FILES = {name: content + b" (other model)" for name, content in FAKE_FILES.items()}


def write_model(folder: Path, files: dict[str, bytes] | None = None) -> Path:
    for relative, content in (FAKE_FILES if files is None else files).items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return folder


def write_manifest(
    path: Path, files: dict[str, bytes] | None = None, model: str = MODEL_NAME
) -> Path:
    entries = [
        {"path": name, "size": len(content), "sha256": hashlib.sha256(content).hexdigest()}
        for name, content in (FAKE_FILES if files is None else files).items()
    ]
    path.write_text(json.dumps({"model": model, "license": "test", "files": entries}))
    return path


def write_zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, content in entries.items():
            bundle.writestr(name, content)
    return path


def model_entries(prefix: str = "", files: dict[str, bytes] | None = None) -> dict[str, bytes]:
    return {
        prefix + name: content for name, content in (FAKE_FILES if files is None else files).items()
    }


def tree(folder: Path) -> dict[str, bytes]:
    """Every file below folder with its content, to compare before and after (vaktaal's
    own records of model checks left out)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith(".vaktaal-")
    }


# --- audio ----------------------------------------------------------------------------------


def sine(seconds: float, rate: int = 16_000, amplitude: float = 0.3, hz: float = 220.0) -> bytes:
    """16-bit mono PCM; amplitude above 1.0 is clipped at full scale, like a loud microphone."""
    count = int(seconds * rate)
    values = (amplitude * 32767 * math.sin(2 * math.pi * hz * i / rate) for i in range(count))
    return array("h", (max(-32768, min(32767, round(v))) for v in values)).tobytes()


def silence(seconds: float, rate: int = 16_000) -> bytes:
    return bytes(2 * int(seconds * rate))


def write_wav(path: Path, frames: bytes, rate: int, channels: int = 1, width: int = 2) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(width)
        wav.setframerate(rate)
        wav.writeframes(frames)
    return path


def espeak() -> str | None:
    return shutil.which("espeak-ng")


def synthesise(text: str, voice: str, out: Path) -> Path:
    """Speech from espeak-ng (22 050 Hz WAV); callers skip when espeak() is None."""
    program = espeak()
    assert program is not None
    subprocess.run([program, "-v", voice, "-w", str(out), text], check=True, timeout=60)
    return out
