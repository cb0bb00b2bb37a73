"""What an import will bring in, before it does: the first terms as they will be stored, and
the warnings about rows that were skipped. The dialog and `import-csv --dry-run` show both."""

from collections.abc import Sequence
from dataclasses import dataclass

from vaktaal.core.authoring.spreadsheet.sheet import RowError, Sheet
from vaktaal.core.authoring.spreadsheet.values import WORD_CLASS_NAMES
from vaktaal.core.i18n import ngettext
from vaktaal.core.model import Term

PREVIEW_TERMS = 20
_MAX_ROWS_NAMED = 20


@dataclass(frozen=True)
class PreviewRow:
    row: int  # the Excel row number the term comes from (its first row, when merged)
    term: Term

    @property
    def word_class(self) -> str:
        """In Dutch, as the author writes it: 'zelfstandig naamwoord', 'open'."""
        return WORD_CLASS_NAMES.get(self.term.word_class, self.term.word_class)

    def glosses(self, codes: Sequence[str]) -> str:
        return "; ".join(f"{c}: {self.term.glosses[c]}" for c in codes if self.term.glosses.get(c))


def preview_rows(terms: Sequence[Term], rows_by_id: dict[str, int]) -> tuple[PreviewRow, ...]:
    return tuple(PreviewRow(rows_by_id.get(t.id, 0), t) for t in terms[:PREVIEW_TERMS])


def empty_row_warnings(sheet: Sheet) -> tuple[RowError, ...]:
    """One warning naming the empty rows between the terms (they are skipped)."""
    rows = sheet.empty_rows
    if not rows:
        return ()
    named = ", ".join(str(row) for row in rows[:_MAX_ROWS_NAMED])
    if len(rows) > _MAX_ROWS_NAMED:
        named += ", …"
    message = ngettext(
        "Rij {rows} is leeg en overgeslagen.", "Rijen {rows} zijn leeg en overgeslagen.", len(rows)
    ).format(rows=named)
    return (RowError(None, None, message),)
