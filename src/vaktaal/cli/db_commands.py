"""`vaktaal db ...`: which database this PC uses; a shared PostgreSQL server or SQLite."""

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from vaktaal.app import open_services
from vaktaal.cli.db_backup_commands import add_backup_command
from vaktaal.cli.db_copy_commands import add_commands as add_copy_command
from vaktaal.cli.db_restore_commands import add_restore_command
from vaktaal.cli.db_upgrade_commands import add_upgrade_command
from vaktaal.cli.errors import CommandError
from vaktaal.cli.options import common_options
from vaktaal.core.i18n import _
from vaktaal.paths import Paths, hide_password
from vaktaal.usecases.errors import ServerUpgradeNeeded

URL_VARIABLE = "VAKTAAL_DATABASE_URL"
PRIVATE_FILE_MODE = 0o600  # the URL holds the password: readable by its owner only


def add_commands(topics: Any) -> None:
    db = topics.add_parser(
        "db", help="welke database deze pc gebruikt (ook een gedeelde server)",
        parents=[common_options()],
    )  # fmt: skip
    commands = db.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)

    connect = commands.add_parser(
        "connect", help="gebruik een PostgreSQL-server op deze pc", parents=[common_options()]
    )
    connect.add_argument(
        "url", metavar="URL",
        help="postgresql+psycopg://gebruiker:wachtwoord@server:5432/vaktaal"
        " (of '-': lees het adres van de invoer)",
    )  # fmt: skip
    connect.set_defaults(handler=connect_command)

    show = commands.add_parser(
        "show", help="toon welke database deze pc gebruikt", parents=[common_options()]
    )
    show.set_defaults(handler=show_command)

    disconnect = commands.add_parser(
        "disconnect", help="terug naar de database op deze pc (SQLite)", parents=[common_options()]
    )
    disconnect.set_defaults(handler=disconnect_command)
    add_backup_command(commands)
    add_restore_command(commands)
    add_upgrade_command(commands)
    add_copy_command(commands)


def connect_command(arguments: argparse.Namespace) -> int:
    """Open the database the way the app will (connect, read or make the schema), then keep
    the URL for this PC. Nothing is kept when it fails, except on a server that only needs
    an upgrade: kept, so that `db backup` and `db upgrade` work on it next."""
    url = _read_url(arguments.url)
    paths = Paths.create(arguments.data_dir)
    try:
        open_services(arguments.data_dir, env={**os.environ, URL_VARIABLE: url}).close()
    except ServerUpgradeNeeded:
        keep_url(paths.database_url_file, url)
        raise
    keep_url(paths.database_url_file, url)
    print(_("Deze pc gebruikt nu de database {url}").format(url=hide_password(url)))
    _warn_when_overruled()
    return 0


def show_command(arguments: argparse.Namespace) -> int:
    paths = Paths.create(arguments.data_dir)
    print(_("Database: {url}").format(url=hide_password(paths.database_url)))
    if os.environ.get(URL_VARIABLE):
        print(_("Gekozen met {variable}.").format(variable=URL_VARIABLE))
    elif paths.database_url_file.exists():
        print(_("Gekozen met: vaktaal db connect. Terug naar deze pc: vaktaal db disconnect"))
    else:
        print(_("Dit is de database op deze pc (SQLite). Een server: vaktaal db connect URL"))
    return 0


def disconnect_command(arguments: argparse.Namespace) -> int:
    paths = Paths.create(arguments.data_dir)
    paths.database_url_file.unlink(missing_ok=True)
    local = Paths.create(arguments.data_dir, {**os.environ, URL_VARIABLE: ""})
    print(_("Deze pc gebruikt weer zijn eigen database: {url}").format(url=local.database_url))
    _warn_when_overruled()
    return 0


def keep_url(target: Path, url: str) -> None:
    """Write the URL so that only the user can read it, whole or not at all."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".vaktaal-", dir=target.parent)
    try:
        os.chmod(name, PRIVATE_FILE_MODE)  # mkstemp does so too; said here on purpose
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(url + "\n")
        os.replace(name, target)
    finally:
        Path(name).unlink(missing_ok=True)


def _read_url(given: str) -> str:
    """The URL from the command line, or from the input with '-' (not in the shell history)."""
    url = (sys.stdin.readline() if given == "-" else given).strip()
    if not url:
        raise CommandError(_("Geef het adres van de database."))
    return url


def _warn_when_overruled() -> None:
    if os.environ.get(URL_VARIABLE):
        message = _("Let op: {variable} is gezet en gaat voor. Haal die weg.")
        print(message.format(variable=URL_VARIABLE))
