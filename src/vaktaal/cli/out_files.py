"""Checks on a file a command is about to write: its folder exists and its name fits.

A command writes what its name says: `h.docx` is refused for a PDF, so no file is ever
named for one format while holding another.
"""

from pathlib import Path

from vaktaal.cli.errors import CommandError, missing_folder
from vaktaal.core.i18n import _


def checked_out(out: Path, suffix: str) -> Path:
    """`out` when its folder exists and its name ends in `suffix`; else a Dutch refusal."""
    if out.suffix.lower() != suffix:
        message = _("Kies een bestandsnaam die eindigt op {suffix} (niet '{name}').")
        raise CommandError(message.format(suffix=suffix, name=out.name))
    return checked_folder(out)


def checked_folder(out: Path) -> Path:
    """`out` when the folder it goes into exists; else a Dutch refusal that names the folder."""
    if not out.parent.is_dir():
        raise CommandError(missing_folder(out.parent))
    return out
