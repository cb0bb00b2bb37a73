"""Benchmark: the integrity check at start (storage/integrity.check_database: PRAGMA
quick_check and the tables the schema needs) on the staff workplace of bench/staff_data.py
(200 learners, about 540,000 reviews, a file of about 100 MB). Warm: the file in the page
cache (as on a second start); cold: the page cache dropped first (needs root, Linux).

Run: .venv/bin/python bench/bench_integrity_check.py [FOLDER] [--rounds 5]
"""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from staff_data import make_staff_data  # noqa: E402
from vaktaal.storage.database import HEAD_REVISION  # noqa: E402
from vaktaal.storage.integrity import check_database  # noqa: E402

DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default="bench-staff-data", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    backend = make_staff_data(arguments.folder)
    database = backend.paths.data_dir / "vaktaal.sqlite3"
    url, backups = backend.paths.database_url, backend.paths.backups_dir
    backend.close()
    print(f"file: {database.stat().st_size / 1e6:.0f} MB")
    warm = [_timed(url, backups) for _ in range(arguments.rounds)]
    print(f"warm: median {statistics.median(warm) * 1000:.0f} ms, max {max(warm) * 1000:.0f} ms")
    if not _can_drop_caches():
        print("cold: not measured (dropping the page cache needs root on Linux)")
        return
    cold = []
    for _ in range(arguments.rounds):
        _drop_caches()
        cold.append(_timed(url, backups))
    print(f"cold: median {statistics.median(cold) * 1000:.0f} ms, max {max(cold) * 1000:.0f} ms")


def _timed(url: str, backups: Path) -> float:
    start = time.perf_counter()
    check_database(url, backups, HEAD_REVISION)  # raises DatabaseDamaged: not here
    return time.perf_counter() - start


def _can_drop_caches() -> bool:
    try:
        with DROP_CACHES.open("w"):
            return True
    except OSError:
        return False


def _drop_caches() -> None:
    subprocess.run(["sync"], check=True)
    DROP_CACHES.write_text("3\n")


if __name__ == "__main__":
    main()
