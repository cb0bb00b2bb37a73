"""Screenshots of the meeting player: 21-meeting-player.png (subtitles on, the third line
highlighted) and 22-meeting-listen-only.png (the text off, only who speaks).

Plays the bundled servicedesk dagstart (or a built-in one while that deck has no meetings)
with a silent fake voice. Run:
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_meetings_player.py
"""

from widget_shot import save, styled_app

from vaktaal.core.deckformat import load_deck
from vaktaal.core.meetings.model import Line, MainPoint, Meeting, Speaker
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.problems import DeckProblems
from vaktaal.paths import Paths
from vaktaal.ui.meetings.player import MeetingPlayer
from vaktaal.ui.meetings.voice import FakeMeetingVoice

DECK = "it-servicedesk"


def bundled_meeting(paths: Paths, library: PictogramLibrary) -> Meeting:
    try:
        meetings = load_deck(paths.bundled_decks_dir / DECK, library).deck.meetings
    except DeckProblems:
        meetings = ()
    return meetings[0] if meetings else built_in_meeting()


def built_in_meeting() -> Meeting:
    speakers = (Speaker("sanne", "Sanne", "teamleider"), Speaker("ahmad", "Ahmad", "servicedesk"),
                Speaker("pieter", "Pieter", "monteur"))  # fmt: skip
    lines = (
        Line("sanne", "Goedemorgen allemaal, we beginnen met de dagstart."),
        Line("ahmad", "De printer op de tweede verdieping is weer kapot."),
        Line("sanne", "Wie kan daar vanochtend naar kijken?"),
        Line("pieter", "Dat doe ik na de koffie."),
        Line("ahmad", "Prima, dan zet ik de melding op jouw naam."),
    )
    return Meeting("dagstart", "Dagstart servicedesk", "Maandag om 8:00 bij de servicedesk.",
                   speakers, lines, (MainPoint("printer", "De printer is kapot."),))  # fmt: skip


def main() -> None:
    app, paths = styled_app()
    library = PictogramLibrary(paths.assets_dir)
    voice = FakeMeetingVoice()
    player = MeetingPlayer(library, voice)
    player.setStyleSheet("QWidget#page { background: #f7f8fa; }")
    player.resize(1366, 768)
    player.load(bundled_meeting(paths, library))
    player.show()
    player.play()
    voice.finish()
    voice.finish()
    save(app, player, "21-meeting-player")
    player.toggle_text()
    save(app, player, "22-meeting-listen-only")


if __name__ == "__main__":
    main()
