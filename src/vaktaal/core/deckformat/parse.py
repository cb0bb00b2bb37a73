"""From the text of deck.toml to a Deck, with every problem located."""

import re
from dataclasses import replace
from typing import Any

import tomli  # the compiled twin of tomllib: the same rules and messages, 2.5x faster

from vaktaal.core import languages
from vaktaal.core.deckformat.fields import FieldReader
from vaktaal.core.i18n import _
from vaktaal.core.model import ARTICLES, CEFR_LEVELS, SCHEMA_VERSION, WORD_CLASSES, Deck, Term
from vaktaal.core.problems import Problem

_TERM_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*terms[ \t]*\]\]", re.MULTILINE)
_TOML_LINE = re.compile(r"at line (\d+)")


def parse_manifest(raw: bytes, file: str) -> tuple[Deck | None, list[Problem]]:
    """The deck and every problem in its manifest.

    With problems, the deck is only partial (bad fields are None, every term kept) so that
    the loader can still check duplicate ids and media files and report everything at once;
    it is never used. Only broken TOML or another schema_version stops the reading early.
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
        return tomli.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        problems.append(Problem(file, _("Het bestand is geen UTF-8-tekst. Sla het op als UTF-8.")))
    except tomli.TOMLDecodeError as error:
        line = _TOML_LINE.search(str(error))
        message = _("Dit is geen geldige TOML: {error}").format(error=error)
        problems.append(Problem(file, message, int(line.group(1)) if line else None))
    except RecursionError:  # tomli refuses more than 400 nested [ or {
        message = _("Er staan te veel lijsten of tabellen in elkaar. Maak het minder diep.")
        problems.append(Problem(file, message))
    return None


def _check_schema(data: dict[str, Any], file: str, problems: list[Problem]) -> bool:
    """False only for another version: its fields may mean other things, so stop there."""
    version = data.get("schema_version")
    if version == SCHEMA_VERSION:
        return True
    if version is None:
        message = _("schema_version ontbreekt. Zet bovenaan: schema_version = {v}")
    else:
        message = _("Deze versie van Vaktaal kent alleen schema_version = {v}.")
    problems.append(Problem(file, message.format(v=SCHEMA_VERSION), field="schema_version"))
    return version is None


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
        "needs_native_check": r.text_list("needs_native_check", required=False),
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
    _check_native_check(r, fields["gloss_languages"], fields["needs_native_check"])
    return fields


def _check_native_check(
    r: FieldReader, languages: tuple[str, ...], unchecked: tuple[str, ...]
) -> None:
    for code in unchecked:
        if code not in languages:
            message = _("'{code}' staat niet bij gloss_languages.").format(code=code)
            r.report("needs_native_check", message)


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
    lines = _TermLines(raw)
    terms: list[Term] = []
    seen: dict[str, int] = {}  # term id -> index of its first term
    for index, table in enumerate(tables):
        before = len(problems)
        if not isinstance(table, dict):
            message = _("Schrijf elk onderdeel als [[{key}]] met velden eronder.")
            problems.append(Problem(file, message.format(key="terms"), field="terms"))
            table = {}
        term = _term(FieldReader(table, problems, file, None, _term_id(table)), wanted)
        if term.id in seen:
            message = _("Deze id staat al bij een andere term (regel {line}).")
            first = lines.of(seen[term.id])
            problems.append(Problem(file, message.format(line=first), None, term.id, "id"))
        elif term.id is not None:
            seen[term.id] = index
        if len(problems) > before:  # lines are counted only when a term has a problem
            problems[before:] = [replace(p, line=lines.of(index)) for p in problems[before:]]
        terms.append(term)
    return terms


def _term_id(table: dict[str, Any]) -> str | None:
    """The id a problem names: the text as written, even when it is not a good id."""
    value = table.get("id")
    return value if isinstance(value, str) and value.strip() else None


def with_term_lines(problems: list[Problem], deck: Deck, raw: bytes) -> list[Problem]:
    """The problems, with the line of their term's [[terms]] header where they had none
    (the deck's terms are one for each [[terms]] table; a duplicate id gets no line)."""
    if all(p.term_id is None or p.line is not None for p in problems):
        return problems
    lines, index_of = _TermLines(raw), dict[str, int | None]()
    for index, term in enumerate(deck.terms):
        index_of[term.id] = None if term.id in index_of else index
    located = []
    for problem in problems:
        at = index_of.get(problem.term_id or "")
        located.append(
            problem if problem.line or at is None else replace(problem, line=lines.of(at))
        )
    return located


class _TermLines:
    """The line number of each [[terms]] header, counted in one pass when first asked."""

    def __init__(self, raw: bytes) -> None:
        self._raw = raw
        self._lines: list[int] | None = None

    def of(self, index: int) -> int | None:
        if self._lines is None:
            self._lines = _term_lines(self._raw)
        return self._lines[index] if index < len(self._lines) else None


def _term_lines(raw: bytes) -> list[int]:
    text = raw.decode("utf-8", errors="replace")
    lines, line, position = [], 1, 0
    for match in _TERM_HEADER.finditer(text):
        line += text.count("\n", position, match.start())
        position = match.start()
        lines.append(line)
    return lines


def _term(r: FieldReader, wanted: tuple[str, ...]) -> Term:
    """The term; with problems its bad fields are None (kept for the checks that follow)."""
    word_class = r.choice("word_class", WORD_CLASSES)
    fields: dict[str, Any] = {
        "id": r.identifier("id") or r.term_id,  # a bad id as written: media problems name it
        "term": r.text("term"),
        "word_class": word_class,
        "explanation": r.text("explanation", required=False) or "",  # may come later:
        "example": r.text("example", required=False) or "",  # a word list has none yet
        "pictogram": r.text("pictogram"),
        "glosses": _glosses(r, wanted),
        "article": r.choice("article", ARTICLES, required=word_class == "noun"),
        "plural": _plural(r, word_class),
        "audio": r.text("audio", required=False),
        "category": r.text("category", required=False),
        "tags": r.text_list("tags", required=False),
        "safety_critical": r.boolean("safety_critical"),
    }
    return Term(**fields)


def _plural(r: FieldReader, word_class: str | None) -> str | None:
    """The plural; `plural = false` says a noun has none (water, verlof): "" in the model.
    Absent: not written down (yet)."""
    value = r.table.get("plural")
    if value is False:
        if word_class not in (None, "noun"):
            r.report("plural", _("Alleen een zelfstandig naamwoord heeft een meervoud."))
        return ""
    if value is True:
        r.report("plural", _("Schrijf het meervoud, of false als er geen meervoud is."))
        return None
    return r.text("plural", required=False)


def _glosses(r: FieldReader, wanted: tuple[str, ...]) -> dict[str, str]:
    present = isinstance(r.table.get("glosses"), dict)
    table = r.table_of("glosses")
    glosses: dict[str, str] = {}
    for code, text in table.items():
        text = text.strip() if isinstance(text, str) else ""
        if not languages.is_known(code):
            r.report(f"glosses.{code}", _("Onbekende taalcode '{code}'.").format(code=code))
        elif not text:
            r.report(f"glosses.{code}", _("De vertaling moet tekst zijn en mag niet leeg zijn."))
        else:
            glosses[code] = text
    for code in wanted if present else ():
        if code not in table:
            r.report(f"glosses.{code}", _("De vertaling in deze taal ontbreekt."))
    return glosses
