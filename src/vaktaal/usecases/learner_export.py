"""One learner's data as a zip: data.json with everything, one CSV per list."""

import csv
import errno
import io
import json
import os
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from vaktaal.core.files import atomic_path
from vaktaal.core.i18n import _
from vaktaal.storage.learner_data import LearnerExport, Table
from vaktaal.usecases.errors import UseCaseError


def write_export(data: LearnerExport, out: Path) -> None:
    """Either the whole zip is written or nothing changes."""
    folder = out.parent
    if not folder.is_dir():
        raise UseCaseError(
            _("De map {folder} bestaat niet. Kies een andere map.").format(folder=folder)
        )
    if not os.access(folder, os.W_OK):
        raise _read_only(folder)
    try:
        with atomic_path(out) as temporary:
            _write_zip(data, temporary)
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise _read_only(folder) from error
        raise


def _read_only(folder: Path) -> UseCaseError:
    return UseCaseError(
        _("Vaktaal mag niet schrijven in {folder}. Kies een andere map.").format(folder=folder)
    )


def _write_zip(data: LearnerExport, path: Path) -> None:
    everything = {"profile": data.profile, **{n: t.rows for n, t in data.tables.items()}}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
        text = json.dumps(everything, ensure_ascii=False, indent=2, default=_plain)
        bundle.writestr("data.json", text)
        bundle.writestr("profile.csv", _csv(Table(list(data.profile), [data.profile])))
        for name, table in data.tables.items():
            bundle.writestr(f"{name}.csv", _csv(table))


def _csv(table: Table) -> str:
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=table.columns)
    writer.writeheader()
    for row in table.rows:
        writer.writerow({key: _cell(value) for key, value in row.items()})
    return text.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=_plain)
    return _plain(value) if isinstance(value, datetime) else value


def _plain(value: Any) -> str:
    return value.isoformat() if isinstance(value, datetime) else str(value)
