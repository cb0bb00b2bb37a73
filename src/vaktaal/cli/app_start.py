"""`vaktaal` without a subcommand: start the app, with only the imports the app needs (the
command line's parser brings in every command and the database code), and a clear message
instead of Qt's abort when there is no screen."""

import argparse
import importlib
import os
import sys
import threading
from collections.abc import Mapping

from vaktaal.cli.options import common_options
from vaktaal.core.i18n import _

NO_SCREEN = 2  # the exit code when there is no screen to show the app on


def app_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The options when `argv` only starts the app (`--data-dir DIR` or nothing); None for a
    subcommand, `--help`, `--version` or anything the full parser must judge."""
    parser = common_options()
    parser.set_defaults(data_dir=None)
    parser.exit_on_error = False
    try:
        arguments, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:  # e.g. `--data-dir` without a folder: the full parser says so
        return None
    return None if rest else arguments


def start_app(data_dir: str | None) -> int:
    problem = screen_problem(os.environ, sys.platform)
    if problem:
        print(problem, file=sys.stderr)
        return NO_SCREEN
    # the database code is imported beside Qt and the window, not after them
    threading.Thread(target=_import_database_code, name="imports", daemon=True).start()
    from vaktaal.ui.launcher import launch

    return launch(data_dir)


def _import_database_code() -> None:
    importlib.import_module("vaktaal.app")  # the launcher's worker opens the database with it


def screen_problem(environment: Mapping[str, str], platform: str) -> str | None:
    """A message in plain Dutch when Linux has no screen to show a window on (Qt would abort
    with a message about libxcb); None when there is one, or a Qt platform was chosen."""
    if not platform.startswith("linux"):
        return None
    if any(environment.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return _(
        "Vaktaal kan geen venster tonen: er is geen scherm.\n"
        "Wat kun je doen?\n"
        "- Start Vaktaal vanaf het bureaublad van deze pc.\n"
        "- Of typ in de map van Vaktaal: bash scripts/start.sh\n"
        "  (dan draait Vaktaal op een scherm in het geheugen).\n"
        "- Voor tests: zet QT_QPA_PLATFORM=offscreen."
    )
