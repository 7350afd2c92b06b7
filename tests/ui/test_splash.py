"""The frozen app's splash: shown at once, gone when the first real window appears."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.ui.shell import splash


def test_the_splash_shows_the_icon_and_closes_when_the_first_window_opens(qtbot):
    splash.show_splash()
    shown = splash._splash
    assert shown.isVisible()
    assert not shown.pixmap().isNull() and shown.pixmap().width() == 420
    middle = shown.screen().availableGeometry().center()
    assert abs(shown.geometry().center().x() - middle.x()) <= 1
    first = QDialog()  # the unlock or first-run window, or the main window
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: not shown.isVisible())
    second = QDialog()  # later windows find nothing to close
    qtbot.addWidget(second)
    second.show()
    assert second.isVisible()
