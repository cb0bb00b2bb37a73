"""The command line: `vaktaal` alone starts the app; subcommands work on the same core."""

import sys

from vaktaal.cli.app_start import app_arguments, start_app
from vaktaal.core.i18n import choose_language, set_language


def run(argv: list[str]) -> int:
    set_language(choose_language())  # VAKTAAL_UI_LANGUAGE, else the system's (core/i18n.py)
    app = app_arguments(argv)  # the app alone: none of the commands imported (quick start)
    if app is not None:
        return start_app(app.data_dir)
    from vaktaal.cli.errors import friendly_errors
    from vaktaal.cli.parser import build_parser

    arguments = build_parser().parse_args(argv)
    if getattr(arguments, "handler", None) is None:
        return start_app(arguments.data_dir)
    with friendly_errors(sys.stderr) as outcome:
        outcome.code = arguments.handler(arguments)
    return outcome.code
