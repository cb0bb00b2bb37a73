"""Speech models on disk: which one is installed, and installing one from a zip, folder or URL.

A Vosk model is a folder with `am/final.mdl`, `conf/mfcc.conf`, `conf/model.conf` and a
decoding graph in `graph/`. The Dutch model vaktaal is made for, vosk-model-small-nl-0.22,
comes with a manifest (size and SHA-256 of every file): an install of it is refused unless
every file matches. An install never leaves a half model behind: it is unpacked into a
hidden folder inside the models folder, checked, and only then renamed into place.
"""

import hashlib
import json
import logging
import os
import re
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from http.client import HTTPException
from pathlib import Path, PurePosixPath
from typing import IO, Literal, NoReturn

from vaktaal import __version__
from vaktaal.core.i18n import _
from vaktaal.core.languages import LANGUAGES
from vaktaal.paths import Paths

log = logging.getLogger(__name__)

MODEL_NAME = "vosk-model-small-nl-0.22"
DOWNLOAD_URL = f"https://alphacephei.com/vosk/models/{MODEL_NAME}.zip"
ENV_VARIABLE = "VAKTAAL_VOSK_MODEL"
MAX_UNPACKED_BYTES = 2 * 1024**3
PROGRESS_TOTAL = 1000  # install progress is reported as (done, PROGRESS_TOTAL)
REQUIRED_FILES = ("am/final.mdl", "conf/mfcc.conf", "conf/model.conf")
GRAPHS = (("graph/HCLG.fst",), ("graph/HCLr.fst", "graph/Gr.fst"))  # one of these is needed
MODEL_PARTS = ("am", "conf", "graph", "ivector")
JUNK_NAMES = frozenset({"__MACOSX", ".DS_Store", "Thumbs.db", "desktop.ini"})
STAGING_PREFIX = ".install-"
CHUNK = 1024 * 1024
DOWNLOAD_TIMEOUT_SECONDS = 60

Progress = Callable[[int, int], None]
State = Literal["ready", "missing", "broken"]


class ModelProblem(Exception):
    """A speech model cannot be found, installed or loaded; the message is for the user."""


@dataclass(frozen=True)
class ManifestFile:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    model: str
    files: tuple[ManifestFile, ...]
    license: str = ""

    @property
    def total_size(self) -> int:
        return sum(entry.size for entry in self.files)


@dataclass(frozen=True)
class ModelStatus:
    state: State
    path: Path | None
    name: str | None
    message: str
    language: str | None = None

    @property
    def ready(self) -> bool:
        return self.state == "ready"

    @property
    def dutch(self) -> bool:
        return self.language == "nl"


# --- manifest ---------------------------------------------------------------------------


def packaged_manifest_path() -> Path:
    return Path(__file__).resolve().parent / "manifests" / f"{MODEL_NAME}.manifest.json"


def default_manifest_path() -> Path | None:
    """The copy inside the package, else ../shared/models/ next to a source checkout."""
    repo_root = Path(__file__).resolve().parents[3]
    shared = repo_root.parent / "shared" / "models" / f"{MODEL_NAME}.manifest.json"
    return next((p for p in (packaged_manifest_path(), shared) if p.is_file()), None)


def load_manifest(path: Path | None = None) -> Manifest:
    """Read a manifest; None means the default one. A bad manifest is a ModelProblem."""
    chosen = path or default_manifest_path()
    if chosen is None:
        raise ModelProblem(_("De lijst met controlegetallen van het spraakmodel ontbreekt."))
    try:
        data = json.loads(chosen.read_text(encoding="utf-8"))
        files = tuple(_manifest_file(entry) for entry in data["files"])
        return Manifest(str(data["model"]), files, str(data.get("license", "")))
    except (OSError, ValueError, KeyError, TypeError) as error:
        message = _("De lijst met controlegetallen {path} is beschadigd: {error}")
        raise ModelProblem(message.format(path=chosen, error=error)) from error


def _manifest_file(entry: Mapping[str, object]) -> ManifestFile:
    path, size, digest = str(entry["path"]), entry["size"], str(entry["sha256"]).lower()
    if not isinstance(size, int) or size < 0 or not re.fullmatch("[0-9a-f]{64}", digest):
        raise ValueError(f"bad entry {path!r}")
    if _unsafe(path):
        raise ValueError(f"unsafe path {path!r}")
    return ManifestFile(path, size, digest)


def _default_manifest() -> Manifest | None:
    try:
        return load_manifest()
    except ModelProblem:
        log.warning("no usable manifest for %s", MODEL_NAME, exc_info=True)
        return None


# --- what a model folder looks like --------------------------------------------------------


def missing_model_parts(folder: Path) -> list[str]:
    """The files a Vosk model needs that `folder` does not have (empty: it looks complete)."""
    wanted = {name for graph in GRAPHS for name in graph} | set(REQUIRED_FILES)
    return _missing_parts({name for name in wanted if (folder / name).is_file()})


def _missing_parts(files: Collection[str]) -> list[str]:
    """The needed files missing from a list of relative paths."""
    missing = [name for name in REQUIRED_FILES if name not in files]
    if not any(all(name in files for name in graph) for graph in GRAPHS):
        missing.append("graph/HCLr.fst + graph/Gr.fst")
    return missing


def looks_like_model(folder: Path) -> bool:
    return folder.is_dir() and not missing_model_parts(folder)


def model_root(folder: Path) -> Path:
    """`folder` itself, or the one model folder inside it (zips often add a level)."""
    if looks_like_model(folder) or not folder.is_dir():
        return folder
    inner = [p for p in sorted(folder.iterdir()) if looks_like_model(p)]
    return inner[0] if len(inner) == 1 else folder


def check_model_folder(folder: Path, manifest: Manifest | None = None) -> list[str]:
    """What is wrong with a model folder, in Dutch: checked against the manifest when the
    folder has the manifest's name (each file there, with its size), else by its structure."""
    if manifest is not None and folder.name == manifest.model:
        return list(_manifest_problems(folder, manifest))
    return [_("{file} ontbreekt").format(file=name) for name in missing_model_parts(folder)]


def _manifest_problems(folder: Path, manifest: Manifest) -> Iterator[str]:
    for entry in manifest.files:
        file = folder / entry.path
        if not file.is_file():
            yield _("{file} ontbreekt").format(file=entry.path)
        elif file.stat().st_size != entry.size:
            message = _("{file} is {size} bytes, maar hoort {expected} bytes te zijn")
            yield message.format(file=entry.path, size=file.stat().st_size, expected=entry.size)


# --- language -------------------------------------------------------------------------------

_NAME_LANGUAGE = re.compile(r"vosk[-_]model[-_](?:small[-_])?([a-z]{2,3})(?=[-_.]|$)", re.I)
_CODE_ALIASES = {"cn": "zh", "ua": "uk", "jp": "ja", "kz": "kk", "spk": ""}
_README_LANGUAGES = {
    "dutch": "nl", "nederlands": "nl", "flemish": "nl", "korean": "ko", "english": "en",
    "german": "de", "french": "fr", "spanish": "es", "italian": "it", "portuguese": "pt",
    "russian": "ru", "ukrainian": "uk", "polish": "pl", "turkish": "tr", "arabic": "ar",
    "persian": "fa", "farsi": "fa", "chinese": "zh", "japanese": "ja", "vietnamese": "vi",
    "hindi": "hi", "czech": "cs", "swedish": "sv", "greek": "el", "catalan": "ca",
    "uzbek": "uz", "kazakh": "kk", "esperanto": "eo", "tagalog": "tl", "breton": "br",
}  # fmt: skip


def model_language_hint(path: Path) -> str | None:
    """Best guess of a model's language (ISO 639 code) from its folder name or README."""
    for name in (path.name, path.parent.name):
        found = _NAME_LANGUAGE.search(name)
        if found:
            code = found.group(1).lower()
            return _CODE_ALIASES.get(code, code) or None
    return _readme_language(path / "README")


def _readme_language(readme: Path) -> str | None:
    try:
        text = readme.read_text(encoding="utf-8", errors="replace")[:2000].lower()
    except OSError:
        return None
    words = (word for word in re.findall("[a-z]+", text) if word in _README_LANGUAGES)
    return next((_README_LANGUAGES[word] for word in words), None)


# --- finding the installed model --------------------------------------------------------------


def find_model(
    paths: Paths, env: Mapping[str, str] = os.environ, manifest: Manifest | None = None
) -> ModelStatus:
    """The model to use: VAKTAAL_VOSK_MODEL first, else the Dutch model, else any one model."""
    manifest = manifest if manifest is not None else _default_manifest()
    configured = env.get(ENV_VARIABLE, "").strip()
    if configured:
        return _configured_status(Path(configured).expanduser().resolve(), manifest)
    return _models_dir_status(paths.models_dir, manifest)


def _configured_status(folder: Path, manifest: Manifest | None) -> ModelStatus:
    if not folder.is_dir():
        message = _(
            "{variable} wijst naar {path}, maar die map bestaat niet. "
            "Pas {variable} aan of haal de variabele weg."
        )
        text = message.format(variable=ENV_VARIABLE, path=folder)
        return ModelStatus("missing", folder, None, text)
    return _status_of(model_root(folder), manifest)


def _models_dir_status(models_dir: Path, manifest: Manifest | None) -> ModelStatus:
    preferred = models_dir / (manifest.model if manifest else MODEL_NAME)
    if preferred.is_dir():
        return _status_of(preferred, manifest)
    folders = _model_folders(models_dir)
    complete = [folder for folder in folders if looks_like_model(folder)]
    complete.sort(key=lambda folder: model_language_hint(folder) != "nl")
    if complete or folders:
        return _status_of((complete or folders)[0], manifest)
    return ModelStatus("missing", None, None, _missing_message())


def _model_folders(models_dir: Path) -> list[Path]:
    """Folders of models_dir with at least some part of a model (hidden ones are installs)."""
    if not models_dir.is_dir():
        return []
    folders = (p for p in sorted(models_dir.iterdir()) if p.is_dir() and p.name[0] != ".")
    return [p for p in folders if any((p / part).is_dir() for part in MODEL_PARTS)]


def _status_of(folder: Path, manifest: Manifest | None) -> ModelStatus:
    problems = check_model_folder(folder, manifest)
    if problems:
        message = _(
            "Het spraakmodel in {path} is niet compleet: {problems}. "
            "Installeer het opnieuw met: vaktaal speech install BESTAND.zip"
        )
        text = message.format(path=folder, problems="; ".join(problems))
        return ModelStatus("broken", folder, folder.name, text)
    language = model_language_hint(folder)
    return ModelStatus("ready", folder, folder.name, _ready_message(language), language)


def _ready_message(language: str | None) -> str:
    if language == "nl":
        return _("Het Nederlandse spraakmodel is klaar.")
    if language is None:
        message = _("Het spraakmodel is klaar, maar Vaktaal weet niet welke taal het is. {advice}")
    else:
        message = _("Dit spraakmodel is niet Nederlands (taal: {language}). {advice}")
        known = LANGUAGES.get(language)
        language = f"{known.dutch_name}, {language}" if known else language
    advice = _("Het werkt alleen om te testen. Installeer het Nederlandse model: {url}")
    return message.format(language=language, advice=advice.format(url=DOWNLOAD_URL))


def _missing_message() -> str:
    message = _(
        "Er is nog geen spraakmodel, dus Vaktaal kan nog niet luisteren. Download het "
        "Nederlandse model ({url}) en installeer het met: vaktaal speech install BESTAND.zip"
    )
    return message.format(url=DOWNLOAD_URL)


# --- installing ----------------------------------------------------------------------------------


def install_model(
    source: str | Path,
    paths: Paths,
    progress: Progress | None = None,
    manifest_path: Path | None = None,
) -> Path:
    """Install a model from a .zip file, a folder or an http(s) URL; returns its new folder.

    `progress(done, PROGRESS_TOTAL)` is called with `done` never going down. The Dutch model
    (by name, or because most files have the manifest's sizes) is verified file by file.
    On any failure a ModelProblem (or OSError) is raised and the models folder is unchanged.
    """
    manifest = load_manifest(manifest_path) if manifest_path else _default_manifest()
    paths.models_dir.mkdir(parents=True, exist_ok=True)
    meter = _Meter(progress)
    meter.emit(0)
    with tempfile.TemporaryDirectory(
        prefix=STAGING_PREFIX, dir=paths.models_dir, ignore_cleanup_errors=True
    ) as work:
        staged = _stage(str(source), _Install(Path(work), manifest, meter))
        target = _move_into_place(staged, paths.models_dir / staged.name, Path(work))
    meter.emit(PROGRESS_TOTAL)
    log.info("speech model installed in %s from %s", target, source)
    return target


@dataclass
class _Meter:
    """Overall progress in per mille; each step fills its own share, never going back."""

    report: Progress | None
    last: int = -1

    def emit(self, value: int) -> None:
        if self.report is not None and value > self.last:
            self.last = value
            self.report(value, PROGRESS_TOTAL)

    def span(self, start: int, end: int) -> Progress:
        def update(done: int, total: int) -> None:
            if total > 0:
                self.emit(start + (end - start) * min(done, total) // total)

        return update


@dataclass(frozen=True)
class _Plan:
    """Where one source is staged, whether it is checked against the manifest, progress."""

    folder: Path
    manifest: Manifest | None
    copying: Progress
    checking: Progress


@dataclass(frozen=True)
class _Install:
    work: Path
    manifest: Manifest | None
    meter: _Meter

    def plan(self, name: str, sizes: Mapping[str, int], start: int, source: Path) -> _Plan:
        """Decide before copying anything: the manifest's model, another model, or refuse."""
        manifest = self.manifest if _manifest_applies(name, sizes, self.manifest) else None
        if manifest is None and _missing_parts(sizes):
            _refuse_non_model(source, _missing_parts(sizes))
        middle = (start + PROGRESS_TOTAL) // 2 if manifest else PROGRESS_TOTAL
        folder = self.work / "model" / (manifest.model if manifest else _folder_name(name))
        meter = self.meter
        return _Plan(
            folder, manifest, meter.span(start, middle), meter.span(middle, PROGRESS_TOTAL)
        )


def _stage(source: str, job: _Install) -> Path:
    """Unpack or copy `source` into the work folder and check it; returns the staged folder."""
    if urllib.parse.urlsplit(source).scheme in ("http", "https"):
        name = PurePosixPath(urllib.parse.urlsplit(source).path).stem or "model"
        archive = _download(source, job.work / "download.zip", job.meter.span(0, 800))
        return _stage_zip(archive, name, job, start=800)
    path = Path(source).expanduser()
    if path.is_dir():
        return _stage_folder(path, job)
    if path.is_file():
        return _stage_zip(path, path.stem, job, start=0)
    message = _("{source} bestaat niet. Geef een .zip-bestand, een map of een internetadres.")
    raise ModelProblem(message.format(source=source))


def _download(url: str, target: Path, update: Progress) -> Path:
    request = urllib.request.Request(url, headers={"User-Agent": f"vaktaal/{__version__}"})
    try:
        with (
            urllib.request.urlopen(request, timeout=DOWNLOAD_TIMEOUT_SECONDS) as response,
            target.open("wb") as out,
        ):
            total = int(response.headers.get("Content-Length") or 0)
            done = _copy_stream(response, out, _offset(update, 0, total))
    except urllib.error.HTTPError as error:
        message = _("Downloaden van {url} is mislukt: de server antwoordt {code} ({reason}).")
        raise ModelProblem(message.format(url=url, code=error.code, reason=error.reason)) from error
    except (urllib.error.URLError, HTTPException, TimeoutError, ConnectionError) as error:
        message = _("Downloaden van {url} is mislukt. Is er internet? ({error})")
        raise ModelProblem(message.format(url=url, error=error)) from error
    if total and done != total:
        message = _("Downloaden van {url} is niet afgemaakt ({done} van {total} bytes).")
        raise ModelProblem(message.format(url=url, done=done, total=total))
    return target


def _offset(update: Progress, base: int, total: int) -> Callable[[int], None]:
    """Report bytes copied of one file as progress of a job of `total` bytes."""
    return lambda done: update(base + done, total)


def _copy_stream(source: IO[bytes], out: IO[bytes], copied: Callable[[int], None]) -> int:
    """Copy in chunks, reporting the bytes so far; refuses more than MAX_UNPACKED_BYTES."""
    done = 0
    while chunk := source.read(CHUNK):
        done += len(chunk)
        if done > MAX_UNPACKED_BYTES:
            raise ModelProblem(_too_big_message())
        out.write(chunk)
        copied(done)
    return done


def _too_big_message() -> str:
    return _("Het model is te groot (meer dan 2 GB). Dit is geen spraakmodel voor Vaktaal.")


def _stage_zip(archive: Path, name: str, job: _Install, start: int) -> Path:
    with _open_zip(archive) as bundle:
        members = _safe_members(bundle, archive)
        prefix = _zip_prefix(list(members))
        files = {
            path.removeprefix(prefix): info
            for path, info in members.items()
            if path.startswith(prefix)
        }
        sizes = {path: info.file_size for path, info in files.items()}
        plan = job.plan(prefix.rstrip("/") or name, sizes, start, archive)
        _extract(bundle, files, plan, archive)
    return _check_staged(plan, archive)


def _open_zip(archive: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as error:
        message = _("{path} is geen geldig zip-bestand. Download het opnieuw.")
        raise ModelProblem(message.format(path=archive)) from error


def _safe_members(bundle: zipfile.ZipFile, archive: Path) -> dict[str, zipfile.ZipInfo]:
    """The files of the zip by path; refuses paths outside the folder, links and zip bombs."""
    members: dict[str, zipfile.ZipInfo] = {}
    for info in bundle.infolist():
        if _unsafe(info.filename) or _is_symlink(info):
            message = _("{path} is niet veilig: het bevat '{name}'. Er is niets geïnstalleerd.")
            raise ModelProblem(message.format(path=archive, name=info.filename))
        if not info.is_dir() and not _is_junk(info.filename):
            members[info.filename] = info
    if sum(info.file_size for info in members.values()) > MAX_UNPACKED_BYTES:
        raise ModelProblem(_too_big_message())
    return members


def _unsafe(name: str) -> bool:
    """A path that could end up outside the folder it is unpacked in (any platform)."""
    parts = PurePosixPath(name).parts
    return (
        "\\" in name or name.startswith("/") or ".." in parts or (bool(parts) and ":" in parts[0])
    )


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return (info.external_attr >> 16) & 0o170000 == 0o120000


def _is_junk(path: str) -> bool:
    return any(part in JUNK_NAMES or part.startswith("._") for part in PurePosixPath(path).parts)


def _zip_prefix(names: list[str]) -> str:
    """'' when the model is at the top of the zip, 'folder/' when it is inside one folder."""
    if "am/final.mdl" in names:
        return ""
    tops = {name.split("/", 1)[0] for name in names if "/" in name}
    if len(tops) != 1:
        return ""
    top = tops.pop()
    loose = any("/" not in name for name in names)
    return f"{top}/" if not loose or f"{top}/am/final.mdl" in names else ""


def _folder_name(name: str) -> str:
    return re.sub(r"[^\w.+-]", "_", name).strip("._")[:100] or "model"


def _manifest_applies(name: str, sizes: Mapping[str, int], manifest: Manifest | None) -> bool:
    """Is this the manifest's model: by its name, or because most files have its sizes?"""
    if manifest is None:
        return False
    same = sum(1 for entry in manifest.files if sizes.get(entry.path) == entry.size)
    return name == manifest.model or same * 2 > len(manifest.files)


def _extract(
    bundle: zipfile.ZipFile, files: Mapping[str, zipfile.ZipInfo], plan: _Plan, archive: Path
) -> None:
    total, done = sum(info.file_size for info in files.values()), 0
    try:
        for relative, info in files.items():
            target = plan.folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            with bundle.open(info) as source, target.open("wb") as out:
                done += _copy_stream(source, out, _offset(plan.copying, done, total))
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError) as error:
        message = _("{path} is beschadigd en kan niet worden uitgepakt ({error}).")
        raise ModelProblem(message.format(path=archive, error=error)) from error


def _stage_folder(folder: Path, job: _Install) -> Path:
    root = model_root(folder)
    files = dict(_walk_files(root))
    if sum(files.values()) > MAX_UNPACKED_BYTES:
        raise ModelProblem(_too_big_message())
    plan = job.plan(root.name, files, 0, folder)
    total, done = sum(files.values()), 0
    for relative in files:
        target = plan.folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        with (root / relative).open("rb") as source, target.open("wb") as out:
            done += _copy_stream(source, out, _offset(plan.copying, done, total))
    return _check_staged(plan, folder)


def _walk_files(root: Path) -> Iterator[tuple[str, int]]:
    """(relative POSIX path, size) of every file below root, junk left out."""
    for directory, _subdirs, names in os.walk(root):
        for name in names:
            path = Path(directory) / name
            relative = path.relative_to(root).as_posix()
            if not _is_junk(relative):
                yield relative, path.stat().st_size


def _check_staged(plan: _Plan, source: Path) -> Path:
    """Refuse a staged model that is incomplete or, for the manifest's model, not identical."""
    if plan.manifest is not None:
        _verify(plan.folder, plan.manifest, plan.checking, source)
    missing = missing_model_parts(plan.folder)
    if missing:
        _refuse_non_model(source, missing)
    return plan.folder


def _refuse_non_model(source: Path, missing: list[str]) -> NoReturn:
    message = _("{source} is geen spraakmodel van Vosk: {missing} ontbreekt.")
    raise ModelProblem(message.format(source=source, missing=", ".join(missing)))


def _verify(folder: Path, manifest: Manifest, update: Progress, source: Path) -> None:
    """Every file of the manifest present with its size and SHA-256, and no other file."""
    present = dict(_walk_files(folder)) if folder.is_dir() else {}
    for entry in manifest.files:
        if entry.path not in present:
            _refuse(_("{file} ontbreekt in {source}."), file=entry.path, source=source)
        if present[entry.path] != entry.size:
            message = _("{file} in {source} is {size} bytes, maar hoort {expected} bytes te zijn.")
            size = present[entry.path]
            _refuse(message, file=entry.path, source=source, size=size, expected=entry.size)
    extra = sorted(set(present) - {entry.path for entry in manifest.files})
    if extra:
        message = _("{file} in {source} hoort niet bij {model}.")
        _refuse(message, file=extra[0], source=source, model=manifest.model)
    _verify_hashes(folder, manifest, update, source)


def _verify_hashes(folder: Path, manifest: Manifest, update: Progress, source: Path) -> None:
    total, done = manifest.total_size, 0
    for entry in manifest.files:
        digest = hashlib.sha256()
        with (folder / entry.path).open("rb") as file:
            while chunk := file.read(CHUNK):
                digest.update(chunk)
                done += len(chunk)
                update(done, total)
        if digest.hexdigest() != entry.sha256:
            message = _("{file} in {source} is beschadigd: het controlegetal (SHA-256) klopt niet.")
            _refuse(message, file=entry.path, source=source)


def _refuse(message: str, **values: object) -> NoReturn:
    advice = _("Er is niets geïnstalleerd. Download het model opnieuw.")
    raise ModelProblem(f"{message.format(**values)} {advice}")


def _move_into_place(staged: Path, target: Path, work: Path) -> Path:
    """Rename the checked model into place; an existing model is swapped out, then dropped
    with the work folder, and put back if the swap fails."""
    previous = work / "previous"
    had_previous = target.exists() or target.is_symlink()
    if had_previous:
        os.replace(target, previous)
    try:
        os.replace(staged, target)
    except OSError:
        if had_previous:
            os.replace(previous, target)
        raise
    return target
