"""A deck as a table (one row per term), and the template authors start from."""

from vaktaal.core.authoring.spreadsheet.columns import FIELDS, language_header
from vaktaal.core.authoring.spreadsheet.values import NO_PLURAL, WORD_CLASS_NAMES
from vaktaal.core.model import Deck, Term

Table = tuple[list[str], list[list[str]]]
TEMPLATE_LANGUAGES = ("ar", "ti", "tr", "fa", "en")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # Excel may run such a cell as a formula


def escape_formula(cell: str) -> str:
    """A cell Excel could take for a formula gets a leading apostrophe (text, not a formula)."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def unescape_formula(cell: str) -> str:
    """The cell as it was before `escape_formula`: reading an export gives the deck again."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def escaped_table(table: Table) -> Table:
    headers, rows = table
    return headers, [[escape_formula(cell) for cell in row] for row in rows]


def deck_table(deck: Deck) -> Table:
    headers = [field.header for field in FIELDS]
    headers += [language_header(code) for code in deck.gloss_languages]
    return headers, [_row(term, deck.gloss_languages) for term in deck.terms]


def _row(term: Term, codes: tuple[str, ...]) -> list[str]:
    cells = {
        "id": term.id,
        "term": term.term,
        "article": term.article or "",
        "word_class": WORD_CLASS_NAMES.get(term.word_class, term.word_class),
        "explanation": term.explanation,
        "example": term.example,
        "pictogram": term.pictogram,
        "category": term.category or "",
        "tags": ", ".join(term.tags),
        "safety_critical": "ja" if term.safety_critical else "",
        "plural": NO_PLURAL if term.plural == "" else term.plural or "",
    }
    return [cells[field.key] for field in FIELDS] + [term.glosses.get(c, "") for c in codes]


def template_table() -> Table:
    """Empty id column (Vaktaal makes ids), two filled-in example rows, five languages."""
    headers = [field.header for field in FIELDS]
    headers += [language_header(code) for code in TEMPLATE_LANGUAGES]
    examples = [
        ["", "veiligheidsschoenen", "de", "zelfstandig naamwoord",
         "Stevige schoenen met een neus van staal.\nZe beschermen je tenen.",
         "Trek je veiligheidsschoenen aan in het magazijn.", "asset:veiligheidsschoen.svg",
         "Veiligheid", "magazijn, kleding", "ja", "veiligheidsschoenen",
         "أحذية السلامة", "ናይ ድሕንነት ጫማ", "iş güvenliği ayakkabısı", "کفش ایمنی",
         "safety shoes"],
        ["", "inklokken", "", "werkwoord", "Laten zien dat je begint met werken.",
         "Vergeet niet in te klokken als je binnenkomt.", "", "Werktijden", "", "", "",
         "تسجيل الدخول", "ምእታው ምምዝጋብ", "giriş kaydı yapmak", "ثبت ورود", "to clock in"],
    ]  # fmt: skip
    return headers, examples
