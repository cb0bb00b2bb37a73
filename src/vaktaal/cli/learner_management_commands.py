"""`vaktaal learner edit|delete|export|reset-pin|assign|unassign`: staff manage a learner."""

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from vaktaal.app import open_services
from vaktaal.cli.options import common_options
from vaktaal.cli.out_files import checked_out
from vaktaal.core.i18n import _
from vaktaal.usecases.learner_management import LearnerManagement


def add_commands(commands: Any) -> None:
    edit = _command(commands, "edit", "wijzig naam, talen of pictogram", edit_command)
    edit.add_argument("--name", help="nieuwe naam")
    edit.add_argument("--language", action="append", help="eigen taal (ISO 639); vervangt alle")
    edit.add_argument("--avatar", help="pictogram, bv. openmoji:1F642")

    remove = _command(commands, "delete", "verwijder een profiel met alles erbij", delete_command)
    remove.add_argument("--yes", action="store_true", help="niet om bevestiging vragen")

    export = _command(
        commands, "export", "alle gegevens van een leerder in één zip", export_command
    )
    export.add_argument("out", metavar="UIT.zip", type=Path)

    reset = _command(commands, "reset-pin", "nieuwe pincode (vergeten pincode)", reset_pin_command)
    reset.add_argument("--none", action="store_true", help="geen pincode meer")

    for name, text, handler in (
        ("assign", "geef pakketten aan een leerder", assign_command),
        ("unassign", "neem pakketten weg bij een leerder", unassign_command),
    ):
        command = _command(commands, name, text, handler)
        command.add_argument("decks", metavar="PAKKET", nargs="+")


def _command(commands: Any, name: str, text: str, handler: Any) -> argparse.ArgumentParser:
    command: argparse.ArgumentParser = commands.add_parser(
        name, help=text, parents=[common_options()]
    )
    command.add_argument("learner", metavar="NAAM_OF_NUMMER")
    command.set_defaults(handler=handler)
    return command


def ask_pin() -> str:
    if sys.stdin.isatty():
        return getpass.getpass(_("Pincode (4 cijfers): "))
    return sys.stdin.readline().strip()


def _manage(arguments: argparse.Namespace) -> LearnerManagement:
    return open_services(arguments.data_dir).learners.manage


def edit_command(arguments: argparse.Namespace) -> int:
    manage = _manage(arguments)
    learner = manage.find(arguments.learner)
    learner = manage.edit(learner, arguments.name, arguments.language, arguments.avatar)
    print(_("Profiel '{name}' is gewijzigd.").format(name=learner.name))
    return 0


def delete_command(arguments: argparse.Namespace) -> int:
    manage = _manage(arguments)
    learner = manage.find(arguments.learner)
    gone = manage.footprint(learner)
    message = _(
        "Dit gaat weg: profiel '{name}', {answers} antwoorden, {recordings} opnames, "
        "{meetings} resultaten van gesprekken."
    )
    print(
        message.format(
            name=learner.name,
            answers=gone.answers,
            recordings=gone.recordings,
            meetings=gone.meeting_results,
        )
    )
    if not arguments.yes and not _confirmed():
        print(_("Niets verwijderd."))
        return 1
    manage.delete(learner)
    print(_("Profiel '{name}' is verwijderd.").format(name=learner.name))
    return 0


def _confirmed() -> bool:
    print(_("Typ 'ja' om te verwijderen: "), end="", flush=True)
    answer = sys.stdin.readline()
    if not sys.stdin.isatty():
        print()  # the answer was not typed, so the line did not end
    return answer.strip().casefold() in {"ja", "j", "yes", "y"}


def export_command(arguments: argparse.Namespace) -> int:
    manage = _manage(arguments)
    learner = manage.find(arguments.learner)
    out = manage.export(learner, checked_out(arguments.out, ".zip"))
    print(_("De gegevens van '{name}' staan in {out}.").format(name=learner.name, out=out))
    return 0


def reset_pin_command(arguments: argparse.Namespace) -> int:
    manage = _manage(arguments)
    learner = manage.find(arguments.learner)
    learner = manage.reset_pin(learner, None if arguments.none else ask_pin())
    if learner.has_pin:
        print(_("'{name}' heeft een nieuwe pincode.").format(name=learner.name))
    else:
        print(_("'{name}' heeft geen pincode meer.").format(name=learner.name))
    return 0


def assign_command(arguments: argparse.Namespace) -> int:
    manage = _manage(arguments)
    learner = manage.assign(manage.find(arguments.learner), arguments.decks)
    _print_decks(learner.name, learner.decks)
    return 0


def unassign_command(arguments: argparse.Namespace) -> int:
    manage = _manage(arguments)
    learner = manage.unassign(manage.find(arguments.learner), arguments.decks)
    _print_decks(learner.name, learner.decks)
    return 0


def _print_decks(name: str, decks: tuple[str, ...]) -> None:
    shown = ", ".join(decks) if decks else _("geen")
    print(_("Pakketten van '{name}': {decks}.").format(name=name, decks=shown))
