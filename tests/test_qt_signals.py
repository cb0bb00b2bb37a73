"""The installed Qt binding keeps Python's reference counts right when signals are emitted.

PySide6 6.12.0 on Python 3.11 loses a reference to True on every emit; after a few hundred
the interpreter aborts (bool_dealloc). pyproject.toml keeps that version out."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    with_value = Signal(object)


def test_emitting_signals_does_not_lose_references_to_true(qapp) -> None:
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.plain.emit()
        emitter.with_value.emit(1)
    assert abs(sys.getrefcount(True) - before) < 50
