"""The Qt half of `faltbok --selftest` (app/selftest.py runs the rest).

Each translation the app ships must load, and the main window must open and
paint. Without a display the window goes to Qt's offscreen platform: a frozen
app proves here that its Qt plugins, fonts and translations came along.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from app.services.data_folder import Database, DataPaths
from app.ui.base.i18n import BUILT_DIR, LANGUAGES, install_translation, qm_file


def application() -> QApplication:
    """The running QApplication, or a new one drawing offscreen (no window appears)."""
    app = QApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication(sys.argv[:1])
    return app


def check_translations() -> None:
    """Every language of the picker has a translation that loads, and so does every
    compiled file shipped (a language added before the picker knows it)."""
    application()
    shipped = sorted(BUILT_DIR.glob("faltbok_*.qm")) if BUILT_DIR.is_dir() else []
    for language in LANGUAGES:
        qm = qm_file(language)
        if qm is None:
            raise RuntimeError(f"no translation for {language}")
        shipped.append(qm)
    for qm in shipped:
        if not QTranslator().load(str(qm)):
            raise RuntimeError(f"{qm.name} does not load")
    try:
        for language in LANGUAGES:
            if not install_translation(language):
                raise RuntimeError(f"{language} could not be made the UI language")
    finally:
        install_translation("en")


def check_window(paths: DataPaths) -> None:
    """The main window on the data folder `paths`, shown, painted and closed."""
    from app.ui.base.ops import wait_for_background
    from app.ui.shell.application import build

    app = application()
    db = Database.open(paths)
    try:
        _ctx, window = build(paths, db)
        window.show()
        app.processEvents()
        picture = window.grab()
        if picture.isNull() or picture.width() < 100:
            raise RuntimeError("the main window did not paint")
        window.autosync.stop()
        window.close()
        window.deleteLater()
        wait_for_background()
        app.processEvents()
    finally:
        wait_for_background()
        db.close()
