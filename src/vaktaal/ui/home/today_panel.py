"""Today at a glance: the daily goal as a big bar, and the days in a row with practice."""

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.home.parts import progress_bar
from vaktaal.ui.widgets import PictogramLabel, text_label
from vaktaal.usecases.practice import HomeOverview

GOAL = "openmoji:1F3AF"
FIRE = "openmoji:1F525"
SEEDLING = "openmoji:1F331"
PICTOGRAM_SIZE = 56


class TodayPanel(QFrame):
    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.goal_icon = PictogramLabel(library, PICTOGRAM_SIZE)
        self.goal_icon.show_pictogram(GOAL, self.tr("Doel"))
        self.goal_text = text_label("", 1.5, bold=True)
        self.goal_bar = progress_bar(0, 1, self.tr("Doel vandaag"))
        self.streak_icon = PictogramLabel(library, PICTOGRAM_SIZE)
        self.streak_text = text_label("", 1.3)
        goal_texts = QVBoxLayout()
        goal_texts.setSpacing(10)
        goal_texts.addWidget(self.goal_text)
        goal_texts.addWidget(self.goal_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(20)
        layout.addLayout(_row(self.goal_icon, goal_texts))
        layout.addLayout(_row(self.streak_icon, self.streak_text))

    def show_today(self, overview: HomeOverview) -> None:
        done, goal = overview.done_today, overview.daily_goal
        text = self.tr("{done} van {goal} vandaag").format(done=done, goal=goal)
        if goal > 0 and done >= goal:
            text = self.tr("{done} van {goal} vandaag. Doel gehaald!").format(done=done, goal=goal)
        self.goal_text.setText(text)
        self.goal_bar.setRange(0, max(goal, 1))
        self.goal_bar.setValue(min(done, max(goal, 1)))
        self.goal_bar.setAccessibleDescription(text)
        self._show_streak(overview.streak)

    def _show_streak(self, days: int) -> None:
        if days <= 0:
            self.streak_icon.show_pictogram(SEEDLING, self.tr("Plantje"))
            self.streak_text.setText(self.tr("Oefen vandaag. Dan heb je 1 dag op rij!"))
        elif days == 1:
            self.streak_icon.show_pictogram(FIRE, self.tr("Vuur"))
            self.streak_text.setText(self.tr("1 dag op rij. Goed bezig!"))
        else:
            self.streak_icon.show_pictogram(FIRE, self.tr("Vuur"))
            self.streak_text.setText(self.tr("{n} dagen op rij").format(n=days))


def _row(pictogram: QWidget, content: QWidget | QVBoxLayout) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(20)
    row.addWidget(pictogram)
    if isinstance(content, QWidget):
        row.addWidget(content, stretch=1)
    else:
        row.addLayout(content, stretch=1)
    return row
