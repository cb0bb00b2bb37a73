"""Files of the deck editor: choosing where to open or save, writing, asking before losing work."""

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vaktaal.core.deckformat import write_deck_archive, write_deck_folder
from vaktaal.core.model import Deck, used_media

ARCHIVE_SUFFIX = ".vaktaal"


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_open_path(parent: QWidget) -> Path | None:
    """A .vaktaal file, or the deck.toml of a deck folder (then: that folder)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("EditorFiles", "Pakket openen"),
        str(Path.home()),
        QCoreApplication.translate("EditorFiles", "Pakketten (*.vaktaal deck.toml)"),
    )
    if not name:
        return None
    path = Path(name)
    return path.parent if path.name == "deck.toml" else path


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save: a .vaktaal file, or a folder (the second choice of file type)."""
    archive = QCoreApplication.translate("EditorFiles", "Eén bestand (*.vaktaal)")
    folder = QCoreApplication.translate("EditorFiles", "Een map met deck.toml (*)")
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("EditorFiles", "Pakket opslaan"),
        str(Path.home() / (suggested + ARCHIVE_SUFFIX)),
        f"{archive};;{folder}",
    )
    if not name:
        return None
    path = Path(name)
    if chosen == folder:
        return path.with_suffix("") if path.suffix == ARCHIVE_SUFFIX else path
    return path if path.suffix == ARCHIVE_SUFFIX else path.with_name(path.name + ARCHIVE_SUFFIX)


def is_archive(path: Path) -> bool:
    return path.suffix == ARCHIVE_SUFFIX


def write_deck(deck: Deck, media: dict[str, bytes], path: Path) -> None:
    """Write atomically; a .vaktaal path becomes one file, any other path a folder."""
    used = used_media(deck, media)
    if is_archive(path):
        write_deck_archive(deck, used, path)
    else:
        write_deck_folder(deck, used, path)


def ask_unsaved(parent: QWidget) -> Unsaved:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("EditorFiles", "Niet opgeslagen"))
    box.setText(
        QCoreApplication.translate(
            "EditorFiles", "Het pakket is veranderd. Wilt u de veranderingen opslaan?"
        )
    )
    save = box.addButton(
        QCoreApplication.translate("EditorFiles", "Opslaan"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("EditorFiles", "Niet opslaan"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("EditorFiles", "Annuleren"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.exec()
    if box.clickedButton() is save:
        return Unsaved.SAVE
    return Unsaved.DISCARD if box.clickedButton() is discard else Unsaved.CANCEL


def tell(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)
