"""Speech models on disk: which one is installed, and installing one from a zip, folder or URL.

A Vosk model is a folder with `am/final.mdl`, `conf/mfcc.conf`, `conf/model.conf` and a
decoding graph in `graph/`. The Dutch model vaktaal is made for, vosk-model-small-nl-0.22,
comes with a manifest (size and SHA-256 of every file): an install of it is refused unless
every file matches. An install never leaves a half model behind: it is unpacked into a
hidden folder inside the models folder, checked, and only then renamed into place.
Before a model is reported ready its files are checked again (model_check): a changed or
zero-filled file would make Vosk crash the app.
"""

import json
import logging
import os
import re
import time
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

from vaktaal.core.i18n import _
from vaktaal.core.languages import LANGUAGES
from vaktaal.paths import Paths
from vaktaal.speech.model_check import OWN_MANIFEST, STAMPS_FILE, CheckResult, verify_model

log = logging.getLogger(__name__)

MODEL_NAME = "vosk-model-small-nl-0.22"
DOWNLOAD_URL = f"https://alphacephei.com/vosk/models/{MODEL_NAME}.zip"
ENV_VARIABLE = "VAKTAAL_VOSK_MODEL"
MAX_UNPACKED_BYTES = 2 * 1024**3
PROGRESS_TOTAL = 1000  # install progress is reported as (done, PROGRESS_TOTAL)
REQUIRED_FILES = ("am/final.mdl", "conf/mfcc.conf", "conf/model.conf")
GRAPHS = (("graph/HCLG.fst",), ("graph/HCLr.fst", "graph/Gr.fst"))  # one of these is needed
MODEL_PARTS = ("am", "conf", "graph", "ivector")
# Files that are not part of a model (the last two are vaktaal's own: see model_check).
JUNK_NAMES = frozenset(
    {"__MACOSX", ".DS_Store", "Thumbs.db", "desktop.ini", OWN_MANIFEST, STAMPS_FILE}
)
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
    if unsafe_path(path):
        raise ValueError(f"unsafe path {path!r}")
    return ManifestFile(path, size, digest)


def default_manifest() -> Manifest | None:
    try:
        return load_manifest()
    except ModelProblem:
        log.warning("no usable manifest for %s", MODEL_NAME, exc_info=True)
        return None


# --- what a model folder looks like --------------------------------------------------------


def missing_model_parts(folder: Path) -> list[str]:
    """The files a Vosk model needs that `folder` does not have (empty: it looks complete)."""
    wanted = {name for graph in GRAPHS for name in graph} | set(REQUIRED_FILES)
    return missing_parts({name for name in wanted if (folder / name).is_file()})


def missing_parts(files: Collection[str]) -> list[str]:
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
    manifest = manifest if manifest is not None else default_manifest()
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
    damage = damage_message(folder, manifest)
    if damage:
        return ModelStatus("broken", folder, folder.name, damage)
    language = model_language_hint(folder)
    return ModelStatus("ready", folder, folder.name, _ready_message(language), language)


def damage_message(folder: Path, manifest: Manifest | None = None) -> str | None:
    """None when the model's files are as installed, else what to tell the user. Reads
    every changed file (seconds the first time, ~0 after): call it in the background."""
    result = check_content(folder, manifest if manifest is not None else default_manifest())
    if result.ok:
        return None
    log.warning("speech model %s is damaged: %s", folder, "; ".join(result.problems))
    message = _(
        "Het spraakmodel in {path} is beschadigd: {problems}. Vaktaal gebruikt het niet. "
        "Installeer het opnieuw uit het zip-bestand (vaktaal speech install BESTAND.zip) "
        "of download het opnieuw: {url}"
    )
    return message.format(path=folder, problems="; ".join(result.problems), url=DOWNLOAD_URL)


def check_content(folder: Path, manifest: Manifest | None) -> CheckResult:
    """The headers of the needed files, then the sums of the manifest that belongs to the
    folder: the packaged one (by name), else the one written at install, else none."""
    started = time.perf_counter()
    try:
        files = _sums_for(folder, manifest)
    except ModelProblem as problem:
        return CheckResult((str(problem),))
    result = verify_model(folder, files)
    seconds = time.perf_counter() - started
    log.info(
        "speech model %s checked in %.2f s (%d files hashed)", folder, seconds, result.hashed_files
    )
    return result


def _sums_for(folder: Path, manifest: Manifest | None) -> tuple[ManifestFile, ...] | None:
    if manifest is not None and folder.name == manifest.model:
        return manifest.files
    own = folder / OWN_MANIFEST
    return load_manifest(own).files if own.is_file() else None


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


def unsafe_path(name: str) -> bool:
    """A path that could end up outside the folder it is unpacked in (any platform)."""
    parts = PurePosixPath(name).parts
    return (
        "\\" in name or name.startswith("/") or ".." in parts or (bool(parts) and ":" in parts[0])
    )
