"""Start the desktop app on a data folder: `faltbok gui` ends up in `run`."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.resources import APP_ID
from app.services import exports
from app.services.data_folder import Database, DataPaths
from app.ui.base import failures
from app.ui.base.app_icon import app_icon
from app.ui.base.collector import collect_on_ui_thread
from app.ui.base.context import AppContext
from app.ui.base.i18n import install_translation
from app.ui.base.ops import wait_for_background
from app.ui.shell.lock import LockController
from app.ui.shell.main_window import MainWindow


def settings_for(paths: DataPaths) -> QSettings:
    """UI settings live beside the database, so each data folder has its own."""
    paths.root.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.root / "ui.ini"), QSettings.Format.IniFormat)


def build(paths: DataPaths, db: Database | None = None) -> tuple[AppContext, MainWindow]:
    """The context and main window (without showing them): used by tests and screenshots."""
    settings = settings_for(paths)
    install_translation(str(settings.value("language", "en")))
    ctx = AppContext(db or Database.open(paths, create=True), settings)
    window = MainWindow(ctx, change_language=install_translation)
    LockController(paths, settings, install_translation).adopt(ctx, window)
    return ctx, window


def run(paths: DataPaths) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    collect_on_ui_thread(app)  # Qt objects are freed on the UI thread only (collector.py)
    app.setApplicationName("Fältbok")
    app.setOrganizationName("Centralasiengrupperna")
    app.setWindowIcon(app_icon())  # every window, the task bar and the dock
    app.setDesktopFileName(APP_ID)  # Wayland finds the icon through the .desktop file
    settings = settings_for(paths)
    failures.install(paths.root)  # log file in the data folder; hooks for escaped errors
    exports.clean_temp(paths)  # spool files a previous run left behind
    exports.keep_temp_files_inside(paths)  # Qt's print spool and temp files: into tmp/
    install_translation(str(settings.value("language", "en")))
    # first run, unlock screen, lock and wipe: the controller builds and drops the window
    controller = LockController(paths, settings, install_translation)
    controller.sig_wiped.connect(lambda _report: app.quit())
    if not controller.start():
        return 0
    try:
        return app.exec()
    finally:
        wait_for_background()
        controller.shutdown()
