"""Cycles are collected on the GUI thread only (ui/garbage.py)."""

import gc

from vaktaal.ui.garbage import GuiThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cycle collector frees it


def test_the_collector_turns_automatic_collection_off_and_collects_on_its_timer(qapp) -> None:
    was_enabled = gc.isenabled()
    collector = GuiThreadCollector(qapp)
    try:
        assert not gc.isenabled()
        assert collector.timer.isActive()
        for _ in range(collector.thresholds[0] * 3):
            Node()
        assert collector.collect_when_due() > 0
        assert collector.collect_when_due() == 0  # nothing due right after
    finally:
        collector.timer.stop()
        collector.deleteLater()
        if was_enabled:
            gc.enable()
