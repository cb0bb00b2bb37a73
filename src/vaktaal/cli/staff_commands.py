"""`vaktaal staff ...`: add and list buddies and coaches (always with a PIN)."""

import argparse
import getpass
import sys
from dataclasses import asdict
from typing import Any

from vaktaal.app import open_services
from vaktaal.cli.options import common_options
from vaktaal.cli.output import print_json, print_table
from vaktaal.core.i18n import _
from vaktaal.usecases.learners import STAFF_AVATAR, STAFF_ROLES


def add_commands(topics: Any) -> None:
    staff = topics.add_parser(
        "staff", help="begeleiders: taalbuddy's en coaches", parents=[common_options()]
    )
    commands = staff.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)

    add = commands.add_parser(
        "add", help="maak een begeleider (vraagt een pincode)", parents=[common_options()]
    )
    add.add_argument("name", metavar="NAAM")
    add.add_argument("--role", choices=STAFF_ROLES, required=True, help="buddy of coach")
    add.add_argument("--avatar", default=STAFF_AVATAR, help="pictogram, bv. openmoji:1F642")
    add.set_defaults(handler=add_command)

    listing = commands.add_parser("list", help="toon de begeleiders", parents=[common_options()])
    listing.add_argument("--json", action="store_true", help="uitvoer als JSON")
    listing.set_defaults(handler=list_command)


def add_command(arguments: argparse.Namespace) -> int:
    pin_code = _ask_pin()
    learners = open_services(arguments.data_dir).learners
    person = learners.add_staff(arguments.name, arguments.role, pin_code, arguments.avatar)
    message = _("Begeleider '{name}' ({role}) is gemaakt (nummer {id}).")
    print(message.format(name=person.name, role=person.role, id=person.id))
    return 0


def _ask_pin() -> str:
    if sys.stdin.isatty():
        return getpass.getpass(_("Pincode (4 cijfers): "))
    return sys.stdin.readline().strip()


def list_command(arguments: argparse.Namespace) -> int:
    staff = open_services(arguments.data_dir).learners.staff()
    if arguments.json:
        print_json([_public(person) for person in staff])
        return 0
    rows = [(person.id, person.name, person.role) for person in staff]
    print_table([_("nummer"), _("naam"), _("rol")], rows)
    return 0


def _public(person: Any) -> dict[str, Any]:
    fields = asdict(person)
    return {key: fields[key] for key in ("id", "name", "role", "avatar", "has_pin")}
