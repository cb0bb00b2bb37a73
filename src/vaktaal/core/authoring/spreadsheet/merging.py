"""The same term in two rows (any case) becomes one term, with a warning naming both rows.

The later row fills what the first row left empty; where both rows hold different values the
first row's value is kept and the warning names those columns. A row with errors is not
merged: its errors are shown, so the author fixes it first.
"""

from collections.abc import Callable
from typing import Any

from vaktaal.core.authoring.spreadsheet.columns import gloss
from vaktaal.core.authoring.spreadsheet.rows import TermDraft
from vaktaal.core.authoring.spreadsheet.sheet import RowError
from vaktaal.core.i18n import _

_EMPTY: tuple[Any, ...] = ("", None, (), False, "open")  # "open": no word class given


def term_key(term: str) -> str:
    return " ".join(term.lower().split())


def merge_duplicates(
    drafts: list[TermDraft], column_of: Callable[[str], str]
) -> tuple[list[TermDraft], list[RowError]]:
    """The drafts with every duplicate merged into its first row, and one warning per merge.
    `column_of(target)` is the header the author sees for a target ("explanation", "gloss:ar")."""
    first: dict[str, TermDraft] = {}
    kept: list[TermDraft] = []
    warnings: list[RowError] = []
    for draft in drafts:
        key = term_key(draft.fields["term"])
        earlier = first.get(key) if key else None
        if earlier is None or draft.errors or earlier.errors:
            first.setdefault(key, draft)
            kept.append(draft)
            continue
        conflicts = _merge_into(earlier, draft)
        names = [column_of(target) for target in conflicts]
        warnings.append(_merged(earlier.row, draft.row, names, column_of("term")))
    return kept, warnings


def _merge_into(first: TermDraft, later: TermDraft) -> list[str]:
    """Fill the empty fields of `first` from `later`; the targets whose values differ."""
    conflicts = ["id"] if first.id and later.id and first.id != later.id else []
    first.id = first.id or later.id
    for key, value in later.fields.items():
        if key == "glosses":
            conflicts += [gloss(c) for c in _merge_glosses(first.fields[key], value)]
        elif key != "term" and _fill(first.fields, key, value):
            conflicts.append(key)
    return conflicts


def _fill(fields: dict[str, Any], key: str, new: Any) -> bool:
    """Takes `new` when the field is empty; True when both are filled and differ."""
    old = fields.get(key)
    if old in _EMPTY:
        fields[key] = new if new not in _EMPTY else old
        return False
    return new not in _EMPTY and new != old


def _merge_glosses(first: dict[str, str], later: dict[str, str]) -> list[str]:
    conflicts = []
    for code, text in later.items():
        if not first.get(code):
            first[code] = text
        elif text and text != first[code]:
            conflicts.append(code)
    return conflicts


def _merged(first: int, row: int, conflicts: list[str], term_column: str) -> RowError:
    message = _("Deze term staat ook in rij {first}. De twee rijen zijn samengevoegd.")
    text = message.format(first=first)
    if conflicts:
        names = ", ".join(f"'{name}'" for name in conflicts)
        more = _("Verschil in {columns}: wat in rij {first} staat, is gehouden.")
        text += " " + more.format(columns=names, first=first)
    return RowError(row, term_column, text)
