"""Where vaktaal keeps its data: --data-dir, then VAKTAAL_DATA_DIR, then platformdirs."""

from pathlib import Path

import platformdirs

from vaktaal.app import open_backend
from vaktaal.paths import APP_NAME, DATABASE_FILE, Paths


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{folder.resolve() / DATABASE_FILE}"


def test_data_dir_argument_beats_the_environment(tmp_path):
    chosen, from_env = tmp_path / "chosen", tmp_path / "env"
    paths = Paths.create(chosen, {"VAKTAAL_DATA_DIR": str(from_env)})
    assert paths.data_dir == chosen.resolve()
    assert paths.database_url == sqlite_url(chosen)


def test_environment_beats_platformdirs(tmp_path, monkeypatch):
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "pd"))
    from_env = tmp_path / "env"
    paths = Paths.create(None, {"VAKTAAL_DATA_DIR": str(from_env)})
    assert paths.data_dir == from_env.resolve()
    assert paths.database_url == sqlite_url(from_env)


def test_platformdirs_when_nothing_is_given(tmp_path, monkeypatch):
    asked = []

    def user_data_dir(name, *args, **kwargs):
        asked.append(name)
        return str(tmp_path / "pd")

    monkeypatch.setattr(platformdirs, "user_data_dir", user_data_dir)
    paths = Paths.create(None, {})
    assert asked == [APP_NAME]
    assert paths.data_dir == (tmp_path / "pd").resolve()
    assert paths.database_url == sqlite_url(tmp_path / "pd")


def test_real_platformdirs_location_is_used_by_default():
    expected = Path(platformdirs.user_data_dir(APP_NAME)).expanduser().resolve()
    assert Paths.create(None, {}).data_dir == expected


def test_database_url_from_the_environment(tmp_path):
    url = f"sqlite:///{tmp_path / 'elders' / 'andere.sqlite3'}"
    for data_dir in (tmp_path / "chosen", None):
        env = {"VAKTAAL_DATABASE_URL": url, "VAKTAAL_DATA_DIR": str(tmp_path / "env")}
        paths = Paths.create(data_dir, env)
        assert paths.database_url == url
    assert paths.data_dir == (tmp_path / "env").resolve()


def test_open_services_uses_the_database_url_from_the_environment(tmp_path):
    (tmp_path / "elders").mkdir()
    database = tmp_path / "elders" / "andere.sqlite3"
    services = open_backend(tmp_path / "data", {"VAKTAAL_DATABASE_URL": f"sqlite:///{database}"})
    try:
        services.learners.add("Amal", ["ar"])
    finally:
        services.close()
    assert database.is_file()
    assert not (tmp_path / "data" / DATABASE_FILE).exists()
    assert (tmp_path / "data" / "media").is_dir()


def test_derived_folders_live_in_the_data_dir(tmp_path):
    paths = Paths.create(tmp_path / "data", {})
    assert paths.media_dir.parent == paths.data_dir
    assert paths.backups_dir.parent == paths.data_dir
    assert paths.log_file.parent == paths.data_dir
    paths.ensure()
    assert paths.media_dir.is_dir() and paths.backups_dir.is_dir()


def test_home_is_expanded(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert Paths.create("~/vaktaal-data", {}).data_dir == (tmp_path / "vaktaal-data").resolve()


def test_cli_data_dir_beats_the_environment(tmp_path, monkeypatch, cli):
    monkeypatch.setenv("VAKTAAL_DATA_DIR", str(tmp_path / "env"))
    result = cli("learner", "add", "Amal", "--language", "ar", "--data-dir", tmp_path / "chosen")
    assert result.code == 0, result.err
    assert (tmp_path / "chosen" / DATABASE_FILE).is_file()
    assert not (tmp_path / "env").exists()

    result = cli("learner", "add", "Yonas", "--language", "ti")
    assert result.code == 0, result.err
    assert (tmp_path / "env" / DATABASE_FILE).is_file()


def test_the_data_folder_is_for_its_owner_only(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    (folder / "vaktaal.sqlite3").write_bytes(b"")
    paths = Paths.create(folder)
    paths.ensure()
    assert folder.stat().st_mode & 0o777 == 0o700  # also a folder made before, as 0755
