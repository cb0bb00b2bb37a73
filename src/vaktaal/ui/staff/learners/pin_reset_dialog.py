"""A new PIN, typed twice: for a learner who forgot theirs (or no PIN), or for staff."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.staff.learners.form_parts import FormDialog, PinPair, check_box


class PinResetDialog(FormDialog):
    """Accepted with a valid PIN, or with 'Geen pincode' ticked (`allow_none` only)."""

    def __init__(
        self,
        name: str,
        library: PictogramLibrary,
        parent: QWidget | None = None,
        allow_none: bool = True,
    ) -> None:
        title = self.tr("Nieuwe pincode voor {name}").format(name=name)
        super().__init__(library, title, self.tr("Opslaan"), parent)
        self.pins = PinPair()
        self.none = check_box(self.tr("Geen pincode"))
        self.none.setVisible(allow_none)
        self.add_row(self.tr("Nieuwe pincode"), self.pins, self.pins.pin)
        if allow_none:
            self.form.addWidget(self.none, self.form.rowCount(), 1)
        for edit in (self.pins.pin, self.pins.again):
            edit.textChanged.connect(self._validate)
        self.none.toggled.connect(self._validate)
        self._validate()
        self.pins.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def pin_code(self) -> str | None:
        """The new PIN; None: the profile opens without one."""
        return None if self.none.isChecked() else self.pins.pin.text()

    def _validate(self) -> None:
        without = self.none.isChecked()
        self.pins.setEnabled(not without)
        problem = None if without else self.pins.problem()
        self.ok_button.setEnabled(problem is None)
        self.say(self.pins.explain(problem))
