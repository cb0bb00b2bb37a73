"""Check the columns of a sheet, then read each row into the fields of a term.

Only what the spreadsheet adds to the deck format is checked here (Dutch names of word
classes, ja/nee, lost letters); the deck's own validation checks the rest. Only the term
column must be there; without a word class a term is a noun when it has an article, else
"open". Duplicate terms are merged afterwards (merging.py).
"""

from dataclasses import dataclass, field
from typing import Any

from vaktaal.core import languages
from vaktaal.core.authoring.spreadsheet import values
from vaktaal.core.authoring.spreadsheet.columns import (
    FIELDS_BY_KEY,
    REQUIRED,
    Mapping,
    column_name,
    gloss,
    gloss_code,
    target_label,
)
from vaktaal.core.authoring.spreadsheet.sheet import RowError, Sheet, SheetRow
from vaktaal.core.i18n import _

HEADER_ROW = 1


@dataclass
class TermDraft:
    row: int
    fields: dict[str, Any]  # keyword arguments of Term, without id
    id: str = ""  # from the id column, if any
    errors: list[RowError] = field(default_factory=list)


def check_columns(
    sheet: Sheet, mapping: Mapping, wanted: tuple[str, ...] | None
) -> tuple[tuple[str, ...], list[RowError]]:
    """The gloss languages of the deck, and what is wrong with the columns."""
    errors = _double_columns(sheet, mapping)
    for key in REQUIRED:
        if key not in mapping:
            name = FIELDS_BY_KEY[key].header
            message = _("Kolom '{name}' ontbreekt. Voeg die kolom toe.").format(name=name)
            if key == "term":
                message = no_term_column(sheet.headers)
            errors.append(RowError(None, name, message))
    codes = [code for code in map(gloss_code, mapping) if code is not None]
    for header, target in zip(sheet.headers, mapping, strict=False):
        code = gloss_code(target)
        if code is not None and not languages.is_known(code):
            errors.append(RowError(HEADER_ROW, header, _unknown_language(code)))
    chosen = wanted if wanted is not None else tuple(c for c in codes if languages.is_known(c))
    errors.extend(_missing_languages(chosen, codes))
    if not sheet.rows:
        message = _("Er staan geen termen in het bestand. Zet ze onder de kolomnamen in rij 1.")
        errors.append(RowError(None, None, message))
    return chosen, errors


def no_term_column(headers: tuple[str, ...]) -> str:
    """Says which columns were found, so the author sees what to rename."""
    found = ", ".join(f"'{h}'" for h in headers if h) or _("geen")
    message = _(
        "Er is geen kolom met de Nederlandse woorden. Gevonden kolommen: {found}. "
        "Noem die kolom 'Woord' of 'term'."
    )
    return message.format(found=found)


def _unknown_language(code: str) -> str:
    message = _("Onbekende taalcode '{code}'. Gebruik bijvoorbeeld ar, ti, tr, fa of en.")
    return message.format(code=code)


def _double_columns(sheet: Sheet, mapping: Mapping) -> list[RowError]:
    errors, seen = [], set()
    for header, target in zip(sheet.headers, mapping, strict=False):
        if target in seen:
            message = _("Er is al een kolom voor '{name}'. Kies bij deze kolom iets anders.")
            errors.append(RowError(HEADER_ROW, header, message.format(name=target_label(target))))
        if target:
            seen.add(target)
    return errors


def _missing_languages(chosen: tuple[str, ...], codes: list[str]) -> list[RowError]:
    if not chosen:
        message = _("Er is geen kolom met vertalingen. Voeg per taal een kolom toe, zoals 'ar'.")
        return [RowError(None, None, message)]
    errors = []
    for code in chosen:
        if not languages.is_known(code):
            errors.append(RowError(None, code, _unknown_language(code)))
        elif code not in codes:
            message = _("De kolom voor deze taal ontbreekt. Voeg die kolom toe.")
            errors.append(RowError(None, target_label(gloss(code)), message))
    return errors


def read_rows(sheet: Sheet, mapping: Mapping, gloss_languages: tuple[str, ...]) -> list[TermDraft]:
    return [_draft(sheet, mapping, row, gloss_languages) for row in sheet.rows]


def _draft(sheet: Sheet, mapping: Mapping, row: SheetRow, codes: tuple[str, ...]) -> TermDraft:
    cells = {target: row.cell(i) for i, target in enumerate(mapping) if target}
    draft = TermDraft(row.number, {}, cells.get("id", ""))

    def report(target: str, message: str) -> None:
        column = column_name(sheet.headers, mapping, target)
        draft.errors.append(RowError(row.number, column, message))

    _text_fields(draft, cells, report)
    draft.fields["glosses"] = _glosses(cells, codes, report)
    return draft


def _text_fields(draft: TermDraft, cells: dict[str, str], report: Any) -> None:
    f = draft.fields
    f["term"] = cells.get("term", "")
    if not f["term"]:
        report("term", _("De term is leeg. Vul de term in, of maak de hele rij leeg."))
    for key in ("explanation", "example", "pictogram"):
        f[key] = cells.get(key, "")
    for key in ("plural", "category"):
        f[key] = cells.get(key) or None
    if f["plural"] == values.NO_PLURAL:  # a noun without a plural (plural = false in deck.toml)
        f["plural"] = ""
    f["tags"] = values.tags(cells.get("tags", ""))
    _word_class_and_article(f, cells, report)
    safety = values.yes_no(cells.get("safety_critical", ""))
    if safety is None:
        message = _("'{value}' kan hier niet. Vul ja of nee in.")
        report("safety_critical", message.format(value=cells["safety_critical"]))
    f["safety_critical"] = bool(safety)


def _word_class_and_article(f: dict[str, Any], cells: dict[str, str], report: Any) -> None:
    """No word class given: a noun when an article is given, else 'open'."""
    f["article"] = values.article(cells["article"]) if cells.get("article") else None
    if cells.get("article") and f["article"] is None:
        message = _("'{value}' kan hier niet. Kies de, het of de/het.")
        report("article", message.format(value=cells["article"]))
    f["word_class"] = values.word_class_for(cells.get("word_class", ""), f["article"])
    if f["word_class"] is None:
        names = ", ".join(values.WORD_CLASS_NAMES.values())
        message = _("'{value}' is geen woordsoort. Kies uit: {names}.")
        report("word_class", message.format(value=cells.get("word_class", ""), names=names))


def _glosses(cells: dict[str, str], codes: tuple[str, ...], report: Any) -> dict[str, str]:
    glosses = {}
    for code in codes:
        text = cells.get(gloss(code), "")
        if text and not text.replace("?", "").strip():
            message = _("De letters zijn weg (alleen '?'). Sla het bestand op als CSV UTF-8.")
            report(gloss(code), message)
        glosses[code] = text
    return glosses
