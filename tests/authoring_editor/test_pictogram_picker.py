"""The pictogram picker through its widgets: search, preview, choose; an own photo."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from test_photos import phone_photo

from vaktaal.core.authoring.photos import Photo
from vaktaal.ui.authoring import editor_window
from vaktaal.ui.authoring.pictogram_picker import REF_ROLE, PictogramPicker


def picker_for(qtbot, shipped, tasks, query: str) -> PictogramPicker:  # type: ignore[no-untyped-def]
    picker = PictogramPicker(shipped, tasks, query)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitUntil(lambda: picker.index is not None, timeout=10_000)
    return picker


def shown_refs(picker: PictogramPicker) -> list[str]:
    return [picker.results.item(r).data(REF_ROLE) for r in range(picker.results.count())]


def test_typing_a_word_shows_matching_pictograms_and_enter_chooses(qtbot, shipped, tasks):
    picker = picker_for(qtbot, shipped, tasks, "ladder")
    assert shown_refs(picker)[0] == "asset:ladder.svg"
    picker.search.clear()
    qtbot.keyClicks(picker.search, "forklift")
    assert shown_refs(picker)[0] == "asset:heftruck.svg"
    assert "heftruck" in picker.description.text()
    picker.results.setFocus()
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted
    assert picker.chosen == "asset:heftruck.svg"


def test_nothing_found_says_so(qtbot, shipped, tasks):
    picker = picker_for(qtbot, shipped, tasks, "qxzwv")
    assert picker.results.count() == 0
    assert "Niets gevonden" in picker.message.text()


def test_an_own_photo_is_prepared_in_the_background(qtbot, shipped, tasks, tmp_path: Path):
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(phone_photo())
    picker = picker_for(qtbot, shipped, tasks, "snijplank")
    picker.use_photo_file(photo)
    qtbot.waitUntil(lambda: picker.photo is not None, timeout=10_000)
    assert picker.chosen is not None and picker.chosen.startswith("media/snijplank-")
    assert picker.choose.isEnabled()


def test_a_broken_photo_gives_a_message_and_cannot_be_chosen(qtbot, shipped, tasks, tmp_path: Path):
    broken = tmp_path / "kapot.jpg"
    broken.write_bytes(phone_photo()[:5000])
    picker = picker_for(qtbot, shipped, tasks, "ladder")
    picker.use_photo_file(broken)
    qtbot.waitUntil(lambda: "kapot" in picker.message.text(), timeout=10_000)
    assert picker.chosen is None and not picker.choose.isEnabled()


def test_a_chosen_photo_goes_into_the_deck(qtbot, editor, bundled_deck, monkeypatch):
    editor.open_path(bundled_deck)
    photo = Photo(b"\xff\xd8 jpeg", 10, 10)

    class ChosenPhoto:
        def __init__(self, *_args: object) -> None:
            self.photo, self.chosen = photo, "media/foto-1.jpg"

        def exec(self) -> int:
            return 1

    monkeypatch.setattr(editor_window, "PictogramPicker", ChosenPhoto)
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert editor.draft.terms[0]["pictogram"] == "media/foto-1.jpg"
    assert editor.draft.media["media/foto-1.jpg"] == photo.data
    editor.undo.stack.undo()
    assert "media/foto-1.jpg" not in editor.draft.media
