"""At start, an older PostgreSQL schema is upgraded only after 'Bijwerken' in a dialog that
tells the coach to make a backup first; 'Stoppen' (also Enter and Esc) leaves it alone.
While another PC upgrades, the window says so and opens when it is done."""

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402
from sqlalchemy import text  # noqa: E402

from test_upgrade_lock import make_older_database, previous_revision, revision_at  # noqa: E402
from vaktaal.core.pictograms import PictogramLibrary  # noqa: E402
from vaktaal.paths import DATABASE_FILE  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.storage.database import HEAD_REVISION, create_database_engine  # noqa: E402
from vaktaal.storage.migration_lock import UpgradeOptions, migration_lock  # noqa: E402
from vaktaal.ui.launcher import create_window  # noqa: E402
from vaktaal.ui.upgrade_dialog import UpgradeDialog  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 20_000


@pytest.fixture
def dialog(qtbot):
    shown = UpgradeDialog(PictogramLibrary(ROOT / "assets", ROOT / "media"))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_dialog_says_to_make_a_backup_first(dialog):
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
    assert "Vaktaal moet de database bijwerken." in shown
    assert "vaktaal db backup BESTAND" in shown
    assert dialog.upgrade_button.text() == "Bijwerken" and dialog.stop_button.text() == "Stoppen"
    assert dialog.upgrade_button.font().pointSizeF() > QApplication.font().pointSizeF()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_enter_and_escape_stop(qtbot, dialog, key):
    with qtbot.waitSignal(dialog.rejected, timeout=2_000):
        qtbot.keyClick(dialog, key)
    assert dialog.result() == 0


def test_bijwerken_is_reached_with_the_keyboard(qtbot, dialog):
    assert dialog.focusWidget() is dialog.stop_button
    qtbot.keyClick(dialog, Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is dialog.upgrade_button
    with qtbot.waitSignal(dialog.accepted, timeout=2_000):
        qtbot.keyClick(dialog.upgrade_button, Qt.Key.Key_Space)


def open_window(qtbot, data_dir: Path):
    window = create_window(data_dir, speaker=FakeSpeaker())
    qtbot.addWidget(window)
    window.show()
    return window


def upgrade_dialog_of(qtbot, window) -> UpgradeDialog:
    qtbot.waitUntil(lambda: window.findChild(UpgradeDialog) is not None, timeout=START_TIMEOUT)
    found = window.findChild(UpgradeDialog)
    assert isinstance(found, UpgradeDialog)
    return found


@pytest.mark.postgres
def test_the_app_upgrades_an_older_server_after_bijwerken(
    qtbot, tmp_path, postgres_database, monkeypatch
):
    make_older_database(postgres_database)
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", postgres_database)
    window = open_window(qtbot, tmp_path / "data")
    dialog = upgrade_dialog_of(qtbot, window)
    assert revision_at(postgres_database) == previous_revision()  # nothing yet

    qtbot.mouseClick(dialog.upgrade_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=START_TIMEOUT)
    assert revision_at(postgres_database) == HEAD_REVISION
    window.tasks.wait_until_idle()


@pytest.mark.postgres
def test_stoppen_closes_the_app_and_leaves_the_server_alone(
    qtbot, tmp_path, postgres_database, monkeypatch
):
    make_older_database(postgres_database)
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", postgres_database)
    window = open_window(qtbot, tmp_path / "data")
    dialog = upgrade_dialog_of(qtbot, window)

    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert revision_at(postgres_database) == previous_revision()


def test_the_window_says_another_pc_is_upgrading_then_opens(qtbot, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    url = f"sqlite:///{data_dir / DATABASE_FILE}"
    make_older_database(url)
    other_pc = create_database_engine(url)
    with migration_lock(other_pc, UpgradeOptions()):
        window = open_window(qtbot, data_dir)
        qtbot.waitUntil(lambda: "andere pc" in window.status.text(), timeout=START_TIMEOUT)
        assert window.stack.currentWidget() is window.loading
    other_pc.dispose()

    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=START_TIMEOUT)
    assert revision_at(url) == HEAD_REVISION
    window.tasks.wait_until_idle()


def test_the_app_of_an_older_vaktaal_says_to_update_this_pc(qtbot, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    url = f"sqlite:///{data_dir / DATABASE_FILE}"
    make_older_database(url)
    engine = create_database_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()

    window = open_window(qtbot, data_dir)

    qtbot.waitUntil(lambda: "nieuwere" in window.status.text(), timeout=START_TIMEOUT)
    assert "Update Vaktaal op deze pc" in window.status.text()
    assert window.findChild(UpgradeDialog) is None
    assert revision_at(url) == "0099"
