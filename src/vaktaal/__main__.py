"""`vaktaal` and `python -m vaktaal`: no subcommand starts the app, else the command line."""

import sys


def main(argv: list[str] | None = None) -> int:
    from vaktaal.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
