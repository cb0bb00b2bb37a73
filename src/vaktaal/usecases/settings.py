"""App settings (per PC or database) and each learner's preferences."""

from dataclasses import replace

from vaktaal.storage.settings_store import (
    TEXT_SIZES,
    AppSettings,
    Preferences,
    SettingsStore,
)

MAX_IDLE_MINUTES = 240

__all__ = ["MAX_IDLE_MINUTES", "TEXT_SIZES", "AppSettings", "Preferences", "Settings"]


class Settings:
    def __init__(self, store: SettingsStore) -> None:
        self._store = store

    def app_settings(self) -> AppSettings:
        return self._store.app_settings()

    def set_idle_minutes(self, minutes: int) -> AppSettings:
        """Minutes without use before the app goes back to the profiles (ValueError outside
        1..MAX_IDLE_MINUTES)."""
        if not 1 <= minutes <= MAX_IDLE_MINUTES:
            raise ValueError(minutes)
        return self._save(replace(self._store.app_settings(), idle_minutes=minutes))

    def set_online_speech(self, enabled: bool) -> AppSettings:
        return self._save(replace(self._store.app_settings(), online_speech=enabled))

    def preferences(self, learner_id: int) -> Preferences:
        return self._store.preferences(learner_id)

    def set_text_size(self, learner_id: int, size: str) -> Preferences:
        return self._store.update_preferences(learner_id, text_size=size)

    def set_autoplay(self, learner_id: int, on: bool) -> Preferences:
        """Words (and the sounds for right and wrong) play by themselves, or only on a click."""
        return self._store.update_preferences(learner_id, autoplay=on)

    def _save(self, settings: AppSettings) -> AppSettings:
        self._store.save_app_settings(settings)
        return settings
