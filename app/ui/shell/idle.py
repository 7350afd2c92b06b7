"""Auto-lock: notice when nobody has touched the keyboard, mouse or screen for a while.

An application-wide event filter (installed only while an encrypted database
is open) restarts a single-shot timer on every key, mouse or touch event;
when the timer runs out, `sig_idle` asks the lock controller to lock. Any
input in any window counts, so typing in a dialog keeps the app open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication


class IdleWatcher(QObject):
    """Emits `sig_idle` after the given minutes without keyboard, mouse or touch input."""

    sig_idle = Signal()
    ACTIVITY = frozenset({
        QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove, QEvent.Type.Wheel,
        QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.ShortcutOverride,
    })

    def __init__(self, parent=None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.sig_idle.emit())
        self._filtering = False

    def start(self, minutes: float) -> None:
        if minutes <= 0:
            self.stop()
            return
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        if not self._filtering:
            QApplication.instance().installEventFilter(self)
            self._filtering = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._filtering:
            QApplication.instance().removeEventFilter(self)
            self._filtering = False

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in self.ACTIVITY:
            self.timer.start()
        return False
