"""The attendance of a training as XLSX or CSV, from the sheet's own save dialog."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from python_calamine import CalamineWorkbook

from app.services.audit import AuditService
from tests.ui.conftest import settle, use_role
from tests.ui.test_attendance_sheet_export import answer, names_of, open_attendance, pdf_text

CTRL = Qt.KeyboardModifier.ControlModifier


def tables_recorded(ctx) -> list[str]:
    return [event.detail for event in AuditService(ctx.db).list(action="export")
            if event.detail.startswith("attendance_table")]


def test_the_filled_sheets_dialog_saves_every_session_as_a_workbook_without_names(
        qtbot, app_window):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    qtbot.keyClick(page.entry, Qt.Key.Key_P, CTRL)
    answer(qtbot, Qt.Key.Key_Return)  # without names
    qtbot.waitUntil(lambda: page.sheet_export.dialog is not None
                    and page.sheet_export.dialog.isVisible())
    dialog = page.sheet_export.dialog
    [workbook] = [f for f in dialog.nameFilters() if "xlsx" in f]
    dialog.selectNameFilter(workbook)
    dialog.filterSelected.emit(workbook)
    assert dialog.defaultSuffix() == "xlsx"
    target = ctx.db.paths.root / "exports" / "attendance.xlsx"
    dialog.selectFile(str(target))
    dialog.accept()
    settle(qtbot, lambda: tables_recorded(ctx))
    cells = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert cells[0][:3] == ["Code", "Gender", "Age band"]
    sessions = ctx.services.sessions.list(filters={"training_id": page.training_id})
    assert len(cells[0]) == 3 + len(sessions) + 1
    codes = [row[0] for row in cells[1:len(page.model.rows) + 1]]
    assert codes == sorted(row.code for row in page.model.rows)
    present = ctx.services.attendance.counts(page.session_id).present
    assert any(row and row[0] == "Present" and present in row for row in cells)
    assert not [n for n in names_of(ctx, page) if n.split()[0] in str(cells)]
    [detail] = tables_recorded(ctx)
    assert "without names" in detail and f"{len(page.model.rows)} rows" in detail


def test_names_go_into_the_csv_only_when_asked_and_allowed(qtbot, app_window, tmp_path):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    target = tmp_path / "named.csv"
    page.sheet_export.save_table(str(target), names=True)
    settle(qtbot, lambda: tables_recorded(ctx))
    with target.open(encoding="utf-8-sig") as handle:
        text = handle.read()
    assert all(name in text for name in names_of(ctx, page))
    assert list(csv.reader(text.splitlines()))[0][:2] == ["Code", "Name"]
    assert "with names, outside the data folder" in tables_recorded(ctx)[0]
    assert AuditService(ctx.db).list(action="view_names")


def test_an_interns_table_has_no_names(qtbot, app_window, tmp_path):
    ctx, window = app_window
    use_role(ctx, "intern")
    page = open_attendance(qtbot, window)
    target = tmp_path / "intern.csv"
    page.sheet_export.save_table(str(target))
    settle(qtbot, lambda: tables_recorded(ctx))
    assert not [n for n in names_of(ctx, page) if n in target.read_text(encoding="utf-8-sig")]


def test_a_sheet_or_table_that_cannot_be_saved_is_one_sentence_and_nothing_else(
        qtbot, app_window, tmp_path):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    messages = []
    ctx.sig_message.connect(messages.append)
    gone = ctx.db.paths.root / "gone"  # the folder chosen was removed meanwhile
    page.sheet_export.save(True, str(gone / "sheet.pdf"))
    page.sheet_export.save_table(str(gone / "attendance.xlsx"))
    settle(qtbot, lambda: len(messages) == 2)
    assert messages == ["Could not save: No such file or directory"] * 2
    assert not gone.exists()
    assert not [e for e in AuditService(ctx.db).list(action="export")
                if e.detail.startswith(("attendance_sheet", "attendance_table"))]


def test_a_sheet_saved_over_an_old_one_replaces_it_whole(qtbot, app_window):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    target = ctx.db.paths.root / "exports" / "sheet.pdf"
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(b"last week's sheet")
    page.sheet_export.save(True, str(target))
    settle(qtbot, lambda: [e for e in AuditService(ctx.db).list(action="export")
                           if e.detail.startswith("attendance_sheet")])
    assert target.read_bytes().startswith(b"%PDF")
    assert page.model.rows[0].code in pdf_text(target)
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".tmp-")]
