"""Every place vaktaal reads or writes, in one object built at start-up."""

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "vaktaal"
DATABASE_FILE = "vaktaal.sqlite3"


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
        """`--data-dir` first, then VAKTAAL_DATA_DIR, then the platform's user data folder."""
        chosen = data_dir or env.get("VAKTAAL_DATA_DIR") or platformdirs.user_data_dir(APP_NAME)
        folder = Path(chosen).expanduser().resolve()
        url = env.get("VAKTAAL_DATABASE_URL") or f"sqlite:///{folder / DATABASE_FILE}"
        shipped = _shipped_dir()
        return cls(folder, url, shipped / "assets", shipped / "decks")

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
        for folder in (self.data_dir, self.media_dir, self.backups_dir):
            folder.mkdir(parents=True, exist_ok=True)


def _shipped_dir() -> Path:
    """Assets and bundled decks: inside an installed wheel, or at the top of a source tree."""
    package = Path(__file__).resolve().parent
    installed = package / "_data"
    return installed if installed.is_dir() else package.parent.parent
