"""scripts/start.sh: set-up, one line per step, then vaktaal with the given arguments."""

from pathlib import Path

from setup_fakes import make_machine


def test_start_sets_up_then_starts_with_the_arguments(tmp_path: Path) -> None:
    machine = make_machine(tmp_path)
    result = machine.run("start.sh", "--data-dir", "/tmp/demo", DISPLAY=":5")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "System packages: all there.",
        "Python packages: installing into .venv (once, about 2 minutes)…",
        f"Command vaktaal: written to {machine.home}/.local/bin/vaktaal"
        " (remove: bash scripts/install-launcher.sh --remove).",
        "  ~/.local/bin is now on the PATH of new shells (a line in ~/.bashrc).",
        "Starting vaktaal…",
        "vaktaal (fake) --data-dir /tmp/demo",
    ]


def test_without_a_screen_it_starts_on_a_virtual_one(tmp_path: Path) -> None:
    machine = make_machine(tmp_path)  # its environment has no DISPLAY, no WAYLAND_DISPLAY
    result = machine.run("start.sh", "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-2:] == [
        "Starting vaktaal on a virtual screen (no screen found; xvfb-run)…",
        "vaktaal (fake) --version",
    ]
    assert "xvfb-run -a -s -screen 0 1366x768x24" in machine.logged()
