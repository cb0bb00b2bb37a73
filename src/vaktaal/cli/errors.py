"""Turn expected failures into plain Dutch messages and exit codes, never a traceback."""

import contextlib
import errno
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from vaktaal.core.i18n import _, ngettext
from vaktaal.paths import Paths
from vaktaal.usecases.errors import (
    DatabaseConnectionError,
    DatabaseDamaged,
    DatabaseTooNew,
    DeckNotFound,
    DeckProblems,
    LearnerInputError,
    OlderDeckVersion,
    ServerUpgradeNeeded,
    UpgradeWaitTimeout,
    UseCaseError,
)

log = logging.getLogger(__name__)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"  # as app.py writes vaktaal.log


@dataclass
class Outcome:
    code: int = 0


@contextmanager
def friendly_errors(err: TextIO) -> Iterator[Outcome]:
    outcome = Outcome()
    _log_never_to_terminal()
    try:
        yield outcome
    except DeckProblems as error:
        log.warning("refused: %s", error)  # every failure is in the log, not only surprises
        n = len(error.problems)
        message = ngettext("Er is {n} probleem gevonden:", "Er zijn {n} problemen gevonden:", n)
        err.write(message.format(n=n) + "\n")
        err.writelines(f"- {problem}\n" for problem in error.problems)
        outcome.code = 1
    except (OlderDeckVersion, LearnerInputError, CommandError, UseCaseError) as error:
        log.warning("refused: %s", error)
        err.write(f"{error}\n{_next_step(error)}")
        outcome.code = 1
    except (DatabaseTooNew, DatabaseDamaged, ServerUpgradeNeeded, UpgradeWaitTimeout) as error:
        err.write(f"{error}\n")
        outcome.code = 2
    except DatabaseConnectionError as error:  # plain Dutch, logged without the password
        err.write(f"{error}\n")
        outcome.code = 3
    except OSError as error:
        log.exception("file system error")
        err.write(_disk_message(error) + "\n")
        outcome.code = 3
    except SQLAlchemyError as error:
        log.exception("database error")
        err.write(_database_message(error) + "\n")
        outcome.code = 3
    except Exception:
        log.exception("unexpected error")
        err.write(_("Er ging iets mis. Er is niets verloren. Meld dit bij IT.") + "\n")
        err.write(_("Details staan in het logbestand.") + "\n")
        outcome.code = 4


def _log_never_to_terminal() -> None:
    """Tracebacks and library warnings go to a log file, never to the terminal: until a
    command opens its data folder (and its log), to the default data folder's log."""
    logging.captureWarnings(True)
    root = logging.getLogger()
    if not any(isinstance(handler, _DefaultLog) for handler in root.handlers):
        root.addHandler(_DefaultLog())


class _DefaultLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if any(not isinstance(h, _DefaultLog) for h in logging.getLogger().handlers):
            return  # the data folder's log has it
        with contextlib.suppress(OSError):  # no log can be written: still no traceback shown
            if self._file is None:
                paths = Paths.create(None, os.environ)
                paths.log_file.parent.mkdir(parents=True, exist_ok=True)
                self._file = _QuietFile(paths.log_file, encoding="utf-8")
                self._file.setFormatter(logging.Formatter(LOG_FORMAT))
            self._file.emit(record)


class _QuietFile(logging.FileHandler):
    def handleError(self, record: logging.LogRecord) -> None:
        """A log that cannot be written says nothing on the terminal."""


def _next_step(error: Exception) -> str:
    """A line on what to do, for the refusals whose message does not say it."""
    if isinstance(error, DeckNotFound):  # e.g. a fresh data folder: no decks in it yet
        hint = _("Kijk welke pakketten er zijn met: vaktaal deck list. Zet een pakket erin met: "
                 "vaktaal deck import MAP")  # fmt: skip
        return hint + "\n"
    return ""


class CommandError(Exception):
    """A command could not do its work; the message is for the user."""


def _database_message(error: SQLAlchemyError) -> str:
    if "full" in str(error).lower():
        return _disk_message(OSError(errno.ENOSPC, "disk full"))
    return _("De database gaf een fout. Er is niets veranderd. Probeer het opnieuw of vraag IT.")


def _disk_message(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return _("De schijf is vol. Maak ruimte vrij en probeer het opnieuw. Er is niets verloren.")
    if error.errno in (errno.EACCES, errno.EPERM):
        return _("Vaktaal mag hier niet schrijven: {path}. Kies een andere map.").format(
            path=error.filename
        )
    folder = Path(str(error.filename or "")).parent
    if error.errno == errno.ENOENT and error.filename and not folder.is_dir():
        return missing_folder(folder)  # not a temporary file's name: nobody chose that
    return _("Een bestand kon niet gelezen of geschreven worden: {error}").format(error=error)


def missing_folder(folder: Path) -> str:
    return _("De map {folder} bestaat niet. Kies een map die er is.").format(folder=folder)
