"""`vaktaal settings ...`: app-wide settings of this PC, e.g. when to return to the profiles."""

import argparse
from dataclasses import asdict
from typing import Any

from vaktaal.app import open_services
from vaktaal.cli.errors import CommandError
from vaktaal.cli.options import common_options
from vaktaal.cli.output import print_json
from vaktaal.core.i18n import _
from vaktaal.usecases.settings import MAX_IDLE_MINUTES


def add_commands(topics: Any) -> None:
    settings = topics.add_parser(
        "settings", help="instellingen van deze pc", parents=[common_options()]
    )
    commands = settings.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)

    show = commands.add_parser("show", help="toon de instellingen", parents=[common_options()])
    show.add_argument("--json", action="store_true", help="uitvoer als JSON")
    show.set_defaults(handler=show_command)

    idle = commands.add_parser(
        "idle", help="na hoeveel minuten zonder gebruik terug naar de profielen",
        parents=[common_options()],
    )  # fmt: skip
    idle.add_argument("minutes", type=int, metavar="MINUTEN")
    idle.set_defaults(handler=idle_command)

    online = commands.add_parser(
        "online-speech", help="mooiere stem via Google (de tekst gaat naar Google)",
        parents=[common_options()],
    )  # fmt: skip
    online.add_argument("state", choices=("on", "off"), metavar="on|off")
    online.set_defaults(handler=online_speech_command)


def show_command(arguments: argparse.Namespace) -> int:
    settings = open_services(arguments.data_dir).settings.app_settings()
    if arguments.json:
        print_json(asdict(settings))
    else:
        for key, value in asdict(settings).items():
            print(f"{key} = {value}")
    return 0


def idle_command(arguments: argparse.Namespace) -> int:
    if not 1 <= arguments.minutes <= MAX_IDLE_MINUTES:
        message = _("Kies een aantal minuten van 1 tot en met {max}.")
        raise CommandError(message.format(max=MAX_IDLE_MINUTES))
    open_services(arguments.data_dir).settings.set_idle_minutes(arguments.minutes)
    print(
        _("Na {n} minuten zonder gebruik gaat Vaktaal terug naar de profielen.").format(
            n=arguments.minutes
        )
    )
    return 0


def online_speech_command(arguments: argparse.Namespace) -> int:
    enabled = arguments.state == "on"
    open_services(arguments.data_dir).settings.set_online_speech(enabled)
    print(online_speech_message(enabled))
    return 0


def online_speech_message(enabled: bool) -> str:
    """What online speech means, in plain Dutch: the text goes to Google."""
    if not enabled:
        return _(
            "Online spraak staat uit. Er gaat geen tekst naar Google. Vaktaal gebruikt de stem "
            "van deze pc en het geluid dat al bewaard is."
        )
    return _(
        "Online spraak staat aan.\n"
        "Vaktaal stuurt de woorden en zinnen die het voorleest via internet naar Google. "
        "Google maakt er geluid van met een mooiere stem. Google ziet dan die tekst en het "
        "internetadres van deze plek. Namen en resultaten van leerders gaan niet mee.\n"
        "Elk geluid wordt één keer gehaald en daarna op deze pc bewaard. Zonder internet "
        "gebruikt Vaktaal de stem van deze pc.\n"
        "Uitzetten: vaktaal settings online-speech off"
    )
