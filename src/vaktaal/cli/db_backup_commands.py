"""`vaktaal db backup OUT`: a copy of this PC's database in one file, readable by its owner
only. SQLite: SQLite's online backup (the app may keep running); PostgreSQL: `pg_dump
--format=custom` (put back with `pg_restore`), the password only in PGPASSWORD."""

import argparse
import errno
import glob
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from vaktaal.cli.errors import CommandError
from vaktaal.cli.options import common_options
from vaktaal.core.i18n import _
from vaktaal.paths import Paths, hide_password
from vaktaal.storage.backups import copy_sqlite, sqlite_file

DEBIAN_PROGRAMS = "/usr/lib/postgresql/*/bin"  # one folder per installed version
VERSION_MISMATCH = "server version mismatch"
_FULL_DISK = (errno.ENOSPC, errno.EDQUOT)


def add_backup_command(commands: Any) -> None:
    backup = commands.add_parser(
        "backup", help="maak een reservekopie van de database", parents=[common_options()]
    )
    backup.add_argument(
        "out",
        metavar="BESTAND",
        type=Path,
        help="het nieuwe bestand (PostgreSQL: terugzetten met pg_restore)",
    )
    backup.set_defaults(handler=backup_command)


def backup_command(arguments: argparse.Namespace) -> int:
    url = Paths.create(arguments.data_dir).database_url
    target = _checked_target(arguments.out)
    parsed = _parsed(url)
    database = sqlite_file(url)
    if database is not None:
        _copy_sqlite(database, target)
    elif parsed.get_backend_name() == "postgresql":
        dump_postgres(parsed, target)
    else:
        raise CommandError(_("Vaktaal maakt alleen een reservekopie van SQLite of PostgreSQL."))
    size = readable_size(target.stat().st_size)
    print(_("Reservekopie gemaakt: {path} ({size})").format(path=target, size=size))
    return 0


def _checked_target(out: Path) -> Path:
    """A new file in a folder that exists and may be written."""
    target = out.expanduser().absolute()
    if target.is_dir():
        message = _("{path} is een map. Geef een naam voor het nieuwe bestand.")
        raise CommandError(message.format(path=target))
    if target.exists():
        raise CommandError(_("{path} bestaat al. Kies een nieuwe naam.").format(path=target))
    if not target.parent.is_dir():
        raise CommandError(_("De map {folder} bestaat niet.").format(folder=target.parent))
    if not os.access(target.parent, os.W_OK):
        raise _not_writable(target.parent)
    return target


def _copy_sqlite(database: Path, target: Path) -> None:
    if not database.is_file():
        raise CommandError(_("Er is nog geen database op deze pc: {path}").format(path=database))
    try:
        copy_sqlite(database, target)
    except OSError as error:
        raise _write_error(error, target) from None
    except sqlite3.Error as error:  # "database or disk is full", or a damaged database
        if "full" in str(error):
            raise _write_error(OSError(errno.ENOSPC, str(error)), target) from None
        raise CommandError(_("De kopie is mislukt: {error}").format(error=error)) from None


def dump_postgres(parsed: URL, target: Path) -> None:
    """pg_dump into a new file next to `target`, renamed to it once it is whole."""
    programs = pg_dump_programs()
    if not programs:
        raise CommandError(
            _(
                "pg_dump ontbreekt. Installeer de programma's van PostgreSQL."
                " Debian of Ubuntu: sudo apt-get install postgresql-client"
            )
        )
    partial = _new_partial(target)
    try:
        _run_pg_dump(programs, parsed, partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def pg_dump_programs() -> list[str]:
    """pg_dump on the PATH first, then Debian's versions, newest first."""
    found = [shutil.which("pg_dump") or ""]
    installed = glob.glob(f"{DEBIAN_PROGRAMS}/pg_dump")
    found += sorted(installed, key=_version_of_folder, reverse=True)
    return [program for program in dict.fromkeys(found) if program]


def _run_pg_dump(programs: list[str], parsed: URL, partial: Path) -> None:
    """The first pg_dump that is not older than the server (pg_dump refuses that)."""
    password = parsed.password or parsed.query.get("password")
    env = dict(os.environ, PGPASSWORD=str(password)) if password else None
    problem = ""
    for program in programs:
        done = subprocess.run(
            [program, *pg_dump_arguments(parsed, partial)],
            env=env, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        if done.returncode == 0:
            return
        problem = _scrubbed(done.stderr, str(password or ""))
        if VERSION_MISMATCH not in problem:
            raise CommandError(_("pg_dump is mislukt:\n{details}").format(details=problem))
    message = _(
        "pg_dump is ouder dan de server. Installeer postgresql-client"
        " van de versie van de server.\n{details}"
    )
    raise CommandError(message.format(details=problem))


def pg_dump_arguments(parsed: URL, partial: Path) -> list[str]:
    """Everything but the password: host, port, user, the database and the URL's options."""
    arguments = ["--format=custom", "--no-password", f"--file={partial}"]
    if parsed.host:
        arguments.append(f"--host={parsed.host}")
    if parsed.port:
        arguments.append(f"--port={parsed.port}")
    if parsed.username:
        arguments.append(f"--username={parsed.username}")
    options = {"dbname": parsed.database or "", **_libpq_options(parsed)}
    conninfo = " ".join(f"{key}={_quoted(value)}" for key, value in options.items())
    return [*arguments, f"--dbname={conninfo}"]


def _libpq_options(parsed: URL) -> dict[str, str]:
    """The URL's query (sslmode, sslrootcert, ...), without a password."""
    options = {}
    for key, value in parsed.query.items():
        if key != "password":
            options[key] = value if isinstance(value, str) else value[-1]
    return options


def _quoted(value: str) -> str:
    """A value in a libpq connection string."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _new_partial(target: Path) -> Path:
    """An empty file (mode 0600) that pg_dump fills; pg_dump keeps its mode."""
    try:
        handle, name = tempfile.mkstemp(prefix=".vaktaal-", suffix=".part", dir=target.parent)
    except OSError as error:
        raise _write_error(error, target) from None
    os.close(handle)
    return Path(name)


def _version_of_folder(program: str) -> tuple[int, ...]:
    """Debian's /usr/lib/postgresql/15/bin/pg_dump: (15,)."""
    version = Path(program).parent.parent.name
    return tuple(int(part) for part in re.findall(r"\d+", version)) or (0,)


def _scrubbed(text: str, password: str) -> str:
    """pg_dump's own message, never with the password in it."""
    text = text.strip()
    return text.replace(password, "***") if password else text


def _write_error(error: OSError, target: Path) -> CommandError:
    if error.errno in _FULL_DISK:
        return CommandError(_("De schijf is vol. Maak ruimte vrij en probeer het opnieuw."))
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _not_writable(target.parent)
    return CommandError(_("De kopie is mislukt: {error}").format(error=error))


def _not_writable(folder: Path) -> CommandError:
    return CommandError(_("Vaktaal mag niet schrijven in de map {folder}.").format(folder=folder))


def _parsed(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError:
        message = _("Het adres van de database klopt niet: {url}")
        raise CommandError(message.format(url=hide_password(url))) from None


def readable_size(size: int) -> str:
    """Bytes as people read them, with a Dutch decimal comma."""
    if size < 1000:
        return f"{size} bytes"
    amount = float(size)
    for unit in ("kB", "MB", "GB"):
        amount /= 1000
        if amount < 1000 or unit == "GB":
            break
    return f"{amount:.1f} {unit}".replace(".", ",")
