"""From the text of deck.toml to a Deck, with every problem located."""

import re
import tomllib
from typing import Any

from vaktaal.core import languages
from vaktaal.core.deckformat.fields import FieldReader
from vaktaal.core.i18n import _
from vaktaal.core.model import ARTICLES, CEFR_LEVELS, SCHEMA_VERSION, WORD_CLASSES, Deck, Term
from vaktaal.core.problems import Problem

_TERM_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*terms[ \t]*\]\]", re.MULTILINE)
_TOML_LINE = re.compile(r"at line (\d+)")


def parse_manifest(raw: bytes, file: str) -> tuple[Deck | None, list[Problem]]:
    """The deck and every problem in its manifest.

    With problems, the deck is only partial (its good terms; bad fields are None) so that the
    loader can still check its media files and report everything at once; it is never used.
    """
    problems: list[Problem] = []
    data = read_toml(raw, file, problems)
    if data is None or not _check_schema(data, file, problems):
        return None, problems
    deck_reader = FieldReader(_table(data, "deck"), problems, file)
    deck_fields = _deck_fields(deck_reader)
    terms = _terms(data, raw, file, deck_fields["gloss_languages"], problems)
    return Deck(terms=tuple(terms), **deck_fields), problems


def read_toml(raw: bytes, file: str, problems: list[Problem]) -> dict[str, Any] | None:
    """The TOML document, or None with the problem (not UTF-8, broken TOML and its line)."""
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        problems.append(Problem(file, _("Het bestand is geen UTF-8-tekst. Sla het op als UTF-8.")))
    except tomllib.TOMLDecodeError as error:
        line = _TOML_LINE.search(str(error))
        message = _("Dit is geen geldige TOML: {error}").format(error=error)
        problems.append(Problem(file, message, int(line.group(1)) if line else None))
    return None


def _check_schema(data: dict[str, Any], file: str, problems: list[Problem]) -> bool:
    version = data.get("schema_version")
    if version == SCHEMA_VERSION:
        return True
    if version is None:
        message = _("schema_version ontbreekt. Zet bovenaan: schema_version = {v}")
    else:
        message = _("Deze versie van Vaktaal kent alleen schema_version = {v}.")
    problems.append(Problem(file, message.format(v=SCHEMA_VERSION), field="schema_version"))
    return False


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _deck_fields(r: FieldReader) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "id": r.identifier("id"),
        "title": r.text("title"),
        "organisation": r.text("organisation"),
        "level": r.choice("level", CEFR_LEVELS),
        "gloss_languages": _gloss_languages(r),
        "version": r.integer("version"),
        "authors": r.text_list("authors"),
        "licence": r.text("licence"),
        "job_function": r.text("job_function", required=False),
        "task_profile": r.text("task_profile", required=False),
        "description": r.text("description", required=False),
        "pictogram": r.text("pictogram", required=False),
    }
    if not fields["job_function"] and not fields["task_profile"]:
        r.report("job_function", _("Vul job_function of task_profile in."))
    return fields


def _gloss_languages(r: FieldReader) -> tuple[str, ...]:
    codes = r.text_list("gloss_languages")
    for code in codes:
        if not languages.is_known(code):
            r.report("gloss_languages", _("Onbekende taalcode '{code}'.").format(code=code))
    return tuple(code for code in codes if languages.is_known(code))


def _terms(
    data: dict[str, Any], raw: bytes, file: str, wanted: tuple[str, ...], problems: list[Problem]
) -> list[Term]:
    tables = data.get("terms")
    if not isinstance(tables, list) or not tables:
        problems.append(
            Problem(file, _("Het pakket heeft geen termen ([[terms]])."), field="terms")
        )
        return []
    lines = _term_lines(raw)
    terms: list[Term] = []
    seen: dict[str, int | None] = {}
    for index, table in enumerate(tables):
        line = lines[index] if index < len(lines) else None
        term = _term(FieldReader(table, problems, file, line, table.get("id")), wanted)
        if term is None:
            continue
        if term.id in seen:
            message = _("Deze id staat al bij een andere term (regel {line}).")
            problems.append(Problem(file, message.format(line=seen[term.id]), line, term.id, "id"))
        seen[term.id] = line
        terms.append(term)
    return terms


def _term_lines(raw: bytes) -> list[int]:
    """The line number of each [[terms]] header, counted in one pass."""
    text = raw.decode("utf-8", errors="replace")
    lines, line, position = [], 1, 0
    for match in _TERM_HEADER.finditer(text):
        line += text.count("\n", position, match.start())
        position = match.start()
        lines.append(line)
    return lines


def _term(r: FieldReader, wanted: tuple[str, ...]) -> Term | None:
    before = len(r.problems)
    word_class = r.choice("word_class", WORD_CLASSES)
    fields: dict[str, Any] = {
        "id": r.identifier("id"),
        "term": r.text("term"),
        "word_class": word_class,
        "explanation": r.text("explanation"),
        "example": r.text("example"),
        "pictogram": r.text("pictogram"),
        "glosses": _glosses(r, wanted),
        "article": r.choice("article", ARTICLES, required=word_class == "noun"),
        "plural": r.text("plural", required=False),
        "audio": r.text("audio", required=False),
        "category": r.text("category", required=False),
        "tags": r.text_list("tags", required=False),
        "safety_critical": r.boolean("safety_critical"),
    }
    return Term(**fields) if len(r.problems) == before else None


def _glosses(r: FieldReader, wanted: tuple[str, ...]) -> dict[str, str]:
    present = isinstance(r.table.get("glosses"), dict)
    table = r.table_of("glosses")
    glosses: dict[str, str] = {}
    for code, text in table.items():
        if not languages.is_known(code):
            r.report(f"glosses.{code}", _("Onbekende taalcode '{code}'.").format(code=code))
        elif not isinstance(text, str) or not text.strip():
            r.report(f"glosses.{code}", _("De vertaling moet tekst zijn en mag niet leeg zijn."))
        else:
            glosses[code] = text.strip()
    for code in wanted:
        if code not in table and present:
            r.report(f"glosses.{code}", _("De vertaling in deze taal ontbreekt."))
    return glosses
