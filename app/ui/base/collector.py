"""Python's garbage collector, run on the UI thread only.

A Qt object freed by the collector on a worker thread (an operation's relay caught
in a reference cycle) disconnects its signals there: Qt takes its connection lock
and PySide then waits for the GIL, while the UI thread holds the GIL and waits for
that lock. The app freezes for good (the layout test caught it once, in CI). As
Anki does (aqt/main.py, GarbageCollector), automatic collection is switched off
and the UI thread collects on a timer, whenever the collector's own thresholds
say a collection is due, so every Qt object is freed on the UI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    """Installed once, on the application: from then on only the UI thread collects."""

    def __init__(self, parent: QObject, interval_ms: int = 500):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start(interval_ms)

    def collect_if_due(self) -> int | None:
        """Collect the generation the automatic collector would have (None: none due)."""
        counts = gc.get_count()
        due = None
        for generation in range(3):
            if counts[generation] > self.thresholds[generation]:
                due = generation
            else:
                break
        if due is not None:
            gc.collect(due)
        return due


def collect_on_ui_thread(app: QObject) -> MainThreadCollector:
    """The application's collector, made on first call."""
    found = app.findChild(MainThreadCollector)
    return found if found is not None else MainThreadCollector(app)
