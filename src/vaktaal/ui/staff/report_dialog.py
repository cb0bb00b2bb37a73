"""Make a report for the employer: one learner or all, a period, PDF or Excel; then save.

The figures are read as an op on the database lane, the file is written on the CPU lane
(usecases/reports: PDF drawn by vaktaal.printing, XLSX/CSV by openpyxl and csv). The staff
home opens it with `open_report_dialog(parent, services, tasks)`.
"""

import errno
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from vaktaal.ui.home.parts import PRIMARY_DISABLED
from vaktaal.ui.tasks import Lane, Op, TaskManager
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import PictogramLabel, big_button, heading, text_label
from vaktaal.usecases import Services
from vaktaal.usecases.errors import UseCaseError
from vaktaal.usecases.learners import Learner
from vaktaal.usecases.reports import CSV, PDF, XLSX, Report, Written

__all__ = ["ReportDialog", "open_report_dialog"]

REPORT_ICON = "openmoji:1F4C4"
OK_ICON, PROBLEM_ICON, BUSY_ICON = (
    "mdi:check-circle-outline",
    "mdi:alert-circle-outline",
    "mdi:timer-sand",
)
EVERYONE = 0  # learner box: "all learners"
FIELD_HEIGHT = 48  # px: big enough to hit and to read


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def open_report_dialog(parent: QWidget | None, services: Services, tasks: TaskManager) -> None:
    ReportDialog(services, tasks, parent).exec()


class ReportDialog(QDialog):
    def __init__(
        self, services: Services, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.tasks = services, tasks
        self.setWindowTitle(self.tr("Rapport maken"))
        self.setObjectName("page")
        self.setStyleSheet(PRIMARY_DISABLED)
        self.setMinimumWidth(760)
        self._build()
        self._lay_out()
        self.save_button.clicked.connect(self.choose_file)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.choose_file)
        self._set_busy(True)
        self._show_status(self.tr("De namen worden gelezen..."), BUSY_ICON)
        learners = services.learners
        tasks.run(Op(learners.all, self._learners_loaded, self._failed))

    def _build(self) -> None:
        library = self.services.library
        self.icon = PictogramLabel(library, 56)
        self.icon.show_pictogram(REPORT_ICON, self.tr("Rapport"))
        self.title = heading(self.tr("Rapport maken"), 1.6)
        self.learner_box = self._combo(self.tr("Wie"))
        self.learner_box.addItem(self.tr("Alle leerlingen"), EVERYONE)
        period = self.services.reports.period()
        self.since_edit = self._date(self.tr("Van"), period.since)
        self.until_edit = self._date(self.tr("Tot en met"), period.until)
        self.format_box = self._combo(self.tr("Bestand"))
        for text, kind in ((self.tr("PDF (om te printen)"), PDF), (self.tr("Excel"), XLSX),
                           (self.tr("CSV (tekst voor Excel)"), CSV)):  # fmt: skip
            self.format_box.addItem(text, kind)
        self.status_icon = PictogramLabel(library, 32)
        self.status = text_label("", 1.1, bold=True)
        self.save_button = big_button(self.tr("&Opslaan..."), library, "mdi:content-save-outline",
                                      icon_size=32)  # fmt: skip
        self.save_button.setProperty("role", "primary")
        self.close_button = big_button(self.tr("Sluiten"), library, "mdi:close-thick", icon_size=32)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        set_relative_font(combo, 1.15)
        return combo

    def _date(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        set_relative_font(edit, 1.15)
        return edit

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addWidget(self.title, stretch=1)
        choices = QGridLayout()
        choices.setHorizontalSpacing(16)
        choices.setVerticalSpacing(10)
        choices.setColumnStretch(1, 1)
        fields = (self.learner_box, self.since_edit, self.until_edit, self.format_box)
        for row, field in enumerate(fields):
            field.setMinimumHeight(FIELD_HEIGHT)
            label = text_label(field.accessibleName() + ":", 1.15, bold=True)
            label.setBuddy(field)
            choices.addWidget(label, row, 0)
            choices.addWidget(field, row, 1)
        status = QHBoxLayout()
        status.addWidget(self.status_icon)
        status.addWidget(self.status, stretch=1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addLayout(choices)
        layout.addLayout(status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        order = (*fields, self.save_button, self.close_button)
        for first, then in zip(order, order[1:], strict=False):
            self.setTabOrder(first, then)

    def _learners_loaded(self, learners: list[Learner]) -> None:
        for learner in learners:
            self.learner_box.addItem(learner.name, learner.id)
        self._set_busy(False)
        self._show_status(self.tr("Kies wie, welke periode en welk bestand."), None)
        self.learner_box.setFocus()

    # -- choices -------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return _day(self.since_edit.date()), _day(self.until_edit.date())

    def suggested_name(self) -> str:
        who = self.learner_box.currentText() if self.learner_box.currentIndex() else "alle"
        slug = re.sub(r"[^\w-]+", "-", who.casefold()).strip("-") or "leerling"
        return f"rapport-{slug}-{self.period()[1].isoformat()}{self.format_box.currentData()}"

    def choose_file(self) -> None:
        if not self.save_button.isEnabled():
            return
        kind: str = self.format_box.currentData()
        suggested = str(Path.home() / self.suggested_name())
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Rapport opslaan"), suggested, f"{kind[1:].upper()} (*{kind})"
        )
        if name:
            self.save(Path(name if name.lower().endswith(kind) else name + kind))

    # -- the work: figures on the database lane, the file on the CPU lane ----------------

    def save(self, target: Path) -> None:
        reports, learner_id = self.services.reports, self.learner_box.currentData()
        since, until = self.period()
        self._set_busy(True)
        busy = self.tr("Bezig met de cijfers...")
        self._show_status(busy, BUSY_ICON)

        def gather() -> Report:
            if learner_id == EVERYONE:
                return reports.group_report(since, until)
            return reports.learner_report(learner_id, since, until)

        self.tasks.run(Op(gather, lambda report: self._write(report, target), self._failed,
                          busy=busy))  # fmt: skip

    def _write(self, report: Report, target: Path) -> None:
        reports = self.services.reports
        busy = self.tr("Bezig met het rapport...")
        self._show_status(busy, BUSY_ICON)
        self.tasks.run(Op(lambda: reports.write(report, target), self._saved, self._failed,
                          Lane.CPU, busy))  # fmt: skip

    def _saved(self, written: Written) -> None:
        self._set_busy(False)
        if written.pages:
            message = self.tr("Opgeslagen: {file} ({pages} pagina's)")
        else:
            message = self.tr("Opgeslagen: {file}")
        text = message.replace("{file}", written.path.name).replace("{pages}", str(written.pages))
        self._show_status(text, OK_ICON)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._show_status(self._explain(error), PROBLEM_ICON)

    def _explain(self, error: Exception) -> str:
        if isinstance(error, UseCaseError):
            return str(error)
        if isinstance(error, OSError) and error.errno == errno.ENOSPC:
            return self.tr("De schijf is vol. Maak ruimte vrij en probeer het opnieuw.")
        if isinstance(error, OSError) and error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return self.tr("Hier mag Vaktaal niet opslaan. Kies een andere map.")
        return self.tr("Het rapport lukte niet. Probeer het opnieuw of vraag IT.")

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    def _show_status(self, text: str, icon: str | None) -> None:
        self.status.setText(text)
        self.status_icon.setVisible(icon is not None)
        if icon is not None:
            self.status_icon.show_pictogram(icon, text)
