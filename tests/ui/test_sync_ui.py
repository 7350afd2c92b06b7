"""The Sync page against a real headquarters data folder: enrol, export, receipt,
return bundle, conflict review, refusals in plain words. Files go through the
real file dialogs' places (their static methods return paths); the sync core
runs for real."""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from app.cli import main
from app.domain.hlc import wall_clock_ms
from app.services import Services
from app.services.dump import dump_lines
from app.storage.database import Database
from app.storage.paths import DataPaths
from app.sync.service import Conflict, ExportedBundle, HqService, SyncService
from app.ui.sync.sync_models import BundleTableModel, ConflictTableModel, HeldTableModel
from app.ui.sync.sync_state import HIDDEN, ConflictRow, HeldRow
from tests.ui.conftest import focus, settle, use_role

CTRL = Qt.KeyboardModifier.ControlModifier


def cli(*argv) -> None:
    assert main([str(a) for a in argv]) == 0


@pytest.fixture
def hq(tmp_path):
    """A headquarters data folder that has enrolled one laptop."""
    folder = tmp_path / "hq"
    cli("--data-dir", folder, "hq", "init")
    cli("--data-dir", folder, "hq", "enrol", "laptop-osh", "--out", tmp_path / "osh.enrol")
    return folder


def choose(monkeypatch, path) -> None:
    """The next file dialog (open or save) answers `path`."""
    answer = staticmethod(lambda *args, **kwargs: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)


def sync_page(qtbot, window):
    window.show_section("sync")
    page = window.section("sync")
    settle(qtbot, lambda: page.snapshot is not None)
    return page


def run_action(qtbot, window, page, key) -> str:
    """Press the File menu shortcut and wait for the sentence on the page."""
    page.result.clear()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, key, CTRL)
    settle(qtbot, lambda: page.result.text() and not page.actions.busy)
    settle(qtbot)
    return page.result.text()


def enrol(qtbot, window, page, monkeypatch, tmp_path) -> str:
    choose(monkeypatch, tmp_path / "osh.enrol")
    return run_action(qtbot, window, page, Qt.Key.Key_I)


def test_export_writes_a_package_headquarters_imports_and_its_receipt_is_shown(
        qtbot, app_window, hq, tmp_path, monkeypatch):
    ctx, window = app_window
    page = sync_page(qtbot, window)
    assert "laptop-osh" in enrol(qtbot, window, page, monkeypatch, tmp_path)
    assert SyncService(ctx.db).role() == "device"
    bundle = tmp_path / "to-hq.fbk"
    choose(monkeypatch, bundle)
    text = run_action(qtbot, window, page, Qt.Key.Key_E)
    assert str(bundle) in text and "Changes in it" in text
    assert bundle.exists()
    assert page.bundles.rowCount() == 1
    assert page.bundles.data(page.bundles.index(0, 3)) == "Not yet"
    settle(qtbot, lambda: window.status.pending is not None and window.status.pending > 0)
    before = window.status.pending

    receipts = tmp_path / "receipts"
    cli("--data-dir", hq, "hq", "import", bundle, "--receipts", receipts)
    (receipt,) = receipts.iterdir()
    choose(monkeypatch, receipt)
    assert "confirmed receiving" in run_action(qtbot, window, page, Qt.Key.Key_I)
    assert page.bundles.data(page.bundles.index(0, 3)) == "Yes, confirmed"
    settle(qtbot, lambda: window.status.pending is not None and window.status.pending < before)
    assert window.status.pending == SyncService(ctx.db).unacknowledged_count()
    assert page.snapshot.last_sync is not None and "never" not in window.status.synced.text()


def test_a_file_of_random_bytes_is_refused_in_words_and_changes_nothing(
        qtbot, app_window, tmp_path, monkeypatch):
    ctx, window = app_window
    page = sync_page(qtbot, window)
    junk = tmp_path / "junk.fbk"
    junk.write_bytes(os.urandom(4096))
    before = list(dump_lines(ctx.db))
    choose(monkeypatch, junk)
    text = run_action(qtbot, window, page, Qt.Key.Key_I)
    assert text == ("This file is damaged, incomplete, or not a Fältbok sync file. "
                    "Nothing was changed.")
    assert "Traceback" not in text and "Error" not in text
    assert list(dump_lines(ctx.db)) == before


def test_exporting_before_enrolment_says_what_to_do(qtbot, app_window, tmp_path, monkeypatch):
    ctx, window = app_window
    page = sync_page(qtbot, window)
    before = list(dump_lines(ctx.db))
    choose(monkeypatch, tmp_path / "early.fbk")
    assert run_action(qtbot, window, page, Qt.Key.Key_E).startswith(
        "This laptop is not enrolled with headquarters yet.")
    assert not (tmp_path / "early.fbk").exists()
    assert page.bundles.rowCount() == 0
    assert list(dump_lines(ctx.db)) == before


def test_a_second_enrolment_file_is_refused_and_the_first_identity_stays(
        qtbot, app_window, hq, tmp_path, monkeypatch):
    ctx, window = app_window
    page = sync_page(qtbot, window)
    enrol(qtbot, window, page, monkeypatch, tmp_path)
    enrolled_as = ctx.db.device_id
    cli("--data-dir", hq, "hq", "enrol", "laptop-naryn", "--out", tmp_path / "naryn.enrol")
    before = list(dump_lines(ctx.db))
    choose(monkeypatch, tmp_path / "naryn.enrol")
    assert run_action(qtbot, window, page, Qt.Key.Key_I).startswith(
        "This laptop is already enrolled")
    assert ctx.db.device_id == enrolled_as and SyncService(ctx.db).role() == "device"
    assert list(dump_lines(ctx.db)) == before


def test_a_package_for_another_laptop_cannot_be_opened_here(
        qtbot, app_window, hq, tmp_path, monkeypatch):
    ctx, window = app_window
    page = sync_page(qtbot, window)
    enrol(qtbot, window, page, monkeypatch, tmp_path)
    other = tmp_path / "other"
    cli("--data-dir", hq, "hq", "enrol", "laptop-naryn", "--out", tmp_path / "naryn.enrol")
    cli("--data-dir", other, "import", tmp_path / "naryn.enrol")
    cli("--data-dir", other, "export", "--to", tmp_path / "naryn.fbk")
    cli("--data-dir", hq, "hq", "import", tmp_path / "naryn.fbk")
    cli("--data-dir", hq, "hq", "export", "--device", "laptop-naryn", "--to",
        tmp_path / "for-naryn.fbk")
    before = list(dump_lines(ctx.db))
    choose(monkeypatch, tmp_path / "for-naryn.fbk")
    assert run_action(qtbot, window, page, Qt.Key.Key_I) == (
        "This file was encrypted for another headquarters or another laptop, so it cannot "
        "be opened here. Nothing was changed.")
    assert list(dump_lines(ctx.db)) == before


def _conflict(qtbot, window, page, ctx, hq, tmp_path, monkeypatch) -> str:
    """Headquarters and the laptop both change a partner's region; the laptop's later
    value wins and headquarters' is set aside. Returns the partner id."""
    enrol(qtbot, window, page, monkeypatch, tmp_path)
    choose(monkeypatch, tmp_path / "first.fbk")
    run_action(qtbot, window, page, Qt.Key.Key_E)
    cli("--data-dir", hq, "hq", "import", tmp_path / "first.fbk")
    partner = ctx.services.partners.list(order_by="name")[0]
    hq_db = Database.open(DataPaths(hq))
    Services(hq_db).partners.update(partner.id, region="Баткен")
    hq_db.close()
    time.sleep(0.01)  # the laptop's edit is the later one
    ctx.services.partners.update(partner.id, region="Нарын")
    cli("--data-dir", hq, "hq", "export", "--device", "laptop-osh", "--to",
        tmp_path / "back.fbk")
    choose(monkeypatch, tmp_path / "back.fbk")
    assert "Conflicts to review: 1." in run_action(qtbot, window, page, Qt.Key.Key_I)
    return partner.id


def test_a_conflict_is_listed_and_restoring_it_makes_a_new_change(
        qtbot, app_window, hq, tmp_path, monkeypatch):
    ctx, window = app_window
    page = sync_page(qtbot, window)
    partner_id = _conflict(qtbot, window, page, ctx, hq, tmp_path, monkeypatch)
    model = page.conflicts.model
    assert model.rowCount() == 1 and page.tabs.tabText(1) == "Conflicts (1)"
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert cells[1:3] == ["Region", "Нарын"] and cells[4] == "Баткен"
    assert cells[3].startswith("laptop-osh") and cells[5].startswith("headquarters")
    before = SyncService(ctx.db).unacknowledged_count()
    page.tabs.setCurrentWidget(page.conflicts)
    focus(qtbot, page.conflicts.view)
    qtbot.keyClick(page.conflicts.view, Qt.Key.Key_R, CTRL)
    settle(qtbot, lambda: not page.actions.busy and page.conflicts.model.rowCount() == 0)
    assert ctx.services.partners.get(partner_id).region == "Баткен"
    assert SyncService(ctx.db).unacknowledged_count() > before
    assert SyncService(ctx.db).conflicts() == []


def test_only_a_coordinator_may_restore_others_read_the_list(
        qtbot, app_window, hq, tmp_path, monkeypatch):
    ctx, window = app_window
    page = sync_page(qtbot, window)
    partner_id = _conflict(qtbot, window, page, ctx, hq, tmp_path, monkeypatch)
    use_role(ctx, "intern")
    settle(qtbot, lambda: not page.allowed)
    review = page.conflicts
    assert review.model.rowCount() == 1
    assert not review.restore_button.isEnabled() and not review.dismiss_button.isEnabled()
    assert "Only a coordinator" in review.note.text()
    qtbot.keyClick(review.view, Qt.Key.Key_R, CTRL)  # the shortcut does nothing either
    settle(qtbot)
    page.actions.restore(review.model.row(0).conflict.id)  # nor does the action itself
    settle(qtbot, lambda: not page.actions.busy)
    assert page.result.text() == "Only a coordinator can do this."
    assert ctx.services.partners.get(partner_id).region == "Нарын"
    assert len(SyncService(ctx.db).conflicts()) == 1


def _conflict_row() -> ConflictRow:
    stamp = "0190f3a1b2c3-0000-0190f3a1-b2c3-7000-8000-000000000001"
    later = "0190f3a1b2d0-0000-0190f3a1-b2c3-7000-8000-000000000002"
    conflict = Conflict(1, "partner", "p1", "region", '"Нарын"', later, '"Баткен"', stamp, False)
    return ConflictRow(conflict, "Ош", "Нарын", "Баткен", "laptop-osh", "headquarters")


@pytest.mark.parametrize("model, rows", [
    (BundleTableModel, [ExportedBundle("b1", "0190f3a1b2c3-0000-0190f3a1-b2c3-7000-8000-"
                                       "000000000001", 12, 2048, "/x/a.fbk", False),
                        ExportedBundle("b2", "bad stamp", 0, 10, "", True)]),
    (ConflictTableModel, [_conflict_row()]),
    (HeldTableModel, [HeldRow("participant", "OSH-1", "name", HIDDEN, None, "laptop"),
                      HeldRow("partner", "Ош", "deleted", True, None, "laptop")]),
], ids=["bundles", "conflicts", "held"])
def test_every_sync_model_passes_the_model_tester(qtbot, qtmodeltester, model, rows):
    instance = model()
    instance.set_rows(rows)
    qtmodeltester.check(instance, force_py=True)
    instance.set_rows([])
    instance.set_rows(rows)
    instance.retranslate()


def test_changes_dated_in_the_future_wait_until_a_coordinator_releases_them(
        qtbot, app_window, hq, tmp_path, monkeypatch):
    ctx, window = app_window
    page = sync_page(qtbot, window)
    enrol(qtbot, window, page, monkeypatch, tmp_path)
    choose(monkeypatch, tmp_path / "first.fbk")
    run_action(qtbot, window, page, Qt.Key.Key_E)
    cli("--data-dir", hq, "hq", "import", tmp_path / "first.fbk")
    partner = ctx.services.partners.list(order_by="name")[0]
    ahead = Database.open(DataPaths(hq), wall=lambda: wall_clock_ms() + 26 * 3_600_000)
    Services(ahead).partners.update(partner.id, region="Талас")
    _peer, data, _count = HqService(ahead).export_return("laptop-osh")
    ahead.close()
    (tmp_path / "ahead.fbk").write_bytes(data)
    choose(monkeypatch, tmp_path / "ahead.fbk")
    assert "dated in the future): 1." in run_action(qtbot, window, page, Qt.Key.Key_I)
    held = page.held
    assert held.model.rowCount() == 1 and page.tabs.tabText(2) == "Held back (1)"
    assert [held.model.data(held.model.index(0, c)) for c in (1, 2)] == ["Region", "Талас"]
    assert ctx.services.partners.get(partner.id).region != "Талас"
    page.tabs.setCurrentWidget(held)
    assert held.release_button.isEnabled()
    qtbot.mouseClick(held.release_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: not page.actions.busy and held.model.rowCount() == 0)
    assert page.result.text() == "Held-back changes released: 1."
    assert ctx.services.partners.get(partner.id).region == "Талас"
