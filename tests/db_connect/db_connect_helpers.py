"""Shared by the db-connect tests: where the URL is kept, what a failure leaves behind."""

from pathlib import Path
from typing import Any

from vaktaal.paths import Paths

PASSWORD = "Geheim-Wachtwoord-4711"  # distinctive: searched for in output and log


def kept_file() -> Path:
    return Paths.create(None).database_url_file


def log_text() -> str:
    log = Paths.create(None).log_file
    return log.read_text(encoding="utf-8") if log.exists() else ""


def assert_refused(result: Any, words: str, password: str = PASSWORD) -> None:
    """Refused with its own message; nothing kept; the password nowhere to be read."""
    assert result.code == 3, result
    assert words in result.err, result.err
    assert "Er ging iets mis" not in result.err
    assert not kept_file().exists()
    for text in (result.out, result.err, log_text()):
        assert password not in text
    assert "not opened" in log_text()  # the failure is logged, without the password


def with_password(url: str, password: str = PASSWORD) -> str:
    """The URL with another password (the harness's is vaktaal-test)."""
    head, _, rest = url.partition("://")
    user_part, _, address = rest.partition("@")
    user = user_part.split(":", 1)[0]
    return f"{head}://{user}:{password}@{address}"
