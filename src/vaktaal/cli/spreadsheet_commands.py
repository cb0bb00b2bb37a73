"""`vaktaal deck import-csv FILE` and `vaktaal deck export-csv DECK_ID OUT` (CSV or XLSX).

Import makes a new deck, with an id made from --title (or the file name). It only updates an
installed deck when --deck-id names it; that deck then gets a new version. First the columns,
the first terms as they will be imported and every warning (skipped empty rows, merged
duplicates) are printed; with row errors, every error is printed and nothing is imported
(exit code 1).
"""

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from vaktaal.app import open_services
from vaktaal.cli.errors import CommandError
from vaktaal.cli.options import common_options
from vaktaal.cli.out_files import checked_folder
from vaktaal.core.authoring.spreadsheet import NewDeckInfo, gloss_code, target_label
from vaktaal.core.i18n import _, ngettext
from vaktaal.usecases.spreadsheets import (
    DeckNameTaken,
    ImportPlan,
    ImportTarget,
    Sheet,
    Spreadsheets,
)


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
    spreadsheets = open_services(arguments.data_dir).spreadsheets
    sheet = spreadsheets.read(arguments.path)
    plan = _plan(spreadsheets, sheet, arguments)
    _print_columns(sheet.headers, plan)
    _print_preview(plan)
    _print_warnings(plan)
    if plan.loaded is None:
        return _print_errors(plan)
    terms = len(plan.loaded.deck.terms)
    if arguments.dry_run:
        print(_("Alles is goed: {n} termen. Er is niets geïmporteerd (--dry-run).").format(n=terms))
        return 0
    result = spreadsheets.import_plan(plan)
    message = _(
        "Pakket '{deck_id}' versie {version} is geïmporteerd: {added} nieuw, "
        "{updated} bijgewerkt, {removed} verborgen."
    )
    print(message.format(**asdict(result)))
    return 0


def _plan(spreadsheets: Spreadsheets, sheet: Sheet, arguments: argparse.Namespace) -> ImportPlan:
    target = ImportTarget(
        deck_id=arguments.deck_id,
        title=arguments.title,
        languages=_languages(arguments.languages),
        organisation=arguments.organisation,
        level=arguments.level,
        author=arguments.author,
    )
    try:
        return spreadsheets.plan(sheet, spreadsheets.guess_mapping(sheet), target)
    except DeckNameTaken as taken:
        hint = _("Bijwerken? Gebruik --deck-id {id}. Een nieuw pakket? Kies een andere --title.")
        raise CommandError(f"{taken}\n{hint.format(id=taken.deck_id)}") from None


def _languages(text: str | None) -> tuple[str, ...] | None:
    if not text:
        return None
    return tuple(code.strip() for code in text.replace(";", ",").split(",") if code.strip())


def _print_columns(headers: tuple[str, ...], plan: ImportPlan) -> None:
    print(_("Kolommen:"))
    for header, target in zip(headers, plan.mapping, strict=False):
        print(f"  {header or '-'} -> {target_label(target) or _('(niet gebruikt)')}")


def _print_preview(plan: ImportPlan) -> None:
    """The first terms as they will be imported: row, term with article, word class, texts."""
    if not plan.preview:
        return
    print(_("Zo worden de eerste termen geïmporteerd:"))
    codes = [code for code in map(gloss_code, plan.mapping) if code is not None]
    for row in plan.preview:
        term = row.term
        print(
            _("  rij {row}: {term} ({word_class})").format(
                row=row.row, term=term.display, word_class=row.word_class
            )
        )
        for label, text in ((_("uitleg"), term.explanation), (_("voorbeeld"), term.example),
                            (_("vertaling"), row.glosses(codes))):  # fmt: skip
            print(f"      {label}: {_one_line(text) or '-'}")


def _one_line(text: str) -> str:
    return " / ".join(line.strip() for line in text.splitlines() if line.strip())


def _print_warnings(plan: ImportPlan) -> None:
    if not plan.warnings:
        return
    print(_("Let op:"))
    for warning in plan.warnings:
        print(f"  - {warning}")


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
    checked_folder(arguments.out)
    spreadsheets = open_services(arguments.data_dir).spreadsheets
    if arguments.template:
        spreadsheets.write_template(arguments.out)
        print(_("Sjabloon opgeslagen: {out}").format(out=arguments.out))
        return 0
    if not arguments.deck_id:
        raise CommandError(_("Welk pakket? Geef de id van het pakket, of gebruik --template."))
    spreadsheets.export(arguments.deck_id, arguments.out)
    print(_("Opgeslagen: {out}").format(out=arguments.out))
    return 0
