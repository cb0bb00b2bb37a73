"""One person on a management page: picture, name, a few facts, and their buttons."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.fit import wrapping_row
from vaktaal.ui.profiles.avatars import avatar_pixmap
from vaktaal.ui.widgets import big_button, text_label
from vaktaal.usecases.learners import Learner

AVATAR_SIZE = 64
ROW_STYLE = """
QFrame#personRow { background: #ffffff; border: 2px solid #c5d0dc; border-radius: 14px; }
"""


class PersonRow(QFrame):
    """`buttons[key]`: the person's buttons, in tab order."""

    def __init__(
        self,
        person: Learner,
        facts: list[str],
        library: PictogramLibrary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.person = person
        self.library = library
        self.setObjectName("personRow")
        self.setStyleSheet(ROW_STYLE)
        self.buttons: dict[str, QPushButton] = {}
        avatar = QLabel()
        avatar.setPixmap(avatar_pixmap(person.avatar, library, AVATAR_SIZE, person.has_pin))
        avatar.setFixedSize(QSize(AVATAR_SIZE, AVATAR_SIZE))
        avatar.setAccessibleName(person.name)
        self.name = text_label(person.name, 1.4, bold=True)
        self.facts = [text_label(fact, 1.05) for fact in facts]
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(16, 12, 16, 12)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.addWidget(avatar, 0, 0, 1 + len(facts), 1, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(self.name, 0, 1)
        for row, label in enumerate(self.facts, start=1):
            self.grid.addWidget(label, row, 1)
        self.grid.setColumnStretch(1, 1)

    def add_buttons(self, buttons: list[tuple[str, str, str]]) -> None:
        """(key, text, pictogram) each; they wrap onto a next line on a small screen."""
        for key, text, pictogram in buttons:
            button = big_button(text, self.library, pictogram, factor=1.1, icon_size=28)
            button.setAccessibleName(f"{text}: {self.person.name}")
            if key == "delete":
                button.setProperty("role", "bad")
            self.buttons[key] = button
        row = wrapping_row(*self.buttons.values(), spacing=10)
        self.grid.addWidget(row, self.grid.rowCount(), 1)
