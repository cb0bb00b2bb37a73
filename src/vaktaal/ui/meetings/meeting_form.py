"""The meeting editor's form: title, situation, and a tab each for speakers, lines, main
points and action items. Ids left empty are made from names (speakers) or numbered."""

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from vaktaal.core.meetings.authoring_files import MeetingFileProblem
from vaktaal.core.meetings.model import ActionItem, Line, MainPoint, Meeting, Speaker
from vaktaal.speech.transcription import meeting_id
from vaktaal.ui.meetings.meeting_tables import (
    SPEAKER,
    RowTable,
    keywords_text,
    parse_keywords,
    seconds_text,
)
from vaktaal.ui.text_size import set_relative_font

TEXT = "text"


class MeetingForm(QWidget):
    SPEAKERS_TAB, LINES_TAB, POINTS_TAB, ACTIONS_TAB = range(4)

    def __init__(self) -> None:
        super().__init__()
        self.base = Meeting("vergadering", "", "", (), (), ())  # keeps fields not shown here
        self.title = QLineEdit()
        self.situation = QLineEdit()
        self.situation.setPlaceholderText(self.tr("Waar en wanneer? Bv. dagstart om 8:00"))
        for field in (self.title, self.situation):
            set_relative_font(field, 1.15)
        keywords = self.tr("Trefwoorden (a, b; c)")
        self.speakers = RowTable(
            [
                (self.tr("Id"), TEXT, False),
                (self.tr("Naam"), TEXT, True),
                (self.tr("Rol"), TEXT, True),
                (self.tr("Stem"), TEXT, False),
            ],
            self.tr("Spreker"),
        )
        self.lines = RowTable(
            [
                (self.tr("Spreker"), SPEAKER, False),
                (self.tr("Tekst"), TEXT, True),
                (self.tr("Begin (s)"), TEXT, False),
                (self.tr("Eind (s)"), TEXT, False),
            ],
            self.tr("Zin"),
        )
        self.points = RowTable(
            [
                (self.tr("Id"), TEXT, False),
                (self.tr("Hoofdpunt"), TEXT, True),
                (keywords, TEXT, True),
            ],
            self.tr("Hoofdpunt"),
        )
        self.action_items = RowTable(
            [
                (self.tr("Id"), TEXT, False),
                (self.tr("Wie"), SPEAKER, False),
                (self.tr("Wat"), TEXT, True),
                (self.tr("Wanneer"), TEXT, False),
                (keywords, TEXT, True),
            ],
            self.tr("Actiepunt"),
        )
        self.action_items.allow_no_speaker = True
        self.speakers.table.itemChanged.connect(lambda _item: self._speakers_changed())
        self.speakers.remove_button.clicked.connect(self._speakers_changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.speakers, self.tr("Sprekers"))
        self.tabs.addTab(self.lines, self.tr("Zinnen"))
        self.tabs.addTab(self.points, self.tr("Hoofdpunten"))
        self.tabs.addTab(self.action_items, self.tr("Actiepunten"))
        set_relative_font(self.tabs, 1.1)
        fields = QFormLayout()
        fields.addRow(self.tr("Titel"), self.title)
        fields.addRow(self.tr("Situatie"), self.situation)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(fields)
        layout.addWidget(self.tabs, 1)

    def load(self, meeting: Meeting) -> None:
        self.base = meeting
        self.title.setText(meeting.title)
        self.situation.setText(meeting.situation)
        self.speakers.set_rows([[s.id, s.name, s.role, s.voice or ""] for s in meeting.speakers])
        self._speakers_changed()
        self.lines.set_rows(
            [[li.speaker, li.text, seconds_text(li.start), seconds_text(li.end)]
             for li in meeting.lines])  # fmt: skip
        self.points.set_rows(
            [[p.id, p.text, keywords_text(p.keywords)] for p in meeting.main_points]
        )
        self.action_items.set_rows(
            [[a.id, a.who, a.what, a.when or "", keywords_text(a.keywords)]
             for a in meeting.action_items])  # fmt: skip

    def take_transcript(self, draft: Meeting) -> None:
        """A fresh transcript: its lines and speaker; the author's own text stays."""
        current = self.meeting(strict=False)
        known = {s.id for s in current.speakers}
        speakers = current.speakers + tuple(s for s in draft.speakers if s.id not in known)
        self.load(replace(current, title=current.title or draft.title, speakers=speakers,
                          lines=draft.lines))  # fmt: skip

    def saved(self, meeting: Meeting) -> None:
        self.base = meeting

    def suggested_id(self) -> str:
        return meeting_id(self.title.text()) if self.title.text().strip() else self.base.id

    def _speakers_changed(self) -> None:
        choices = [(self._speaker_id(row), row[1]) for row in self.speakers.rows()]
        self.lines.set_speakers(choices)
        self.action_items.set_speakers(choices)

    def _speaker_id(self, row: list[str]) -> str:
        return row[0] or meeting_id(row[1])

    def meeting(self, strict: bool = True) -> Meeting:
        """The meeting the form shows. Raises MeetingFileProblem for times that are not
        numbers (with strict=False they are left out)."""
        problems: list[str] = []
        lines = tuple(self._line(row, problems) for row in self.lines.rows())
        if problems and strict:
            raise MeetingFileProblem(problems)
        speakers = tuple(Speaker(self._speaker_id(r), r[1], r[2], r[3] or None)
                         for r in self.speakers.rows())  # fmt: skip
        learner = self.base.learner if self.base.learner in {s.id for s in speakers} else None
        return replace(
            self.base, id=self.suggested_id(), title=self.title.text().strip(),
            situation=self.situation.text().strip(), lines=lines, speakers=speakers,
            learner=learner,  # not shown here: kept while that speaker is there
            main_points=tuple(MainPoint(r[0] or f"punt-{n}", r[1], parse_keywords(r[2]))
                              for n, r in enumerate(self.points.rows(), start=1)),
            action_items=tuple(ActionItem(r[0] or f"actie-{n}", r[1], r[2], r[3] or None,
                                          parse_keywords(r[4]))
                               for n, r in enumerate(self.action_items.rows(), start=1)),
        )  # fmt: skip

    def _line(self, row: list[str], problems: list[str]) -> Line:
        """A line of the table; it keeps its recording while its text stays the same."""
        start, end = (_seconds(value, problems) for value in (row[2], row[3]))
        recorded = {line.text: line.audio for line in self.base.lines if line.audio}
        return Line(row[0], row[1], recorded.get(row[1]), start, end)


def _seconds(value: str, problems: list[str]) -> float | None:
    if not value:
        return None
    try:
        return float(value.replace(",", "."))
    except ValueError:
        message = QCoreApplication.translate(
            "MeetingForm", "'{value}' is geen tijd. Schrijf seconden, bv. 12.5, of laat het leeg."
        )
        problems.append(message.format(value=value))
        return None
