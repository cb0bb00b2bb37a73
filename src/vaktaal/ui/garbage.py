"""Python's cycle collector, on the GUI thread only.

Screens and flows form reference cycles (signals to bound methods, parents and children), so
they are freed by the cycle collector. Left automatic, a collection may start on a worker
thread (the task manager's) and delete Qt objects there, which crashes the app. As in Anki,
the automatic collector is turned off and a timer on the GUI thread collects instead, by
the same generation thresholds.
"""

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_when_due)
        self.timer.start(CHECK_MS)

    def collect_when_due(self) -> int:
        """Collect the generations whose count passed its threshold; returns what was freed."""
        counts = gc.get_count()
        freed = 0
        for generation in range(3):
            if counts[generation] <= self.thresholds[generation]:
                break
            freed += gc.collect(generation)
        return freed
