"""Automatic sync against a real hub: `faltbok hq serve` in a child process on
127.0.0.1, laptops enrolled with `hq enrol --hub`, edits typed into the window.
Two laptops converge through the app's own rounds (a local change starts one,
F5 starts another), and a revoked laptop reads the refusal in the status bar."""

from __future__ import annotations

import secrets

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.dump import dump_lines
from app.services.sync_status import unacknowledged_changes
from app.storage.database import Database
from app.storage.paths import DataPaths
from app.sync.http.client import RoundResult
from app.sync.http.schedule import Failure, State
from tests.ui.conftest import settle, type_text
from tests.ui.test_autosync import cli, open_window, status_line  # noqa: F401 (a fixture)
from tests.unit.hubs import HubProcess

CTRL = Qt.KeyboardModifier.ControlModifier
ROUND_MS = 60_000  # a round waits up to 20 s for headquarters to merge what it sent


@pytest.fixture
def hub(tmp_path):
    folder = tmp_path / "hq"
    cli("--data-dir", folder, "hq", "init")
    with HubProcess(folder) as running:
        yield running


def laptop(tmp_path, hub: HubProcess, name: str) -> DataPaths:
    """A new data folder enrolled with the hub's headquarters; the enrolment brings the
    hub's address, as the file headquarters hands out does."""
    paths = DataPaths(tmp_path / name)
    cli("--data-dir", paths.root, "init", "--name", name)
    enrolment = tmp_path / f"{name}.enrol"
    cli("--data-dir", hub.folder, "hq", "enrol", name, "--hub", hub.url, "--out", enrolment)
    cli("--data-dir", paths.root, "import", enrolment)
    return paths


def new_partner(qtbot, window, name: str) -> None:
    """Ctrl+2, Ctrl+N, the name, Ctrl+S: a partner saved by keys alone."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_section("partners")
    page = window.section("partners").lists["partner"]
    settle(qtbot, lambda: page.model.total is not None)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is page.form.editors["name"].widget
    type_text(qtbot, name)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)


def sync_now(qtbot, window):
    """F5 in `window` (made the active window first: a shortcut needs it)."""
    def press():
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_F5)
    return press


def next_round(qtbot, window, start=None) -> object:
    """Wait for the window's next round to finish (started by `start` or the timer)."""
    sync = window.autosync
    with qtbot.waitSignal(sync.sig_round_finished, timeout=ROUND_MS) as finished:
        if start is not None:
            start()
    result, error = finished.args
    assert error is None, repr(error)
    return result


def dump(paths: DataPaths) -> list[str]:
    db = Database.open(paths)
    try:
        return list(dump_lines(db))
    finally:
        db.close()


def test_two_laptops_converge_through_automatic_sync_with_no_file_carried(
        qtbot, tmp_path, hub, open_window):  # noqa: F811 (the imported fixture)
    osh_paths, khujand_paths = laptop(tmp_path, hub, "osh"), laptop(tmp_path, hub, "khujand")
    osh_ctx, osh = open_window(osh_paths, None)
    khujand_ctx, khujand = open_window(khujand_paths, None)
    assert osh.autosync.url == hub.url == khujand.autosync.url

    # a local change: the schedule starts a round by itself once typing settles
    sent = next_round(qtbot, osh, lambda: new_partner(qtbot, osh, "Osh women's centre"))
    assert isinstance(sent, RoundResult) and sent.bundles_sent == 1 and sent.receipts == 1
    assert status_line(osh) == "Synced just now"
    sent_bytes, size = osh.autosync.uploaded  # the upload's progress reached the UI thread
    assert sent_bytes == size == sent.bytes_sent > 0

    both = next_round(qtbot, khujand, lambda: new_partner(qtbot, khujand, "Khujand pride"))
    assert both.bundles_sent == 1 and both.merged > 0  # Osh's partner came back with it
    assert "Osh women's centre" in {p.name for p in khujand_ctx.services.partners.list()}

    # Sync now from its shortcut fetches what Khujand sent
    fetched = next_round(qtbot, osh, sync_now(qtbot, osh))
    assert fetched.merged > 0 and fetched.bundles_sent == 0
    assert {p.name for p in osh_ctx.services.partners.list()} >= {"Khujand pride"}
    for _ in range(3):  # device rows pinned at HQ travel one round behind the data
        if list(dump_lines(osh_ctx.db)) == list(dump_lines(khujand_ctx.db)):
            break
        next_round(qtbot, khujand, sync_now(qtbot, khujand))
        next_round(qtbot, osh, sync_now(qtbot, osh))
    assert list(dump_lines(osh_ctx.db)) == list(dump_lines(khujand_ctx.db))
    quiet = next_round(qtbot, osh, sync_now(qtbot, osh))
    assert quiet.nothing_new
    assert dump(DataPaths(hub.folder)) == list(dump_lines(osh_ctx.db))


def test_a_revoked_laptop_reads_the_refusal_in_the_status_bar(
        qtbot, tmp_path, hub, open_window):  # noqa: F811 (the imported fixture)
    paths = laptop(tmp_path, hub, "naryn")
    ctx, window = open_window(paths, None)
    first = next_round(qtbot, window, sync_now(qtbot, window))
    assert isinstance(first, RoundResult)
    cli("--data-dir", hub.folder, "hq", "revoke", "naryn")
    sync = window.autosync
    with qtbot.waitSignal(sync.sig_round_finished, timeout=ROUND_MS):
        sync_now(qtbot, window)()
    status = sync.status
    assert (status.state, status.failure, status.reason) == (State.REFUSED, Failure.REFUSED,
                                                             "revoked")
    assert status_line(window) == "Headquarters refused this laptop: revoked"
    assert sync.schedule.next_in(sync.clock()) is None  # no automatic retry
    window.show_section("sync")
    page = window.section("sync")
    settle(qtbot, lambda: page.hub_result.isVisible())
    assert page.hub_result.text().startswith("Headquarters refused this laptop: revoked.")


def test_closing_the_app_mid_upload_resumes_the_upload_from_its_offset_next_time(
        qtbot, tmp_path, hub, open_window):  # noqa: F811 (the imported fixture)
    from app.services import Services
    from app.ui.base.ops import running, wait_for_background

    paths = laptop(tmp_path, hub, "khorog")
    db = Database.open(paths)
    partners = Services(db).partners
    with db.session() as session:  # about a megabyte of bundle: several upload chunks
        for _ in range(3000):
            # (a name or region holds 200 characters at most: app/domain/limits.py)
            partners.create_in(session, name=secrets.token_hex(100),
                               region=secrets.token_hex(60), country="TJ")
    db.close()

    ctx, window = open_window(paths, None)
    sync = window.autosync
    seen: list[tuple[int, int]] = []

    def close_soon(sent: int, total: int) -> None:
        """On the worker, as the second chunk is about to go: what closing the window
        does (`AutoSync.stop` cancels the round), at a moment the test can name."""
        seen.append((sent, total))
        if sent > 0:
            sync._op.cancel()

    sync.sig_progress.connect(close_soon, Qt.ConnectionType.DirectConnection)
    sync_now(qtbot, window)()
    qtbot.waitUntil(lambda: running() == 0 and bool(seen), timeout=ROUND_MS)
    cut_at, size = seen[-1]
    assert 0 < cut_at < size
    window.close()
    wait_for_background()
    ctx.db.close()

    ctx, window = open_window(paths, None)
    resumed = next_round(qtbot, window, sync_now(qtbot, window))
    assert resumed.bundles_sent == 1 and resumed.changes_sent >= 3000
    assert resumed.bytes_sent == size - cut_at  # not one byte sent twice
    assert resumed.receipts == 1
    assert unacknowledged_changes(ctx.db) == 0
    hq_partners = [line for line in dump(DataPaths(hub.folder)) if '"table":"partner"' in line]
    assert len(hq_partners) == 3000


def test_enrolling_in_the_app_with_a_file_that_names_the_hub_turns_automatic_sync_on(
        qtbot, tmp_path, hub, open_window, monkeypatch):  # noqa: F811 (the imported fixture)
    from tests.ui.test_sync_ui import choose, run_action, sync_page

    paths = DataPaths(tmp_path / "karakol")
    cli("--data-dir", paths.root, "init", "--name", "karakol")
    enrolment = tmp_path / "karakol.enrol"
    cli("--data-dir", hub.folder, "hq", "enrol", "karakol", "--hub", hub.url, "--out", enrolment)
    ctx, window = open_window(paths, None)
    assert window.autosync.url is None and status_line(window).startswith("Last sync: ")
    page = sync_page(qtbot, window)
    choose(monkeypatch, enrolment)
    assert "karakol" in run_action(qtbot, window, page, Qt.Key.Key_I)
    settle(qtbot, lambda: window.autosync.url == hub.url)
    assert status_line(window) == "Not synced yet"
    result = next_round(qtbot, window, sync_now(qtbot, window))
    assert isinstance(result, RoundResult)
    assert status_line(window) == "Synced just now"
    assert page.hub_result.text().startswith("Synced with headquarters")
