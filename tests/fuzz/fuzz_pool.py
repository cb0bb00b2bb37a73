"""Run many fuzz cases in worker processes, each bounded in memory (RLIMIT_AS) and time.

A worker reads "importer index" lines, makes each case in a fresh folder, runs it against a
fresh copy of a migrated data folder and writes its verdict as a JSON line. The pool kills a
worker that takes longer than HARD_TIMEOUT on one case (over-time) and starts a new one; a
worker that dies counts as over-memory (the kernel or the allocator gave up).
"""

import argparse
import json
import os
import resource
import selectors
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
PATHS = [str(HERE), str(TESTS), str(TESTS / "authoring_anki"), str(TESTS / "meetings_format")]
MEMORY_LIMIT = 1024**3
HARD_TIMEOUT = 30.0
OUTCOMES = (
    "success", "specific", "generic", "partial", "outside", "symlink", "over-time",
    "over-memory", "leftover-media", "harness",
)  # fmt: skip
BAD = frozenset(OUTCOMES) - {"success", "specific"}


def tasks(count: int, importers: tuple[str, ...]) -> Iterator[tuple[str, int]]:
    for number in range(count):
        yield importers[number % len(importers)], number // len(importers)


@dataclass
class Results:
    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    samples: dict[tuple[str, str], str] = field(default_factory=dict)
    slowest: dict[str, float] = field(default_factory=dict)
    progress: bool = False  # a line on stderr every 1,000 inputs

    def add(self, importer: str, index: int, outcome: str, seconds: float, detail: str) -> None:
        self.counts[importer][outcome] += 1
        done = sum(sum(counter.values()) for counter in self.counts.values())
        if self.progress and done % 1000 == 0:
            print(f"{done} inputs done", file=sys.stderr, flush=True)
        self.samples.setdefault((importer, outcome), f"#{index}: {detail}")
        self.slowest[importer] = max(self.slowest.get(importer, 0.0), seconds)

    def bad(self) -> dict[tuple[str, str], str]:
        return {key: sample for key, sample in self.samples.items() if key[1] in BAD}

    def table(self) -> str:
        head = f"{'importer':<12}" + "".join(f"{name:>15}" for name in OUTCOMES) + f"{'max s':>8}"
        lines = [head]
        for importer, counter in sorted(self.counts.items()):
            cells = "".join(f"{counter[name]:>15}" for name in OUTCOMES)
            lines.append(f"{importer:<12}{cells}{self.slowest[importer]:>8.1f}")
        return "\n".join(lines)


class _Worker:
    def __init__(self, seed: int, cache: Path, template: Path, memory: int) -> None:
        command = [sys.executable, str(Path(__file__)), "--worker", "--seed", str(seed)]
        command += ["--cache", str(cache), "--template", str(template), "--memory", str(memory)]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(PATHS)}
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=env, text=True, bufsize=1,
        )  # fmt: skip
        self.task: tuple[str, int] | None = None
        self.started = 0.0

    def give(self, task: tuple[str, int]) -> None:
        assert self.process.stdin is not None
        self.task, self.started = task, time.monotonic()
        self.process.stdin.write(f"{task[0]} {task[1]}\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()


def run_pool(
    count: int,
    seed: int,
    importers: tuple[str, ...],
    workers: int = 2,
    memory: int = MEMORY_LIMIT,
    progress: bool = False,
) -> Results:
    work = Path(tempfile.mkdtemp(prefix="vaktaal-fuzz-"))
    cache = Path(tempfile.gettempdir()) / "vaktaal-fuzz-cache"
    try:
        template = _prepare(work, cache)
        todo = list(tasks(count, importers))
        return _drive(todo, lambda: _Worker(seed, cache, template, memory), workers, progress)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _prepare(work: Path, cache: Path) -> Path:
    """The packed bomb and the template data folder, made once before the workers start."""
    sys.path[:0] = [p for p in PATHS if p not in sys.path]
    from fuzz_corpus import _packed_zeros
    from fuzz_runner import close_log, template_data

    _packed_zeros(cache)
    template = template_data(work / "template")
    close_log(template)
    return template


def _drive(
    todo: list[tuple[str, int]], start: Callable[[], _Worker], size: int, progress: bool
) -> Results:
    results, pending = Results(progress=progress), list(reversed(todo))
    selector = selectors.DefaultSelector()
    pool = [start() for _ in range(min(size, len(todo)))]
    for worker in pool:
        _next(worker, pending, selector)
    while selector.get_map():
        for key, _events in selector.select(timeout=1.0):
            worker = key.data
            line = worker.process.stdout.readline()
            selector.unregister(worker.process.stdout)
            if line:
                verdict = json.loads(line)
                results.add(
                    worker.task[0],
                    worker.task[1],
                    verdict["outcome"],
                    verdict["seconds"],
                    verdict["detail"],
                )
                _next(worker, pending, selector)
            else:  # the worker died: memory, a crash in C code
                _replace(worker, "over-memory", results, pending, selector, pool, start)
        for worker in list(pool):
            if worker.task is not None and time.monotonic() - worker.started > HARD_TIMEOUT:
                selector.unregister(worker.process.stdout)
                _replace(worker, "over-time", results, pending, selector, pool, start)
    for worker in pool:
        worker.stop()
    return results


def _next(
    worker: _Worker, pending: list[tuple[str, int]], selector: selectors.BaseSelector
) -> None:
    worker.task = None
    if pending:
        worker.give(pending.pop())
        selector.register(worker.process.stdout, selectors.EVENT_READ, worker)  # type: ignore[arg-type]


def _replace(worker, outcome, results, pending, selector, pool, start):  # type: ignore[no-untyped-def]
    importer, index = worker.task
    results.add(importer, index, outcome, time.monotonic() - worker.started, "worker ended")
    worker.stop()
    pool.remove(worker)
    fresh = start()
    pool.append(fresh)
    _next(fresh, pending, selector)


# -- the worker ---------------------------------------------------------------------------


def worker_main(arguments: argparse.Namespace) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (arguments.memory, arguments.memory))
    from fuzz_cases import make_case
    from fuzz_runner import run_case

    for line in sys.stdin:
        importer, index = line.split()
        root = Path(tempfile.mkdtemp(prefix="case-", dir=arguments.template.parent))
        try:
            case = make_case(importer, int(index), arguments.seed, root, arguments.cache)
            verdict = run_case(case, arguments.template)
            answer = {
                "outcome": verdict.outcome,
                "seconds": verdict.seconds,
                "detail": verdict.detail,
            }
        except MemoryError:
            answer = {"outcome": "over-memory", "seconds": 0.0, "detail": "MemoryError"}
        except Exception as error:  # a fault of the fuzzer itself: counted, never hidden
            answer = {"outcome": "harness", "seconds": 0.0, "detail": repr(error)[:300]}
        finally:
            shutil.rmtree(root, ignore_errors=True)
        print(json.dumps(answer), flush=True)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--worker", action="store_true")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--template", type=Path)
    parser.add_argument("--memory", type=int, default=MEMORY_LIMIT)
    return parser.parse_args()


if __name__ == "__main__":
    worker_main(_arguments())
