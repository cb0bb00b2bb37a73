"""`vaktaal meeting transcribe FILE OUT.toml`, `subtitles ID_OR_FILE OUT` and `validate FILE...`.

`transcribe` turns a WAV/MP3 recording into a draft meeting file (progress on stderr); the
author corrects it. `subtitles` writes .srt or .vtt for an installed meeting (by id) or for
a meeting file (.toml), also a draft. `validate` lists every problem of meeting files.
"""

import argparse
import sys
from pathlib import Path
from typing import Any

from vaktaal.app import open_services
from vaktaal.cli.deck_commands import print_problems
from vaktaal.cli.meeting_commands import installed_meeting
from vaktaal.cli.options import common_options
from vaktaal.cli.out_files import checked_folder
from vaktaal.cli.speech_score_command import load_recognizer, model_folder
from vaktaal.core.i18n import _
from vaktaal.core.meetings.authoring_files import validate_meeting_file
from vaktaal.core.meetings.model import Meeting
from vaktaal.speech.recognition import Recognizer
from vaktaal.usecases.meeting_authoring import MeetingAuthoring, is_meeting_file


def add_authoring_commands(commands: Any) -> None:
    """Add `transcribe`, `subtitles` and `validate` to the subcommands of `vaktaal meeting`."""
    transcribe = commands.add_parser(
        "transcribe", help="zet een opname (WAV/MP3) om in een vergadering om te verbeteren",
        parents=[common_options()],
    )  # fmt: skip
    transcribe.add_argument("file", type=Path, metavar="OPNAME", help="WAV- of MP3-bestand")
    transcribe.add_argument("out", type=Path, metavar="UIT.toml", help="het nieuwe bestand")
    transcribe.add_argument("--model", type=Path, metavar="MAP", help="map van het spraakmodel")
    transcribe.set_defaults(handler=transcribe_command)

    subtitles = commands.add_parser(
        "subtitles", help="ondertitels (.srt of .vtt) van een vergadering",
        parents=[common_options()],
    )  # fmt: skip
    subtitles.add_argument("meeting", metavar="ID|BESTAND", help="id of .toml-bestand")
    subtitles.add_argument("out", type=Path, metavar="UIT.srt|UIT.vtt")
    subtitles.set_defaults(handler=subtitles_command)

    validate = commands.add_parser(
        "validate", help="controleer vergaderbestanden (.toml)", parents=[common_options()]
    )
    validate.add_argument("paths", nargs="+", type=Path, metavar="BESTAND")
    validate.set_defaults(handler=validate_command)


def transcribe_command(arguments: argparse.Namespace) -> int:
    def recognizer() -> Recognizer:  # loaded only once the file name was found right
        return load_recognizer(model_folder(arguments.model, arguments.data_dir))

    line = _PercentLine()
    try:
        meeting = MeetingAuthoring().transcribe_to_file(
            arguments.file, arguments.out, recognizer, line.update
        )
    finally:
        line.close()
    message = _("{count} zinnen opgeslagen in {path}. Verbeter de tekst en geef de sprekers namen.")
    print(message.format(count=len(meeting.lines), path=arguments.out))
    return 0


def subtitles_command(arguments: argparse.Namespace) -> int:
    meeting = _find_meeting(arguments.meeting, arguments.data_dir)
    MeetingAuthoring().save_subtitles(meeting, checked_folder(arguments.out))
    print(_("Ondertitels opgeslagen in {path}.").format(path=arguments.out))
    return 0


def validate_command(arguments: argparse.Namespace) -> int:
    results = [print_problems(path, validate_meeting_file(path)) for path in arguments.paths]
    return 0 if all(results) else 1


def _find_meeting(reference: str, data_dir: str | None) -> Meeting:
    """A meeting file, read without opening the database; else an installed meeting."""
    if is_meeting_file(reference):
        return MeetingAuthoring().read(Path(reference))
    return installed_meeting(open_services(data_dir).meetings, reference).meeting


class _PercentLine:
    """Progress on stderr as one line that is rewritten: 'Omzetten: 42 %'."""

    def __init__(self) -> None:
        self.shown: int | None = None

    def update(self, part: float) -> None:
        percent = int(part * 100)
        if percent != self.shown:
            self.shown = percent
            sys.stderr.write("\r" + _("Omzetten: {percent} %").format(percent=percent))
            sys.stderr.flush()

    def close(self) -> None:
        if self.shown is not None:
            sys.stderr.write("\n")
            sys.stderr.flush()
