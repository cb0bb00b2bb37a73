"""What an import had to skip, clean, merge or leave empty, said in plain Dutch."""

from vaktaal.core import languages
from vaktaal.core.authoring.anki import mapping as roles
from vaktaal.core.authoring.anki.convert import Counts
from vaktaal.core.i18n import _, ngettext

MAX_NAMED = 10  # duplicates named one by one


def notices(counts: Counts) -> list[str]:
    found = []
    if counts.empty:
        found.append(
            ngettext(
                "{n} notitie zonder term is overgeslagen.",
                "{n} notities zonder term zijn overgeslagen.",
                counts.empty,
            ).format(n=counts.empty)
        )
    if counts.scripts:
        found.append(
            ngettext(
                "In {n} notitie stond een script. Dat is weggehaald.",
                "In {n} notities stonden scripts. Die zijn weggehaald.",
                counts.scripts,
            ).format(n=counts.scripts)
        )
    found.extend(_missing(what, n) for what, n in counts.missing.items())
    if counts.bad_media:
        names = ", ".join(sorted(counts.bad_media)[:5])
        message = _("Deze plaatjes of geluiden ontbreken, zijn kapot of kunnen niet: {names}")
        found.append(message.format(names=names))
    return found


def _missing(role: str, n: int) -> str:
    message = ngettext(
        "{n} term heeft nog geen {what}. Vul die later aan.",
        "{n} termen hebben nog geen {what}. Vul die later aan.",
        n,
    )
    return message.format(n=n, what=_what(role))


def merged(duplicates: dict[str, list[int]]) -> list[str]:
    """'heftruck' in notes 3 and 17 -> one term, said per term (at most ten, then a count)."""
    message = _("'{term}' staat {n} keer in het pakket (notities {notes}). Samengevoegd.")
    shown = list(duplicates.items())[:MAX_NAMED]
    found = [
        message.format(term=term, n=len(notes), notes=", ".join(map(str, notes)))
        for term, notes in shown
    ]
    if len(duplicates) > MAX_NAMED:
        more = _("En nog {n} dubbele termen, ook samengevoegd.")
        found.append(more.format(n=len(duplicates) - MAX_NAMED))
    return found


def _what(role: str) -> str:
    if role == roles.EXPLANATION:
        return _("uitleg")
    if role == roles.EXAMPLE:
        return _("voorbeeldzin")
    language = languages.LANGUAGES.get(role)
    name = language.dutch_name if language else role
    return _("vertaling in het {language}").format(language=name)
