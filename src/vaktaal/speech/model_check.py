"""Checking a speech model's files before it is loaded (Vosk crashes on damaged files).

Two checks. The content check reads the first bytes of the files Vosk needs: the acoustic
model and the graphs must start with their Kaldi and OpenFst headers, the configuration
must be text (a zero-filled file fails). The sums check compares every file of a manifest
with its SHA-256; it remembers per file what was verified (size, mtime, ctime, inode) in
STAMPS_FILE inside the model folder, so a model whose files did not change is not read
again. Slow the first time (seconds): run it in the background.
"""

import hashlib
import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vaktaal.core.i18n import _

if TYPE_CHECKING:
    from vaktaal.speech.models import ManifestFile

log = logging.getLogger(__name__)

STAMPS_FILE = ".vaktaal-checked.json"  # what was verified, per file
OWN_MANIFEST = ".vaktaal-manifest.json"  # written at install for a model without a manifest
CHUNK = 1024 * 1024
PROBE = 4096  # bytes read of each needed file by the content check
FST_HEAD = (2125659606).to_bytes(4, "little")  # OpenFst binary header
KALDI_MODEL_HEADS = (b"\0B<TransitionModel>", b"<TransitionModel>")
TEXT_FILES = ("conf/mfcc.conf", "conf/model.conf")
FST_FILES = ("graph/HCLG.fst", "graph/HCLr.fst", "graph/Gr.fst")

Stamp = list[int]


@dataclass(frozen=True)
class CheckResult:
    problems: tuple[str, ...]
    hashed_files: int = 0
    hashed_bytes: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_model(folder: Path, files: "Sequence[ManifestFile] | None") -> CheckResult:
    """What is wrong with the model's content (empty when nothing): first the headers of the
    files Vosk needs, then, when there is a manifest, the sums of the changed files."""
    problems = tuple(content_problems(folder))
    if problems or files is None:
        return CheckResult(problems)
    return _SumsCheck(folder, files).run()


def content_problems(folder: Path) -> Iterator[str]:
    """Needed files that do not look like what Vosk expects (only files that exist)."""
    checks = [("am/final.mdl", _is_kaldi_model)]
    checks += [(name, _is_fst) for name in FST_FILES]
    checks += [(name, _is_text) for name in TEXT_FILES]
    for name, plausible in checks:
        head = _head(folder / name)
        if head is not None and not plausible(head):
            yield _("{file} is leeg of kapot").format(file=name)


def _head(path: Path) -> bytes | None:
    try:
        with path.open("rb") as file:
            return file.read(PROBE)
    except FileNotFoundError:
        return None
    except OSError:
        return b""  # unreadable counts as damaged


def _is_kaldi_model(head: bytes) -> bool:
    return head.startswith(KALDI_MODEL_HEADS)


def _is_fst(head: bytes) -> bool:
    return head.startswith(FST_HEAD)


def _is_text(head: bytes) -> bool:
    return bool(head.strip()) and b"\0" not in head


def stamp(path: Path) -> Stamp:
    """What changes when a file's content may have changed (ctime cannot be set back)."""
    info = path.stat()
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]


class _SumsCheck:
    """Every manifest file with its size and SHA-256; unchanged verified files are skipped."""

    def __init__(self, folder: Path, files: "Sequence[ManifestFile]") -> None:
        self.folder = folder
        self.files = files
        self.known = read_stamps(folder)
        self.verified: dict[str, dict[str, object]] = {}
        self.problems: list[str] = []
        self.hashed_files = self.hashed_bytes = 0

    def run(self) -> CheckResult:
        for entry in self.files:
            self._check(entry)
        if self.verified != self.known:
            write_stamps(self.folder, self.verified)
        return CheckResult(tuple(self.problems), self.hashed_files, self.hashed_bytes)

    def _check(self, entry: "ManifestFile") -> None:
        path = self.folder / entry.path
        try:
            current = stamp(path)
            record: dict[str, object] = {"stamp": current, "sha256": entry.sha256}
            problem = self._problem(entry, path, current[0], record)
        except OSError:
            problem = _("{file} ontbreekt")
        if problem:
            self.problems.append(problem.format(file=entry.path))
        else:
            self.verified[entry.path] = record

    def _problem(
        self, entry: "ManifestFile", path: Path, size: int, record: dict[str, object]
    ) -> str | None:
        if size != entry.size:
            return _("{file} heeft een andere grootte")
        if self.known.get(entry.path) == record:
            return None  # verified before, not changed since
        self._count(entry.size)
        return None if file_sha256(path) == entry.sha256 else _("{file} is veranderd")

    def _count(self, size: int) -> None:
        self.hashed_files += 1
        self.hashed_bytes += size


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def read_stamps(folder: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads((folder / STAMPS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_stamps(folder: Path, verified: dict[str, dict[str, object]]) -> None:
    """Remember what was verified; a folder we may not write in is checked in full each time.
    A torn write only makes the next check read the files again."""
    try:
        (folder / STAMPS_FILE).write_text(json.dumps(verified, sort_keys=True), encoding="utf-8")
    except OSError:
        log.info("could not remember the checked files of %s", folder, exc_info=True)


def write_own_manifest(folder: Path, model: str, paths: Sequence[str]) -> None:
    """A manifest of the files as installed, so later changes are caught (raises OSError)."""
    entries = [
        {"path": name, "size": (folder / name).stat().st_size, "sha256": file_sha256(folder / name)}
        for name in paths
    ]
    data = {"model": model, "license": "", "files": entries}
    (folder / OWN_MANIFEST).write_text(json.dumps(data, indent=1), encoding="utf-8")


def remember_verified(folder: Path, files: "Sequence[ManifestFile]") -> None:
    """Record files just verified (at install), so the first start does not read them again."""
    write_stamps(
        folder,
        {
            entry.path: {"stamp": stamp(folder / entry.path), "sha256": entry.sha256}
            for entry in files
        },
    )
