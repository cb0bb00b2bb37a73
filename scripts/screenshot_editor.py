"""Screenshots of the deck editor (19-editor.png) and the pictogram picker (20-...).

The bundled warehouse deck is opened; one term misses its Arabic translation, so its message
shows next to the field. Run:
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_editor.py
"""

from PySide6.QtWidgets import QLineEdit, QScrollArea
from widget_shot import save, settle, styled_app

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.authoring.editor_window import EditorWindow
from vaktaal.ui.authoring.pictogram_picker import PictogramPicker
from vaktaal.ui.tasks import TaskManager

DECK = "magazijn-installatie"


def main() -> None:
    app, paths = styled_app()
    library = PictogramLibrary(paths.assets_dir)
    tasks = TaskManager()
    editor = EditorWindow(library, tasks)
    editor.open_path(paths.bundled_decks_dir / DECK)
    editor.show()
    editor.view.terms.list.setCurrentRow(18)
    arabic = editor.view.form.glosses.editors["glosses.ar"]
    assert isinstance(arabic, QLineEdit)
    arabic.clear()
    arabic.textEdited.emit("")
    editor._check_all()
    arabic.setFocus()
    settle(app)
    area = editor.view.form.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area is not None
    area.ensureWidgetVisible(arabic, 50, 120)
    save(app, editor, "19-editor")
    picker = PictogramPicker(library, tasks, "helm", editor)
    picker.show()
    while picker.index is None:
        settle(app, 0.05)
    picker.results.setFocus()
    save(app, picker, "20-pictogram-picker")
    tasks.shutdown()


if __name__ == "__main__":
    main()
