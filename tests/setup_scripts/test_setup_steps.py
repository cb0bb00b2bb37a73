"""scripts/setup.sh skips every install step whose inputs did not change."""

import subprocess
import sys
import time
from pathlib import Path

import pytest
from setup_fakes import FakeMachine, make_machine


@pytest.fixture
def machine(tmp_path: Path) -> FakeMachine:
    return make_machine(tmp_path)


def test_the_second_run_installs_nothing(machine: FakeMachine) -> None:
    first = machine.run("setup.sh")
    assert first.returncode == 0, first.stderr
    assert machine.pip_installs() == ["pip -m pip install -q -e ."]
    second = machine.run("setup.sh")
    assert second.returncode == 0, second.stderr
    assert machine.pip_installs() == ["pip -m pip install -q -e ."]
    assert "Python packages: up to date (.venv)." in second.stdout.splitlines()


def test_a_changed_pyproject_installs_again(machine: FakeMachine) -> None:
    machine.run("setup.sh")
    with (machine.repo / "pyproject.toml").open("a") as pyproject:
        pyproject.write("# a new dependency\n")
    again = machine.run("setup.sh")
    assert again.returncode == 0, again.stderr
    assert len(machine.pip_installs()) == 2


def test_dev_covers_the_app_but_not_the_other_way(machine: FakeMachine) -> None:
    machine.run("setup.sh")
    machine.run("setup.sh", "dev")
    assert machine.pip_installs()[-1] == "pip -m pip install -q -e .[dev]"
    machine.run("setup.sh")
    machine.run("setup.sh", "dev")
    assert len(machine.pip_installs()) == 2


def test_a_failed_install_is_tried_again(machine: FakeMachine) -> None:
    failed = machine.run("setup.sh", FAKE_PIP_FAILS="1")
    assert failed.returncode != 0
    again = machine.run("setup.sh")
    assert again.returncode == 0, again.stderr
    assert "installing into .venv" in again.stdout
    assert len(machine.pip_installs()) == 1  # the failed one stopped at the pip upgrade


def test_a_too_old_python_says_what_to_do(machine: FakeMachine) -> None:
    result = machine.run("setup.sh", FAKE_PYTHON_TOO_OLD="1")
    assert result.returncode == 1
    assert "needs Python 3.11 or newer" in result.stderr
    assert "PYTHON=" in result.stderr
    assert machine.pip_installs() == []


def test_apt_runs_only_for_missing_packages(machine: FakeMachine) -> None:
    result = machine.run("setup.sh")
    assert "System packages: all there." in result.stdout
    assert not [line for line in machine.logged() if "apt-get" in line]
    missing = machine.run("setup.sh", FAKE_MISSING="xvfb espeak-ng", FAKE_UID="0")
    assert missing.returncode == 0, missing.stderr
    assert "System packages: installing espeak-ng xvfb (once)…" in missing.stdout
    apt = [line for line in machine.logged() if line.startswith("apt-get")]
    assert apt == [
        "apt-get -o DPkg::Lock::Timeout=600 update -qq",
        "apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends espeak-ng xvfb",
    ]


def test_a_user_installs_with_sudo(machine: FakeMachine) -> None:
    machine.run("setup.sh", FAKE_MISSING="xvfb", FAKE_UID="1000")
    assert machine.logged()[:2] == ["sudo env", "apt-get -o DPkg::Lock::Timeout=600 update -qq"]


HOLD_LOCK = """
import fcntl, sys, time
lock = open(sys.argv[1], "w")
fcntl.lockf(lock, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(float(sys.argv[2]))
"""


def test_a_held_apt_lock_is_waited_for_with_a_message(machine: FakeMachine, tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(tmp_path / "apt.lock"), "1.5"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    started = time.monotonic()
    result = machine.run("setup.sh", FAKE_MISSING="xvfb", FAKE_UID="0")
    waited = time.monotonic() - started
    holder.wait(timeout=10)
    assert result.returncode == 0, result.stderr
    waiting = [line for line in result.stdout.splitlines() if line.startswith("Waiting")]
    assert len(waiting) == 1
    assert waiting[0].startswith(
        f"Waiting for another program that uses apt to finish: process {holder.pid} ("
    )
    assert waited >= 1.0
    assert any(line.startswith("apt-get") and "install" in line for line in machine.logged())
