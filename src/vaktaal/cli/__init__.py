"""The command line: `vaktaal` alone starts the app; subcommands work on the same core."""

import sys

from vaktaal.cli.errors import friendly_errors
from vaktaal.cli.parser import build_parser


def run(argv: list[str]) -> int:
    arguments = build_parser().parse_args(argv)
    if getattr(arguments, "handler", None) is None:
        from vaktaal.ui.launcher import launch

        return launch(arguments.data_dir)
    with friendly_errors(sys.stderr) as outcome:
        outcome.code = arguments.handler(arguments)
    return outcome.code
