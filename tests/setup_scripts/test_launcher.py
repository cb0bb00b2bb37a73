"""scripts/install-launcher.sh leaves a `vaktaal` command that works in a new shell."""

import subprocess
from pathlib import Path

import pytest
from setup_fakes import FakeMachine, make_machine, shell_env

SKEL_PROFILE = Path("/etc/skel/.profile")  # Debian's: ~/.local/bin on the PATH at login


@pytest.fixture
def machine(tmp_path: Path) -> FakeMachine:
    machine = make_machine(tmp_path)
    assert machine.run("setup.sh").returncode == 0  # a (fake) .venv/bin/vaktaal
    return machine


def new_shell(machine: FakeMachine, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", *options, "-c", "vaktaal --version"],
        env=shell_env(machine),
        cwd=machine.home,
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_a_user_gets_the_command_in_a_new_shell(machine: FakeMachine) -> None:
    launcher = machine.home / ".local/bin/vaktaal"
    assert launcher.stat().st_mode & 0o111
    interactive = new_shell(machine, "-i")
    assert interactive.stdout == "vaktaal (fake) --version\n", interactive.stderr


def test_a_login_shell_finds_it_too(machine: FakeMachine) -> None:
    if not SKEL_PROFILE.exists():
        pytest.skip("not Debian: no /etc/skel/.profile")
    (machine.home / ".profile").write_text(SKEL_PROFILE.read_text())
    login = new_shell(machine, "-l")
    assert login.stdout == "vaktaal (fake) --version\n", login.stderr


def test_the_bashrc_line_is_added_once(machine: FakeMachine) -> None:
    again = machine.run("setup.sh")
    assert f"Command vaktaal: {machine.home}/.local/bin/vaktaal" in again.stdout.splitlines()
    bashrc = (machine.home / ".bashrc").read_text()
    assert bashrc.count("# vaktaal: ~/.local/bin on the PATH") == 1
    assert bashrc.count('export PATH="$HOME/.local/bin:$PATH"') == 1


def test_root_uses_usr_local_bin(machine: FakeMachine) -> None:
    where = machine.run("install-launcher.sh", "--where", FAKE_UID="0", VAKTAAL_SYSTEM_BIN_DIR="")
    assert where.stdout == "/usr/local/bin/vaktaal\n"  # --where only says it; writes nothing
    sandbox = machine.run("install-launcher.sh", FAKE_UID="0")
    assert sandbox.returncode == 0 and machine.env["VAKTAAL_SYSTEM_BIN_DIR"] in sandbox.stdout


def test_a_chosen_folder_gets_no_bashrc_line(machine: FakeMachine, tmp_path: Path) -> None:
    (machine.home / ".bashrc").unlink()
    result = machine.run("install-launcher.sh", VAKTAAL_BIN_DIR=str(tmp_path / "bin"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "bin/vaktaal").exists()
    assert not (machine.home / ".bashrc").exists()


def test_a_foreign_vaktaal_is_left_alone(machine: FakeMachine, tmp_path: Path) -> None:
    foreign = tmp_path / "bin/vaktaal"
    foreign.parent.mkdir()
    foreign.write_text("#!/bin/sh\necho someone else's vaktaal\n")
    for args in [(), ("--remove",)]:
        result = machine.run("install-launcher.sh", *args, VAKTAAL_BIN_DIR=str(foreign.parent))
        assert result.returncode == 0, result.stderr
        assert "not ours; left alone" in result.stdout
        assert foreign.read_text() == "#!/bin/sh\necho someone else's vaktaal\n"


def test_our_launcher_of_another_copy_is_replaced(machine: FakeMachine) -> None:
    launcher = machine.home / ".local/bin/vaktaal"
    launcher.write_text(launcher.read_text().replace("the repo", "an old copy"))
    machine.run("install-launcher.sh")
    assert "an old copy" not in launcher.read_text()
    assert new_shell(machine, "-i").stdout == "vaktaal (fake) --version\n"


def test_remove_takes_away_the_launcher_and_the_line(machine: FakeMachine) -> None:
    bashrc = machine.home / ".bashrc"
    bashrc.write_text("alias ll='ls -l'\n")
    machine.run("install-launcher.sh", "--remove")
    machine.run("install-launcher.sh")
    result = machine.run("install-launcher.sh", "--remove")
    assert result.returncode == 0, result.stderr
    assert not (machine.home / ".local/bin/vaktaal").exists()
    assert bashrc.read_text().strip() == "alias ll='ls -l'"


def test_without_the_venv_it_says_what_to_do(machine: FakeMachine) -> None:
    (machine.repo / ".venv/bin/vaktaal").unlink()
    result = new_shell(machine, "-i")
    assert result.returncode == 1
    assert f"vaktaal is not installed in {machine.repo}/.venv" in result.stderr
    assert f"run bash {machine.repo}/scripts/start.sh" in result.stderr


def test_another_vaktaal_first_on_the_path_is_named(machine: FakeMachine, tmp_path: Path) -> None:
    other = tmp_path / "pipx/vaktaal"
    other.parent.mkdir()
    other.write_text("#!/bin/sh\n")
    other.chmod(0o755)
    path = f"{other.parent}:{machine.env['PATH']}"
    result = machine.run("install-launcher.sh", PATH=path)
    assert f"  Note: {other} comes first on the PATH" in result.stdout
    ours_first = f"{machine.home}/.local/bin:{path}"
    assert "Note:" not in machine.run("install-launcher.sh", PATH=ours_first).stdout
