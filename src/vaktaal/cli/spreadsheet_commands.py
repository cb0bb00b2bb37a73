"""`vaktaal deck import-csv FILE` and `vaktaal deck export-csv DECK_ID OUT` (CSV or XLSX).

Import makes a new deck, with an id made from --title (or the file name). It only updates an
installed deck when --deck-id names it; that deck then gets a new version. With row errors,
every error is printed and nothing is imported (exit code 1).
"""

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from vaktaal.app import Services, open_services
from vaktaal.cli.errors import CommandError
from vaktaal.cli.options import common_options
from vaktaal.core.authoring.spreadsheet import (
    DeckTarget,
    ImportPlan,
    NewDeckInfo,
    deck_id_for,
    export_deck,
    guess_mapping,
    new_deck,
    prepare_import,
    read_spreadsheet,
    target_label,
    update_deck,
    write_template,
)
from vaktaal.core.i18n import _, ngettext


def add_commands(commands: Any) -> None:
    """Adds the commands to the subparsers of `vaktaal deck`."""
    load = commands.add_parser(
        "import-csv", help="importeer een CSV- of Excel-bestand", parents=[common_options()]
    )
    load.add_argument("path", type=Path, metavar="BESTAND")
    load.add_argument("--dry-run", action="store_true", help="alleen controleren")
    load.add_argument("--deck-id", help="werk dit pakket bij (of maak het met deze id)")
    load.add_argument("--title", help="titel van een nieuw pakket (anders de bestandsnaam)")
    load.add_argument("--languages", help="talen van de vertalingen, bijv. ar,ti,en")
    load.add_argument("--organisation", default=NewDeckInfo.organisation, help="organisatie")
    load.add_argument("--level", default=NewDeckInfo.level, help="niveau: A1 tot C2")
    load.add_argument("--author", default=NewDeckInfo.author, help="maker van het pakket")
    load.set_defaults(handler=import_csv_command)

    export = commands.add_parser(
        "export-csv", help="exporteer als CSV of Excel (.xlsx)", parents=[common_options()]
    )
    export.add_argument("deck_id", nargs="?", metavar="PAKKET_ID")
    export.add_argument("out", type=Path, metavar="UIT.csv|UIT.xlsx")
    export.add_argument("--template", action="store_true", help="schrijf een leeg sjabloon")
    export.set_defaults(handler=export_csv_command)


def import_csv_command(arguments: argparse.Namespace) -> int:
    sheet = read_spreadsheet(arguments.path)
    services = open_services(arguments.data_dir)
    target = _target(services, arguments)
    plan = prepare_import(sheet, guess_mapping(sheet.headers), target, services.library)
    _print_columns(sheet.headers, plan)
    if plan.loaded is None:
        return _print_errors(plan)
    terms = len(plan.loaded.deck.terms)
    if arguments.dry_run:
        print(_("Alles is goed: {n} termen. Er is niets geïmporteerd (--dry-run).").format(n=terms))
        return 0
    result = services.decks.import_deck(plan.loaded)
    message = _(
        "Pakket '{deck_id}' versie {version} is geïmporteerd: {added} nieuw, "
        "{updated} bijgewerkt, {removed} verborgen."
    )
    print(message.format(**asdict(result)))
    return 0


def _target(services: Services, arguments: argparse.Namespace) -> DeckTarget:
    languages = _languages(arguments.languages)
    title = arguments.title or arguments.path.stem
    deck_id = arguments.deck_id or deck_id_for(title)
    existing = services.decks.load(deck_id)
    if existing is not None and arguments.deck_id:
        return update_deck(existing, arguments.title, languages)
    if existing is not None:
        message = _(
            "Er is al een pakket met id '{id}'. Bijwerken? Gebruik --deck-id {id}. "
            "Een nieuw pakket? Kies een andere --title."
        )
        raise CommandError(message.format(id=deck_id))
    info = NewDeckInfo(
        title, arguments.organisation, level=arguments.level, author=arguments.author
    )
    return new_deck(deck_id, info, languages)


def _languages(text: str | None) -> tuple[str, ...] | None:
    if not text:
        return None
    return tuple(code.strip() for code in text.replace(";", ",").split(",") if code.strip())


def _print_columns(headers: tuple[str, ...], plan: ImportPlan) -> None:
    print(_("Kolommen:"))
    for header, target in zip(headers, plan.mapping, strict=False):
        print(f"  {header or '-'} -> {target_label(target) or _('(niet gebruikt)')}")


def _print_errors(plan: ImportPlan) -> int:
    n = len(plan.errors)
    message = ngettext(
        "Er is {n} probleem. Er is niets geïmporteerd:",
        "Er zijn {n} problemen. Er is niets geïmporteerd:",
        n,
    )
    print(message.format(n=n))
    for error in plan.errors:
        print(f"  - {error}")
    print(_("Verbeter het bestand en probeer het opnieuw."))
    return 1


def export_csv_command(arguments: argparse.Namespace) -> int:
    if arguments.template:
        write_template(arguments.out)
        print(_("Sjabloon opgeslagen: {out}").format(out=arguments.out))
        return 0
    if not arguments.deck_id:
        raise CommandError(_("Welk pakket? Geef de id van het pakket, of gebruik --template."))
    loaded = open_services(arguments.data_dir).decks.load(arguments.deck_id)
    if loaded is None:
        raise CommandError(_("Pakket '{id}' bestaat niet.").format(id=arguments.deck_id))
    export_deck(loaded.deck, arguments.out)
    print(_("Opgeslagen: {out}").format(out=arguments.out))
    return 0
