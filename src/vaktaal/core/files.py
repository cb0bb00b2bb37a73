"""Writing a file so that it is either completely there or not changed at all."""

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SHARED_FILE_MODE = 0o644  # readable by others: decks, PDFs and exports are meant to be shared


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside `target` that replaces it only when writing succeeded."""
    handle, name = tempfile.mkstemp(prefix=".vaktaal-", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, SHARED_FILE_MODE)  # mkstemp makes it private (0600)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def write_atomically(target: Path, data: bytes) -> None:
    with atomic_path(target) as temporary:
        temporary.write_bytes(data)
