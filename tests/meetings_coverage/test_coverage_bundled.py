"""Summary coverage on the bundled meetings (decks/*/meetings/*.toml)."""

import pytest

from vaktaal.core.deckformat import load_deck
from vaktaal.core.meetings.coverage import check_summary
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.paths import Paths

DECKS = Paths.create("/nonexistent-vaktaal-test").bundled_decks_dir
MEETING_FILES = sorted(DECKS.glob("*/meetings/*.toml"))


def bundled_meeting(library: PictogramLibrary, deck: str, meeting_id: str) -> Meeting:
    loaded = load_deck(DECKS / deck, library).deck
    return next(meeting for meeting in loaded.meetings if meeting.id == meeting_id)


@pytest.mark.parametrize("path", MEETING_FILES, ids=lambda p: p.stem)
def test_the_authors_own_texts_cover_every_point_and_action(path, library):
    meeting = bundled_meeting(library, path.parent.parent.name, path.stem)
    owners = {speaker.id: speaker.name for speaker in meeting.speakers}
    summary = (
        " ".join(point.text for point in meeting.main_points)
        + " "
        + " ".join(
            f"{owners[action.who]}: {action.what} ({action.when})."
            for action in meeting.action_items
        )
    )
    check = check_summary(meeting, summary)
    assert [item.level for item in check.points + check.actions] == ["covered"] * (
        len(meeting.main_points) + len(meeting.action_items)
    )
    assert check_summary(meeting, "").score == 0.0


def test_sample_answers_on_the_servicedesk_dagstart(library):
    meeting = bundled_meeting(library, "it-servicedesk", "dagstart")
    good = (
        "De mail deed het niet maar de storing is nu opgelost. Vandaag eerst de wachtwoorden "
        "resetten. Pas op voor een nepmail: niet op de link klikken en maak een ticket. Youssef "
        "belt vandaag om 10 uur de leverancier over de printer. Linda zet de update voor de "
        "laptops vandaag klaar. Als iemand op de link heeft geklikt, stuurt Youssef het ticket "
        "door naar de tweede lijn."
    )
    partly = "Er was een storing. Veel mensen wilden een nieuw wachtwoord. De printer is kapot."
    check = check_summary(meeting, good)
    assert {item.level for item in check.points + check.actions} == {"covered"}
    check = check_summary(meeting, partly)
    assert [point.level for point in check.points] == ["partly", "partly", "missed"]
    assert [action.level for action in check.actions] == ["partly", "missed", "missed"]
