"""A disk that is full for backup copies: SQLite itself says so (its own error, not a fake)."""

import sqlite3
from typing import Any

import pytest

from vaktaal.storage import backups


def fill_the_disk_for_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy being written (`*.part`) may not grow past one page."""
    connect = sqlite3.connect

    def small_disk(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = connect(database, *args, **kwargs)
        if str(database).endswith(".part"):
            connection.execute("PRAGMA max_page_count=1")
        return connection

    monkeypatch.setattr(backups.sqlite3, "connect", small_disk)
