"""Each meeting exercise through its widgets: keys, clicks, feedback, what is recorded."""

from PySide6.QtCore import Qt

from vaktaal.core.meetings.exercises import no_deadline


def test_main_points_chosen_by_number_keys_and_checked_with_enter(
    qtbot, started, press, meeting_store
):  # type: ignore[no-untyped-def]
    widget = started()
    view = widget.main_points
    assert widget.current_exercise == "main_points"
    assert len(view.buttons) == 5
    for index in sorted(view.exercise.correct_indexes):
        press(getattr(Qt.Key, f"Key_{index + 1}"))
    press(Qt.Key.Key_Return)
    assert view.checked and view.result.isVisible()
    assert view.result.message.text() == "Goed!"
    assert "2 van de 2" in view.result.answer.text()
    press(Qt.Key.Key_Return)
    assert widget.current_exercise == "action_items"
    qtbot.waitUntil(lambda: bool(meeting_store.results))
    learner, meeting_id, exercise, score, details = meeting_store.results[0]
    assert (learner, meeting_id, exercise, score) == (7, "werkoverleg-magazijn", "main_points", 1.0)
    assert len(details["chosen"]) == 2


def test_main_points_feedback_marks_the_wrong_choice_and_the_missed_points(qtbot, started):  # type: ignore[no-untyped-def]
    view = started().main_points
    wrong = next(i for i, o in enumerate(view.exercise.options) if not o.correct)
    qtbot.mouseClick(view.buttons[wrong], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    roles = [b.property("role") for b in view.buttons]
    assert roles[wrong] == "bad"
    assert all(roles[i] == "missed" for i in view.exercise.correct_indexes)
    assert view.result.message.text() == "Nog niet helemaal"
    assert "0 van de 2" in view.result.answer.text()
    assert view.score == 0.0


def _press_option(press, view, value: str) -> None:  # type: ignore[no-untyped-def]
    press(getattr(Qt.Key, f"Key_{view.values.index(value) + 1}"))


def test_action_items_ask_who_then_when_and_show_the_right_answer(
    qtbot, started, press, meeting_store
):  # type: ignore[no-untyped-def]
    widget = started()
    press(Qt.Key.Key_1)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)
    view = widget.action_items
    assert widget.current_exercise == "action_items"
    assert view.what.text() == "De pallets controleren"
    assert view.texts == ["Anja (teamleider)", "Samir (magazijnmedewerker)", "Kees (chauffeur)"]
    _press_option(press, view, "samir")
    assert "Samir" in view.chosen_who.text()
    assert "voor de lunch" in view.texts
    _press_option(press, view, "voor de lunch")
    assert view.result.message.text() == "Goed!"
    press(Qt.Key.Key_Return)
    assert view.what.text() == "De pakbonnen naar kantoor brengen"
    _press_option(press, view, "anja")  # wrong: Kees brings them
    _press_option(press, view, no_deadline())
    assert view.result.message.text() == "De tijd klopt, de persoon niet"
    assert view.result.answer.text() == f"Kees doet dit. Klaar: {no_deadline()}."
    press(Qt.Key.Key_Return)
    assert widget.current_exercise == "unknown_words"
    qtbot.waitUntil(lambda: len(meeting_store.results) == 2)
    assert meeting_store.score("action_items") == 0.75


def _to_step(qtbot, widget, name: str) -> None:  # type: ignore[no-untyped-def]
    index = [s[0] for s in widget.steps].index(name)
    widget._show(index)
    assert widget.current_exercise == name


def test_tapped_unknown_words_go_to_practice_with_the_deck_id(qtbot, started, press, meeting_store):  # type: ignore[no-untyped-def]
    widget = started()
    _to_step(qtbot, widget, "unknown_words")
    view = widget.unknown_words
    assert [b.accessibleName() for b in view.buttons] == [
        "de pakbon",
        "de pallet",
        "de heftruck",
        "het laadperron",
    ]
    press(Qt.Key.Key_1)
    qtbot.mouseClick(view.buttons[2], Qt.MouseButton.LeftButton)
    view.focus_main()
    press(Qt.Key.Key_Return)
    assert view.result.message.text() == "Naar je oefenlijst: 2"
    press(Qt.Key.Key_Return)
    assert widget.current_exercise == "summary"
    qtbot.waitUntil(lambda: bool(meeting_store.unknown))
    assert meeting_store.unknown == [(7, "magazijn", ["pakbon", "heftruck"])]
    qtbot.waitUntil(lambda: any(r[2] == "unknown_words" for r in meeting_store.results))
    assert meeting_store.score("unknown_words") == 0.5


def test_no_unknown_words_tapped_adds_nothing(qtbot, started, press, meeting_store):  # type: ignore[no-untyped-def]
    widget = started()
    _to_step(qtbot, widget, "unknown_words")
    qtbot.mouseClick(widget.unknown_words.ready_button, Qt.MouseButton.LeftButton)
    assert widget.unknown_words.result.message.text() == "Je kende alle woorden. Goed!"
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(r[2] == "unknown_words" for r in meeting_store.results))
    assert meeting_store.unknown == []


def test_steps_without_action_items_or_deck_terms_are_left_out(qtbot, started, services, installed):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    services.decks.terms = ()
    widget = started(replace(installed.meeting, action_items=()))
    assert [s[0] for s in widget.steps] == ["main_points", "summary"]
    assert widget.progress.text() == "Oefening 1 van 2"


def test_each_result_tells_the_screens_that_progress_changed(qtbot, started, press, tasks):  # type: ignore[no-untyped-def]
    from vaktaal.usecases.changes import PROGRESS

    widget = started()
    press(Qt.Key.Key_1)
    press(Qt.Key.Key_Return)
    with qtbot.waitSignal(tasks.changed) as changed:
        press(Qt.Key.Key_Return)
    assert changed.args == [PROGRESS] and widget.current_exercise == "action_items"
