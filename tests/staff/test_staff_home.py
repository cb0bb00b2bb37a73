"""The staff home: a buddy sees the buddy's tasks, a coach also the coach's."""

from vaktaal.storage.learner_store import Learner
from vaktaal.ui.staff.staff_home import StaffHomePage

COACH_ONLY = ("learners", "staff")


def person(role: str) -> Learner:
    return Learner(7, "Sanne", ("nl",), "openmoji:1F9D1", True, (), role)


def test_a_buddy_does_not_see_the_coach_tasks(qtbot, library) -> None:
    page = StaffHomePage(library)
    qtbot.addWidget(page)
    page.show()
    page.show_person(person("buddy"))
    assert "Sanne" in page.title.text()
    assert all(not page.buttons[key].isVisible() for key in COACH_ONLY)
    assert page.buttons["buddy"].isVisible() and page.buttons["dashboard"].isVisible()


def test_a_coach_sees_every_task(qtbot, library) -> None:
    page = StaffHomePage(library)
    qtbot.addWidget(page)
    page.show()
    page.show_person(person("coach"))
    assert all(button.isVisible() for button in page.buttons.values())
