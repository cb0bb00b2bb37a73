"""`vaktaal meeting check-summary ID --text "..."` (or `--file F`): what does a summary cover?

Prints the feedback the app shows the learner: what was found, what to add, what is not
right, and a hint when the text is not Dutch. With --json: the meeting and its deck, a
score (0..1), the language ("nl", "mixed", "other"), for each main point and action item
its level ("covered", "partly", "missed") with the keyword groups matched, missing and
wrong, and the same feedback.
An unknown meeting, an empty summary or an unreadable file: a plain Dutch message, exit 1.
"""

import argparse
import sys
from pathlib import Path
from typing import Any

from vaktaal.app import open_services
from vaktaal.cli.errors import CommandError
from vaktaal.cli.meeting_commands import not_found
from vaktaal.cli.options import common_options
from vaktaal.cli.output import print_json
from vaktaal.core.i18n import _
from vaktaal.usecases import meetings as use_case
from vaktaal.usecases.meetings import (
    MAX_SUMMARY_CHARACTERS,
    MeetingNotFound,
    Meetings,
    SummaryReport,
)


def add_check_summary_command(commands: Any) -> None:
    """Add `check-summary` to the subcommands of `vaktaal meeting`."""
    check = commands.add_parser(
        "check-summary", help="welke hoofdpunten en taken staan in een samenvatting?",
        parents=[common_options()],
    )  # fmt: skip
    check.add_argument("meeting", metavar="ID", help="id van de vergadering")
    source = check.add_mutually_exclusive_group(required=True)
    source.add_argument("--text", metavar="TEKST", help="de samenvatting")
    source.add_argument(
        "--file", type=Path, metavar="BESTAND",
        help="de samenvatting in een tekstbestand (UTF-8); - leest de invoer",
    )  # fmt: skip
    check.add_argument("--json", action="store_true", help="uitvoer als JSON")
    check.set_defaults(handler=check_summary_command)


def check_summary_command(arguments: argparse.Namespace) -> int:
    text = summary_text(arguments.text, arguments.file)
    services = open_services(arguments.data_dir)
    try:
        report = checked(services.meetings, arguments.meeting, text)
    finally:
        services.close()
    if arguments.json:
        print_json(report.to_json())
    else:
        print("\n".join(report.feedback.lines()))
    return 0


def summary_report(meetings: Meetings, meeting_id: str, text: str) -> dict[str, Any]:
    """The JSON report of one summary of one installed meeting (the app's check)."""
    return checked(meetings, meeting_id, text).to_json()


def checked(meetings: Meetings, meeting_id: str, text: str) -> SummaryReport:
    try:
        return meetings.check_installed_summary(meeting_id, text)
    except MeetingNotFound as error:
        raise not_found(error) from error


def summary_text(text: str | None, path: Path | None) -> str:
    """The summary from --text or --file (`-`: standard input); never empty or huge."""
    summary = text if text is not None else _read(path)
    try:
        return use_case.summary_text(summary)
    except use_case.EmptySummary as error:
        message = _(
            'De samenvatting is leeg. Schrijf een paar zinnen: --text "..." of --file BESTAND.'
        )
        raise CommandError(message) from error
    except use_case.SummaryProblem as error:
        raise CommandError(str(error)) from error


def _read(path: Path | None) -> str:
    if path is None or str(path) == "-":
        return sys.stdin.read(MAX_SUMMARY_CHARACTERS + 1)
    try:
        with path.open(encoding="utf-8") as file:
            return file.read(MAX_SUMMARY_CHARACTERS + 1)
    except FileNotFoundError as error:
        raise CommandError(_("Het bestand {path} bestaat niet.").format(path=path)) from error
    except UnicodeDecodeError as error:
        message = _("Het bestand {path} is geen gewone tekst. Sla het op als tekst (UTF-8).")
        raise CommandError(message.format(path=path)) from error
    except OSError as error:
        message = _("Het bestand {path} kan niet worden gelezen ({reason}).")
        raise CommandError(message.format(path=path, reason=error.strerror)) from error
