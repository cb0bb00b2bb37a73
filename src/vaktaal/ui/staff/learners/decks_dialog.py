"""'Pakketten': a check box per installed deck; saved, the learner practises exactly those."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.fit import VerticalScroll
from vaktaal.ui.staff.learners.form_parts import FormDialog, check_box
from vaktaal.ui.widgets import text_label
from vaktaal.usecases.decks import DeckSummary
from vaktaal.usecases.learners import Learner

MAX_LIST_HEIGHT = 320


class DecksDialog(FormDialog):
    def __init__(
        self,
        learner: Learner,
        decks: list[DeckSummary],
        library: PictogramLibrary,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Pakketten van {name}").format(name=learner.name)
        super().__init__(library, title, self.tr("Opslaan"), parent)
        self.boxes: dict[str, QCheckBox] = {}
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(4, 4, 4, 4)
        for deck in decks:
            box = check_box(deck.title)
            box.setChecked(deck.id in learner.decks)
            self.boxes[deck.id] = box
            column.addWidget(box)
        column.addStretch(1)
        scroll = VerticalScroll(inner)
        scroll.setMinimumHeight(min(inner.sizeHint().height(), MAX_LIST_HEIGHT))
        scroll.setMaximumHeight(MAX_LIST_HEIGHT)
        note = text_label(self.tr("Nieuwe pakketten komen dan niet meer vanzelf."), 1.0)
        note.setWordWrap(False)
        self.form.addWidget(scroll, 0, 0, 1, 2)
        self.form.addWidget(note, 1, 0, 1, 2)
        if not decks:
            self.say(self.tr("Er zijn nog geen pakketten."))
        first = next(iter(self.boxes.values()), self.ok_button)
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> list[str]:
        return [deck for deck, box in self.boxes.items() if box.isChecked()]
