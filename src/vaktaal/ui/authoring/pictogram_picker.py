"""Choose a term's pictogram: search by a Dutch or English word, see it large, or use a photo.

The search index is built once per app run, as CPU work of the app's task manager, when the
editor opens; an own photo is made upright, cropped, scaled down and cleaned of metadata as
CPU work too.
"""

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from vaktaal.core.authoring.photos import SQUARE, Photo, PhotoProblem, prepare_photo_file
from vaktaal.core.authoring.pictogram_search import Pictogram, PictogramIndex, build_index
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.tasks import Lane, Op, TaskManager
from vaktaal.ui.widgets import PictogramLabel, big_button, text_label

log = logging.getLogger(__name__)

ICON_SIZE = 64
PREVIEW_SIZE = 180
RESULTS = 60
REF_ROLE = Qt.ItemDataRole.UserRole + 1
_built: dict[Path, PictogramIndex] = {}
_building = threading.Lock()


def pictogram_index(assets_dir: Path) -> PictogramIndex:
    """The search index of these pictograms: built once, then the same one (any thread;
    a second caller waits for the first build)."""
    with _building:
        if assets_dir not in _built:
            _built[assets_dir] = build_index(assets_dir, assets_dir.parent / "decks")
        return _built[assets_dir]


def warm_up_index(library: PictogramLibrary, tasks: TaskManager) -> None:
    """Start building the search index in the background (once per app run)."""
    tasks.run(Op(lambda: pictogram_index(library.assets_dir), lane=Lane.CPU))


class PictogramPicker(QDialog):
    def __init__(
        self,
        library: PictogramLibrary,
        tasks: TaskManager,
        query: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pictogram kiezen"))
        self.library = library
        self.chosen: str | None = None
        self.photo: Photo | None = None
        self.photo_name = query
        self.index: PictogramIndex | None = None
        self.tasks = tasks
        self._build(query)
        self.message.setText(self.tr("Even geduld: de pictogrammen worden geladen…"))
        assets = library.assets_dir
        self.tasks.run(
            Op(lambda: pictogram_index(assets), self._index_ready, self._no_index, Lane.CPU)
        )
        self.resize(1100, 680)

    def _build(self, query: str) -> None:
        self.search = QLineEdit(query)
        self.search.setPlaceholderText(self.tr("Zoek: een woord in het Nederlands of Engels"))
        self.search.setAccessibleName(self.tr("Zoek een pictogram"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setViewMode(QListView.ViewMode.IconMode)
        self.results.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.results.setGridSize(QSize(ICON_SIZE + 28, ICON_SIZE + 28))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setMovement(QListView.Movement.Static)
        self.results.setAccessibleName(self.tr("Gevonden pictogrammen"))
        self.results.setStyleSheet(
            "QListWidget::item:selected { background: #d6e4fb; border: 3px solid #2f6fde;"
            " border-radius: 8px; }"
        )
        self.preview = PictogramLabel(self.library, PREVIEW_SIZE)
        self.description = text_label("", 1.0, bold=True)
        self.message = text_label("", 1.0)
        self.crop = QComboBox()
        self.crop.addItem(self.tr("Foto: vierkant uit het midden"), SQUARE)
        self.crop.addItem(self.tr("Foto: de hele foto"), None)
        self.crop.setAccessibleName(self.tr("Hoe de foto wordt uitgesneden"))
        self.choose = big_button(self.tr("Kiezen"), self.library, "openmoji:2705", 1.1, 32)
        self.own_photo = big_button(self.tr("Eigen foto…"), self.library, "openmoji:1F4F7", 1.1, 32)
        self.cancel = big_button(self.tr("Annuleren"), self.library, "openmoji:274C", 1.1, 32)
        self.choose.setDefault(True)
        self.choose.setEnabled(False)
        self._lay_out()
        self.search.textChanged.connect(self._search)
        self.results.currentItemChanged.connect(lambda item, _old: self._preview(item))
        self.results.itemActivated.connect(lambda _item: self._accept())
        self.choose.clicked.connect(self._accept)
        self.own_photo.clicked.connect(self.ask_photo)
        self.cancel.clicked.connect(self.reject)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.addWidget(self.search, 0, 0, 1, 2)
        grid.addWidget(self.results, 1, 0, 6, 1)
        grid.addWidget(self.preview, 1, 1, Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(self.description, 2, 1)
        grid.addWidget(self.message, 3, 1)
        grid.addWidget(self.crop, 4, 1)
        grid.addWidget(self.own_photo, 5, 1)
        grid.addWidget(self.choose, 7, 0)
        grid.addWidget(self.cancel, 7, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(6, 1)

    def _index_ready(self, index: PictogramIndex) -> None:
        self.index = index
        self.message.setText("")
        self._search(self.search.text())

    def _no_index(self, error: Exception) -> None:
        log.error("pictogram index not built: %s", error)
        self.message.setText(self.tr("De pictogrammen konden niet geladen worden. Kies een foto."))

    def _search(self, query: str) -> None:
        if self.index is None:
            return
        self.results.clear()
        for pictogram in self.index.search(query, RESULTS):
            self.results.addItem(self._item(pictogram))
        if self.results.count():
            self.results.setCurrentRow(0)
        else:
            self.message.setText(self.tr("Niets gevonden. Probeer een ander woord."))

    def _item(self, pictogram: Pictogram) -> QListWidgetItem:
        icon = QIcon(pictogram_pixmap(pictogram.ref, self.library, ICON_SIZE))
        item = QListWidgetItem(icon, "")
        item.setToolTip(pictogram.label)
        item.setData(REF_ROLE, pictogram.ref)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, pictogram.label)
        return item

    def _preview(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.photo = None
        self.chosen = str(item.data(REF_ROLE))
        label = str(item.data(Qt.ItemDataRole.AccessibleTextRole))
        self.preview.show_pictogram(self.chosen, label)
        self.description.setText(label)
        self.message.setText("")
        self.choose.setEnabled(True)

    def ask_photo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Eigen foto kiezen"), str(Path.home()),
            self.tr("Foto's (*.jpg *.jpeg *.png *.webp *.heic *.bmp *.gif *.tif *.tiff)"),
        )  # fmt: skip
        if name:
            self.use_photo_file(Path(name))

    def use_photo_file(self, path: Path) -> None:
        """Prepare the photo in the background; the preview shows it when it is ready."""
        crop = self.crop.currentData()
        self.message.setText(self.tr("Even geduld: de foto wordt klaargemaakt…"))
        self.choose.setEnabled(False)
        self.tasks.run(
            Op(
                lambda: prepare_photo_file(path, crop),
                self._photo_ready,
                self._photo_failed,
                Lane.CPU,
            )
        )

    def _photo_ready(self, photo: Photo) -> None:
        self.photo = photo
        self.chosen = photo.deck_path(self.photo_name)
        self.preview.show_pictogram(self.chosen, self.tr("Eigen foto"), photo.data)
        self.description.setText(
            self.tr("Eigen foto ({w} × {h})").format(w=photo.width, h=photo.height)
        )
        self.message.setText("")
        self.choose.setEnabled(True)
        self.choose.setFocus()

    def _photo_failed(self, error: Exception) -> None:
        self.photo = None
        self.chosen = None
        text = str(error) if isinstance(error, PhotoProblem) else _unreadable()
        self.message.setText(text)
        self.choose.setEnabled(False)

    def _accept(self) -> None:
        if self.chosen is not None:
            self.accept()


def _unreadable() -> str:
    return QCoreApplication.translate(
        "PictogramPicker", "Deze foto kan niet gelezen worden. Kies een andere foto."
    )
