"""The app's icon as Qt wants it: every rendered size of `resources/icons/`.

Given to the QApplication (so every window, the task bar and the dock show it)
and to the About box. Sizes come from PNGs drawn from the SVG, not scaled at run
time, so the 16-pixel title-bar icon stays crisp.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from app import resources


def app_icon() -> QIcon:
    icon = QIcon()
    for png in resources.icon_files():
        icon.addFile(str(png))
    return icon
