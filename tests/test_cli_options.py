"""--data-dir works before or after the topic and the command, for every command."""

import json
from pathlib import Path

import pytest


@pytest.mark.parametrize(
    "arrange",
    [
        lambda d: ["--data-dir", d, "deck", "list", "--json"],
        lambda d: ["deck", "--data-dir", d, "list", "--json"],
        lambda d: ["deck", "list", "--json", "--data-dir", d],
    ],
    ids=["before-topic", "before-command", "after-command"],
)
def test_data_dir_is_honoured_wherever_it_stands(arrange, tmp_path: Path, deck_dir, cli) -> None:
    chosen = tmp_path / "chosen"
    imported = cli("deck", "import", deck_dir, "--data-dir", chosen)
    assert imported.code == 0, imported.err

    listed = cli(*arrange(str(chosen)))

    assert listed.code == 0, listed.err
    assert len(json.loads(listed.out)) == 1


def test_without_data_dir_the_environment_folder_is_used(
    deck_dir, cli, isolated_environment
) -> None:
    assert cli("deck", "import", deck_dir).code == 0
    assert (isolated_environment / "vaktaal.sqlite3").is_file()


def test_the_idle_time_is_configurable(cli, tmp_path: Path) -> None:
    data = tmp_path / "pc"
    assert cli("settings", "idle", "3", "--data-dir", data).code == 0
    shown = cli("settings", "show", "--json", "--data-dir", data)
    assert json.loads(shown.out)["idle_minutes"] == 3
    refused = cli("settings", "idle", "0", "--data-dir", data)
    assert refused.code == 1 and "minuten" in refused.err
