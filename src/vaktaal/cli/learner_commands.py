"""`vaktaal learner ...`: add, list and manage learner profiles."""

import argparse
from dataclasses import asdict
from typing import Any

from vaktaal.app import open_services
from vaktaal.cli import learner_management_commands
from vaktaal.cli.learner_management_commands import ask_pin
from vaktaal.cli.options import common_options
from vaktaal.cli.output import print_json, print_table
from vaktaal.core.i18n import _
from vaktaal.usecases.learners import DEFAULT_AVATAR


def add_commands(topics: Any) -> None:
    learner = topics.add_parser("learner", help="leerders (profielen)", parents=[common_options()])
    commands = learner.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)

    add = commands.add_parser("add", help="maak een profiel", parents=[common_options()])
    add.add_argument("name", metavar="NAAM")
    add.add_argument(
        "--language", action="append", required=True, help="eigen taal (ISO 639), bv. ar"
    )
    add.add_argument("--avatar", default=DEFAULT_AVATAR, help="pictogram, bv. openmoji:1F642")
    add.add_argument("--deck", action="append", help="pakket om te oefenen (standaard: alle)")
    add.add_argument("--pin", action="store_true", help="vraag een pincode van 4 cijfers")
    add.set_defaults(handler=add_command)

    listing = commands.add_parser("list", help="toon de profielen", parents=[common_options()])
    listing.add_argument("--json", action="store_true", help="uitvoer als JSON")
    listing.set_defaults(handler=list_command)
    learner_management_commands.add_commands(commands)


def add_command(arguments: argparse.Namespace) -> int:
    pin_code = ask_pin() if arguments.pin else None
    learners = open_services(arguments.data_dir).learners
    learner = learners.add(
        arguments.name, arguments.language, arguments.avatar, pin_code, arguments.deck
    )
    print(_("Profiel '{name}' is gemaakt (nummer {id}).").format(name=learner.name, id=learner.id))
    return 0


def list_command(arguments: argparse.Namespace) -> int:
    learners = open_services(arguments.data_dir).learners.all()
    if arguments.json:
        print_json([asdict(learner) for learner in learners])
        return 0
    headers = [_("nummer"), _("naam"), _("talen"), _("pincode"), _("pakketten")]
    rows = [
        (x.id, x.name, ", ".join(x.languages), _("ja") if x.has_pin else _("nee"), len(x.decks))
        for x in learners
    ]
    print_table(headers, rows)
    return 0
