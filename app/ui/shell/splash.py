"""A first window while the app loads: the icon and the name, at once.

Importing the app (SQLAlchemy, Alembic, Pydantic, every page) and opening the
database take seconds on a field laptop; without a window in that time people
start the app a second time. The frozen app's launcher (packaging/launcher.py)
calls `show_splash` before it imports anything else, and the splash closes
itself when the first real window (main window, unlock or first-run dialog)
appears. No words on it: the chosen language is not known yet.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app import resources

_splash: QLabel | None = None


class _CloseAtFirstWindow(QObject):
    """Closes the splash when another top-level window is shown."""

    def __init__(self, splash: QLabel):
        super().__init__(splash)
        self.splash = splash

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.isWindow() and watched is not self.splash):
            QApplication.instance().removeEventFilter(self)
            self.splash.close()
        return False


def picture() -> QPixmap:
    pixmap = QPixmap(420, 180)
    pixmap.fill(QColor("#F3EEDF"))
    painter = QPainter(pixmap)
    # the one size drawn, read alone: the whole icon (eight PNGs) is the app's
    # window icon, set by `application.run` once the splash is up
    painter.drawPixmap(24, 26, QPixmap(str(resources.resource("icons", "faltbok-128.png"))))
    font = QFont()
    font.setPointSize(28)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#22503F"))
    painter.drawText(QRect(168, 0, 240, 180), Qt.AlignmentFlag.AlignVCenter, "Fältbok")
    painter.end()
    return pixmap


def show_splash() -> None:
    """Create the QApplication and show the splash (the app's `run` reuses both).

    Only what the picture needs runs before it is on screen: no window icon (a
    frameless splash shows none, and X11 would be sent every size of it first) and
    no event filter yet (it would see every event of the show)."""
    global _splash
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # a frameless label, not a QSplashScreen: that one waits up to a second for the
    # window system to confirm the window is exposed, before it returns from show()
    _splash = QLabel()
    _splash.setPixmap(picture())
    _splash.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    _splash.adjustSize()
    screen = app.primaryScreen()
    if screen is not None:  # in the middle of the screen, as a splash is
        _splash.move(screen.availableGeometry().center() - _splash.rect().center())
    _splash.show()
    app.processEvents()  # painted now, before the long imports
    app.installEventFilter(_CloseAtFirstWindow(_splash))
