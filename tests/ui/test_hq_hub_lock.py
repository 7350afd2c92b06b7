"""The hub the app started keeps serving while the app is locked: on an encrypted
headquarters folder, the coordinator starts the hub from the Devices page, locks
with Ctrl+Shift+L, a real laptop syncs with the hub through `faltbok sync` while
nothing of the window is left, and the window built at unlock shows the hub
running, what the laptop sent, and stops it. Quitting asks first, then stops it."""

from __future__ import annotations

import time

import httpx
import pytest
import shiboken6
from PySide6.QtCore import QProcess, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.protection.service import ProtectionService
from app.services import Services
from app.services.current_user import set_current_user
from app.storage import keys
from app.storage.database import Database
from app.sync import hub_activity
from app.sync.http.client import probe
from app.ui.base.ops import wait_for_background
from app.ui.protection.protection_settings import IDLE_KEY
from app.ui.shell.application import settings_for
from app.ui.shell.lock import LockController
from tests.ui.conftest import press, settle
from tests.ui.hq_fixtures import devices_page, laptop_row, run
from tests.ui.test_hq_hub import start
from tests.ui.test_protection_ui import PASSPHRASE, unlocked

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def hq_laptop(demo_paths, tmp_path):
    """An encrypted headquarters (the demo after `hq init`, a coordinator using it)
    and a laptop folder enrolled with it through the command line."""
    run("--data-dir", demo_paths.root, "hq", "init")
    run("--data-dir", demo_paths.root, "hq", "enrol", "osh-1", "--out", tmp_path / "osh.enrol")
    laptop = tmp_path / "osh"
    run("--data-dir", laptop, "import", tmp_path / "osh.enrol")
    db = Database.open(demo_paths)
    coordinator = next(u for u in Services(db).users.list(order_by="name")
                       if u.role == "coordinator")
    set_current_user(db, coordinator.id)
    db.close()
    ProtectionService(demo_paths).set_passphrase(PASSPHRASE)
    keys.forget(demo_paths)  # as after a restart
    return demo_paths, laptop


@pytest.fixture
def controller(qtbot, hq_laptop):
    paths, _laptop = hq_laptop
    settings = settings_for(paths)
    settings.setValue(IDLE_KEY, 0)
    made = LockController(paths, settings)
    yield made
    wait_for_background()
    QApplication.processEvents()
    made.shutdown()  # stops a hub a failed test left running
    for widget in (made.window, made.unlock_window):
        if widget is not None and shiboken6.isValid(widget):
            widget.close()
            shiboken6.delete(widget)
    made.idle.stop()


def answer_quit_question(qtbot, choice: str, seen: list[str]) -> None:
    """Click `choice` on the question the quit asks, once it shows (it runs its own loop)."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text() + " " + box.informativeText())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == choice)
        button.click()

    QTimer.singleShot(0, answer)


def serving(qtbot, controller):
    """The app started and unlocked, in Devices, the hub started from its panel:
    (the window, the hub panel)."""
    controller.start()
    _ctx, window = unlocked(qtbot, controller)
    return window, start(qtbot, devices_page(qtbot, window))


def answers(url: str, wait: float = 30.0) -> bool:
    """Does the hub answer its health check within `wait` seconds? (`hq serve` listens
    before it names its address; the wait is for a slow machine's first answer.)"""
    deadline = time.monotonic() + wait
    while not probe(url, timeout=5.0):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def test_the_hub_keeps_serving_while_locked_and_the_panel_shows_it_after_unlocking(
        qtbot, controller, hq_laptop):
    paths, laptop = hq_laptop
    window, hub = serving(qtbot, controller)
    url, process = hub.url, hub.process
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, Qt.Key.Key_L, CTRL_SHIFT)
    qtbot.waitUntil(lambda: controller.window is None, timeout=10_000)
    assert not shiboken6.isValid(window) and not shiboken6.isValid(hub)
    assert keys.remembered(paths) is None  # the app forgot the passphrase
    assert process.state() == QProcess.ProcessState.Running
    assert answers(url)
    run("--data-dir", laptop, "sync", "--hub", url)  # a real round, merged while locked

    ctx, window = unlocked(qtbot, controller)
    page = devices_page(qtbot, window)
    page.tabs.setCurrentWidget(page.hub)
    hub = page.hub
    settle(qtbot, lambda: hub.recent.rowCount() > 0)
    assert hub.state_value.text() == "Running (started by this app)"
    assert hub.address_value.text() == url
    assert hub.stop_button.isEnabled() and not hub.start_button.isEnabled()
    assert {hub.recent.item(n, 1).text() for n in range(hub.recent.rowCount())} == {"osh-1"}
    assert laptop_row(page, "osh-1").bundles >= 1  # merged into the encrypted database
    qtbot.mouseClick(hub.stop_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: hub.state_value.text() == "Not running")
    assert process.state() == QProcess.ProcessState.NotRunning and process.exitCode() == 0
    assert not hub_activity.hub_running(paths.root)
    assert hub.start_button.isEnabled()


def test_quitting_from_the_unlock_screen_asks_then_stops_the_hub(qtbot, controller, hq_laptop):
    paths, _laptop = hq_laptop
    window, hub = serving(qtbot, controller)
    url, process = hub.url, hub.process
    controller.lock()
    screen = controller.unlock_window
    seen: list[str] = []
    answer_quit_question(qtbot, "Keep running", seen)
    qtbot.mouseClick(screen.quit_button, Qt.MouseButton.LeftButton)
    assert "Laptops cannot sync" in seen[0]
    assert screen.isVisible() and answers(url)  # kept: the app and its hub
    answer_quit_question(qtbot, "Stop the hub and quit", seen)
    qtbot.mouseClick(screen.quit_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and not screen.isVisible()
    assert process.state() == QProcess.ProcessState.NotRunning and process.exitCode() == 0
    assert not hub_activity.hub_running(paths.root)
    with pytest.raises(httpx.TransportError):  # nothing listens there any more
        httpx.get(url + "/v1/health", timeout=10)


def test_quitting_without_a_running_hub_asks_nothing(qtbot, controller):
    controller.start()
    _ctx, window = unlocked(qtbot, controller)
    controller.lock()
    screen = controller.unlock_window
    qtbot.mouseClick(screen.quit_button, Qt.MouseButton.LeftButton)
    assert not screen.isVisible() and QApplication.activeModalWidget() is None


def test_a_passphrase_change_restarts_the_hub_on_the_new_passphrase(
        qtbot, controller, hq_laptop):
    paths, laptop = hq_laptop
    window, hub = serving(qtbot, controller)
    first = hub.process
    controller.change_protection("change", PASSPHRASE, "a new passphrase")
    qtbot.waitUntil(lambda: controller.window not in (None, window), timeout=30_000)
    assert first.state() == QProcess.ProcessState.NotRunning  # the old key went with it
    hubs = controller.hub
    settle(qtbot, lambda: hubs.url.startswith("http://127.0.0.1:"), timeout=30_000)
    assert hubs.process is not first and answers(hubs.url)
    run("--data-dir", laptop, "sync", "--hub", hubs.url)  # the re-keyed database, merged
    page = devices_page(qtbot, controller.window)
    settle(qtbot, lambda: laptop_row(page, "osh-1").bundles >= 1)
    hubs.stop()
    assert not hub_activity.hub_running(paths.root)
