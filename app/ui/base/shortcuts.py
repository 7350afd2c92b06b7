"""Keyboard shortcuts that belong to one part of a window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def local_shortcut(widget: QWidget, keys, slot) -> QShortcut:
    """A shortcut live only while focus is inside `widget`, so the same keys can
    mean "new record" in a list and "walk-in" on the attendance page."""
    shortcut = QShortcut(QKeySequence(keys), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut
