"""`vaktaal meeting ...`: the meetings of the installed decks (list, show).

Other meeting commands register on the same topic with `add_meeting_command(name, help)`.
"""

import argparse
from typing import Any

from vaktaal.app import open_services
from vaktaal.cli.errors import CommandError
from vaktaal.cli.options import common_options
from vaktaal.cli.output import print_json, print_table
from vaktaal.core.i18n import _
from vaktaal.core.meetings.codec import meeting_to_document
from vaktaal.core.meetings.model import Meeting
from vaktaal.usecases.meetings import InstalledMeeting, MeetingNotFound, Meetings

_commands: Any = None  # the subparsers of `vaktaal meeting`, set by add_commands


def add_commands(topics: Any) -> None:
    global _commands
    meeting = topics.add_parser(
        "meeting", help="vergaderingen om te luisteren", parents=[common_options()]
    )
    _commands = meeting.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)

    listing = add_meeting_command("list", "toon de vergaderingen")
    listing.add_argument("--json", action="store_true", help="uitvoer als JSON")
    listing.set_defaults(handler=list_command)

    show = add_meeting_command("show", "toon een vergadering: tekst, hoofdpunten, actiepunten")
    show.add_argument("meeting_id", metavar="ID")
    show.add_argument("--json", action="store_true", help="uitvoer als JSON")
    show.set_defaults(handler=show_command)
    from vaktaal.cli import meeting_authoring_commands, meeting_summary_command  # they use ours

    meeting_summary_command.add_check_summary_command(_commands)
    meeting_authoring_commands.add_authoring_commands(_commands)


def add_meeting_command(name: str, help: str) -> argparse.ArgumentParser:
    """A new `vaktaal meeting NAME` command (with --data-dir); call after add_commands."""
    parser: argparse.ArgumentParser = _commands.add_parser(
        name, help=help, parents=[common_options()]
    )
    return parser


def installed_meeting(meetings: Meetings, meeting_id: str) -> InstalledMeeting:
    """The installed meeting with this id, or a message that says where to look."""
    try:
        return meetings.installed(meeting_id)
    except MeetingNotFound as error:
        raise not_found(error) from error


def not_found(error: MeetingNotFound) -> CommandError:
    """The use case's message, and where the command line shows which meetings there are."""
    return CommandError(f"{error} {_('Kijk met: vaktaal meeting list')}")


def list_command(arguments: argparse.Namespace) -> int:
    meetings = open_services(arguments.data_dir).meetings.list_meetings()
    if arguments.json:
        print_json([vars(m) for m in meetings])
        return 0
    headers = [_("id"), _("pakket"), _("titel"), _("regels"), _("hoofdpunten")]
    print_table(headers, [(m.id, m.deck_id, m.title, m.lines, m.main_points) for m in meetings])
    return 0


def show_command(arguments: argparse.Namespace) -> int:
    installed = installed_meeting(open_services(arguments.data_dir).meetings, arguments.meeting_id)
    if arguments.json:
        print_json(meeting_json(installed))
    else:
        print("\n".join(meeting_text(installed.meeting)))
    return 0


def meeting_json(installed: InstalledMeeting) -> dict[str, Any]:
    meeting = installed.meeting
    document = meeting_to_document(meeting)
    for line in document["lines"]:
        speaker = meeting.speaker(line["speaker"])
        line["name"] = speaker.name if speaker else line["speaker"]
    return {"id": meeting.id, "deck_id": installed.deck_id, **document}


def meeting_text(meeting: Meeting) -> list[str]:
    names = {s.id: s.name for s in meeting.speakers}
    text = [meeting.title, meeting.situation, ""]
    text += [f"{s.name} ({s.role})" for s in meeting.speakers] + [""]
    text += [f"{names[line.speaker]}: {line.text}" for line in meeting.lines]
    text += ["", _("Hoofdpunten:")] + [f"- {p.text}" for p in meeting.main_points]
    text += ["", _("Actiepunten:")]
    for item in meeting.action_items:
        when = f" ({item.when})" if item.when else ""
        text.append(f"- {names[item.who]}: {item.what}{when}")
    return text
