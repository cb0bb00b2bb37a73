"""The dashboard's memory of the review log (dashboard_memory), kept on disk between runs.

Reading 500,000 answers into memory takes seconds; loading the memory saved last time takes
a tenth of that, and the memory then reads only what came since (its usual update, which
also notices rows that went away and then reads everything again). A cache only: a missing,
old or damaged file is ignored (and replaced), never an error for the user. The file is
written whole to a temporary name, then renamed.
"""

import logging
import os
import pickle
from collections.abc import Hashable
from pathlib import Path
from typing import Any

from vaktaal.storage.dashboard_memory import DashboardMemory

log = logging.getLogger(__name__)

FORMAT = 1  # raise when DashboardMemory's attributes change
_DEFAULT_DICTS = ("learners", "due", "term_cards", "verdicts", "learned_count")


def save_memory(memory: DashboardMemory, path: Path, key: Hashable) -> bool:
    """Write the memory for the database named by `key`; False (logged) when it cannot."""
    state: dict[str, Any] = dict(memory.__dict__)
    for name in _DEFAULT_DICTS:
        state[name] = dict(state[name])  # their factories (lambdas) do not pickle
    return save_value(path, key, state)


def load_memory(path: Path, key: Hashable) -> DashboardMemory | None:
    """The memory saved for the database named by `key`, or None."""
    state = load_value(path, key)
    if not isinstance(state, dict):
        return None
    memory = DashboardMemory()
    for name, value in state.items():
        if name in _DEFAULT_DICTS:
            getattr(memory, name).update(value)
        else:
            setattr(memory, name, value)
    return memory


def save_value(path: Path, key: Hashable, value: object) -> bool:
    """Keep `value` for the database named by `key`; False (logged) when it cannot."""
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_bytes(pickle.dumps((FORMAT, key, value), pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)
        return True
    except OSError as error:
        log.warning("Dashboard figures not saved: %s", error)
        temporary.unlink(missing_ok=True)
        return False


def load_value(path: Path, key: Hashable) -> object | None:
    """What was kept for the database named by `key`, or None."""
    try:
        saved_format, saved_key, value = pickle.loads(path.read_bytes())  # our own file
    except FileNotFoundError:
        return None
    except Exception as error:  # a damaged cache is only slower
        log.warning("Dashboard figures not read, read again from the database: %r", error)
        return None
    return value if (saved_format, saved_key) == (FORMAT, key) else None
