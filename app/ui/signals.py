"""Keep PySide6's reference-count slips from crashing the interpreter.

`emit(signal, *args)`: emit a Qt signal without losing a reference to True.

PySide6 6.12 on Python 3.11 returns the result of `Signal.emit()` (a bool)
without taking a reference for it, so every emit from Python leaves `True`
with one reference fewer. Python 3.11's `True` is not immortal: after a few
thousand emits the interpreter crashes ("deallocating True or False"). The
probe below measures whether this interpreter has the problem (on 3.12+ the
count never moves) and `emit` gives back the lost reference. Every emit in
`app/ui` goes through here.

Other calls slip the same way with None (`QComboBox.itemData` of an item
without data, `currentData`, `property`, None arguments of queued slots).
`pin_singletons()` raises the reference counts of None, True and False far
beyond reach, which is what Python 3.12 does by making them immortal; it
is a no-op there. They are static objects that are never freed anyway.

`pyproject.toml` keeps PySide6 below 6.12 (6.10 and 6.11 were measured
without the slip), so on a supported install the probe finds nothing and
both measures stand aside; they remain as a guard for an install that
brings 6.12.0 anyway.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_PROBES = 8


class _Probe(QObject):
    sig_probe = Signal()


def _restore(value: object, times: int = 1) -> None:
    for _ in range(times):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


def _measure() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.sig_probe.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        _restore(True, lost)
    return lost >= _PROBES


EMIT_LOSES_REFERENCE = _measure()


PIN = 1 << 40


def pin_singletons() -> None:
    if (sys.version_info >= (3, 12) or sys.implementation.name != "cpython"
            or not EMIT_LOSES_REFERENCE):
        return
    for value in (None, True, False):
        if sys.getrefcount(value) < PIN:
            ctypes.c_ssize_t.from_address(id(value)).value += PIN


pin_singletons()


def emit(signal, *args) -> None:
    result = signal.emit(*args)
    if EMIT_LOSES_REFERENCE and isinstance(result, bool):
        _restore(result)
