"""What learners really write: "ik" for their own role, times in any form, telegram style,
spelling mistakes; and a wrong day or person is not covered. On the bundled meetings."""

import pytest
from graded import bundled_meetings

from vaktaal.core.meetings.coverage import Coverage, Mismatch, SummaryCheck, check_summary
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.meetings.moments import time_moments
from vaktaal.core.meetings.summary_language import summary_language
from vaktaal.core.meetings.wordforms import words


@pytest.fixture(scope="module")
def meetings() -> dict[str, Meeting]:
    from vaktaal.core.pictograms import PictogramLibrary
    from vaktaal.paths import Paths

    return bundled_meetings(PictogramLibrary(Paths.create("/nonexistent-vaktaal-test").assets_dir))


def item(check: SummaryCheck, item_id: str) -> Coverage:
    return next(i for i in check.points + check.actions if i.id == item_id)


def dagstart(meetings: dict[str, Meeting], text: str, item_id: str) -> Coverage:
    return item(check_summary(meetings["it-servicedesk/dagstart"], text), item_id)


@pytest.mark.parametrize(
    "text",
    ["om 10 uur", "om tien uur", "om 10", "10:00", "10.00", "om 10u", "vandaag", "maandag"],
)
def test_the_deadline_in_any_common_form(meetings, text) -> None:
    found = dagstart(
        meetings, f"Youssef belt {text} de leverancier over de printer.", "leverancier-bellen"
    )
    assert found.level == "covered" and found.wrong == ()
    assert "vandaag om 10:00" in found.matched  # "maandag": the meeting is on Monday


@pytest.mark.parametrize(
    ("text", "mismatch"),
    [
        ("Youssef belt om 11 uur de leverancier.", Mismatch("time", "vandaag om 10:00", "11 uur")),
        ("Youssef belt om 2 de leverancier.", Mismatch("time", "vandaag om 10:00", "om 2")),
        ("Youssef belt morgen de leverancier.", Mismatch("day", "vandaag om 10:00", "morgen")),
        ("Youssef belt dinsdag de leverancier.", Mismatch("day", "vandaag om 10:00", "dinsdag")),
        ("Linda belt de leverancier over de printer.", Mismatch("person", "Youssef", "Linda")),
        ("De teamleider belt de leverancier.", Mismatch("person", "Youssef", "Marieke")),
    ],
)
def test_a_wrong_day_time_or_person_is_not_covered(meetings, text, mismatch) -> None:
    found = dagstart(meetings, text, "leverancier-bellen")
    assert found.level == "partly"
    assert found.wrong == (mismatch,)


def test_each_task_keeps_its_own_person_within_a_sentence(meetings) -> None:
    swapped = (
        "Linda belt de leverancier over de printer, Youssef zet de update voor de laptops klaar."
    )
    assert dagstart(meetings, swapped, "leverancier-bellen").wrong[0].written == "Linda"
    assert dagstart(meetings, swapped, "update-klaarzetten").wrong[0].written == "Youssef"
    right = swapped.replace("Linda", "X").replace("Youssef", "Linda").replace("X", "Youssef")
    assert dagstart(meetings, right, "leverancier-bellen").level == "covered"
    assert dagstart(meetings, right, "update-klaarzetten").level == "covered"


def test_ik_and_mij_are_the_learners_role(meetings) -> None:
    own = "Ik bel de leverancier over de printer."  # the learner is Youssef
    assert dagstart(meetings, own, "leverancier-bellen").level == "covered"
    toolbox = meetings["magazijn-installatie/toolbox-veiligheid"]  # the learner is Tesfay
    assert item(check_summary(toolbox, "Voor mij: dozen weg."), "dozen-weghalen").level == "covered"
    not_mine = dagstart(meetings, "Ik zet de update voor de laptops klaar.", "update-klaarzetten")
    assert not_mine.level == "partly" and not_mine.wrong == (Mismatch("person", "Linda", "ik"),)


def test_ik_may_receive_what_the_task_is_for(meetings) -> None:
    meeting = meetings["eerste-werkweken/kennismaking-team"]  # the learner is Dawit
    check = check_summary(meeting, "Ellen geeft mij vandaag mijn rooster voor vier weken.")
    assert item(check, "rooster-geven").level == "covered"
    check = check_summary(meeting, "Morgen krijg ik mijn toegangspas.")
    assert item(check, "toegangspas").level == "covered" and item(check, "toegangspas").wrong == ()


def test_telegram_style_without_verbs(meetings) -> None:
    check = check_summary(
        meetings["it-servicedesk/dagstart"],
        "mail storing opgelost. wachtwoorden eerst. Youssef: leverancier, printer, 10.00. "
        "Linda: update laptops 16.00.",
    )
    assert {i.id: i.level for i in check.points + check.actions} == {
        "storing-opgelost": "covered", "wachtwoorden-eerst": "covered", "phishing": "missed",
        "leverancier-bellen": "covered", "update-klaarzetten": "covered",
        "phishing-escaleren": "missed",
    }  # fmt: skip


def test_a_word_shared_with_another_point_does_not_cover_a_task_alone(meetings) -> None:
    phishing_only = "Er is een phishingmail. Niet op de link klikken!"
    assert dagstart(meetings, phishing_only, "phishing-escaleren").level == "missed"
    with_owner = (
        "Heeft iemand op de link geklikt? Dan stuur ik het ticket door naar de tweede lijn."
    )
    assert dagstart(meetings, with_owner, "phishing-escaleren").level == "covered"


def test_a_compound_that_is_another_items_keyword_does_not_hold_its_parts(meetings) -> None:
    toolbox = meetings["magazijn-installatie/toolbox-veiligheid"]
    check = check_summary(toolbox, "Henk legt nieuwe handschoenen in het kastje.")
    assert item(check, "beschermingsmiddelen").level == "missed"  # not "schoenen"
    check = check_summary(toolbox, "Pallets maximaal tot schouderhoogte.")  # holds "schouder"
    assert item(check, "pallets-niet-te-hoog").matched == ("pallet", "hoog")


def test_long_words_may_be_one_letter_off(meetings) -> None:
    check = check_summary(meetings["magazijn-installatie/werkoverleg"], "Donderdag inventarisasie.")
    assert item(check, "inventarisatie-donderdag").matched == ("inventarisatie", "donderdag")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De mail werkt weer. Ik bel de leverancier.", "nl"),
        ("mail storing opgelost. leverancier bellen 10.00", "nl"),
        ("Kees is my buddy. Ziek? Dan bel ik Ellen. Work begins at eight.", "mixed"),
        ("The mail problem is fixed. Youssef calls the supplier at 10.", "other"),
        ("Acil çıkış her zaman boş olmalı. Ben kutuları kaldırıyorum.", "other"),
        ("هناك عطل في البريد الإلكتروني.", "other"),
    ],
)
def test_the_language_of_a_summary(meetings, text, language) -> None:
    meeting = meetings["it-servicedesk/dagstart"]
    vocabulary = [w for line in meeting.lines for w in words(line.text)]
    assert summary_language(text, vocabulary, ["Youssef", "Kees", "Ellen"]) == language


def test_a_summary_that_is_not_dutch_covers_nothing_yet(meetings) -> None:
    english = "The mail problem is fixed. Youssef calls the supplier about the printer at 10."
    check = check_summary(meetings["it-servicedesk/dagstart"], english)
    assert check.language == "other" and check.score == 0.0
    assert {i.level for i in check.points + check.actions} == {"missed"}


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("om 2 uur", {120, 840}), ("14.00", {840}), ("twee uur", {120, 840}), ("om 2", {120, 840}),
        ("14:00", {840}), ("half drie", {150, 870}), ("kwart voor 3", {165, 885}),
    ],
)  # fmt: skip
def test_clock_times(text, minutes) -> None:
    [moment] = time_moments(words(text))
    assert moment.minutes == minutes


@pytest.mark.parametrize("text", ["8 pallets", "stelling 4", "boven 23 kilo", "om de 2 dagen"])
def test_numbers_that_are_no_time(text) -> None:
    assert time_moments(words(text)) == []
