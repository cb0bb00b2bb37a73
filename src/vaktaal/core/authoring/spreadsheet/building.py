"""From checked rows to a deck, validated by the deck format itself (all problems at once).

The deck is written to TOML in memory and read back with the loader's own parser and media
check, so a spreadsheet can never bring in a deck that `vaktaal deck validate` would refuse.
Problems are reported at the row and column the author sees in Excel.

A missing pictogram becomes DEFAULT_PICTOGRAM (a word card). A pictogram may be asset:,
openmoji: or mdi:; a file name only works when the deck being updated already has that file.
When a deck is updated, a term keeps its own recording (audio) from the deck before.
"""

from dataclasses import dataclass, replace
from typing import Any

from vaktaal.core.authoring.spreadsheet.columns import Mapping, column_name, gloss
from vaktaal.core.authoring.spreadsheet.merging import merge_duplicates
from vaktaal.core.authoring.spreadsheet.preview import PreviewRow, empty_row_warnings, preview_rows
from vaktaal.core.authoring.spreadsheet.rows import TermDraft, check_columns, read_rows
from vaktaal.core.authoring.spreadsheet.sheet import RowError, Sheet
from vaktaal.core.authoring.spreadsheet.term_ids import IdMaker
from vaktaal.core.deckformat import LoadedDeck, deck_to_toml
from vaktaal.core.deckformat.media import MediaChecker
from vaktaal.core.deckformat.parse import parse_manifest
from vaktaal.core.i18n import _
from vaktaal.core.model import Deck, Term
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.problems import Problem

DEFAULT_PICTOGRAM = "mdi:card-text-outline"


@dataclass(frozen=True)
class DeckTarget:
    """The deck the rows go into: `template` gives everything but terms and languages."""

    template: Deck
    existing: LoadedDeck | None = None  # the installed deck that is being updated
    languages: tuple[str, ...] | None = None  # None: every language column of the sheet


@dataclass(frozen=True)
class ImportPlan:
    mapping: Mapping
    errors: tuple[RowError, ...]
    loaded: LoadedDeck | None  # None while there are errors
    warnings: tuple[RowError, ...] = ()  # skipped empty rows, merged duplicates: no obstacle
    preview: tuple[PreviewRow, ...] = ()  # the first terms as they will be imported

    @property
    def ok(self) -> bool:
        return self.loaded is not None and not self.errors


def prepare_import(
    sheet: Sheet, mapping: Mapping, target: DeckTarget, library: PictogramLibrary
) -> ImportPlan:
    codes, errors = check_columns(sheet, mapping, target.languages)
    warnings = empty_row_warnings(sheet)
    if errors:
        return ImportPlan(mapping, tuple(errors), None, warnings)
    drafts, merged = merge_duplicates(
        read_rows(sheet, mapping, codes), lambda key: column_name(sheet.headers, mapping, key)
    )
    errors = [error for draft in drafts for error in draft.errors]
    terms, unusable, rows_by_id, id_errors = _terms(sheet, mapping, drafts, target.existing)
    errors += id_errors
    unchecked = tuple(c for c in target.template.needs_native_check if c in codes)
    deck = replace(
        target.template, gloss_languages=codes, needs_native_check=unchecked, terms=tuple(terms)
    )
    loaded = LoadedDeck(deck, _media(deck, target.existing))
    checked = replace(loaded, deck=replace(deck, terms=(*terms, *unusable)))
    problems = validate(checked, sheet.source, library)  # a bad cell hides no other problem
    errors += _new_errors(errors, [_row_error(p, sheet, mapping, rows_by_id) for p in problems])
    errors.sort(key=_place)
    warnings = tuple(sorted(warnings + tuple(merged), key=_place))
    preview = preview_rows(terms, rows_by_id)
    return ImportPlan(mapping, tuple(errors), None if errors else loaded, warnings, preview)


def _place(error: RowError) -> tuple[int, str]:
    return error.row or 0, error.column or ""


def _new_errors(known: list[RowError], found: list[RowError]) -> list[RowError]:
    """Problems of the deck check, without those the rows already reported at that place."""
    places = {(error.row, error.column) for error in known}
    return [error for error in found if (error.row, error.column) not in places]


def _terms(
    sheet: Sheet, mapping: Mapping, drafts: list[TermDraft], existing: LoadedDeck | None
) -> tuple[list[Term], list[Term], dict[str, int], list[RowError]]:
    """The terms of rows without errors; those of rows with errors, made checkable (their
    other cells are still checked); the row of each id; id problems."""
    old_terms = {t.term.lower(): t.id for t in existing.deck.terms} if existing else {}
    old_audio = {t.id: t.audio for t in existing.deck.terms} if existing else {}
    ids = IdMaker(old_terms, (d.id for d in drafts if d.id))
    terms: list[Term] = []
    unusable: list[Term] = []
    rows_by_id: dict[str, int] = {}
    errors: list[RowError] = []
    for draft in drafts:
        term_id = draft.id or ids.for_term(draft.fields["term"])
        if term_id in rows_by_id:
            message = _("Deze id staat al in rij {row}. Geef elke term een eigen id.")
            column = column_name(sheet.headers, mapping, "id")
            errors.append(RowError(draft.row, column, message.format(row=rows_by_id[term_id])))
            continue
        rows_by_id[term_id] = draft.row
        if not draft.errors:
            terms.append(_term(term_id, draft.fields, old_audio.get(term_id)))
        else:
            unusable.append(_term(term_id, _checkable(draft.fields), None))
    return terms, unusable, rows_by_id, errors


def _checkable(fields: dict[str, Any]) -> dict[str, Any]:
    """A row's fields with its bad values made neutral, so the deck check can look at the
    rest of the row (the bad ones were reported already)."""
    return {**fields, "word_class": fields.get("word_class") or "open"}


def _term(term_id: str, fields: dict[str, Any], audio: str | None) -> Term:
    return Term(
        **{**fields, "pictogram": fields["pictogram"] or DEFAULT_PICTOGRAM},
        id=term_id,
        audio=audio,
    )


def _media(deck: Deck, existing: LoadedDeck | None) -> dict[str, bytes]:
    old = existing.media if existing else {}
    return {path: old[path] for path in sorted(deck.media_paths()) if path in old}


class _MemorySource:
    def __init__(self, label: str, loaded: LoadedDeck) -> None:
        self.label = label
        self._manifest = deck_to_toml(loaded.deck).encode("utf-8")
        self._media = loaded.media

    def manifest(self) -> bytes:
        return self._manifest

    def has(self, path: str) -> bool:
        return path in self._media

    def read(self, path: str) -> bytes:
        return self._media[path]


def validate(loaded: LoadedDeck, label: str, library: PictogramLibrary) -> list[Problem]:
    """The deck format's own checks: the manifest (read back) and every media reference."""
    source = _MemorySource(label, loaded)
    deck, problems = parse_manifest(source.manifest(), label)
    if deck is not None:
        problems.extend(MediaChecker(source, library).check(deck))
    return problems


def _row_error(
    problem: Problem, sheet: Sheet, mapping: Mapping, rows_by_id: dict[str, int]
) -> RowError:
    if problem.term_id is None:  # about the deck itself (its id, title, ...)
        return RowError(None, problem.field, problem.message)
    target = problem.field or ""
    if target.startswith("glosses."):
        target = gloss(target.removeprefix("glosses."))
    column = column_name(sheet.headers, mapping, target) if target else None
    return RowError(rows_by_id.get(problem.term_id), column, problem.message)
