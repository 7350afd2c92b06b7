"""Automatic sync in the window, against hubs that cannot answer: a closed port
(connection refused) and a socket that accepts and never replies. The laptop is
enrolled with a real headquarters folder through the CLI; rounds run the real
client (`probe`, `run_round`) on a worker. Sync now is pressed as F5, the hub
address typed into Settings, edits made by key presses at the attendance door."""

from __future__ import annotations

import socket
from contextlib import closing

import pytest
from PySide6.QtWidgets import QApplication

from app.cli import main
from app.services.sync_status import unacknowledged_changes
from app.sync.http.client import hub_url
from app.sync.http.schedule import Failure, Policy, State
from tests.ui.conftest import close_window, press, settle, type_text, use_role

FAST = Policy(debounce=0.3, debounce_max=2, interval=3600, first_round=3600,
              backoff_base=60, backoff_cap=600)


def cli(*argv) -> None:
    assert main([str(a) for a in argv]) == 0


def free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def laptop(tmp_path, demo_paths):
    """The demo data folder, enrolled with a real headquarters folder."""
    hq = tmp_path / "hq"
    cli("--data-dir", hq, "hq", "init")
    cli("--data-dir", hq, "hq", "enrol", "laptop-osh", "--out", tmp_path / "osh.enrol")
    cli("--data-dir", demo_paths.root, "import", tmp_path / "osh.enrol")
    return demo_paths


@pytest.fixture
def silent_hub():
    """A hub that takes the connection and never says a word (a captive portal, a
    hub hung mid-request): every request waits for the client's timeout."""
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(64)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.fixture
def open_window(qtbot):
    """Open the app on a data folder with the hub address set; closed afterwards."""
    opened = []

    def open_(paths, hub: str | None):
        from app.ui.shell.application import build

        if hub is not None:
            cli("--data-dir", paths.root, "hub", "set", hub)
        ctx, window = build(paths)
        window.autosync.schedule.policy = FAST
        if any(u.role == "coordinator" for u in ctx.services.users.list()):
            use_role(ctx, "coordinator")
        qtbot.addWidget(window)
        window.show()
        opened.append((ctx, window))
        settle(qtbot, lambda: window.autosync._loaded)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return ctx, window

    yield open_
    for ctx, window in opened:
        close_window(ctx, window)


def status_line(window) -> str:
    return window.status.synced.text()


def open_attendance(qtbot, window):
    from PySide6.QtCore import Qt

    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.section("attendance")
    settle(qtbot, lambda: page.session_id is not None and len(page.model.rows) > 0)
    return page


def mark_present(qtbot, page) -> str:
    """Type part of an absent participant's code and press Enter; returns their id."""
    from PySide6.QtCore import Qt

    target = next(row for row in page.model.rows if not row.present)
    page.entry.setFocus()
    type_text(qtbot, target.code[-4:])
    press(qtbot, Qt.Key.Key_Return)
    return target.participant_id


def test_sync_now_from_f5_against_a_hub_that_is_down_says_waiting_and_plans_a_retry(
        qtbot, laptop, open_window):
    from PySide6.QtCore import Qt

    ctx, window = open_window(laptop, f"http://127.0.0.1:{free_port()}")
    assert window.autosync.url is not None
    assert status_line(window) == "Not synced yet"
    qtbot.keyClick(window, Qt.Key.Key_F5)
    settle(qtbot, lambda: window.autosync.last_result is not None)
    status = window.autosync.status
    assert status.state is State.WAITING and status.failure is Failure.UNREACHABLE
    assert FAST.backoff_base / 2 - 1 <= status.retry_in <= FAST.backoff_base
    assert status_line(window).startswith("Waiting for a connection (next try in ")
    window.show_section("sync")
    page = window.section("sync")
    settle(qtbot, lambda: page.hub_result.isVisible())
    assert page.hub_result.text().startswith("Headquarters could not be reached.")


def test_the_window_takes_keystrokes_and_edits_while_a_round_waits_on_a_silent_hub(
        qtbot, laptop, open_window, silent_hub):
    from PySide6.QtCore import Qt

    ctx, window = open_window(laptop, silent_hub)
    page = open_attendance(qtbot, window)
    before = unacknowledged_changes(ctx.db)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.autosync.running
    assert status_line(window) == "Syncing…"
    # the round waits for the hub's answer on a worker; the door keeps working
    marked = mark_present(qtbot, page)
    assert window.autosync.running, "the round ended before the edit: the hub answered?"
    # the mark is written by the one writer, which the round does not hold
    qtbot.waitUntil(lambda: marked in ctx.services.attendance.present_ids(page.session_id))
    assert window.autosync.running
    qtbot.keyClick(window, Qt.Key.Key_F5)  # never a second round at once
    settle(qtbot, lambda: not window.autosync.running, timeout=30_000)
    assert window.autosync.status.state is State.WAITING
    # the edit made during the round is kept and waits for the next round
    assert unacknowledged_changes(ctx.db) > before
    assert window.autosync.status.retry_in is not None


def test_a_local_change_starts_a_round_by_itself_after_the_quiet_period(
        qtbot, laptop, open_window):
    ctx, window = open_window(laptop, f"http://127.0.0.1:{free_port()}")
    page = open_attendance(qtbot, window)
    assert window.autosync.schedule.next_in(window.autosync.clock()) > 60  # only the timer
    mark_present(qtbot, page)  # written by the one writer, which then announces it
    qtbot.waitUntil(
        lambda: window.autosync.schedule.next_in(window.autosync.clock()) <= FAST.debounce)
    settle(qtbot, lambda: window.autosync.last_result is not None)
    assert window.autosync.status.state is State.WAITING


def test_the_hub_address_is_typed_in_settings_refused_in_words_or_saved(
        qtbot, laptop, open_window):
    from PySide6.QtCore import Qt

    ctx, window = open_window(laptop, None)
    assert window.autosync.url is None and window.autosync.role == "device"
    press(qtbot, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    box = window.section("settings").hub
    settle(qtbot)
    window.activateWindow()  # building the Settings page can leave no window active offscreen
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # the mnemonic
    assert QApplication.focusWidget() is box.address
    type_text(qtbot, "ftp://hq")
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, lambda: box.result.isVisible())
    assert box.result.text().startswith("That is not a web address Fältbok can use.")
    assert hub_url(ctx.db) is None
    box.address.selectAll()
    address = f"http://127.0.0.1:{free_port()}"
    type_text(qtbot, address + "/")
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, lambda: box.result.text().startswith("Saved."))
    assert hub_url(ctx.db) == address
    settle(qtbot, lambda: window.autosync.url == address)
    assert window.autosync.status.state is State.NEVER


def test_sync_now_on_a_laptop_not_enrolled_says_so_in_the_status_bar(qtbot, app_window):
    from PySide6.QtCore import Qt

    ctx, window = app_window
    settle(qtbot, lambda: window.autosync._loaded)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.status.currentMessage().startswith(
        "This laptop is not enrolled with headquarters yet.")
    assert not window.autosync.running
    assert status_line(window).startswith("Last sync: ")


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["Synced 2 minutes ago", "Waiting for a connection (next try in 3 minutes)",
            "Headquarters refused this laptop: revoked", "Sending changes to headquarters… 40 %"]),
    ("sv", ["Synkad för 2 minuter sedan", "Väntar på anslutning (nytt försök om 3 minuter)",
            "Huvudkontoret nekade den här datorn: återkallad",
            "Skickar ändringar till huvudkontoret… 40 %"]),
    ("ru", ["Синхронизировано 2 минуты назад",
            "Ожидание подключения (новая попытка через 3 минуты)",
            "Головной офис отказал этому ноутбуку: отозван",
            "Отправка изменений в головной офис… 40 %"]),
])
def test_the_status_line_speaks_every_language_with_its_plurals(qtbot, language, expected):
    from datetime import UTC, datetime, timedelta

    from app.sync.http.schedule import Status
    from app.ui.base.i18n import install_translation
    from app.ui.sync.autosync_words import status_text

    now = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
    assert install_translation(language)
    try:
        said = [
            status_text(Status(State.SYNCED), now - timedelta(minutes=2, seconds=5), now),
            status_text(Status(State.WAITING, retry_in=170, failure=Failure.UNREACHABLE), None),
            status_text(Status(State.REFUSED, failure=Failure.REFUSED, reason="revoked"), None),
            status_text(Status(State.SYNCING), None, uploaded=(400, 1000)),
        ]
    finally:
        install_translation("en")
    assert said == expected


def test_on_headquarters_no_hub_address_is_asked_and_sync_now_says_why(
        qtbot, tmp_path, open_window):
    from PySide6.QtCore import Qt

    from app.storage.paths import DataPaths

    paths = DataPaths(tmp_path / "hq")
    cli("--data-dir", paths.root, "hq", "init")
    ctx, window = open_window(paths, None)
    assert window.autosync.role == "hq" and window.autosync.url is None
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.status.currentMessage() == (
        "This data folder is headquarters: laptops sync with it.")
    window.show_section("settings")
    box = window.section("settings").hub
    settle(qtbot, lambda: box.role == "hq")
    assert not box.address.isEnabled() and not box.save_button.isEnabled()
    assert box.address.placeholderText().startswith("This data folder is headquarters")
