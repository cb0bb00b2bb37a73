"""`vaktaal speech ...`: is the speech model ready, installing one, scoring a recording."""

import argparse
import errno
import os
import sys
from typing import Any, TextIO

from vaktaal.cli import speech_score_command
from vaktaal.cli.errors import CommandError
from vaktaal.cli.options import common_options
from vaktaal.cli.output import print_json
from vaktaal.core.i18n import _
from vaktaal.paths import Paths
from vaktaal.speech.model_install import install_model
from vaktaal.speech.models import (
    ENV_VARIABLE,
    ModelProblem,
    ModelStatus,
    find_model,
    model_language_hint,
)


def add_commands(topics: Any) -> None:
    speech = topics.add_parser(
        "speech", help="spraakherkenning: het spraakmodel", parents=[common_options()]
    )
    commands = speech.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)

    status = commands.add_parser(
        "status", help="is het spraakmodel klaar?", parents=[common_options()]
    )
    status.add_argument("--json", action="store_true", help="uitvoer als JSON")
    status.set_defaults(handler=status_command)

    install = commands.add_parser(
        "install", help="installeer een spraakmodel", parents=[common_options()]
    )
    install.add_argument("source", metavar="ZIP|MAP|URL", help="zip-bestand, map of http(s)-adres")
    install.set_defaults(handler=install_command)

    speech_score_command.add_score_command(commands)


def status_command(arguments: argparse.Namespace) -> int:
    status = find_model(Paths.create(arguments.data_dir))
    if arguments.json:
        print_json(_status_data(status))
    else:
        states = {"ready": _("klaar"), "missing": _("ontbreekt"), "broken": _("beschadigd")}
        print(_("Spraakmodel: {state}").format(state=states[status.state]))
        if status.path is not None:
            print(_("Map: {path}").format(path=status.path))
        if status.ready:
            print(_("Taal: {language}").format(language=status.language or _("onbekend")))
        print(status.message)
    return 0 if status.ready else 1


def _status_data(status: ModelStatus) -> dict[str, Any]:
    return {
        "state": status.state,
        "path": str(status.path) if status.path is not None else None,
        "name": status.name,
        "language": status.language,
        "dutch": status.dutch,
        "message": status.message,
    }


def install_command(arguments: argparse.Namespace) -> int:
    paths = Paths.create(arguments.data_dir)
    line = _PercentLine(sys.stdout)
    try:
        target = install_model(arguments.source, paths, line.update)
    except ModelProblem as error:
        raise CommandError(str(error)) from error
    except OSError as error:
        raise CommandError(_install_os_message(error)) from error
    finally:
        line.close()
    print(_("Het spraakmodel is geïnstalleerd in: {path}").format(path=target))
    if model_language_hint(target) != "nl":
        print(_("Let op: dit model is niet Nederlands. Het werkt alleen om te testen."))
    configured = os.environ.get(ENV_VARIABLE, "").strip()
    if configured:
        message = _("Let op: {variable} staat op {path}; Vaktaal gebruikt dat model.")
        print(message.format(variable=ENV_VARIABLE, path=configured))
    return 0


def _install_os_message(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return _(
            "De schijf is vol. Maak ruimte vrij en probeer het opnieuw. Er is niets veranderd."
        )
    if error.errno in (errno.EACCES, errno.EPERM):
        message = _("Vaktaal mag hier niet schrijven: {path}. Er is niets veranderd.")
        return message.format(path=error.filename)
    message = _("Het spraakmodel kon niet worden geïnstalleerd: {error}. Er is niets veranderd.")
    return message.format(error=error)


class _PercentLine:
    """Progress as one line that is rewritten: 'Installeren: 42 %'."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.shown: int | None = None

    def update(self, done: int, total: int) -> None:
        percent = done * 100 // total if total else 0
        if percent != self.shown:
            self.shown = percent
            self.out.write("\r" + _("Installeren: {percent} %").format(percent=percent))
            self.out.flush()

    def close(self) -> None:
        if self.shown is not None:
            self.out.write("\n")
            self.out.flush()
