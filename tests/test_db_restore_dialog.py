"""The app finds its data damaged: a dialog offers the newest good backup by its date, Enter
puts it back (the damaged file kept aside) and the app starts; without a backup it says what
to do. Offscreen, through the real launcher."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vaktaal.app import open_backend  # noqa: E402
from vaktaal.core.clock import FakeClock  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.storage.backups import copy_sqlite  # noqa: E402
from vaktaal.ui.launcher import create_window  # noqa: E402
from vaktaal.ui.restore_dialog import RestoreDialog  # noqa: E402

BACKUP = "vaktaal-20261201-030000-daily.sqlite3"
WAIT_MS = 20_000


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Amal in the backup; then the file is overwritten with garbage in its second page."""
    folder = tmp_path / "data"
    backend = open_backend(folder, env={})
    backend.learners.add("Amal", ["ar"])
    backend.close()
    database = folder / "vaktaal.sqlite3"
    copy_sqlite(database, folder / "backups" / BACKUP)
    with database.open("r+b") as file:
        file.seek(4096)
        file.write(b"\xa5" * 4096)
    return folder


def _start(qtbot, folder: Path):  # type: ignore[no-untyped-def]
    clock = FakeClock(datetime(2026, 12, 7, 9, tzinfo=UTC))
    window = create_window(folder, clock=clock, speaker=FakeSpeaker())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), RestoreDialog), timeout=WAIT_MS
    )
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RestoreDialog)
    return window, dialog


def _texts(dialog: RestoreDialog) -> str:
    return " ".join(label.text() for label in dialog.lines)


def test_enter_puts_the_backup_back_and_the_app_starts(qtbot, data_dir: Path) -> None:
    window, dialog = _start(qtbot, data_dir)
    assert "kapot" in window.status.text()  # behind the dialog, the same message
    assert dialog.restore_button.isVisible() and dialog.restore_button.isDefault()
    assert dialog.restore_button.text().startswith("Terugzetten van 1 december 2026")
    assert "1 december 2026" in _texts(dialog) and "weg" in _texts(dialog)
    assert dialog.focusWidget() is dialog.restore_button
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # while it works: the dialog stays
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=WAIT_MS)
    assert any("Amal" in (tile.toolTip() + tile.text()) for tile in window.picker.grid.tiles)
    assert len(list(data_dir.glob("vaktaal-damaged-*.sqlite3"))) == 1
    assert (data_dir / "backups" / BACKUP).exists()


def test_without_a_backup_it_says_to_ask_it(qtbot, data_dir: Path) -> None:
    (data_dir / "backups" / BACKUP).unlink()
    window, dialog = _start(qtbot, data_dir)
    assert not dialog.restore_button.isVisible()
    assert "IT" in _texts(dialog) and "vaktaal db restore" in _texts(dialog)
    assert dialog.close_button.text() == "Sluiten" and dialog.close_button.hasFocus()
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert window.stack.currentWidget() is window.loading
    assert "kapot" in window.status.text() and "Traceback" not in window.status.text()


def test_a_failed_restore_says_so_and_keeps_the_file(qtbot, data_dir: Path) -> None:
    window, dialog = _start(qtbot, data_dir)
    (data_dir / "backups" / BACKUP).write_text("nu ook kapot")  # gone bad since the check
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "lukte niet" in dialog.status.text(), timeout=WAIT_MS)
    assert dialog.close_button.isEnabled()
    assert list(data_dir.glob("vaktaal-damaged-*")) == []
    assert (data_dir / "vaktaal.sqlite3").exists()
    dialog.reject()
