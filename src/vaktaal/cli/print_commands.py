"""`vaktaal print ...`: word cards and the handbook of terms of an installed deck, as PDF."""

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vaktaal.app import open_services
from vaktaal.cli.errors import CommandError
from vaktaal.cli.options import common_options
from vaktaal.core.i18n import _, ngettext

if TYPE_CHECKING:
    from vaktaal.printing import PrintRequest


def add_commands(topics: Any) -> None:
    printing = topics.add_parser(
        "print", help="woordkaartjes en handboek als PDF", parents=[common_options()]
    )
    commands = printing.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)

    cards = commands.add_parser(
        "kaartjes", help="woordkaartjes om op te hangen", parents=[common_options()]
    )
    _deck_and_file(cards)
    cards.add_argument("--formaat", choices=("groot", "label"), default="groot",
                       help="groot: 8 per A4; label: 24 per A4")  # fmt: skip
    cards.add_argument("--taal", metavar="TAAL", help="vertaling onder het woord, bv. ar")
    cards.set_defaults(handler=cards_command)

    handbook = commands.add_parser(
        "handboek", help="handboek vaktermen", parents=[common_options()]
    )
    _deck_and_file(handbook)
    handbook.add_argument("--volgorde", choices=("alfabet", "categorie"), default="alfabet")
    handbook.set_defaults(handler=handbook_command)


def _deck_and_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deck_id", metavar="PAKKET_ID")
    parser.add_argument("out", type=Path, metavar="UIT.pdf")


def cards_command(arguments: argparse.Namespace) -> int:
    from vaktaal.printing import CARDS, PrintRequest

    request = PrintRequest(CARDS, card_format=arguments.formaat, gloss_language=arguments.taal)
    return _print(arguments, request)


def handbook_command(arguments: argparse.Namespace) -> int:
    from vaktaal.printing import HANDBOOK, PrintRequest

    return _print(arguments, PrintRequest(HANDBOOK, order=arguments.volgorde))


def _print(arguments: argparse.Namespace, request: "PrintRequest") -> int:
    """Qt is imported only here: the other commands start without it."""
    from vaktaal.printing import PrintProblem, ensure_gui_application, write_pdf

    out: Path = arguments.out
    if not out.parent.is_dir():
        message = _("De map {folder} bestaat niet. Kies een map die er is.")
        raise CommandError(message.format(folder=out.parent))
    services = open_services(arguments.data_dir)
    loaded = services.decks.load(arguments.deck_id)
    if loaded is None:
        message = _("Pakket '{id}' bestaat niet. Kijk met 'vaktaal deck list' welke er zijn.")
        raise CommandError(message.format(id=arguments.deck_id))
    ensure_gui_application()
    try:
        pages = write_pdf(loaded, services.library, request, out)
    except PrintProblem as problem:
        raise CommandError(str(problem)) from None
    message = ngettext("Opgeslagen: {out} ({n} pagina)", "Opgeslagen: {out} ({n} pagina's)", pages)
    print(message.format(out=out, n=pages))
    return 0
