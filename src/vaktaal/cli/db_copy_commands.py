"""`vaktaal db copy-from-sqlite PATH`: the data of one PC (SQLite) onto the server this PC
uses (storage/copy_database.py); run twice, it copies nothing twice."""

import argparse
from pathlib import Path
from typing import Any

from vaktaal.cli.errors import CommandError
from vaktaal.cli.options import common_options
from vaktaal.core.i18n import _
from vaktaal.paths import Paths, hide_password
from vaktaal.storage.copy_database import TableCount, copy_from_sqlite
from vaktaal.storage.copy_source import CopyRefused, check_target, find_source


def add_commands(commands: Any) -> None:
    copy = commands.add_parser(
        "copy-from-sqlite",
        help="zet de gegevens van één pc (SQLite) op de server",
        parents=[common_options()],
    )
    copy.add_argument(
        "path", metavar="PAD", type=Path, help="vaktaal.sqlite3, of de gegevensmap van die pc"
    )
    copy.set_defaults(handler=copy_command)


def copy_command(arguments: argparse.Namespace) -> int:
    paths = Paths.create(arguments.data_dir)
    try:
        database, _media = find_source(arguments.path)
        check_target(paths.database_url, database)  # before the address is shown
        print(_("Naar de server: {url}").format(url=hide_password(paths.database_url)))
        result = copy_from_sqlite(database, paths.database_url, paths.backups_dir, _progress)
    except CopyRefused as refused:
        raise CommandError(str(refused)) from None
    _print_counts(result.tables)
    if result.media_missing:
        message = _("Let op: {n} plaatjes of geluiden staan nergens (ook niet op die pc).")
        print(message.format(n=result.media_missing))
    if result.same_names:
        message = _("Let op: deze namen staan meer dan één keer op de server: {names}")
        print(message.format(names=", ".join(result.same_names)))
    _forget_dashboard(paths)
    return 0


def _progress(count: TableCount) -> None:
    line = _("{table}: {copied} nieuw, {present} waren er al").format(
        table=count.table, copied=count.copied, present=count.present + count.kept + count.conflicts
    )
    if count.kept:
        line += " " + _("({kept} anders op de server: die blijven)").format(kept=count.kept)
    if count.conflicts:
        line += " " + _("({n} anders op de server: zie onder)").format(n=count.conflicts)
    if count.filled:
        line += " " + _("({filled} aangevuld)").format(filled=count.filled)
    print(line, flush=True)


def _print_counts(counts: list[TableCount]) -> None:
    print(_("Telling klopt (op de pc → nu op de server):"))
    for count in counts:
        print(f"  {count.table} {count.source} → {count.after}")
    copied = sum(count.copied for count in counts)
    print(_("Klaar: {n} rijen gekopieerd.").format(n=copied))


def _forget_dashboard(paths: Paths) -> None:
    """This PC's saved dashboard figures are read again from the server next time."""
    for kept in paths.data_dir.glob("dashboard-*.pickle"):
        kept.unlink(missing_ok=True)
