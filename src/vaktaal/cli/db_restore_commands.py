"""`vaktaal db restore [KOPIE]`: put a backup of the SQLite database back. Without KOPIE
the backups are listed and the newest good one is put back (after a question). The current
file is kept aside in the data folder, never deleted. PostgreSQL: pg_restore."""

import argparse
import sys
from pathlib import Path
from typing import Any

from vaktaal.cli.errors import CommandError
from vaktaal.cli.options import common_options
from vaktaal.core.i18n import _
from vaktaal.paths import Paths
from vaktaal.usecases.restore import Backup, DatabaseDamaged, backups, database_file, restore

DATE_FORMAT = "%d-%m-%Y %H:%M"


def add_restore_command(commands: Any) -> None:
    command = commands.add_parser(
        "restore",
        help="zet een reservekopie van de database terug (SQLite)",
        parents=[common_options()],
    )
    command.add_argument(
        "backup", nargs="?", metavar="KOPIE", help="deze kopie; zonder: de nieuwste goede"
    )
    command.add_argument("--ja", action="store_true", help="niet vragen, meteen terugzetten")
    command.set_defaults(handler=restore_command)


def restore_command(arguments: argparse.Namespace) -> int:
    paths = Paths.create(arguments.data_dir)
    database = database_file(paths)  # PostgreSQL: NoLocalDatabase, with what to do
    chosen = Path(arguments.backup).resolve() if arguments.backup else _newest_good(paths)
    if not chosen.is_file():
        raise CommandError(_("Dit bestand bestaat niet: {path}").format(path=chosen))
    print(_("Terugzetten: {name}").format(name=chosen.name))
    if not arguments.ja and not _confirmed():
        print(_("Er is niets veranderd."))
        return 1
    try:
        aside = restore(database, chosen)
    except DatabaseDamaged:
        raise CommandError(_("Deze kopie is kapot. Kies een andere.")) from None
    print(_("Teruggezet. Vaktaal kan weer starten."))
    if aside is not None:
        print(_("Het oude bestand staat in {path}").format(path=aside))
    return 0


def _newest_good(paths: Paths) -> Path:
    found = backups(paths)
    if not found:
        raise CommandError(
            _("Er zijn geen reservekopieën in {folder}.").format(folder=paths.backups_dir)
        )
    for backup in found:
        print(_describe(backup))
    good = [backup for backup in found if backup.good]
    if not good:
        raise CommandError(_("Er is geen goede reservekopie. Vraag hulp aan IT."))
    return good[0].path


def _describe(backup: Backup) -> str:
    state = _("in orde") if backup.good else _("kapot")
    made = backup.made.astimezone().strftime(DATE_FORMAT)
    return f"{made}  {backup.kind:<12} {state:<6} {backup.path.name}"


def _confirmed() -> bool:
    print(_("Typ 'ja' om terug te zetten: "), end="", flush=True)
    answer = sys.stdin.readline()
    if not sys.stdin.isatty():
        print()  # the answer was not typed, so the line did not end
    return answer.strip().casefold() in {"ja", "j", "yes", "y"}
