"""`vaktaal` and `python -m vaktaal`: no subcommand starts the app, else the command line."""

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    from vaktaal.cli import run

    code = run(sys.argv[1:] if argv is None else argv)
    # Free the app's cycles now, while Qt is whole: left to Python's shutdown, a collection
    # that deleted Qt objects crashed about 1 exit in 8 (exit code 139; packaging/ smoke runs)
    gc.collect()
    return code


if __name__ == "__main__":
    sys.exit(main())
