"""The deck editor through its widgets: typing, live messages, undo, search, save and load."""

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from vaktaal.core.deckformat import load_deck
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.authoring import editor_files
from vaktaal.ui.authoring.editor_window import EditorWindow
from vaktaal.ui.authoring.term_list import PROBLEMS


def line(editor: EditorWindow, key: str) -> QLineEdit:
    form = editor.view.form
    widget = (form.glosses if key.startswith("glosses.") else form.fields).editors[key]
    assert isinstance(widget, QLineEdit)
    return widget


def deck_line(editor: EditorWindow, key: str) -> QLineEdit:
    widget = editor.view.details.fields.editors[key]
    assert isinstance(widget, QLineEdit)
    return widget


def message(editor: EditorWindow, key: str) -> str:
    form = editor.view.form
    label = (form.glosses if key.startswith("glosses.") else form.fields).messages[key]
    return label.text() if label.isVisibleTo(editor) else ""


def type_into(qtbot, widget: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Key presses; letters QTest cannot type (Arabic) as key events with their text."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def retype(qtbot, widget: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    type_into(qtbot, widget, text)


def test_typing_a_new_term_shows_messages_and_clears_them_when_filled(qtbot, editor):
    qtbot.mouseClick(editor.view.add_term, Qt.MouseButton.LeftButton)
    assert message(editor, "term") == "Dit veld ontbreekt of is leeg."
    type_into(qtbot, line(editor, "term"), "Heftruck")
    assert message(editor, "pictogram") == "Dit veld ontbreekt of is leeg."
    assert message(editor, "glosses.ar") == "De vertaling in deze taal ontbreekt."
    assert message(editor, "term") == ""
    assert message(editor, "explanation") == message(editor, "example") == ""  # may stay empty
    type_into(qtbot, line(editor, "pictogram"), "openmoji:1F69C")
    type_into(qtbot, line(editor, "glosses.ar"), "رافعة شوكية")
    assert message(editor, "pictogram") == ""
    assert message(editor, "glosses.ar") == ""
    assert line(editor, "id").text() == "heftruck"  # the id follows the word while it is new


def test_a_wrong_id_and_a_duplicate_id_get_their_message(qtbot, editor, bundled_deck):
    editor.open_path(bundled_deck)
    first_id = str(editor.draft.terms[0]["id"])
    retype(qtbot, line(editor, "id"), "Fout ID!")
    assert "is geen goede id" in message(editor, "id")
    retype(qtbot, line(editor, "id"), first_id)
    assert message(editor, "id") == ""
    editor.view.terms.list.setCurrentRow(1)
    retype(qtbot, line(editor, "id"), first_id)
    assert "staat al bij een andere term" in message(editor, "id")


def test_undo_and_redo_with_ctrl_z_and_ctrl_y(qtbot, editor, bundled_deck):
    editor.open_path(bundled_deck)
    explanation = line(editor, "explanation")
    before = explanation.text()
    type_into(qtbot, explanation, " Extra.")
    qtbot.keyClick(explanation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert explanation.text() == before  # the key presses of one field are one step
    assert not editor.is_changed()
    qtbot.keyClick(explanation, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert explanation.text() == before + " Extra."
    assert editor.is_changed()


def test_undo_brings_back_a_removed_term(qtbot, editor, bundled_deck):
    editor.open_path(bundled_deck)
    count = len(editor.draft.terms)
    first = editor.draft.terms[0]["term"]
    qtbot.mouseClick(editor.view.remove_term, Qt.MouseButton.LeftButton)
    assert len(editor.draft.terms) == count - 1
    editor.undo.stack.undo()
    assert len(editor.draft.terms) == count
    assert line(editor, "term").text() == first


def test_search_box_and_problem_filter(qtbot, editor, bundled_deck):
    editor.open_path(bundled_deck)
    terms = editor.view.terms
    type_into(qtbot, terms.search, "heftruck")
    shown = [editor.draft.terms[i]["term"] for i in terms.shown_indexes()]
    assert shown == ["heftruck"]
    terms.search.clear()
    terms.list.setCurrentRow(2)
    broken = terms.current_index()
    retype(qtbot, line(editor, "glosses.ar"), "")
    editor._check_all()  # the full check runs shortly after typing stops
    terms.filter.setCurrentIndex(terms.filter.findData(PROBLEMS))
    terms.filter.activated.emit(terms.filter.currentIndex())
    assert terms.shown_indexes() == [broken]
    assert "1" in editor.status.text()


def test_arabic_translation_is_typed_right_to_left(editor):
    arabic = line(editor, "glosses.ar")
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.alignment() & Qt.AlignmentFlag.AlignRight
    assert line(editor, "glosses.en").layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_saving_a_changed_published_deck_raises_its_version(
    qtbot, editor, bundled_deck, shipped: PictogramLibrary, tmp_path: Path
):
    editor.open_path(bundled_deck)
    original = load_deck(bundled_deck, shipped).deck
    retype(qtbot, line(editor, "example"), "Een nieuwe voorbeeldzin.")
    out = tmp_path / "magazijn.vaktaal"
    assert editor.save_to(out)
    saved = load_deck(out, shipped).deck
    assert saved.version == original.version + 1
    assert saved.terms[0].example == "Een nieuwe voorbeeldzin."
    assert [t.id for t in saved.terms] == [t.id for t in original.terms]
    assert not editor.is_changed()
    retype(qtbot, line(editor, "plural"), "meervouden")
    assert editor.save_to(out)  # published again at the raised version: raised once more
    assert load_deck(out, shipped).deck.version == original.version + 2


def test_saving_an_unchanged_deck_keeps_its_version(editor, bundled_deck, shipped, tmp_path):
    editor.open_path(bundled_deck)
    version = editor.draft.deck["version"]
    assert editor.save_to(tmp_path / "same.vaktaal")
    assert load_deck(tmp_path / "same.vaktaal", shipped).deck.version == version


def test_a_deck_with_problems_is_not_saved(editor, tmp_path: Path):
    assert not editor.save_to(tmp_path / "leeg.vaktaal")
    assert not (tmp_path / "leeg.vaktaal").exists()
    assert "problemen" in editor.told[-1]


def test_a_new_deck_made_with_the_widgets_saves_as_a_folder_and_loads(
    qtbot, editor, shipped, tmp_path: Path
):
    for key, text in [
        ("title", "Keuken"),
        ("organisation", "Colour Kitchen"),
        ("job_function", "Kok"),
        ("authors", "Team Keuken"),
        ("id", "keuken"),
    ]:
        type_into(qtbot, deck_line(editor, key), text)  # fmt: skip
    retype(qtbot, deck_line(editor, "gloss_languages"), "ar, en")
    qtbot.mouseClick(editor.view.add_term, Qt.MouseButton.LeftButton)
    word_class = editor.view.form.fields.editors["word_class"]
    assert isinstance(word_class, QComboBox)
    for key, text in [
        ("term", "snijplank"),
        ("explanation", "Een plank om op te snijden."),
        ("example", "Leg het mes op de snijplank."),
        ("pictogram", "openmoji:1F52A"),
        ("glosses.ar", "لوح تقطيع"),
        ("glosses.en", "cutting board"),
    ]:
        type_into(qtbot, line(editor, key), text)  # fmt: skip
    assert editor.checker.check(editor.draft).count == 0
    assert editor.save_to(tmp_path / "keuken")
    deck = load_deck(tmp_path / "keuken", shipped).deck
    assert (deck.id, deck.version, deck.gloss_languages) == ("keuken", 1, ("ar", "en"))
    assert deck.terms[0].glosses == {"ar": "لوح تقطيع", "en": "cutting board"}
    assert deck.terms[0].article == "de"


def test_closing_with_unsaved_changes_asks_first(qtbot, editor, bundled_deck):
    editor.open_path(bundled_deck)
    type_into(qtbot, line(editor, "plural"), "x")
    editor.answer = editor_files.Unsaved.CANCEL
    editor.close()
    assert editor.isVisible()
    editor.answer = editor_files.Unsaved.DISCARD
    editor.close()
    assert not editor.isVisible()


def test_opening_a_broken_deck_tells_why(editor, tmp_path: Path):
    broken = tmp_path / "kapot.vaktaal"
    broken.write_bytes(b"geen zip")
    assert not editor.open_path(broken)
    assert "zip" in editor.told[-1]


def test_typing_an_icon_name_letter_by_letter_does_not_end_the_editor(qtbot, editor):
    """ "mdi:f", "mdi:fo", … are unknown icon names on the way to mdi:forklift: they show no
    picture (qtawesome raised inside Qt's undo stack, and the next key ended the app)."""
    qtbot.mouseClick(editor.view.add_term, Qt.MouseButton.LeftButton)
    type_into(qtbot, line(editor, "term"), "Heftruck")
    type_into(qtbot, line(editor, "pictogram"), "mdi:forklift")
    assert line(editor, "pictogram").text() == "mdi:forklift"
    assert message(editor, "pictogram") == ""
