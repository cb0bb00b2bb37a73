"""What an import had to skip, clean or fill in, said in plain Dutch."""

from vaktaal.core import languages
from vaktaal.core.authoring.anki import mapping as roles
from vaktaal.core.authoring.anki.convert import MISSING, Counts
from vaktaal.core.i18n import _, ngettext


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
        "{n} term heeft nog geen {what}. Daar staat nu '{missing}'.",
        "{n} termen hebben nog geen {what}. Daar staat nu '{missing}'.",
        n,
    )
    return message.format(n=n, what=_what(role), missing=MISSING)


def _what(role: str) -> str:
    if role == roles.EXPLANATION:
        return _("uitleg")
    if role == roles.EXAMPLE:
        return _("voorbeeldzin")
    language = languages.LANGUAGES.get(role)
    name = language.dutch_name if language else role
    return _("vertaling in het {language}").format(language=name)
