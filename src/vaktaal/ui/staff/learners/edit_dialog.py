"""'Wijzigen': a learner's name, own language (and a second one), and picture."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.profiles.avatar_choice import AvatarChoice
from vaktaal.ui.profiles.new_learner_form import MAX_NAME_LENGTH, language_choices, language_label
from vaktaal.ui.staff.learners.form_parts import FormDialog, line_edit
from vaktaal.ui.text_size import set_relative_font
from vaktaal.usecases.learners import Learner


class LearnerEditDialog(FormDialog):
    """Accepted with a name; read the new values with `languages()` and `avatar()`."""

    def __init__(
        self, learner: Learner, library: PictogramLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(library, self.tr("Profiel wijzigen"), self.tr("Opslaan"), parent)
        self.learner = learner
        self.name = line_edit(self.tr("Naam"), 420)
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setText(learner.name)
        self.first = self._languages(self.tr("Eigen taal"), with_none=False)
        self.second = self._languages(self.tr("Tweede taal"), with_none=True)
        self._choose(self.first, learner.languages[:1])
        self._choose(self.second, learner.languages[1:2])
        self.avatars = AvatarChoice(library)
        self.picked = learner.avatar in self.avatars.buttons  # else: keep it until one is clicked
        if self.picked:
            self.avatars.choose(learner.avatar)
        self.avatars.group.buttonClicked.connect(lambda _button: setattr(self, "picked", True))
        self.add_row(self.tr("Naam"), self.name)
        self.add_row(self.tr("Eigen taal"), self.first)
        self.add_row(self.tr("Tweede taal (hoeft niet)"), self.second)
        first_avatar = next(iter(self.avatars.buttons.values()))
        self.add_row(self.tr("Plaatje"), self.avatars, first_avatar, wide=True)
        self.name.textChanged.connect(self._validate)
        self._validate()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def languages(self) -> list[str]:
        first, second = str(self.first.currentData()), self.second.currentData()
        return [first] + ([str(second)] if second and second != first else [])

    def avatar(self) -> str:
        """The picture chosen (a picture set on the command line stays when none is clicked)."""
        return self.avatars.current() if self.picked else self.learner.avatar

    def _languages(self, name: str, with_none: bool) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setMinimumWidth(420)
        set_relative_font(combo, 1.3)
        if with_none:
            combo.addItem(self.tr("Geen"), "")
        for language in language_choices():
            combo.addItem(language_label(language), language.code)
        return combo

    def _choose(self, combo: QComboBox, codes: tuple[str, ...]) -> None:
        index = combo.findData(codes[0]) if codes else 0
        combo.setCurrentIndex(max(index, 0))

    def _validate(self) -> None:
        named = bool(self.name.text().strip())
        self.ok_button.setEnabled(named)
        self.say("" if named else self.tr("Typ een naam."))
