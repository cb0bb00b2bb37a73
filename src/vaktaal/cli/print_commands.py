"""`vaktaal print ...`: word cards and the handbook of terms of an installed deck, as PDF."""

import argparse
from pathlib import Path
from typing import Any

from vaktaal.app import open_services
from vaktaal.cli.options import common_options
from vaktaal.cli.out_files import checked_out
from vaktaal.core.i18n import ngettext
from vaktaal.usecases.printing import CARDS, HANDBOOK, PrintRequest


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
    request = PrintRequest(CARDS, card_format=arguments.formaat, gloss_language=arguments.taal)
    return _print(arguments, request)


def handbook_command(arguments: argparse.Namespace) -> int:
    return _print(arguments, PrintRequest(HANDBOOK, order=arguments.volgorde))


def _print(arguments: argparse.Namespace, request: PrintRequest) -> int:
    """Qt is loaded only when the pages are drawn: the other commands start without it."""
    out = checked_out(arguments.out, ".pdf")
    pages = open_services(arguments.data_dir).printing.print_pdf(arguments.deck_id, request, out)
    message = ngettext("Opgeslagen: {out} ({n} pagina)", "Opgeslagen: {out} ({n} pagina's)", pages)
    print(message.format(out=out, n=pages))
    return 0
