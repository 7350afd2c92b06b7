"""Help ▸ About Fältbok, opened from the keyboard: what a support request needs (version,
data folder, encrypted or not), copied in one click; the licences; the app's icon. And
`faltbok --selftest`, not frozen, with its window steps (tests/unit/test_selftest.py has
the rest)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from app.cli import main
from app.protection.service import ProtectionService
from app.storage import keys
from app.storage.database import Database
from app.ui.base.i18n import install_translation
from app.ui.shell.about import AboutDialog
from app.ui.shell.application import build
from tests.ui.conftest import close_window, settle, use_role

ALT = Qt.KeyboardModifier.AltModifier
VERSION = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml")
                       .read_text(encoding="utf-8"))["project"]["version"]


def open_about_from_the_keyboard(qtbot, window) -> AboutDialog:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_H, ALT)  # &Help
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_A)  # &About Fältbok
    qtbot.waitUntil(lambda: getattr(window, "_about_dialog", None) is not None
                    and window._about_dialog.isVisible())
    return window._about_dialog


def test_about_shows_version_folder_and_a_plain_database_and_copies_them(qtbot, app_window):
    ctx, window = app_window
    dialog = open_about_from_the_keyboard(qtbot, window)
    assert dialog.values["version"].text() == VERSION
    assert dialog.values["folder"].text() == str(ctx.db.paths.root)
    assert dialog.values["database"].text() == "not encrypted (no passphrase set)"
    assert dialog.values["device"].text() == ctx.db.device_id
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines()[:4] == [
        f"Fältbok {VERSION}", f"Version: {VERSION}", f"Data folder: {ctx.db.paths.root}",
        "Database: not encrypted (no passphrase set)"]
    assert dialog.copy_button.text() == "Copied"


def test_about_lists_the_bundled_licences_and_shows_the_icon(qtbot, app_window):
    _ctx, window = app_window
    dialog = open_about_from_the_keyboard(qtbot, window)
    text = dialog.licences.toPlainText()
    assert "LGPL-3.0.txt" in text and "SQLCipher" in text
    assert not dialog.icon.pixmap().isNull()
    sizes = dialog.windowIcon().availableSizes()
    assert QSize(16, 16) in sizes and QSize(256, 256) in sizes


def test_about_speaks_swedish_and_russian(qtbot, app_window):
    _ctx, window = app_window
    dialog = open_about_from_the_keyboard(qtbot, window)
    try:
        install_translation("sv")
        settle(qtbot)
        assert dialog.labels["folder"].text() == "Datamapp:"
        assert dialog.values["database"].text() == "inte krypterad (ingen lösenfras satt)"
        install_translation("ru")
        settle(qtbot)
        assert dialog.windowTitle() == "О программе Fältbok"
        assert dialog.labels["folder"].text() == "Папка данных:"
    finally:
        install_translation("en")


@pytest.fixture
def encrypted_window(qtbot, demo_paths):
    ProtectionService(demo_paths).set_passphrase("selftest of about")
    keys.forget(demo_paths)
    db = Database.open(demo_paths, passphrase="selftest of about")
    ctx, window = build(demo_paths, db)
    use_role(ctx, "coordinator")
    qtbot.addWidget(window)
    window.show()
    yield ctx, window
    close_window(ctx, window)
    keys.forget(demo_paths)


def test_about_says_when_the_database_is_encrypted(qtbot, encrypted_window):
    _ctx, window = encrypted_window
    dialog = open_about_from_the_keyboard(qtbot, window)
    assert dialog.values["database"].text() == "encrypted with a passphrase (SQLCipher)"


def test_selftest_passes_every_step_with_the_window_and_exits_0(qapp, capsys):
    assert main(["--selftest"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[1] for line in out[:-1]] == [
        "modules", "resources", "migrations", "record", "encrypted", "bundle",
        "iati-schema", "translations", "window"]
    assert out[-1].startswith("selftest passed: 9 steps")
