"""The report dialog: one learner or all, a period, PDF or Excel; saved in the background;
by keyboard; errors in plain Dutch; opened from the staff home."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pdf_text import flat, pdf_pages
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from real_data import AMAL, YONAS, make_data

from staff_login import log_in_as_staff
from vaktaal.app import open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.ui.launcher import create_window
from vaktaal.ui.staff.report_dialog import ReportDialog
from vaktaal.usecases.reports import PDF, XLSX

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
WAIT_MS = 20_000


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_data(tmp_path_factory.mktemp("report-dialog") / "data")


@pytest.fixture
def dialog(qtbot, data_dir: Path, tasks):  # type: ignore[no-untyped-def]
    backend = open_backend(data_dir, clock=FakeClock(NOW), speaker=FakeSpeaker())
    shown = ReportDialog(backend.services, tasks)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(shown.save_button.isEnabled, timeout=WAIT_MS)
    yield shown
    tasks.shutdown()
    backend.close()


def _choose(dialog: ReportDialog, name: str, kind: str) -> None:
    dialog.learner_box.setCurrentIndex(dialog.learner_box.findText(name))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(kind))


def _status(qtbot, dialog: ReportDialog, text: str) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: text in dialog.status.text(), timeout=WAIT_MS)
    return dialog.status.text()


def test_the_defaults_are_the_last_30_days_and_everyone(dialog: ReportDialog) -> None:
    assert dialog.since_edit.date() == QDate(2026, 10, 27)
    assert dialog.until_edit.date() == QDate(2026, 11, 25)
    assert dialog.learner_box.currentText() == "Alle leerlingen"
    names = {dialog.learner_box.itemText(i) for i in range(1, dialog.learner_box.count())}
    assert names == {AMAL, YONAS, "Stil"}  # learners only, no staff


def test_a_learner_report_as_pdf(qtbot, dialog: ReportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _choose(dialog, AMAL, PDF)
    target = tmp_path / "amal.pdf"
    dialog.save(target)
    assert not dialog.save_button.isEnabled()  # busy
    status = _status(qtbot, dialog, "Opgeslagen")
    pages = pdf_pages(target)
    assert f"amal.pdf ({len(pages)} pagina's)" in status
    assert flat(AMAL) in pages[0]
    assert dialog.save_button.isEnabled()


def test_everyone_as_excel_through_the_save_dialog(qtbot, dialog, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def save_as(parent, title, suggested, filters):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "alle"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(XLSX))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked and asked[0].endswith("rapport-alle-2026-11-25.xlsx")
    _status(qtbot, dialog, "Opgeslagen: alle.xlsx")
    names = [r[0] for r in load_workbook(tmp_path / "alle.xlsx")["Overzicht"].iter_rows(
        min_row=2, values_only=True)]  # fmt: skip
    assert AMAL in names and YONAS in names


def test_a_period_without_practice_is_explained(qtbot, dialog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog.since_edit.setDate(QDate(2025, 1, 1))
    dialog.until_edit.setDate(QDate(2025, 1, 31))
    dialog.save(tmp_path / "leeg.pdf")
    _status(qtbot, dialog, "In deze periode is niet geoefend")
    assert list(tmp_path.iterdir()) == [] and dialog.save_button.isEnabled()


def test_a_missing_folder_is_explained(qtbot, dialog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog.save(tmp_path / "weg" / "r.pdf")
    _status(qtbot, dialog, "bestaat niet")
    assert not (tmp_path / "weg").exists()


def test_the_fields_are_reached_by_keyboard(qtbot, dialog: ReportDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.learner_box.setFocus()
    seen = []
    for _ in range(12):  # a date field takes a Tab per part (day, month, year)
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    fields = [dialog.learner_box, dialog.since_edit, dialog.until_edit, dialog.format_box,
              dialog.save_button]  # fmt: skip
    first = [next(i for i, w in enumerate(seen) if w is f or f.isAncestorOf(w)) for f in fields]
    assert first == sorted(first)  # each field in turn, in reading order


def test_the_staff_home_opens_it(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = create_window(data_dir, clock=FakeClock(NOW), speaker=FakeSpeaker())
    qtbot.addWidget(window)
    window.show()
    log_in_as_staff(qtbot, window)
    opened: list[ReportDialog] = []

    def look() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, ReportDialog):
            opened.append(shown)
            qtbot.waitUntil(shown.save_button.isEnabled, timeout=WAIT_MS)
            shown.reject()
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(10, look)
    window.controller.staff_flow.home_page.buttons["report"].click()
    assert len(opened) == 1 and opened[0].learner_box.count() == 4
