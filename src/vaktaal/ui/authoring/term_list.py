"""The deck's terms: a search box, a filter (chapter, or only terms with problems), a list."""

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
ALL, PROBLEMS = "", "\x00problems"


class TermList(QWidget):
    term_chosen = Signal(int)  # index of the term in the draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken…"))
        self.search.setAccessibleName(self.tr("Zoek een term"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Welke termen"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Termen"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.filter, self.list):
            layout.addWidget(widget)
        self.terms: Sequence[Mapping[str, Any]] = ()
        self.problems: Mapping[int, object] = {}
        self.search.textChanged.connect(lambda _text: self._fill())
        self.filter.activated.connect(lambda _index: self._fill())
        self.list.currentItemChanged.connect(self._current_changed)
        self._filling = False

    def show_terms(
        self, terms: Sequence[Mapping[str, Any]], problems: Mapping[int, object], current: int
    ) -> None:
        self.terms, self.problems = terms, problems
        self._fill_filter()
        self._fill(current)

    def _fill_filter(self) -> None:
        chosen = self.filter.currentData()
        categories = sorted({str(t["category"]) for t in self.terms if t.get("category")})
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("Alle termen"), ALL)
        self.filter.addItem(self.tr("Alleen met problemen"), PROBLEMS)
        for category in categories:
            self.filter.addItem(self.tr("Hoofdstuk: {name}").format(name=category), category)
        self.filter.setCurrentIndex(max(self.filter.findData(chosen), 0))
        self.filter.blockSignals(False)

    def _fill(self, current: int | None = None) -> None:
        current = self.current_index() if current is None else current
        words = self.search.text().casefold().split()
        chosen = self.filter.currentData() or ALL
        self._filling = True
        self.list.clear()
        for index, term in enumerate(self.terms):
            if self._shown(index, term, words, chosen):
                self.list.addItem(self._item(index, term))
                if index == current:
                    self.list.setCurrentRow(self.list.count() - 1)
        self._filling = False

    def _shown(self, index: int, term: Mapping[str, Any], words: list[str], chosen: str) -> bool:
        if chosen == PROBLEMS and index not in self.problems:
            return False
        if chosen not in (ALL, PROBLEMS) and term.get("category") != chosen:
            return False
        text = _term_text(term)
        return all(word in text for word in words)

    def _item(self, index: int, term: Mapping[str, Any]) -> QListWidgetItem:
        text = str(term.get("term") or self.tr("(nieuwe term)"))
        if term.get("article"):
            text = f"{term['article']} {text}"
        if index in self.problems:
            text = "⚠ " + text
        item = QListWidgetItem(text)
        item.setData(INDEX_ROLE, index)
        if index in self.problems:
            item.setToolTip(self.tr("Deze term heeft nog een probleem."))
        return item

    def _current_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is not None and not self._filling:
            self.term_chosen.emit(int(item.data(INDEX_ROLE)))

    def current_index(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(INDEX_ROLE))

    def shown_indexes(self) -> list[int]:
        return [int(self.list.item(row).data(INDEX_ROLE)) for row in range(self.list.count())]


def _term_text(term: Mapping[str, Any]) -> str:
    """Everything a search can find a term by: the word, id, chapter, labels, translations."""
    glosses = term.get("glosses") or {}
    texts = [term.get("term"), term.get("id"), term.get("category"), *glosses.values()]
    texts += list(term.get("tags") or [])
    return " ".join(text for text in texts if isinstance(text, str)).casefold()
