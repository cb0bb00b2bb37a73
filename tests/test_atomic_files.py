"""Files are written whole or not at all, and readable for others (they are meant to be shared)."""

import stat
from pathlib import Path

import pytest

from vaktaal.core.files import atomic_path, write_atomically


def test_a_written_file_is_complete_and_readable_for_others(tmp_path: Path) -> None:
    target = tmp_path / "kaartjes.pdf"
    write_atomically(target, b"%PDF-1.4 ...")
    assert target.read_bytes() == b"%PDF-1.4 ..."
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["kaartjes.pdf"]  # no temporary left


def test_a_failed_write_leaves_the_old_file_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "pakket.vaktaal"
    target.write_bytes(b"old")
    with pytest.raises(OSError), atomic_path(target) as temporary:
        temporary.write_bytes(b"half")
        raise OSError("disk full")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["pakket.vaktaal"]
