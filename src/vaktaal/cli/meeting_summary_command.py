"""`vaktaal meeting check-summary ID --text "..."` (or `--file F`): what does a summary cover?

Prints, as JSON, the meeting and its deck, a score (0..1) and for each main point and action
item its level ("covered", "partly", "missed") with the keyword groups matched and missing.
An unknown meeting, an empty summary or an unreadable file: a plain Dutch message, exit 1.
"""

import argparse
import sys
from pathlib import Path
from typing import Any, Protocol

from vaktaal.app import open_services
from vaktaal.cli.errors import CommandError
from vaktaal.cli.options import common_options
from vaktaal.cli.output import print_json
from vaktaal.core.i18n import _
from vaktaal.core.meetings.coverage import check_summary, summary_check_to_json
from vaktaal.storage.meeting_store import InstalledMeeting

MAX_CHARACTERS = 100_000  # a summary is a few sentences; this is far beyond any


class MeetingLookup(Protocol):
    def get(self, meeting_id: str) -> InstalledMeeting | None: ...


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
    check.set_defaults(handler=check_summary_command)


def check_summary_command(arguments: argparse.Namespace) -> int:
    text = summary_text(arguments.text, arguments.file)
    services = open_services(arguments.data_dir)
    try:
        print_json(summary_report(services.meetings, arguments.meeting, text))
    finally:
        services.close()
    return 0


def summary_report(meetings: MeetingLookup, meeting_id: str, text: str) -> dict[str, Any]:
    """The JSON report of one summary of one installed meeting."""
    installed = meetings.get(meeting_id.strip())
    if installed is None:
        message = _("Er is geen vergadering '{id}'. Kijk met: vaktaal meeting list")
        raise CommandError(message.format(id=meeting_id))
    check = check_summary(installed.meeting, text)
    header = {"meeting": installed.meeting.id, "deck": installed.deck_id}
    return header | summary_check_to_json(check)


def summary_text(text: str | None, path: Path | None) -> str:
    """The summary from --text or --file (`-`: standard input); never empty or huge."""
    summary = text if text is not None else _read(path)
    if not summary.strip():
        raise CommandError(
            _('De samenvatting is leeg. Schrijf een paar zinnen: --text "..." of --file BESTAND.')
        )
    if len(summary) > MAX_CHARACTERS:
        message = _("De samenvatting is te lang (meer dan {n} tekens). Schrijf een paar zinnen.")
        raise CommandError(message.format(n=MAX_CHARACTERS))
    return summary


def _read(path: Path | None) -> str:
    if path is None or str(path) == "-":
        return sys.stdin.read(MAX_CHARACTERS + 1)
    try:
        with path.open(encoding="utf-8") as file:
            return file.read(MAX_CHARACTERS + 1)
    except FileNotFoundError as error:
        raise CommandError(_("Het bestand {path} bestaat niet.").format(path=path)) from error
    except UnicodeDecodeError as error:
        message = _("Het bestand {path} is geen gewone tekst. Sla het op als tekst (UTF-8).")
        raise CommandError(message.format(path=path)) from error
    except OSError as error:
        message = _("Het bestand {path} kan niet worden gelezen ({reason}).")
        raise CommandError(message.format(path=path, reason=error.strerror)) from error
