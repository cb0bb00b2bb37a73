"""Notices database work on a thread that must never do it (the GUI thread of the app)."""

import logging
import threading
import traceback
from typing import Any

from sqlalchemy import Engine, event

log = logging.getLogger(__name__)


class DatabaseOnWrongThread(RuntimeError):
    """A statement ran on the GUI thread (raised only in strict mode: tests, development)."""


def forbid_thread(engine: Engine, thread: threading.Thread, strict: bool) -> None:
    """Every statement on `thread` is logged with where it came from; strict: refused too."""

    def check(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if threading.current_thread() is not thread:
            return
        where = "".join(traceback.format_stack(limit=12)[:-1])
        log.error("database work on the GUI thread: %s\n%s", statement.split("\n")[0], where)
        if strict:
            raise DatabaseOnWrongThread(statement)

    event.listen(engine, "before_cursor_execute", check)
