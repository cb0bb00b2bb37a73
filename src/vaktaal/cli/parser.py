"""Argument parsing for every command; each command takes --data-dir."""

import argparse

from vaktaal import __version__
from vaktaal.cli import deck_commands, learner_commands


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", default=argparse.SUPPRESS, help="map voor de gegevens (database, media)"
    )
    parser = argparse.ArgumentParser(
        prog="vaktaal", description="Leer de vaktaal van je werk.", parents=[common]
    )
    parser.set_defaults(data_dir=None, handler=None)
    parser.add_argument("--version", action="version", version=f"vaktaal {__version__}")
    topics = parser.add_subparsers(title="onderdelen", metavar="ONDERDEEL")
    deck_commands.add_commands(topics, common)
    learner_commands.add_commands(topics, common)
    return parser
