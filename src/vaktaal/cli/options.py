"""Options shared by every command."""

import argparse


def common_options() -> argparse.ArgumentParser:
    """Options every command takes. A new parser per use: parents share their actions."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", default=argparse.SUPPRESS, help="map voor de gegevens (database, media)"
    )
    return common
