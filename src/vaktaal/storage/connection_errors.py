"""Why a database could not be opened, in plain Dutch with what to do: one place that reads
SQLAlchemy's and psycopg's errors. No message and no log line ever holds the password."""

import logging
from enum import Enum
from urllib.parse import unquote

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from vaktaal.core.i18n import _
from vaktaal.paths import hide_password

log = logging.getLogger(__name__)

DEFAULT_DRIVERS = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}
SUPPORTED = ("sqlite", "postgresql")
EXAMPLE = "postgresql+psycopg://gebruiker:wachtwoord@server:5432/vaktaal"
PERMISSION_DENIED = "42501"  # PostgreSQL's insufficient_privilege


class Problem(Enum):
    BAD_URL = "bad-url"
    UNSUPPORTED = "unsupported"
    NO_DRIVER = "no-driver"
    NOT_RUNNING = "not-running"
    PASSWORD = "password"
    NO_DATABASE = "no-database"
    NO_RIGHTS = "no-rights"
    NOT_ALLOWED = "not-allowed"
    NO_TLS = "no-tls"
    UNREACHABLE = "unreachable"


# Words in the server's (or libpq's) English message, the first that matches wins.
_SIGNS = (
    (Problem.PASSWORD, ("password authentication failed", "no password supplied")),
    (Problem.PASSWORD, ('role "', "authentication failed")),
    (Problem.NO_DATABASE, ("does not exist",)),
    (Problem.NO_RIGHTS, ("permission denied", "connect privilege")),
    (Problem.NOT_ALLOWED, ("pg_hba.conf",)),
    (Problem.NO_TLS, ("ssl",)),
    (
        Problem.NOT_RUNNING,
        (
            "connection refused",
            "could not translate host",
            "resolve host",
            "timeout",
            "no route to host",
            "network is unreachable",
            "no such file or directory",
        ),
    ),
)


class DatabaseConnectionError(Exception):
    """The database could not be opened; the message says why and what to do."""

    def __init__(self, problem: Problem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


def with_default_driver(url: str) -> str:
    """`postgresql://` and `postgres://` as PostgreSQL's tools write them: with psycopg 3."""
    scheme, separator, rest = url.partition("://")
    return f"{DEFAULT_DRIVERS[scheme]}://{rest}" if separator and scheme in DEFAULT_DRIVERS else url


def is_permission_error(error: BaseException) -> bool:
    return getattr(getattr(error, "orig", None), "sqlstate", None) == PERMISSION_DENIED


def explain(error: BaseException, url: str, connecting: bool) -> DatabaseConnectionError | None:
    """The plain-Dutch error for a failure to open `url`; None when it is no such problem
    (on SQLite, or an error while migrating that is not about rights)."""
    problem = _problem(error, url, connecting)
    if problem is None:
        return None
    parsed = _parsed(url)
    where = parsed.render_as_string(hide_password=True) if parsed else "(unreadable URL)"
    detail = _scrubbed(str(error), url) if isinstance(error, DBAPIError) else type(error).__name__
    log.warning("database %s not opened (%s): %s", where, problem.value, detail)
    return DatabaseConnectionError(problem, message(problem, parsed))


def _problem(error: BaseException, url: str, connecting: bool) -> Problem | None:
    parsed = _parsed(url)
    if parsed is None:
        return Problem.BAD_URL
    if isinstance(error, NoSuchModuleError) or parsed.get_backend_name() not in SUPPORTED:
        return Problem.UNSUPPORTED
    if isinstance(error, ImportError):  # psycopg is the one driver vaktaal installs and uses
        return Problem.NO_DRIVER if parsed.get_driver_name() == "psycopg" else Problem.UNSUPPORTED
    if isinstance(error, ArgumentError):
        return Problem.BAD_URL
    if parsed.get_backend_name() == "sqlite" or not isinstance(error, DBAPIError):
        return None
    if is_permission_error(error):
        return Problem.NO_RIGHTS
    return _from_text(str(error.orig).lower()) if connecting else None


def _from_text(text: str) -> Problem:
    for problem, signs in _SIGNS:
        if any(sign in text for sign in signs):
            return problem
    return Problem.UNREACHABLE


def _parsed(url: str) -> URL | None:
    try:
        return make_url(url)
    except (ArgumentError, ValueError):
        return None


def _scrubbed(text: str, url: str) -> str:
    parsed = _parsed(url)
    password = parsed.password if parsed is not None else None
    for secret in {str(password), unquote(str(password))} if password else set():
        text = text.replace(secret, "***")
    return hide_password(text)


def message(problem: Problem, url: URL | None) -> str:
    """What went wrong and what to do, for the command line and the app's start-up."""
    names = {
        "server": f"{url.host or 'localhost'}:{url.port or 5432}" if url else "",
        "user": (url.username or "") if url else "",
        "database": (url.database or "") if url else "",
        "example": EXAMPLE,
    }
    return _MESSAGES[problem]().format(**names)


_MESSAGES = {
    Problem.BAD_URL: lambda: _(
        "Het adres van de database klopt niet. Zo ziet het eruit: {example}"
    ),
    Problem.UNSUPPORTED: lambda: _(
        "Vaktaal werkt alleen met PostgreSQL (of met SQLite op één pc). "
        "Het adres begint met postgresql+psycopg://"
    ),
    Problem.NO_DRIVER: lambda: _(
        "Het onderdeel voor PostgreSQL (psycopg) is niet geïnstalleerd. "
        'Installeer Vaktaal opnieuw, of vraag IT: pip install "psycopg[binary]"'
    ),
    Problem.NOT_RUNNING: lambda: _(
        "De databaseserver {server} antwoordt niet. Staat de server aan? "
        "Kloppen de naam en de poort? Vraag hulp aan IT."
    ),
    Problem.PASSWORD: lambda: _(
        "De databaseserver weigert gebruiker '{user}': de naam of het wachtwoord klopt niet. "
        "Vraag IT om de goede gegevens."
    ),
    Problem.NO_DATABASE: lambda: _(
        "De database '{database}' bestaat niet op de server {server}. "
        "Vraag IT om hem te maken (docs/several-pcs.md)."
    ),
    Problem.NO_RIGHTS: lambda: _(
        "Gebruiker '{user}' mag de database '{database}' niet gebruiken of er geen tabellen "
        "in maken. Vraag IT om die rechten te geven (docs/several-pcs.md)."
    ),
    Problem.NOT_ALLOWED: lambda: _(
        "De databaseserver {server} laat deze pc niet binnen (pg_hba.conf). Vraag hulp aan IT."
    ),
    Problem.NO_TLS: lambda: _(
        "De beveiligde verbinding (TLS) met de databaseserver {server} lukt niet. "
        "Vraag IT om TLS op de server aan te zetten."
    ),
    Problem.UNREACHABLE: lambda: _(
        "Vaktaal kan de databaseserver {server} niet bereiken. Vraag hulp aan IT. "
        "Details staan in het logbestand."
    ),
}
