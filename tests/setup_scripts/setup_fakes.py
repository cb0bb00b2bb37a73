"""A copy of the set-up scripts in a temporary repository, with fake system commands.

The fakes (dpkg-query, apt-get, sudo, id, python) log what they were asked to do in one
file, so a test sees which install steps ran without apt, pip or the network.
"""

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = ["setup.sh", "start.sh", "install-launcher.sh", "apt-packages.txt"]

FAKE_DPKG_QUERY = """#!/bin/sh
# Every package is installed except those named in $FAKE_MISSING.
for arg in "$@"; do
  case "$arg" in -*) continue ;; esac
  case " $FAKE_MISSING " in *" $arg "*) continue ;; esac
  echo "install ok installed $arg"
done
"""
FAKE_APT_GET = """#!/bin/sh
echo "apt-get $*" >>"$FAKE_LOG"
"""
FAKE_SUDO = """#!/bin/sh
echo "sudo $1" >>"$FAKE_LOG"
exec "$@"
"""
FAKE_ID = """#!/bin/sh
echo "${FAKE_UID:-1000}"
"""
# The Python that makes the venv; the venv's Python is this script too.
FAKE_PYTHON = """#!/bin/sh
case "$1" in
-c) [ -z "$FAKE_PYTHON_TOO_OLD" ] ;;
-m)
  case "$2" in
  venv)
    mkdir -p "$3/bin" && cp "$0" "$3/bin/python" ;;
  pip)
    echo "pip $*" >>"$FAKE_LOG"
    [ -z "$FAKE_PIP_FAILS" ] || exit 1
    printf '#!/bin/sh\\necho "vaktaal (fake) $*"\\n' >.venv/bin/vaktaal
    chmod +x .venv/bin/vaktaal ;;
  esac ;;
esac
"""
FAKE_XVFB_RUN = """#!/bin/sh
echo "xvfb-run $1 $2 $3" >>"$FAKE_LOG"
shift 3
exec "$@"
"""
FAKES = {
    "xvfb-run": FAKE_XVFB_RUN,
    "dpkg-query": FAKE_DPKG_QUERY,
    "apt-get": FAKE_APT_GET,
    "sudo": FAKE_SUDO,
    "id": FAKE_ID,
    "python3": FAKE_PYTHON,
}


@dataclass
class FakeMachine:
    repo: Path
    home: Path
    log: Path
    env: dict[str, str]

    def run(self, script: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        """Runs scripts/SCRIPT in the copy; extra keyword arguments are set in the env."""
        return subprocess.run(
            ["bash", str(self.repo / "scripts" / script), *args],
            env=self.env | env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    def logged(self) -> list[str]:
        return self.log.read_text().splitlines() if self.log.exists() else []

    def pip_installs(self) -> list[str]:
        return [line for line in self.logged() if " -e " in line]


def make_machine(tmp_path: Path) -> FakeMachine:
    repo = tmp_path / "the repo"  # a space: every path in the scripts must be quoted
    (repo / "scripts").mkdir(parents=True)
    for name in SCRIPTS:
        shutil.copy2(REPO / "scripts" / name, repo / "scripts" / name)
    shutil.copy2(REPO / "pyproject.toml", repo / "pyproject.toml")
    fakes = tmp_path / "fakes"
    fakes.mkdir()
    for name, text in FAKES.items():
        (fakes / name).write_text(text)
        (fakes / name).chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    log = tmp_path / "commands.log"
    env = {
        "PATH": f"{fakes}:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "FAKE_LOG": str(log),
        "PYTHON": str(fakes / "python3"),
        "VAKTAAL_APT_LOCKS": str(tmp_path / "apt.lock"),
        # a fake root must not write the real /usr/local/bin/vaktaal
        "VAKTAAL_SYSTEM_BIN_DIR": str(tmp_path / "usr-local-bin"),
    }
    return FakeMachine(repo, home, log, env)


def shell_env(machine: FakeMachine) -> dict[str, str]:
    """What a new shell of this user starts with: no PATH of ours, no fakes."""
    return {"HOME": str(machine.home), "PATH": "/usr/bin:/bin", "TERM": "dumb"}
