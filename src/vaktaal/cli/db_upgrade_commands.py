"""`vaktaal db upgrade`: bring the tables of a shared server up to this vaktaal (after a
backup). Without it the app asks first and the other commands refuse (ServerUpgradeNeeded);
SQLite is backed up and upgraded by itself."""

import argparse
from typing import Any

from vaktaal.app import open_services
from vaktaal.cli.options import common_options
from vaktaal.core.i18n import _
from vaktaal.paths import Paths, hide_password


def add_upgrade_command(commands: Any) -> None:
    upgrade = commands.add_parser(
        "upgrade",
        help="werk de tabellen van de database bij (maak eerst een backup)",
        parents=[common_options()],
    )
    upgrade.set_defaults(handler=upgrade_command)


def upgrade_command(arguments: argparse.Namespace) -> int:
    """Upgrade when needed (one PC at a time: the others wait), then open it as the app does."""
    open_services(arguments.data_dir, allow_server_upgrade=True).close()
    url = hide_password(Paths.create(arguments.data_dir).database_url)
    print(_("De database is klaar voor deze versie van Vaktaal: {url}").format(url=url))
    return 0
