"""Emit Qt signals from Python without wearing out `True`.

PySide6 6.12.0 on Python 3.11 drops one reference to the bool that `SignalInstance.emit()`
returns. After some hundreds of emits the interpreter aborts with "Fatal Python error:
bool_dealloc: deallocating True or False". `emit()` gives that reference back, but only
when a probe at first use shows the bug: a fixed PySide6 (or Python 3.12+, where True is
immortal) is left alone. Use it for every signal emitted often (audio chunks, levels, tasks).
"""

import ctypes
import functools
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


@functools.cache
def emit_drops_a_reference() -> bool:
    """True when this PySide6 returns emit()'s bool without a reference of its own."""
    probe = _Probe()
    ping: Any = probe.ping  # the stubs say emit() returns None; it returns a bool
    before = sys.getrefcount(True)
    result = ping.emit()
    dropped = result is True and sys.getrefcount(True) <= before
    if dropped:
        _give_back(result)
    return dropped


def emit(signal: Any, *args: Any) -> None:
    """signal.emit(*args), with the reference this PySide6 drops given back."""
    result = signal.emit(*args)
    if isinstance(result, bool) and emit_drops_a_reference():
        _give_back(result)


def _give_back(value: bool) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))
