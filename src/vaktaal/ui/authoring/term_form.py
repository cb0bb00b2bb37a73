"""Every field of one term, with its translations and the problems found while typing."""

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vaktaal.core import languages
from vaktaal.core.model import ARTICLES
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.authoring.form_fields import FormFields, right_to_left
from vaktaal.ui.widgets import PictogramLabel, heading

PREVIEW_SIZE = 96


class TermForm(QWidget):
    edited = Signal(str, object)  # field as in deck.toml, new value
    pictogram_requested = Signal()

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.media: Mapping[str, bytes] = {}
        self.title = heading(self.tr("Term"), 1.3)
        self.fields = FormFields()
        self._add_fields()
        self.glosses = FormFields()
        self.glosses.edited.connect(self.edited)
        self.fields.edited.connect(self.edited)
        self.languages: tuple[str, ...] = ()
        self.unchecked: tuple[str, ...] = ()
        self.preview = PictogramLabel(library, PREVIEW_SIZE)
        self.choose_pictogram = QPushButton(self.tr("Pictogram kiezen…"))
        self.choose_pictogram.clicked.connect(self.pictogram_requested)
        self.gloss_title = heading(self.tr("Vertalingen"), 1.1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self._pictogram_row())
        layout.addWidget(self.fields)
        layout.addWidget(self.gloss_title)
        layout.addWidget(self.glosses)
        layout.addStretch(1)

    def _add_fields(self) -> None:
        f = self.fields
        f.add_line("term", self.tr("Woord"), hint=self.tr("bijvoorbeeld: heftruck"))
        f.add_choice("word_class", self.tr("Soort woord"), self.word_classes())
        f.add_choice(
            "article", self.tr("Lidwoord"), {"": self.tr("(geen)"), **{a: a for a in ARTICLES}}
        )
        f.add_line("plural", self.tr("Meervoud"), hint=self.tr("- : geen meervoud"), dash=True)
        f.add_line("explanation", self.tr("Uitleg (eenvoudig Nederlands)"))
        f.add_line("example", self.tr("Voorbeeldzin"))
        f.add_line("pictogram", self.tr("Pictogram"), hint="asset:… / openmoji:… / mdi:…")
        f.add_line("category", self.tr("Hoofdstuk"))
        f.add_line("tags", self.tr("Labels"), as_list=True, hint=self.tr("met komma's ertussen"))
        f.add_check("safety_critical", self.tr("Belangrijk voor veiligheid"))
        f.add_line("audio", self.tr("Geluid (bestand in het pakket)"), hint="audio/…")
        f.add_line("id", self.tr("Id (vast, voor de voortgang)"))

    def _pictogram_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addWidget(self.choose_pictogram)
        layout.addStretch(1)
        return row

    def set_languages(self, codes: tuple[str, ...], unchecked: tuple[str, ...] = ()) -> None:
        """One translation field per gloss language; right-to-left languages aligned right.

        A language no native speaker has checked yet says so beside its name."""
        if (codes, unchecked) == (self.languages, self.unchecked):
            return
        self.languages, self.unchecked = codes, unchecked
        old = self.glosses
        self.glosses = FormFields()
        self.glosses.edited.connect(self.edited)
        for code in codes:
            language = languages.LANGUAGES.get(code)
            name = f"{language.dutch_name} ({code})" if language else code
            if code in unchecked:
                name = self.tr("{language}, nog niet gecontroleerd").format(language=name)
            editor = self.glosses.add_line(f"glosses.{code}", name)
            if languages.is_right_to_left(code):
                right_to_left(editor)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.replaceWidget(old, self.glosses)
        old.deleteLater()

    def show_term(self, table: Mapping[str, Any], media: Mapping[str, bytes]) -> None:
        self.media = media
        self.fields.show_values(table)
        self.glosses.show_values(table)
        self.title.setText(str(table.get("term") or self.tr("Nieuwe term")))
        ref = table.get("pictogram")
        ref = ref if isinstance(ref, str) else None
        self.preview.show_pictogram(ref, self.tr("Pictogram"), media.get(ref) if ref else None)

    def show_problems(self, problems: Mapping[str, str]) -> None:
        self.fields.show_problems(problems)
        self.glosses.show_problems(problems)

    def word_classes(self) -> dict[str, str]:
        return {
            "noun": self.tr("zelfstandig naamwoord"),
            "verb": self.tr("werkwoord"),
            "adjective": self.tr("bijvoeglijk naamwoord"),
            "adverb": self.tr("bijwoord"),
            "phrase": self.tr("uitdrukking"),
            "abbreviation": self.tr("afkorting"),
            "other": self.tr("anders"),
            "open": self.tr("open (nog niet bekend)"),
        }

    def first_editor(self) -> QLineEdit:
        editor = self.fields.editors["term"]
        assert isinstance(editor, QLineEdit)
        return editor
