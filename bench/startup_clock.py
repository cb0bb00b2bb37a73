"""Shared by the start-up probes of vaktaal and Anki (no Qt here: each probe has its own
binding). The probe prints one line when the window is painted:
`READY <time.time()> <CPU seconds of the process and its child processes so far>`."""

import os
import time
from pathlib import Path


def ready_line() -> str:
    return f"READY {time.time():.6f} {cpu_seconds():.3f}"


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and every process it started that still
    runs (Anki's web view runs in its own processes)."""
    ticks = os.sysconf("SC_CLK_TCK")
    children = sum(_own_ticks(pid) for pid in _descendants(os.getpid()))
    return time.process_time() + children / ticks


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in map(int, children):
            found += [child, *_descendants(child)]
    return found


def _own_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:  # ended meanwhile
        return 0
    return int(fields[11]) + int(fields[12])  # utime, stime
