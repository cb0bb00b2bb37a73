"""A small dagstart built in the tests (three speakers, one with a voice of her own)."""

from vaktaal.core.meetings.model import ActionItem, Line, MainPoint, Meeting, Speaker
from vaktaal.usecases.meetings import InstalledMeeting, MeetingSummary

SPEAKERS = (
    Speaker("sanne", "Sanne", "teamleider", voice="nl+f3"),
    Speaker("ahmad", "Ahmad", "servicedesk"),
    Speaker("pieter", "Pieter", "monteur"),
)
LINES = (
    Line("sanne", "Goedemorgen allemaal, we beginnen met de dagstart."),
    Line("ahmad", "De printer op de tweede verdieping is weer kapot."),
    Line("sanne", "Wie kan daar vanochtend naar kijken?"),
    Line("pieter", "Dat doe ik na de koffie."),
    Line("ahmad", "Prima, dan zet ik de melding op jouw naam."),
)


def dagstart(meeting_id: str = "dagstart-maandag", lines: tuple[Line, ...] = LINES) -> Meeting:
    return Meeting(
        id=meeting_id,
        title="Dagstart servicedesk",
        situation="Maandag om 8:00 bij de servicedesk.",
        speakers=SPEAKERS,
        lines=lines,
        main_points=(MainPoint("printer", "De printer is kapot."),),
        action_items=(ActionItem("kijken", "pieter", "naar de printer kijken", "vanochtend"),),
    )


class FakeMeetings:
    """The reading side of the meetings use case, as the screens use it."""

    def __init__(self, *meetings: Meeting) -> None:
        self.meetings = {m.id: m for m in meetings}

    def list_meetings(self) -> list[MeetingSummary]:
        return [
            MeetingSummary(
                m.id, "it-servicedesk", m.title, m.situation, len(m.lines), len(m.main_points)
            )
            for m in self.meetings.values()
        ]

    def get(self, meeting_id: str) -> InstalledMeeting | None:
        meeting = self.meetings.get(meeting_id)
        return InstalledMeeting("it-servicedesk", meeting) if meeting else None
