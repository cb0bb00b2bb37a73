"""The deck's own fields: who it is for (organisation, function or task profile, level),
its translation languages, version, authors and licence."""

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from vaktaal.core import languages
from vaktaal.core.model import CEFR_LEVELS
from vaktaal.ui.authoring.form_fields import FormFields
from vaktaal.ui.widgets import heading, text_label


class DeckDetails(QWidget):
    edited = Signal(str, object)  # field of [deck] as in deck.toml, new value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = FormFields()
        f = self.fields
        f.add_line("title", self.tr("Naam van het pakket"))
        f.add_line("organisation", self.tr("Organisatie"))
        f.add_line("job_function", self.tr("Functie"), hint=self.tr("bijvoorbeeld: monteur"))
        f.add_line("task_profile", self.tr("Taakprofiel"), hint=self.tr("of: de taken"))
        f.add_choice("level", self.tr("Taalniveau"), {level: level for level in CEFR_LEVELS})
        f.add_line(
            "gloss_languages", self.tr("Talen van de vertalingen"), as_list=True, hint="ar, ti, tr"
        )
        f.add_line(
            "needs_native_check", self.tr("Nog niet gecontroleerd"), as_list=True, hint="ti, so"
        )
        f.add_line("description", self.tr("Beschrijving"))
        f.add_line("authors", self.tr("Gemaakt door"), as_list=True)
        f.add_line("licence", self.tr("Licentie"), hint="CC BY-SA 4.0")
        f.add_number("version", self.tr("Versie"))
        f.add_line("id", self.tr("Id (vast)"))
        f.add_line("pictogram", self.tr("Pictogram van het pakket"), hint="asset:…")
        f.edited.connect(self.edited)
        self.language_names = text_label("", 0.95)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Het pakket"), 1.3))
        layout.addWidget(self.fields)
        layout.addWidget(self.language_names)
        layout.addStretch(1)

    def show_deck(self, table: Mapping[str, Any]) -> None:
        self.fields.show_values(table)
        codes = table.get("gloss_languages") or []
        text = self.tr("Talen: {names}").format(names=_names(codes))
        unchecked = table.get("needs_native_check") or []
        if unchecked:
            text += "\n" + self.tr(
                "Nog niet gecontroleerd door iemand met deze moedertaal: {names}"
            ).format(names=_names(unchecked))
        self.language_names.setText(text)

    def show_problems(self, problems: Mapping[str, str]) -> None:
        self.fields.show_problems(problems)

    def label(self, key: str) -> QLabel:
        return self.fields.labels[key]


def _names(codes: list[str]) -> str:
    return ", ".join(languages.LANGUAGES[c].dutch_name for c in codes if languages.is_known(c))
