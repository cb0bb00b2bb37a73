"""Child process of bench_startup.py: start vaktaal as `vaktaal --data-dir DIR` does and
print a READY line (startup_clock.py) at the first paint of the profile picker and a USABLE
line when the other pages and the controller are made too (a click is handled from then
on; one given earlier waits for it); then close the app as a person would (queued database
work is finished).

Nothing is imported before vaktaal's own start: the probe hooks into the launcher when
vaktaal imports it, and only then imports Qt (already loaded by vaktaal at that moment)."""

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from startup_clock import ready_line
from vaktaal.__main__ import main

LAUNCHER = "vaktaal.ui.launcher"


class LauncherHook(importlib.abc.MetaPathFinder):
    """When the launcher is imported: its prepare_application also installs the watcher."""

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name != LAUNCHER:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None
        run_module = spec.loader.exec_module

        def run_and_hook(module: ModuleType) -> None:
            run_module(module)
            module.prepare_application = _watching(module.prepare_application)

        spec.loader.exec_module = run_and_hook  # type: ignore[method-assign]
        return spec


def _watching(prepare: Callable[[Any], None]) -> Callable[[Any], None]:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    class PickerPainted(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if not self.done and event.type() == QEvent.Type.Paint and _on_picker(watched):
                self.done = True
                print(ready_line(), flush=True)
                QTimer.singleShot(0, usable)
            return False

    def _on_picker(widget: QObject) -> bool:
        if not isinstance(widget, QWidget):
            return False
        picker = getattr(widget.window(), "picker", None)
        stack = getattr(widget.window(), "stack", None)
        if picker is None or stack is None or stack.currentWidget() is not picker:
            return False
        return widget is picker or bool(picker.isAncestorOf(widget))

    def usable() -> None:
        print(ready_line().replace("READY", "USABLE"), flush=True)
        QApplication.closeAllWindows()

    painted = PickerPainted()

    def prepare_and_watch(app: QApplication) -> None:
        app.installEventFilter(painted)
        prepare(app)

    return prepare_and_watch


if __name__ == "__main__":
    sys.meta_path.insert(0, LauncherHook())
    sys.exit(main(["--data-dir", sys.argv[1]]))
