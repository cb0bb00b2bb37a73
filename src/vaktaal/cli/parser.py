"""Argument parsing for every command; each command takes --data-dir."""

import argparse

from vaktaal import __version__
from vaktaal.cli import (
    audio_commands,
    db_commands,
    deck_commands,
    learner_commands,
    meeting_commands,
    print_commands,
    report_commands,
    settings_commands,
    speech_commands,
    staff_commands,
)
from vaktaal.cli.options import common_options


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vaktaal", description="Leer de vaktaal van je werk.", parents=[common_options()]
    )
    parser.set_defaults(data_dir=None, handler=None)
    parser.add_argument("--version", action="version", version=f"vaktaal {__version__}")
    topics = parser.add_subparsers(title="onderdelen", metavar="ONDERDEEL")
    deck_commands.add_commands(topics)
    learner_commands.add_commands(topics)
    staff_commands.add_commands(topics)
    settings_commands.add_commands(topics)
    audio_commands.add_commands(topics)
    speech_commands.add_commands(topics)
    print_commands.add_commands(topics)
    report_commands.add_commands(topics)
    meeting_commands.add_commands(topics)
    db_commands.add_commands(topics)
    return parser
