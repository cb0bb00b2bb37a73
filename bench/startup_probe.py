"""Child process of bench_startup.py: start the real app offscreen and print the moment the
profile picker is on screen and interactive (learners shown), as time.time()."""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vaktaal.ui.launcher import create_window, prepare_application  # noqa: E402


def main() -> None:
    app = QApplication(sys.argv[:1])
    prepare_application(app)
    window = create_window(sys.argv[1])
    window.show()

    def check() -> None:
        if window.stack.currentWidget() is window.picker and window.picker.isVisible():
            print(f"READY {time.time():.6f}", flush=True)
            app.quit()
        else:
            QTimer.singleShot(1, check)

    check()
    app.exec()
    window.close()


if __name__ == "__main__":
    main()
