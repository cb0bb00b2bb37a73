"""Installing a speech model from a zip file, a folder or an http(s) URL, with progress.

An install never leaves a half model behind: it is unpacked into a hidden folder inside the
models folder, checked (the Dutch model file by file against its manifest), and only then
renamed into place. Another model gets a manifest of its files as installed, so that
later changes are caught before it is loaded (model_check).
"""

import hashlib
import logging
import os
import re
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from http.client import HTTPException
from pathlib import Path, PurePosixPath
from typing import IO, NoReturn

from vaktaal import __version__
from vaktaal.core.i18n import _
from vaktaal.paths import Paths
from vaktaal.speech.model_check import (
    OWN_MANIFEST,
    content_problems,
    remember_verified,
    write_own_manifest,
)
from vaktaal.speech.models import (
    CHUNK,
    DOWNLOAD_TIMEOUT_SECONDS,
    JUNK_NAMES,
    MAX_UNPACKED_BYTES,
    PROGRESS_TOTAL,
    STAGING_PREFIX,
    Manifest,
    ModelProblem,
    Progress,
    default_manifest,
    load_manifest,
    missing_model_parts,
    missing_parts,
    model_root,
    unsafe_path,
)

log = logging.getLogger(__name__)


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
    manifest = load_manifest(manifest_path) if manifest_path else default_manifest()
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
        if manifest is None and missing_parts(sizes):
            _refuse_non_model(source, missing_parts(sizes))
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
    except (zipfile.BadZipFile, OSError, NotImplementedError, ValueError, EOFError) as error:
        message = _("{path} is geen geldig zip-bestand. Download het opnieuw.")
        raise ModelProblem(message.format(path=archive)) from error


def _safe_members(bundle: zipfile.ZipFile, archive: Path) -> dict[str, zipfile.ZipInfo]:
    """The files of the zip by path; refuses paths outside the folder, links and zip bombs."""
    members: dict[str, zipfile.ZipInfo] = {}
    for info in bundle.infolist():
        if not info.filename or unsafe_path(info.filename) or _is_symlink(info):
            message = _("{path} is niet veilig: het bevat '{name}'. Er is niets geïnstalleerd.")
            raise ModelProblem(message.format(path=archive, name=info.filename))
        if not info.is_dir() and not _is_junk(info.filename):
            members[info.filename] = info
    if sum(info.file_size for info in members.values()) > MAX_UNPACKED_BYTES:
        raise ModelProblem(_too_big_message())
    if any(_is_bomb(info) for info in members.values()):
        message = _("{path} is niet veilig: uitgepakt is het veel te groot. Niets geïnstalleerd.")
        raise ModelProblem(message.format(path=archive))
    return members


BOMB_RATIO = 100  # a speech model packs 2-4 times smaller; a zip bomb thousands of times
BOMB_MIN_BYTES = 50 * 1024**2


def _is_bomb(info: zipfile.ZipInfo) -> bool:
    """A big member claiming far more bytes than it holds: refused before unpacking."""
    return info.file_size > BOMB_MIN_BYTES and info.file_size > BOMB_RATIO * info.compress_size


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
            with _open_member(bundle, info, archive) as source, target.open("wb") as out:
                done += _copy_stream(source, out, _offset(plan.copying, done, total))
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError, zlib.error) as error:
        message = _("{path} is beschadigd en kan niet worden uitgepakt ({error}).")
        raise ModelProblem(message.format(path=archive, error=error)) from error


def _open_member(bundle: zipfile.ZipFile, info: zipfile.ZipInfo, archive: Path) -> IO[bytes]:
    """A member to read; a damaged zip's errors (a bad offset: OSError) as ModelProblem."""
    try:
        return bundle.open(info)
    except (OSError, ValueError, NotImplementedError, RuntimeError) as error:
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
    _remember_sums(plan, source)
    return plan.folder


def _remember_sums(plan: _Plan, source: Path) -> None:
    """Refuse zero-filled or other nonsense files; a model without a manifest gets one of
    its files as installed; the sums are remembered, so later changes are caught."""
    problems = list(content_problems(plan.folder))
    if problems:
        _refuse(
            _("{source} is beschadigd: {problems}."), source=source, problems="; ".join(problems)
        )
    manifest = plan.manifest
    if manifest is None:
        write_own_manifest(plan.folder, plan.folder.name, sorted(dict(_walk_files(plan.folder))))
        manifest = load_manifest(plan.folder / OWN_MANIFEST)
    remember_verified(plan.folder, manifest.files)


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
