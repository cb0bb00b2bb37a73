"""Benchmark: how often the summary check agrees with a teacher's grades.

The hand-graded summaries are tests/meetings_coverage/graded_summaries.toml (learners'
styles: telegram, long, wrong facts, English, mixed, ik-form, times, spoken, spelling).
Prints the agreement per point and per summary, the confusion table, the language hint's
agreement, the time per check, and every disagreement.
Run: .venv/bin/python bench/bench_summary_coverage.py
"""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "meetings_coverage"))

from graded import LEVELS, Agreement, bundled_meetings, graded_summaries, measure  # noqa: E402

from vaktaal.core.meetings.coverage import check_summary  # noqa: E402
from vaktaal.core.pictograms import PictogramLibrary  # noqa: E402
from vaktaal.paths import Paths  # noqa: E402

RUNS = 20


def main() -> None:
    library = PictogramLibrary(Paths.create("/nonexistent-vaktaal-bench").assets_dir)
    meetings = bundled_meetings(library)
    summaries = graded_summaries()
    tuned = [s for s in summaries if not s.holdout]
    held_out = [s for s in summaries if s.holdout]
    for title, part in (("tuned on", tuned), ("held out", held_out), ("all", summaries)):
        report(title, measure(part, meetings), len({s.meeting for s in part}))
    started = time.perf_counter()
    for _ in range(RUNS):
        for summary in summaries:
            check_summary(meetings[summary.meeting], summary.text)
    per_check = (time.perf_counter() - started) / (RUNS * len(summaries))
    print(f"time per check: {per_check * 1000:.2f} ms")
    for line in measure(summaries, meetings).disagreements:
        print("  " + line)


def report(title: str, result: Agreement, meeting_count: int) -> None:
    print(f"== {title}: {result.summaries} summaries of {meeting_count} meetings")
    print(
        f"per point:   {result.items_agreeing}/{result.items} agree "
        f"({result.item_share:.1%}); covered <-> missed: {result.two_apart}"
    )
    print(
        f"per summary: {result.summaries_agreeing}/{result.summaries} agree on every point "
        f"({result.summary_share:.1%}); mean score gap {result.mean_score_gap:.3f}"
    )
    print(f"language:    {result.languages_agreeing}/{result.summaries} agree")
    print("teacher \\ checker  " + "  ".join(f"{level:>8}" for level in LEVELS))
    for teacher in LEVELS:
        row = "  ".join(f"{result.confusion[(teacher, found)]:>8}" for found in LEVELS)
        print(f"{teacher:>17}  {row}")


if __name__ == "__main__":
    main()
