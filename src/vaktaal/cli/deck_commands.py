"""`vaktaal deck ...`: validate, import, export and list decks."""

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from vaktaal.app import open_services
from vaktaal.cli import anki_commands, spreadsheet_commands
from vaktaal.cli.options import common_options
from vaktaal.cli.out_files import checked_out
from vaktaal.cli.output import print_json, print_table
from vaktaal.core.deckformat import validate_deck
from vaktaal.core.i18n import _, ngettext
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.problems import Problem
from vaktaal.paths import Paths


def add_commands(topics: Any) -> None:
    deck = topics.add_parser("deck", help="pakketten met vaktermen", parents=[common_options()])
    commands = deck.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)

    validate = commands.add_parser(
        "validate", help="controleer pakketten", parents=[common_options()]
    )
    validate.add_argument("paths", nargs="+", type=Path, metavar="PAD")
    validate.set_defaults(handler=validate_command)

    load = commands.add_parser(
        "import", help="importeer pakketten (mappen of .vaktaal)", parents=[common_options()]
    )
    load.add_argument("paths", nargs="+", type=Path, metavar="PAD")
    load.set_defaults(handler=import_command)

    export = commands.add_parser(
        "export", help="exporteer als .vaktaal", parents=[common_options()]
    )
    export.add_argument("deck_id", metavar="PAKKET_ID")
    export.add_argument("out", type=Path, metavar="UIT.vaktaal")
    export.add_argument(
        "--without-audio", action="store_true", help="zonder het gemaakte geluid (kleiner)"
    )
    export.set_defaults(handler=export_command)

    listing = commands.add_parser("list", help="toon de pakketten", parents=[common_options()])
    listing.add_argument("--json", action="store_true", help="uitvoer als JSON")
    listing.set_defaults(handler=list_command)
    spreadsheet_commands.add_commands(commands)
    anki_commands.add_commands(commands)


def validate_command(arguments: argparse.Namespace) -> int:
    library = PictogramLibrary(Paths.create(arguments.data_dir).assets_dir)
    results = [print_problems(path, validate_deck(path, library)) for path in arguments.paths]
    return 0 if all(results) else 1


def print_problems(path: Path, problems: list[Problem]) -> bool:
    """GOED, or FOUT with the count and every problem with its place; True when good."""
    if not problems:
        print(_("GOED  {path}").format(path=path))
        return True
    message = ngettext("FOUT  {path}: {n} probleem", "FOUT  {path}: {n} problemen", len(problems))
    print(message.format(path=path, n=len(problems)))
    for problem in problems:
        print(f"  - {problem}")
    return False


def import_command(arguments: argparse.Namespace) -> int:
    """Each deck in turn (one transaction each); the first that is refused stops the rest."""
    decks = open_services(arguments.data_dir).decks
    message = _(
        "Pakket '{deck_id}' versie {version} is geïmporteerd: {added} nieuw, "
        "{updated} bijgewerkt, {removed} verborgen."
    )
    for path in arguments.paths:
        print(message.format(**asdict(decks.import_path(path))))
    return 0


def export_command(arguments: argparse.Namespace) -> int:
    decks = open_services(arguments.data_dir).decks
    out = checked_out(arguments.out, ".vaktaal")
    exported = decks.export_installed(arguments.deck_id, out, not arguments.without_audio)
    added = exported.with_audio
    print(_("Opgeslagen: {out}").format(out=arguments.out))
    if added:
        print(ngettext("Met geluid bij {n} term.", "Met geluid bij {n} termen.", added).format(
            n=added
        ))  # fmt: skip
    return 0


def list_command(arguments: argparse.Namespace) -> int:
    decks = open_services(arguments.data_dir).decks.list_decks()
    if arguments.json:
        print_json([asdict(deck) for deck in decks])
        return 0
    headers = [_("id"), _("titel"), _("versie"), _("termen"), _("niveau")]
    print_table(headers, [(d.id, d.title, d.version, d.terms, d.level) for d in decks])
    return 0
