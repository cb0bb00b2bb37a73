"""App-wide settings (plain JSON values in the database) and per-learner preferences."""

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from vaktaal.storage.tables import LearnerRow, SettingRow

TEXT_SIZES = ("normal", "large", "xlarge")


@dataclass(frozen=True)
class AppSettings:
    idle_minutes: int = 5  # back to the profile picker after this long without input
    online_speech: bool = False  # gTTS may send texts to Google for a nicer voice (opt-in)


@dataclass(frozen=True)
class Preferences:
    text_size: str = "normal"
    daily_goal: int = 20
    autoplay: bool = True  # words play by themselves, with a sound for right and wrong


class SettingsStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def app_settings(self) -> AppSettings:
        with Session(self.engine) as session:
            stored = {row.key: row.value for row in session.query(SettingRow)}
        return AppSettings(**_known(AppSettings, stored))

    def save_app_settings(self, settings: AppSettings) -> None:
        with Session(self.engine) as session, session.begin():
            for key, value in asdict(settings).items():
                session.merge(SettingRow(key=key, value=value))

    def preferences(self, learner_id: int) -> Preferences:
        with Session(self.engine) as session:
            row = session.get_one(LearnerRow, learner_id)
            return Preferences(**_known(Preferences, row.preferences or {}))

    def update_preferences(self, learner_id: int, **changes: Any) -> Preferences:
        with Session(self.engine) as session, session.begin():
            row = session.get_one(LearnerRow, learner_id)
            updated = replace(Preferences(**_known(Preferences, row.preferences or {})), **changes)
            if updated.text_size not in TEXT_SIZES:
                raise ValueError(f"unknown text size {updated.text_size!r}")
            if not isinstance(updated.autoplay, bool):
                raise ValueError(f"autoplay is on or off, not {updated.autoplay!r}")
            row.preferences = asdict(updated)
            return updated


def _known(kind: type, stored: dict[str, Any]) -> dict[str, Any]:
    """Only the fields this version knows, so old or newer settings never break start-up."""
    names = {field.name for field in fields(kind)}
    return {key: value for key, value in stored.items() if key in names}
