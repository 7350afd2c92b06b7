"""The UI emits signals plainly and never edits interpreter reference counts.

The ctypes workaround for PySide6 6.12.0 is gone: pyproject excludes that
release. A many-thousand emit loop proves the supported install does not lose
references to True/False (which would crash Python 3.11).
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QObject, Signal

UI_DIR = Path(__file__).resolve().parents[2] / "app" / "ui"


class _Sender(QObject):
    sig_ping = Signal(int)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_ui_module_imports_ctypes_or_an_emit_helper():
    offenders = sorted(p.name for p in UI_DIR.rglob("*.py")
                       if {"ctypes", "app.ui.signals"} & _imports(p))
    assert offenders == []
    assert not (UI_DIR / "signals.py").exists()


def test_twenty_thousand_plain_emits_keep_every_delivery():
    sender = _Sender()
    received = []
    sender.sig_ping.connect(received.append)
    for n in range(20_000):
        sender.sig_ping.emit(n)
    assert received == list(range(20_000))
