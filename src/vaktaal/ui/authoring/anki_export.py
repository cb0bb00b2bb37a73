"""Export a deck for Anki (.apkg) from the app: icon pictograms are drawn here (Qt), the
package is written on the TaskRunner."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vaktaal.app import Services
from vaktaal.core.authoring.anki import ExportSummary, export_apkg
from vaktaal.core.pictograms import MDI
from vaktaal.speech.audio_library import with_cached_audio
from vaktaal.ui.pictogram_icons import render_pictogram
from vaktaal.ui.workers import TaskRunner

ICON_SIZE = 256


def export_anki_deck(
    parent: QWidget | None, services: Services, deck_id: str, runner: TaskRunner | None = None
) -> None:
    """Ask where to save, then export in the background and say how it went."""
    title = QCoreApplication.translate("AnkiExport", "Exporteren voor Anki")
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / f"{deck_id}.apkg"),
        QCoreApplication.translate("AnkiExport", "Anki-pakketten (*.apkg)"),
    )  # fmt: skip
    if not name:
        return
    out = Path(name) if name.endswith(".apkg") else Path(name + ".apkg")
    background = runner or TaskRunner(parent)  # owned by the parent window

    def done(_summary: ExportSummary) -> None:
        text = QCoreApplication.translate("AnkiExport", "Opgeslagen voor Anki: {name}")
        QMessageBox.information(parent, title, text.replace("{name}", out.name))

    def failed(_error: Exception) -> None:
        text = QCoreApplication.translate(
            "AnkiExport", "Het pakket kon niet opgeslagen worden. Er is niets veranderd."
        )
        QMessageBox.warning(parent, title, text)

    start_anki_export(services, deck_id, out, background, done, failed)


def start_anki_export(
    services: Services,
    deck_id: str,
    out: Path,
    runner: TaskRunner,
    on_done: Callable[[ExportSummary], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Draw icon pictograms now (GUI thread), write the package on the runner."""
    loaded = services.decks.load(deck_id)
    if loaded is None:
        on_error(LookupError(deck_id))
        return
    drawn = {
        t.pictogram: png for t in loaded.deck.terms if (png := _icon_png(t.pictogram, services))
    }

    def work() -> ExportSummary:
        with_audio, _added = with_cached_audio(loaded, services.audio)
        return export_apkg(with_audio, services.library, out, render=drawn.get)

    runner.run(work, on_done, on_error)


def _icon_png(ref: str, services: Services) -> bytes | None:
    """An MDI icon as PNG bytes; other pictograms are files Anki can show as they are."""
    if not ref.startswith(MDI):
        return None
    pixmap = render_pictogram(ref, services.library, ICON_SIZE)
    if pixmap is None:
        return None
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return bytes(data.data())
