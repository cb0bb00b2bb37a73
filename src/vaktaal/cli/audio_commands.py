"""`vaktaal audio ...`: make the audio of a deck ahead of time, so it plays without waiting."""

import argparse
import sys
from typing import Any, TextIO

from vaktaal.app import open_services
from vaktaal.cli.errors import CommandError
from vaktaal.cli.options import common_options
from vaktaal.core.i18n import _
from vaktaal.speech.audio_library import PrepareReport, UnknownDeck

INTERRUPTED = 130


def add_commands(topics: Any) -> None:
    audio = topics.add_parser(
        "audio", help="geluid bij woorden en zinnen", parents=[common_options()]
    )
    commands = audio.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)

    prepare = commands.add_parser(
        "prepare", help="maak alvast het geluid van een pakket", parents=[common_options()]
    )
    prepare.add_argument("deck_id", metavar="PAKKET_ID")
    prepare.set_defaults(handler=prepare_command)


def prepare_command(arguments: argparse.Namespace) -> int:
    audio = open_services(arguments.data_dir).audio
    if not audio.available:
        raise CommandError(
            _("Er is geen stem op deze pc. Installeer espeak-ng of zet online spraak aan.")
        )
    progress = ProgressLine(sys.stdout)
    try:
        report = audio.prepare_deck(arguments.deck_id, progress)
    except UnknownDeck as error:
        raise CommandError(_("Pakket '{id}' bestaat niet.").format(id=arguments.deck_id)) from error
    except KeyboardInterrupt:
        progress.end()
        print(_("Gestopt. Het geluid dat al klaar was, blijft bewaard."))
        return INTERRUPTED
    progress.end()
    return _summary(report)


class ProgressLine:
    """Writes "12/90" over and over on one line."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.started = False

    def __call__(self, done: int, total: int) -> None:
        self.out.write(f"\r{done}/{total}")
        self.out.flush()
        self.started = True

    def end(self) -> None:
        if self.started:
            self.out.write("\n")
            self.started = False


def _summary(report: PrepareReport) -> int:
    ready = report.done - report.failed
    print(_("Klaar: geluid bij {ready} van de {total} woorden en zinnen.").format(
        ready=ready, total=report.total
    ))  # fmt: skip
    made = sum(n for source, n in report.sources.items() if source != "cache")
    print(_("{made} nieuw gemaakt, {cached} waren er al.").format(
        made=made, cached=report.sources.get("cache", 0)
    ))  # fmt: skip
    if report.failed:
        print(_("Bij {n} lukte het niet. Probeer het later opnieuw.").format(n=report.failed))
        return 1
    return 0
