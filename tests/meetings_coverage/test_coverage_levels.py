"""Sample answers per level on two realistic meetings: covered, partly, missed."""

from coverage_samples import magazijn_werkoverleg, servicedesk_dagstart

from vaktaal.core.meetings.coverage import (
    Coverage,
    SummaryCheck,
    action_keywords,
    check_summary,
    summary_check_to_json,
)
from vaktaal.core.meetings.model import ActionItem, MainPoint, Meeting

GOOD_DAGSTART = (
    "Er is een storing met de mail. Klanten willen een nieuw wachtwoord; je mag het pas "
    "resetten als je de klant gecontroleerd hebt. Omar belt voor 12 uur de klanten met een "
    "ticket terug. Lisa checkt vandaag de laptops."
)


def levels(items: tuple[Coverage, ...]) -> dict[str, str]:
    return {item.id: item.level for item in items}


def by_id(check: SummaryCheck, item_id: str) -> Coverage:
    return next(item for item in check.points + check.actions if item.id == item_id)


def test_a_good_summary_covers_every_point_and_action() -> None:
    check = check_summary(servicedesk_dagstart(), GOOD_DAGSTART)
    assert levels(check.points) == {"storing": "covered", "wachtwoord": "covered"}
    assert levels(check.actions) == {"terugbellen": "covered", "laptops": "covered"}
    assert check.score == 1.0


def test_a_partial_summary_says_what_is_matched_and_missing() -> None:
    check = check_summary(servicedesk_dagstart(), "Klanten bellen over hun wachtwoord.")
    point = by_id(check, "wachtwoord")
    assert point.level == "partly"
    assert point.matched == ("wachtwoord",)
    assert point.missing == ("resetten", "controleren")
    assert by_id(check, "storing").level == "missed"
    assert by_id(check, "storing").missing == ("storing", "mail")


def test_inflected_forms_cover_the_warehouse_meeting() -> None:
    summary = (
        "Kees zegt: de bestellingen worden altijd twee keer nagekeken. De europallets voor de "
        "bouwplaats staan voortaan bij dock drie. Vrijdag ruimt Ahmed de doosjes op."
    )
    check = check_summary(magazijn_werkoverleg(), summary)
    assert levels(check.points) == {"dock": "covered", "dubbel": "covered"}
    assert levels(check.actions) == {"dozen": "covered"}


def test_word_order_does_not_matter() -> None:
    meeting = magazijn_werkoverleg()
    forward = check_summary(meeting, "Ahmed moet vrijdag de dozen opruimen.")
    backward = check_summary(meeting, "Opruimen van de dozen: vrijdag, door Ahmed.")
    assert forward == backward
    assert by_id(forward, "dozen").level == "covered"


def test_synonyms_of_the_author_count() -> None:
    check = check_summary(servicedesk_dagstart(), "Het password herstellen, maar eerst checken.")
    assert by_id(check, "wachtwoord").level == "covered"
    assert by_id(check, "wachtwoord").matched == ("wachtwoord", "resetten", "controleren")


def test_capitals_accents_and_punctuation_do_not_matter() -> None:
    check = check_summary(servicedesk_dagstart(), "STORING!!! ... in de E-mail?!")
    assert by_id(check, "storing").level == "covered"


def test_an_empty_summary_misses_everything() -> None:
    for text in ("", "   \n  ", "..."):
        check = check_summary(servicedesk_dagstart(), text)
        assert {item.level for item in check.points + check.actions} == {"missed"}
        assert check.score == 0.0


def test_a_summary_in_another_language_covers_nothing() -> None:
    english = (
        "This morning the team talked about an outage of the mailbox service. Customers who "
        "forgot their secret word must be verified first. Omar calls back before noon."
    )
    arabic = "هناك عطل في البريد الإلكتروني. عمر يتصل بالعملاء قبل الظهر."
    for text in (english, arabic):
        check = check_summary(servicedesk_dagstart(), text)
        assert {item.level for item in check.points + check.actions} == {"missed"}, text
        assert all(item.matched == () for item in check.points), text


def test_names_and_deadlines_alone_cover_no_action() -> None:
    check = check_summary(servicedesk_dagstart(), "Omar, voor 12:00. Lisa, vandaag.")
    assert [action.level for action in check.actions] == ["missed", "missed"]
    assert by_id(check, "terugbellen").missing == (
        "klant",
        "terugbellen",
        "ticket",
        "Omar",
        "vóór 12:00",
    )


def test_action_items_get_the_owner_and_the_deadline() -> None:
    meeting = servicedesk_dagstart()
    groups = action_keywords(meeting, meeting.action_items[1])
    assert groups[-2] == ("Lisa", "servicedeskmedewerker")
    assert groups[-1] == ("vandaag",)
    without_who = check_summary(meeting, "De laptops controleren.")
    assert by_id(without_who, "laptops").level == "partly"
    assert by_id(without_who, "laptops").missing == ("Lisa", "vandaag")


def test_the_owner_counts_by_first_name_or_role() -> None:
    meeting = magazijn_werkoverleg()
    groups = action_keywords(meeting, meeting.action_items[0])
    assert ("Ahmed", "orderpicker") in groups
    check = check_summary(meeting, "De orderpicker haalt de dozen vrijdag weg.")
    assert by_id(check, "dozen").matched == ("doos", "opruimen", "Ahmed", "vrijdag")


def test_an_owner_the_author_named_is_not_added_twice() -> None:
    meeting = magazijn_werkoverleg()
    action = ActionItem("a", "ahmed", "Dozen weg", "vrijdag", (("Ahmed",), ("doos",)))
    assert action_keywords(meeting, action) == (("Ahmed",), ("doos",), ("vrijdag",))


def test_without_keywords_the_content_words_of_the_text_count() -> None:
    meeting = Meeting(
        id="m", title="t", situation="s", speakers=(), lines=(),
        main_points=(MainPoint("p", "De koelcel gaat morgen dicht."),),
    )  # fmt: skip
    check = check_summary(meeting, "Morgen is de koelcel dicht.")
    assert check.points[0].matched == ("koelcel", "morgen", "dicht")
    assert check_summary(meeting, "De koelcellen.").points[0].level == "partly"


def test_json_lists_points_and_actions_with_their_levels() -> None:
    check = check_summary(magazijn_werkoverleg(), "Pallets bij dock 3.")
    data = summary_check_to_json(check)
    assert data["points"][0] == {
        "id": "dock",
        "text": "De pallets voor de bouwplaats staan bij dock 3.",
        "level": "covered",
        "matched": ["pallet", "dock 3"],
        "missing": [],
        "wrong": [],
    }
    assert [item["level"] for item in data["actions"]] == ["missed"]
    assert data["score"] == round(check.score, 2) == round(1 / 3, 2)
