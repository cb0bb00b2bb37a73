"""The print dialog: choices, PDF written in the background, printer, errors; by keyboard."""

import errno
from pathlib import Path

import pytest
from print_helpers import BUNDLED, card_pages, pdf_pages
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from vaktaal.printing import HANDBOOK
from vaktaal.ui.authoring.print_dialog import PrintDialog

DECK = "magazijn-installatie"


@pytest.fixture
def dialog(qtbot, services, tasks, import_deck):  # type: ignore[no-untyped-def]
    import_deck(services, BUNDLED / DECK)
    shown = PrintDialog(services.services, tasks, DECK)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(shown.pdf_button.isEnabled)
    return shown


def _saved(qtbot, dialog: PrintDialog, target: Path) -> list[str]:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: "Opgeslagen" in dialog.status.text(), timeout=10000)
    return pdf_pages(target)


def test_cards_with_an_arabic_gloss_are_saved_as_pdf(qtbot, dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert dialog.language_box.count() == 10  # none + the deck's nine languages
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ar"))
    target = tmp_path / "kaartjes.pdf"
    dialog.save_pdf(target)
    pages = _saved(qtbot, dialog, target)
    assert len(pages) == card_pages(DECK) and "مستودع" in pages[0]
    assert str(card_pages(DECK)) in dialog.status.text()


def test_the_handbook_hides_card_choices_and_keeps_its_order(qtbot, dialog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(HANDBOOK))
    assert not dialog.size_box.isVisible() and not dialog.language_box.isVisible()
    assert dialog.order_box.isVisible()
    dialog.order_box.setCurrentIndex(1)
    target = tmp_path / "handboek.pdf"
    dialog.save_pdf(target)
    pages = _saved(qtbot, dialog, target)
    assert pages[1].startswith("Inhoud") and pages[1].index("Magazijn") < 20


def test_ctrl_s_asks_for_a_file_and_saves(qtbot, dialog, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "gekozen"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(_saved(qtbot, dialog, tmp_path / "gekozen.pdf")) == card_pages(DECK)


def test_print_sends_the_pages_to_the_chosen_printer(dialog, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    monkeypatch.setattr(dialog, "ask_printer", lambda: printer)
    dialog.size_box.setCurrentIndex(1)  # small labels
    dialog.print_button.click()
    labels = card_pages(DECK, per_page=24)
    assert str(labels) in dialog.status.text()
    assert len(pdf_pages(tmp_path / "printer.pdf")) == labels


def test_a_full_disk_is_explained(qtbot, dialog, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def disk_full(target: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("vaktaal.printing.paper.write_atomically", disk_full)
    dialog.save_pdf(tmp_path / "k.pdf")
    qtbot.waitUntil(lambda: "schijf is vol" in dialog.status.text(), timeout=10000)
    assert dialog.pdf_button.isEnabled() and not (tmp_path / "k.pdf").exists()


def test_a_deck_that_is_gone_cannot_be_printed(qtbot, services, tasks) -> None:  # type: ignore[no-untyped-def]
    gone = PrintDialog(services.services, tasks, "bestaat-niet")
    qtbot.addWidget(gone)
    qtbot.waitUntil(lambda: "bestaat niet meer" in gone.status.text())
    assert not gone.pdf_button.isEnabled() and not gone.print_button.isEnabled()


def test_a_missing_folder_is_named_as_on_the_command_line(qtbot, dialog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog.save_pdf(tmp_path / "nergens" / "k.pdf")
    qtbot.waitUntil(lambda: "bestaat niet" in dialog.status.text(), timeout=10000)
    assert dialog.status.text().startswith("De map ") and dialog.pdf_button.isEnabled()
