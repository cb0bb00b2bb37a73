"""For each Anki note type: its fields, what they hold in five notes, and a choice: what is it?"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QScrollArea, QSizePolicy, QWidget

from vaktaal.core import languages
from vaktaal.core.authoring.anki import AnkiSource, FieldMapping
from vaktaal.core.authoring.anki import mapping as roles
from vaktaal.core.authoring.anki.mapping import sample_text
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import text_label

SAMPLE_LENGTH = 24  # characters of each sample


class FieldMappingView(QScrollArea):
    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Velden van de Anki-notities"))
        self.choices: list[QComboBox] = []
        self._fields: list[tuple[str, str, QComboBox]] = []  # note type, field, choice
        self.setWidget(QWidget())

    def show_source(self, source: AnkiSource, mapping: FieldMapping) -> None:
        self.choices, self._fields = [], []
        page = QWidget()
        grid = QGridLayout(page)
        grid.setColumnStretch(1, 1)
        row = 0
        for note_type in source.note_types:
            title = self.tr("Notitietype '{name}' (notities: {n})")
            count = str(source.note_count(note_type))
            title = title.replace("{name}", note_type.name).replace("{n}", count)
            grid.addWidget(text_label(title, 1.1, True), row, 0, 1, 3)
            row += 1
            samples = source.samples(note_type)
            row = self._header(grid, row, len(samples))
            for index, name in enumerate(note_type.fields):
                choice = self._choice(note_type.name, name, mapping[note_type.name][name])
                grid.addWidget(text_label(name, 1.05, bold=True), row, 0)
                grid.addWidget(_sample_label(samples, index), row, 1)
                grid.addWidget(choice, row, 2)
                row += 1
        grid.setRowStretch(row, 1)
        self.setWidget(page)

    def _header(self, grid: QGridLayout, row: int, samples: int) -> int:
        heads = (self.tr("Veld"), self.tr("In de eerste {n} notities"), self.tr("Wat is het?"))
        for column, text in enumerate(heads):
            grid.addWidget(text_label(text.replace("{n}", str(samples)), 0.95), row, column)
        return row + 1

    def mapping(self) -> FieldMapping:
        result: FieldMapping = {}
        for note_type, field, choice in self._fields:
            result.setdefault(note_type, {})[field] = choice.currentData()
        return result

    def _choice(self, note_type: str, field: str, role: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(self.tr("Veld {field} is").replace("{field}", field))
        set_relative_font(box, 1.05)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(16)
        for value, label in self._role_labels():
            box.addItem(label, value)
        box.setCurrentIndex(max(0, box.findData(role)))
        box.currentIndexChanged.connect(lambda _index: self.mapping_changed.emit())
        self.choices.append(box)
        self._fields.append((note_type, field, box))
        return box

    def _role_labels(self) -> list[tuple[str, str]]:
        labels = [
            (roles.TERM, self.tr("Term (het woord)")),
            (roles.EXPLANATION, self.tr("Uitleg")),
            (roles.EXAMPLE, self.tr("Voorbeeldzin")),
            (roles.PICTOGRAM, self.tr("Plaatje")),
            (roles.AUDIO, self.tr("Geluid")),
            (roles.TERM_ID, self.tr("Id-nummer")),
            (roles.IGNORE, self.tr("(niet gebruiken)")),
        ]
        translation = self.tr("Vertaling: {language}")
        for language in languages.LANGUAGES.values():
            if language.code != "nl":
                name = f"{language.dutch_name} ({language.code})"
                labels.append((language.code, translation.replace("{language}", name)))
        return labels


def _sample_label(samples: list[tuple[str, ...]], index: int) -> QLabel:
    """What this field holds in the sample notes (up to five), in one line; all in a tip."""
    shown = [sample_text(note[index], SAMPLE_LENGTH) for note in samples if index < len(note)]
    label = text_label("  ·  ".join(f"\u2068{text}\u2069" for text in shown) or "—", 1.05)
    label.setToolTip("\n".join(shown))
    label.setWordWrap(True)  # all five stay visible
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label
