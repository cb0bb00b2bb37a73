"""'Verwijderen': says what goes, with numbers; 'Terug' has the focus, so Enter is safe."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.staff.learners.form_parts import FormDialog
from vaktaal.ui.widgets import PictogramLabel, text_label
from vaktaal.usecases.learner_management import Footprint

WARNING = "openmoji:26A0"
BIN = "openmoji:1F5D1"


class DeleteDialog(FormDialog):
    """Accepted only by clicking (or Space on) 'Verwijderen'."""

    def __init__(
        self, name: str, lines: list[str], library: PictogramLibrary, parent: QWidget | None = None
    ) -> None:
        title = self.tr("{name} verwijderen?").format(name=name)
        super().__init__(library, title, self.tr("Verwijderen"), parent, BIN)
        self.ok_button.setProperty("role", "bad")
        self.ok_button.setDefault(False)
        self.ok_button.setAutoDefault(False)
        self.back_button.setDefault(True)
        warning = PictogramLabel(library, 48)
        warning.show_pictogram(WARNING, self.tr("Let op"))
        self.form.addWidget(warning, 0, 0, Qt.AlignmentFlag.AlignTop)
        what = text_label(self.tr("Dit gaat weg:"), 1.2, bold=True)
        what.setWordWrap(False)
        self.form.addWidget(what, 0, 1)
        self.lines = ["• " + line for line in lines]
        self.list = text_label("\n".join(self.lines), 1.15)
        self.list.setWordWrap(False)  # short lines; the dialog is as wide as the longest
        self.form.addWidget(self.list, 1, 1)
        self.say(self.tr("Dit kan niet terug."))
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def texts(self) -> list[str]:
        return self.list.text().splitlines()


def footprint_lines(name: str, gone: Footprint) -> list[str]:
    """What a delete takes away, one short line each, with the numbers."""
    return [
        QCoreApplication.translate("DeleteDialog", "het profiel van {name}").format(name=name),
        QCoreApplication.translate("DeleteDialog", "antwoorden bij het oefenen: {n}").format(
            n=gone.answers
        ),
        QCoreApplication.translate("DeleteDialog", "gesproken antwoorden: {n}").format(
            n=gone.recordings
        ),
        QCoreApplication.translate("DeleteDialog", "uitslagen van vergaderingen: {n}").format(
            n=gone.meeting_results
        ),
        QCoreApplication.translate(
            "DeleteDialog", "sessies met een taalbuddy (met notities): {n}"
        ).format(n=gone.buddy_sessions),
    ]
