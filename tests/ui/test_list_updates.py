"""Lists follow writes by repainting changed rows in place, page by key, and stop the
queries of a search the user already replaced."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.queries import PageRequest, page
from app.ui.widgets.table_model import RecordTableModel
from tests.ui.conftest import settle

CTRL = Qt.KeyboardModifier.ControlModifier


def test_an_edit_repaints_its_row_in_place_and_keeps_the_list_where_it_was(qtbot, app_window):
    ctx, window = app_window
    window.show_section("partners")
    page_ = window.section("partners").lists["partner"]
    settle(qtbot, lambda: page_.model.total is not None)
    model = page_.model
    page_.view.selectRow(2)
    row_id = model.row_id(2)
    rows_before = model.rowCount()
    editor = page_.form.editors["name"].widget
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Renamed in place")
    repainted = []
    model.dataChanged.connect(lambda first, last: repainted.append((first.row(), last.row())))
    with qtbot.assertNotEmitted(model.modelReset, wait=100):
        qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
        settle(qtbot, lambda: repainted)
        settle(qtbot)
    assert repainted == [(2, 2)]
    assert model.data(model.index(2, 0)) == "Renamed in place" and model.row_id(2) == row_id
    assert model.rowCount() == rows_before and page_.view.currentIndex().row() == 2


def test_scrolling_reads_the_next_page_after_the_last_key_shown(qtbot, app_window):
    ctx, _window = app_window
    model = RecordTableModel(ctx.db, "participant", page_size=40)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    settle(qtbot, lambda: model.rowCount() == 40)
    # a participant that sorts first arrives after the first page was read
    ctx.services.participants.create(code="ZZZ-FIRST")
    model.fetchMore()
    settle(qtbot, lambda: model.rowCount() > 40)
    codes = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    expected = [r["code"] for r in page(ctx.db, PageRequest(
        "participant", sort="code", descending=True, limit=81))][1:81]
    assert "ZZZ-FIRST" not in codes and codes == expected  # nothing skipped or shown twice


def test_a_replaced_search_has_its_reads_cancelled_and_the_new_one_arrives(qtbot, app_window):
    ctx, _window = app_window
    model = RecordTableModel(ctx.db, "attendance", page_size=50)
    settle(qtbot, lambda: model.total is not None)
    model.set_search("no such code at all")
    first_reads = list(model._reads)
    model.set_search("OSH-")
    assert first_reads and all(op.cancelled for op in first_reads)
    settle(qtbot, lambda: model.total is not None)
    assert model.rowCount() == 50 and model.total > 50
