"""A laptop's own edit that a return bundle overrode unseen: the status bar says so,
its shortcut and a click open the conflict review, whose row names the record in
words, and the person at the laptop (not only a coordinator) restores the edit.
A real headquarters data folder and real bundles (docs/sync.md §4.1)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics

from app.services import Services
from app.storage.database import Database
from app.storage.paths import DataPaths
from app.sync.service import SyncService
from app.ui.base.i18n import install_translation
from tests.ui.conftest import focus, settle, use_role
from tests.ui.test_sync_ui import choose, cli, enrol, hq, run_action, sync_page  # noqa: F401

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def overridden_title(qtbot, window, ctx, hq, tmp_path, monkeypatch) -> str:  # noqa: F811
    """The laptop renames an advocacy event offline; headquarters, not having seen
    that, renames it later; the return bundle comes in. Returns the event id."""
    page = sync_page(qtbot, window)
    enrol(qtbot, window, page, monkeypatch, tmp_path)
    choose(monkeypatch, tmp_path / "first.fbk")
    run_action(qtbot, window, page, Qt.Key.Key_E)
    cli("--data-dir", hq, "hq", "import", tmp_path / "first.fbk")
    event = ctx.services.advocacy_events.list(order_by="title")[0]
    ctx.services.advocacy_events.update(event.id, title="Pride lecture, Osh")
    time.sleep(0.01)  # headquarters' edit is the later one
    hq_db = Database.open(DataPaths(hq))
    Services(hq_db).advocacy_events.update(event.id, title="Pride lecture (HQ)")
    hq_db.close()
    cli("--data-dir", hq, "hq", "export", "--device", "laptop-osh", "--to",
        tmp_path / "back.fbk")
    choose(monkeypatch, tmp_path / "back.fbk")
    assert "Conflicts to review: 1." in run_action(qtbot, window, page, Qt.Key.Key_I)
    window.status.clearMessage()  # the notice waits for the import's passing message
    return event.id


def test_the_status_bar_tells_of_an_overridden_edit_and_the_review_restores_it(
        qtbot, app_window, hq, tmp_path, monkeypatch):  # noqa: F811
    ctx, window = app_window
    event_id = overridden_title(qtbot, window, ctx, hq, tmp_path, monkeypatch)
    notice = window.status.overridden
    settle(qtbot, lambda: notice.isVisible())
    assert notice.plain == "1 of your edits was overridden — review"
    assert ctx.services.advocacy_events.get(event_id).title == "Pride lecture (HQ)"

    window.show_section("projects")
    focus(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL | SHIFT)
    page = window.section("sync")
    settle(qtbot, lambda: window.stack.currentWidget() is page
           and page.tabs.currentWidget() is page.conflicts)
    model = page.conflicts.model
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert cells[0].startswith("Advocacy events · Pride lecture (HQ)")
    assert event_id[:8] not in cells[0]
    assert cells[1:3] == ["Title", "Pride lecture (HQ)"] and cells[4] == "Pride lecture, Osh"

    window.show_section("partners")
    qtbot.mouseClick(notice, Qt.MouseButton.LeftButton, pos=QPoint(8, notice.height() // 2))
    settle(qtbot, lambda: window.stack.currentWidget() is page)

    use_role(ctx, "field_staff")  # not a coordinator: still the author of the lost edit
    settle(qtbot, lambda: not page.allowed)
    review = page.conflicts
    assert review.restore_button.isEnabled() and "your own edit" in review.note.text()
    focus(qtbot, review.view)
    qtbot.keyClick(review.view, Qt.Key.Key_R, CTRL)
    settle(qtbot, lambda: not page.actions.busy and review.model.rowCount() == 0)
    assert ctx.services.advocacy_events.get(event_id).title == "Pride lecture, Osh"
    settle(qtbot, lambda: not notice.isVisible())
    assert SyncService(ctx.db).conflicts() == []


@pytest.mark.parametrize("language", ["en", "sv", "ru"])
def test_the_notice_and_the_review_fit_a_1024_by_700_window_in_every_language(
        qtbot, app_window, hq, tmp_path, monkeypatch, language):  # noqa: F811
    ctx, window = app_window
    overridden_title(qtbot, window, ctx, hq, tmp_path, monkeypatch)
    notice = window.status.overridden
    settle(qtbot, lambda: notice.isVisible())
    assert install_translation(language)
    window.resize(1024, 700)
    window.review_conflicts()
    settle(qtbot)
    page = window.section("sync")
    window.grab().save(str(tmp_path / f"overridden-{language}.png"))
    if language != "en":
        assert "review" not in notice.plain and "1" in notice.plain
    assert notice.font().bold()
    assert notice.visibleRegion().boundingRect().width() >= \
        QFontMetrics(notice.font()).horizontalAdvance(notice.plain)
    record = page.conflicts.model.data(page.conflicts.model.index(0, 0))
    assert "Pride lecture (HQ)" in record
