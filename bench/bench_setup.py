"""Benchmark: the set-up a second `bash scripts/start.sh` does before vaktaal starts.
Target: well under 1 s (issue 17). Run on a copy that is set up already:

    .venv/bin/python bench/bench_setup.py [--repo PATH] [--runs N]

It never installs: it stops when the copy's last install (the stamp in .venv) does not
match its pyproject.toml. Yardstick: Anki from PyPI does no set-up at all when it starts
(0 s); before issue 17 every start ran `pip install -e .` again, timed here as a dry run.
"""

import argparse
import hashlib
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], repo: Path) -> tuple[float, float]:
    """Wall and CPU time (the command and its children) of one run, in seconds."""
    cpu, started = children_cpu(), time.perf_counter()
    subprocess.run(command, cwd=repo, check=True, capture_output=True, timeout=600)
    return time.perf_counter() - started, children_cpu() - cpu


def is_set_up(repo: Path) -> bool:
    stamp = repo / ".venv/.vaktaal-installed"
    digest = hashlib.sha256((repo / "pyproject.toml").read_bytes()).hexdigest()
    return stamp.exists() and stamp.read_text().split()[:1] == [digest]


def report(name: str, runs: list[tuple[float, float]]) -> None:
    walls = sorted(wall for wall, _ in runs)
    cpu = statistics.median(cpu for _, cpu in runs)
    print(
        f"{name}: {len(runs)} runs, wall median {statistics.median(walls):.3f} s, "
        f"max {walls[-1]:.3f} s; CPU median {cpu:.3f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", type=Path, default=REPO)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    repo = args.repo.resolve()
    if not is_set_up(repo):
        sys.exit(f"{repo} is not set up (or pyproject.toml changed): run bash scripts/setup.sh")
    setup = [timed(["bash", "scripts/setup.sh"], repo) for _ in range(args.runs)]
    report("second start's set-up (bash scripts/setup.sh, target well under 1 s)", setup)
    dry_run = [".venv/bin/python", "-m", "pip", "install", "-q", "--dry-run", "-e", "."]
    report("before issue 17, per start: pip install -e . (dry run)", [timed(dry_run, repo)])
    print("yardstick: Anki from PyPI does no set-up when it starts: 0 s")


if __name__ == "__main__":
    main()
