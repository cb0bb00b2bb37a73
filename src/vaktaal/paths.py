"""Every place vaktaal reads or writes, in one object built at start-up."""

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "vaktaal"
DATABASE_FILE = "vaktaal.sqlite3"
DATABASE_URL_FILE = "database-url"  # kept by `vaktaal db connect`, readable by its owner only
_PASSWORD_IN_URL = re.compile(r"^(?P<head>[\w+.-]+://[^:@/]*:).*@")
_PASSWORD_IN_QUERY = re.compile(r"(?P<head>[?&]password=)[^&]*")


OWNER_ONLY = 0o700  # the data folder: no other account on the PC may read it


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    database_url: str
    assets_dir: Path
    bundled_decks_dir: Path

    @classmethod
    def create(
        cls, data_dir: str | Path | None = None, env: Mapping[str, str] = os.environ
    ) -> "Paths":
        """`--data-dir` first, then VAKTAAL_DATA_DIR, then the platform's user data folder.
        The database: VAKTAAL_DATABASE_URL, else the kept URL, else SQLite in the folder."""
        chosen = data_dir or env.get("VAKTAAL_DATA_DIR") or platformdirs.user_data_dir(APP_NAME)
        folder = Path(chosen).expanduser().resolve()
        url = (
            env.get("VAKTAAL_DATABASE_URL")
            or kept_database_url(folder)
            or f"sqlite:///{folder / DATABASE_FILE}"
        )
        shipped = _shipped_dir()
        return cls(folder, url, shipped / "assets", shipped / "decks")

    @property
    def database_url_file(self) -> Path:
        return self.data_dir / DATABASE_URL_FILE

    @property
    def media_dir(self) -> Path:
        return self.data_dir / "media"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def models_dir(self) -> Path:
        """Installed speech models, one folder each (e.g. vosk-model-small-nl-0.22)."""
        return self.data_dir / "models"

    @property
    def audio_cache_dir(self) -> Path:
        """Synthesised speech, kept so each word is made only once."""
        return self.data_dir / "audio-cache"

    @property
    def dashboard_memory_file(self) -> Path:
        """The staff dashboard's memory of the review log, kept between runs (a cache)."""
        return self.data_dir / "dashboard-memory.pickle"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "vaktaal.log"

    def ensure(self) -> None:
        """The folders made; the data folder readable by its owner only (PIN hashes,
        progress and voice recordings are in it), also when it was made before."""
        for folder in (self.data_dir, self.media_dir, self.backups_dir):
            folder.mkdir(parents=True, exist_ok=True)
        try:
            self.data_dir.chmod(OWNER_ONLY)
        except OSError as error:  # a folder of someone else's (IT chose it): leave it
            logging.getLogger(__name__).warning("Data folder left as it is: %s", error)


def kept_database_url(folder: Path) -> str | None:
    """The database this PC was connected to with `vaktaal db connect`, if any."""
    try:
        return (folder / DATABASE_URL_FILE).read_text(encoding="utf-8").strip() or None
    except (FileNotFoundError, NotADirectoryError):  # no such file, or no data folder yet
        return None


def hide_password(url: str) -> str:
    """The URL with its password shown as ***, fit for messages and the log."""
    hidden = _PASSWORD_IN_URL.sub(lambda m: f"{m['head']}***@", url, count=1)
    return _PASSWORD_IN_QUERY.sub(lambda m: f"{m['head']}***", hidden)


def _shipped_dir() -> Path:
    """Assets and bundled decks: inside an installed wheel, or at the top of a source tree.
    The desktop build (packaging/vaktaal.spec) puts them at vaktaal/_data in sys._MEIPASS,
    where its vaktaal package is, so this finds them there too."""
    package = Path(__file__).resolve().parent
    installed = package / "_data"
    return installed if installed.is_dir() else package.parent.parent
