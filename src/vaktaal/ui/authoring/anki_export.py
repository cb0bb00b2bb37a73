"""Export a deck for Anki (.apkg) from the app: the deck is read as an op, its icon
pictograms are drawn here (Qt, GUI thread), the package is written with the CPU work."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vaktaal.core.deckformat import LoadedDeck
from vaktaal.core.pictograms import MDI, PictogramLibrary
from vaktaal.ui.pictogram_icons import render_pictogram
from vaktaal.ui.tasks import Lane, Op, TaskManager
from vaktaal.usecases import Services
from vaktaal.usecases.anki import ExportSummary
from vaktaal.usecases.errors import UseCaseError

ICON_SIZE = 256


def export_anki_deck(
    parent: QWidget | None, services: Services, tasks: TaskManager, deck_id: str
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

    def done(_summary: ExportSummary) -> None:
        text = QCoreApplication.translate("AnkiExport", "Opgeslagen voor Anki: {name}")
        QMessageBox.information(parent, title, text.replace("{name}", out.name))

    def failed(error: Exception) -> None:
        text = str(error) if isinstance(error, UseCaseError) else QCoreApplication.translate(
            "AnkiExport", "Het pakket kon niet opgeslagen worden. Er is niets veranderd."
        )  # fmt: skip
        QMessageBox.warning(parent, title, text)

    start_anki_export(services, tasks, deck_id, out, done, failed)


def start_anki_export(
    services: Services,
    tasks: TaskManager,
    deck_id: str,
    out: Path,
    on_done: Callable[[ExportSummary], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Read the deck (database), draw its icon pictograms (GUI thread), write the package."""
    anki, library = services.anki, services.library

    def write(loaded: LoadedDeck) -> None:
        drawn = _drawn_icons(loaded, library)
        busy = QCoreApplication.translate("AnkiExport", "Bezig met exporteren voor Anki…")
        tasks.run(
            Op(
                lambda: anki.export_loaded(loaded, out, with_audio=True, render=drawn.get),
                on_done,
                on_error,
                Lane.CPU,
                busy,
            )  # fmt: skip
        )

    tasks.run(Op(lambda: services.decks.installed(deck_id), write, on_error))


def _drawn_icons(loaded: LoadedDeck, library: PictogramLibrary) -> dict[str, bytes]:
    """Each MDI icon of the deck as PNG; other pictograms are files Anki shows as they are."""
    refs = {term.pictogram for term in loaded.deck.terms if term.pictogram.startswith(MDI)}
    return {ref: png for ref in refs if (png := _icon_png(ref, library)) is not None}


def _icon_png(ref: str, library: PictogramLibrary) -> bytes | None:
    pixmap = render_pictogram(ref, library, ICON_SIZE)
    if pixmap is None:
        return None
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return bytes(data.data())
