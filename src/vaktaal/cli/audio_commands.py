"""`vaktaal audio ...`: make the audio of a deck ahead of time, so it plays without waiting."""

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from vaktaal.app import open_services
from vaktaal.cli.errors import CommandError
from vaktaal.cli.options import common_options
from vaktaal.core.i18n import _
from vaktaal.usecases.recordings import PrepareReport, UnknownTerm, prepare_deck_audio

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

    record = commands.add_parser(
        "record", help="zet een eigen opname (WAV) bij een term", parents=[common_options()]
    )
    record.add_argument("deck_id", metavar="PAKKET_ID")
    record.add_argument("term_id", metavar="TERM_ID")
    record.add_argument("wav", type=Path, metavar="OPNAME.wav")
    record.set_defaults(handler=record_command)


def record_command(arguments: argparse.Namespace) -> int:
    """A buddy's or author's own recording: checked as in the app, then stored with the deck.

    A bad or unreadable recording is a BadRecording (a use-case error: message, exit 1)."""
    recordings = open_services(arguments.data_dir).recordings
    try:
        path = recordings.attach_file(arguments.deck_id, arguments.term_id, arguments.wav)
    except UnknownTerm as error:
        raise CommandError(str(error)) from None
    print(_("De opname staat nu bij de term: {path}").format(path=path))
    return 0


def prepare_command(arguments: argparse.Namespace) -> int:
    """NoVoice and DeckNotFound are use-case errors: a message and exit 1."""
    audio = open_services(arguments.data_dir).audio
    progress = ProgressLine(sys.stdout)
    try:
        report = prepare_deck_audio(audio, arguments.deck_id, progress)
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
