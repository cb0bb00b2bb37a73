"""The editor's links with Vaktaal: put the deck in for learners, print, import and export."""

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from vaktaal.core.authoring.editing import with_term_field
from vaktaal.ui.authoring import editor_actions
from vaktaal.ui.authoring.editor_actions import EditorActions
from vaktaal.ui.authoring.editor_window import EditorWindow

DECK = "magazijn-installatie"


@pytest.fixture
def actions(editor: EditorWindow, services, bundled_deck: Path, monkeypatch):  # type: ignore[no-untyped-def]
    opened: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(editor_actions, "_tell", lambda _parent, _title, text: told.append(text))
    assert editor.open_path(bundled_deck)
    made = EditorActions(editor, services.services, opened.append)
    made.opened, made.told = opened, told  # type: ignore[attr-defined]
    return made


def install(qtbot, actions: EditorActions) -> None:  # type: ignore[no-untyped-def]
    before = actions.installed
    actions.install()
    qtbot.waitUntil(lambda: actions.installed is not before, timeout=10_000)


def test_the_actions_are_in_the_bestand_menu(actions: EditorActions, editor) -> None:  # type: ignore[no-untyped-def]
    shortcuts = {a.text(): a.shortcut().toString() for a in editor.file_menu.actions()}
    assert shortcuts["In Vaktaal zetten voor leerlingen"] == "Ctrl+I"
    assert "Importeren uit Anki…" in shortcuts and "Exporteren naar Excel of CSV…" in shortcuts
    assert list(shortcuts)[-1] != "Importeren uit Anki…"  # 'Sluiten' stays last


def test_putting_the_deck_in_vaktaal_lets_learners_practise_it(qtbot, actions, services) -> None:  # type: ignore[no-untyped-def]
    assert DECK not in services.decks.installed_versions()
    install(qtbot, actions)
    assert services.decks.installed_versions()[DECK] == actions.editor.draft.deck["version"]
    loaded = services.decks.load(DECK)
    assert loaded is not None and len(loaded.deck.terms) == len(actions.editor.draft.terms)
    assert "Leerlingen kunnen ermee oefenen" in actions.editor.status.text()


def test_a_changed_deck_gets_a_new_version_when_put_in_again(qtbot, actions, services) -> None:  # type: ignore[no-untyped-def]
    install(qtbot, actions)
    first = services.decks.installed_versions()[DECK]
    editor = actions.editor
    editor.replace_draft(with_term_field(editor.draft, 0, "explanation", "Nieuwe uitleg."), "x")
    install(qtbot, actions)
    assert services.decks.installed_versions()[DECK] == first + 1
    loaded = services.decks.load(DECK)
    assert loaded is not None and loaded.deck.terms[0].explanation == "Nieuwe uitleg."


def test_a_deck_with_problems_is_not_put_in(qtbot, actions, services, editor) -> None:  # type: ignore[no-untyped-def]
    editor.replace_draft(with_term_field(editor.draft, 0, "term", ""), "leeg")
    actions.install()
    qtbot.wait(200)
    assert DECK not in services.decks.installed_versions()
    assert any("problemen" in message for message in editor.told)


def test_print_and_export_ask_to_put_the_deck_in_first(qtbot, actions, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    printed: list[str] = []
    monkeypatch.setattr(
        editor_actions, "open_print_dialog", lambda _p, _s, _t, deck: printed.append(deck)
    )
    actions.print_deck()
    assert printed == [] and "eerst in Vaktaal" in actions.told[-1]
    install(qtbot, actions)
    actions.print_deck()
    assert printed == [DECK]
    editor = actions.editor
    editor.replace_draft(with_term_field(editor.draft, 0, "example", "Anders."), "x")
    actions.print_deck()  # changed since: what would be printed is not what the editor shows
    assert printed == [DECK] and len(actions.told) == 2


def test_an_imported_deck_is_opened_in_an_editor(actions, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    class ImportsOne(QObject):
        imported = Signal(str)

        def __init__(self, _services, _tasks, parent=None) -> None:  # type: ignore[no-untyped-def]
            super().__init__()

        def exec(self) -> int:
            self.imported.emit("uit-anki")
            return 1

    monkeypatch.setattr(editor_actions, "AnkiImportDialog", ImportsOne)
    monkeypatch.setattr(editor_actions, "SpreadsheetImportDialog", ImportsOne)
    actions.import_anki()
    actions.import_spreadsheet()
    assert actions.opened == ["uit-anki", "uit-anki"]


def test_the_decks_meetings_survive_editing_and_saving(
    editor, bundled_deck, shipped, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from vaktaal.core.authoring.editing import without_term
    from vaktaal.core.deckformat import load_deck

    assert editor.open_path(bundled_deck)
    meetings = editor.draft.meetings
    assert meetings, "the bundled deck has meetings"
    used = meetings[0].terms[0]
    index = next(i for i, t in enumerate(editor.draft.terms) if t["id"] == used)
    editor.replace_draft(without_term(editor.draft, index), "weg")
    out = tmp_path / "kopie.vaktaal"
    assert editor.save_to(out)
    saved = load_deck(out, shipped).deck
    assert [m.id for m in saved.meetings] == [m.id for m in meetings]
    assert used not in saved.meetings[0].terms  # the removed term left the meeting's list
    assert saved.meetings[0].lines == meetings[0].lines


def test_a_meeting_made_in_the_meeting_editor_goes_into_the_deck(
    qtbot, actions, shipped, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    from vaktaal.core.deckformat import load_deck
    from vaktaal.ui.meetings.meeting_editor import MeetingEditor

    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: refused.append(text))
    editor = actions.editor
    before = editor.draft.meetings
    meetings = MeetingEditor(actions.tasks, lambda: None, shipped, deck=actions)  # type: ignore[arg-type,return-value]
    qtbot.addWidget(meetings)
    assert meetings.to_deck_button.isVisibleTo(meetings)
    meetings.load(replace(before[0], id="nieuw", title="Nieuwe dagstart", main_points=()))
    assert not meetings.put_in_deck()  # no main points: not ready for learners
    assert refused and editor.draft.meetings == before
    meetings.load(replace(before[0], id="nieuw", title="Nieuwe dagstart"))
    assert meetings.put_in_deck()
    assert [m.title for m in editor.draft.meetings][-1] == "Nieuwe dagstart"
    editor.undo.stack.undo()  # one step to undo
    assert editor.draft.meetings == before
    editor.undo.stack.redo()
    out = tmp_path / "met-vergadering.vaktaal"
    assert editor.save_to(out)
    saved = load_deck(out, shipped).deck
    assert "Nieuwe dagstart" in [m.title for m in saved.meetings]


def test_a_meeting_of_the_deck_is_edited_and_replaced_under_its_own_id(
    qtbot, actions, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from vaktaal.ui.meetings import meeting_editor

    editor = actions.editor
    first = editor.draft.meetings[0]
    recorded = replace(
        first, lines=(replace(first.lines[0], audio="audio/zin-1.wav"),) + first.lines[1:]
    )
    editor.replace_draft(
        replace(editor.draft, meetings=(recorded, *editor.draft.meetings[1:])), "x"
    )
    opened: list[meeting_editor.MeetingEditor] = []
    real_open = meeting_editor.open_meeting_editor

    def open_and_keep(*args, **kwargs):  # type: ignore[no-untyped-def]
        window = real_open(*args, **kwargs)
        opened.append(window)
        qtbot.addWidget(window)
        return window

    monkeypatch.setattr(meeting_editor, "open_meeting_editor", open_and_keep)
    monkeypatch.setattr(actions, "choose_meeting", lambda meetings: meetings[0])
    actions.edit_meeting()
    [window] = opened
    window.form.title.setText("Dagstart, nieuwe titel")
    assert window.put_in_deck()
    ids = [m.id for m in editor.draft.meetings]
    assert ids.count(first.id) == 1 and len(ids) == len(set(ids))  # replaced, not added
    changed = next(m for m in editor.draft.meetings if m.id == first.id)
    assert changed.title == "Dagstart, nieuwe titel"
    assert changed.lines[0].audio == "audio/zin-1.wav"  # its text did not change


def test_without_meetings_editing_one_says_what_to_do(actions) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    actions.editor.replace_draft(replace(actions.editor.draft, meetings=()), "x")
    actions.edit_meeting()
    assert "Vergadering maken" in actions.told[-1]
