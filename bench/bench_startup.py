"""Benchmark: app start (new process) to an interactive profile picker. Target: <= 1.0 s.

The database already exists (second and later starts, the everyday case); the first start
of a fresh data folder is measured too. Run: .venv/bin/python bench/bench_startup.py
"""

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBE = Path(__file__).resolve().parent / "startup_probe.py"
RUNS = 7


def one_start(data_dir: str) -> float:
    started = time.time()
    result = subprocess.run(
        [sys.executable, str(PROBE), data_dir], capture_output=True, text=True, timeout=60
    )
    ready = [line for line in result.stdout.splitlines() if line.startswith("READY ")]
    if not ready:
        raise RuntimeError(f"the app did not get ready:\n{result.stderr}")
    return float(ready[0].split()[1]) - started


def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        first = one_start(data_dir)
        later = sorted(one_start(data_dir) for _ in range(RUNS))
    print(f"first start (new data folder): {first:.3f} s")
    print(
        f"later starts, {RUNS} runs: median {statistics.median(later):.3f} s, "
        f"max {later[-1]:.3f} s (target <= 1.0 s)"
    )


if __name__ == "__main__":
    main()
