"""Deck media files on disk, stored once by their SHA-256 (the same picture is kept once)."""

import hashlib
from pathlib import Path

from vaktaal.core.files import write_atomically


class MediaStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path_for(sha256)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, data)
        return sha256

    def get(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def discard(self, sha256: str) -> None:
        """Delete a file; the caller made sure no deck refers to it any more."""
        self.path_for(sha256).unlink(missing_ok=True)
