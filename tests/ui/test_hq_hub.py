"""The hub panel: the app starts `faltbok hq serve` as a child on 127.0.0.1, a real
laptop syncs with it through `faltbok sync`, the panel shows its requests; the hub
stops from the panel, and stops when the window closes (after asking)."""

from __future__ import annotations

from PySide6.QtCore import QProcess, Qt

from app.sync import hub_activity
from tests.ui import hq_fixtures
from tests.ui.conftest import settle
from tests.ui.hq_fixtures import devices_page, laptop_row, run

hq_window = hq_fixtures.hq_window


def start(qtbot, page):
    hub = page.hub
    page.tabs.setCurrentWidget(hub)
    hub.host.setText("127.0.0.1")
    hub.port.setValue(0)  # the system picks a free port; the panel reads it back
    qtbot.mouseClick(hub.start_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: hub.url.startswith("http://127.0.0.1:"), timeout=30_000)
    settle(qtbot, lambda: hub.running, timeout=30_000)
    return hub


def test_the_app_runs_the_hub_a_laptop_syncs_with_it_and_the_panel_shows_it(
        qtbot, hq_window, tmp_path):
    ctx, window = hq_window
    page = devices_page(qtbot, window)
    hub = start(qtbot, page)
    assert hub.state_value.text() == "Running (started by this app)"
    assert hub.address_value.text() == hub.url
    assert not hub.start_button.isEnabled() and hub.stop_button.isEnabled()
    root = ctx.db.paths.root
    enrol = page.enrol()  # the enrolment names the hub this app runs
    assert enrol.hub.text() == hub.url
    enrol.reject()
    run("--data-dir", root, "hq", "enrol", "osh-1", "--hub", hub.url, "--out",
        tmp_path / "osh.enrol")
    run("--data-dir", tmp_path / "osh", "import", tmp_path / "osh.enrol")
    run("--data-dir", tmp_path / "osh", "sync")
    page.refresh()
    settle(qtbot, lambda: hub.recent.rowCount() > 0)
    laptops = {hub.recent.item(n, 1).text() for n in range(hub.recent.rowCount())}
    assert laptops == {"osh-1"}
    settle(qtbot, lambda: laptop_row(page, "osh-1").hub is not None)
    assert laptop_row(page, "osh-1").hub.last_request is not None
    qtbot.mouseClick(hub.stop_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: hub.state_value.text() == "Not running")
    assert not hub_activity.hub_running(root)
    assert hub.start_button.isEnabled()


def test_quitting_asks_first_then_stops_the_hub_it_started(qtbot, hq_window):
    from tests.ui.test_hq_hub_lock import answer_quit_question, answers

    ctx, window = hq_window
    page = devices_page(qtbot, window)
    hub = start(qtbot, page)
    process, url = hub.process, hub.url
    seen: list[str] = []
    answer_quit_question(qtbot, "Keep running", seen)
    window.quit_action.trigger()  # File ▸ Quit
    assert seen == ["The hub is running. Quitting stops it. Laptops cannot sync with "
                    "headquarters while the hub is stopped. They keep their changes and "
                    "send them once it runs again."]
    assert window.isVisible() and answers(url)
    answer_quit_question(qtbot, "Stop the hub and quit", seen)
    window.quit_action.trigger()
    assert not window.isVisible()
    assert process.state() == QProcess.ProcessState.NotRunning
    assert process.exitCode() == 0
    assert not hub_activity.hub_running(ctx.db.paths.root)
