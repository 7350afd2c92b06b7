"""Exports from the Reports page, through the keys: the PDF read back holds the words of
the chosen language (Cyrillic, å ä ö) and no public count from 1 to 4; the workbook
has its sheets; Cancel leaves no file; the project summary is one page."""

from __future__ import annotations

import re

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.reports.model import REPORT_KINDS
from app.services.audit import AuditService
from app.ui.base.i18n import install_translation
from tests.ui.conftest import press, settle, type_text
from tests.ui.test_reports_page import open_reports

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def raw_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def pdf_text(path) -> str:
    """The PDF's text with every run of white space one space (pypdf splits words)."""
    return re.sub(r"\s+", " ", raw_text(path))


def pdf_cells(path) -> set[str]:
    """Each line of the text: every table cell is drawn (and read back) on its own."""
    return {line.strip() for line in raw_text(path).splitlines()}


def report_exports(ctx) -> list[str]:
    return [e.detail for e in AuditService(ctx.db).list(action="export")
            if e.detail.startswith("report")]


def attendance_page(qtbot, window):
    page = open_reports(qtbot, window)
    page.tabs.setCurrentIndex(REPORT_KINDS.index("attendance"))
    settle(qtbot, lambda: "attendance" in page.built)
    page.views["attendance"].view.setFocus()
    return page


def choose(qtbot, page, downs: int = 0) -> None:
    """Ctrl+Shift+E, then the format `downs` steps below PDF, and Enter."""
    press(qtbot, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: page.exporter.choice is not None
                    and QApplication.activeWindow() is page.exporter.choice)
    page.exporter.choice.format.setFocus()
    for _ in range(downs):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)


def save_as(qtbot, page, path) -> None:
    qtbot.waitUntil(lambda: page.exporter.dialog is not None and page.exporter.dialog.isVisible())
    page.exporter.dialog.selectFile(str(path))
    page.exporter.dialog.accept()


def exports_folder(ctx):
    return ctx.db.paths.root / "exports"


def test_a_russian_pdf_holds_cyrillic_words_and_no_public_count_under_5(qtbot, app_window):
    ctx, window = app_window
    install_translation("ru")
    page = attendance_page(qtbot, window)
    target = exports_folder(ctx) / "attendance.pdf"
    choose(qtbot, page)
    save_as(qtbot, page, target)
    settle(qtbot, lambda: "attendance.pdf" in page.said.text())
    text = pdf_text(target)
    assert "Посещаемость по полу и возрасту" in text
    assert "Пол и возраст" in text  # the first table's title
    assert "<5" in text
    cells = pdf_cells(target)
    assert {"0", "<5"} <= cells  # the cells are read one by one
    assert not {"1", "2", "3", "4"} & cells
    assert any("report attendance (public, pdf)" in d for d in report_exports(ctx))


def test_a_swedish_pdf_holds_a_umlauts(qtbot, app_window):
    ctx, window = app_window
    install_translation("sv")
    page = attendance_page(qtbot, window)
    target = exports_folder(ctx) / "närvaro.pdf"
    choose(qtbot, page)
    save_as(qtbot, page, target)
    settle(qtbot, lambda: "närvaro.pdf" in page.said.text())
    assert "Närvaro efter kön och ålder" in pdf_text(target)


def test_a_workbook_export_has_a_sheet_per_table(qtbot, app_window):
    ctx, window = app_window
    page = attendance_page(qtbot, window)
    target = exports_folder(ctx) / "attendance.xlsx"
    choose(qtbot, page, downs=1)
    save_as(qtbot, page, target)
    settle(qtbot, lambda: "attendance.xlsx" in page.said.text())
    book = load_workbook(target)
    assert len(book.sheetnames) >= len(page.built["attendance"].tables)


def test_cancel_leaves_no_file_and_no_export_event(qtbot, app_window):
    ctx, window = app_window
    page = attendance_page(qtbot, window)
    target = exports_folder(ctx) / "cancelled.pdf"
    choose(qtbot, page)
    save_as(qtbot, page, target)
    progress = page.exporter.progress
    assert progress is not None and progress.isVisible()
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    settle(qtbot)
    QApplication.processEvents()
    settle(qtbot)
    assert not target.exists()
    assert [p.name for p in exports_folder(ctx).iterdir()] == []  # no temporary file either
    assert "no file was written" in page.said.text()
    assert report_exports(ctx) == []


def test_the_project_summary_is_one_page_with_the_project_title(qtbot, app_window):
    ctx, window = app_window
    page = open_reports(qtbot, window)
    project = ctx.services.projects.list(order_by="title")[0]
    page.filters.project.setFocus()
    type_text(qtbot, project.title[:12])
    popup = page.filters.project.completer.popup()
    settle(qtbot, popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    settle(qtbot, lambda: page.filters.project.value is not None)
    page.views[page.kind()].view.setFocus()
    press(qtbot, Qt.Key.Key_P, CTRL)
    target = exports_folder(ctx) / "summary.pdf"
    save_as(qtbot, page, target)
    settle(qtbot, lambda: "summary.pdf" in page.said.text())
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1
    text = pdf_text(target)
    chosen = ctx.services.projects.get(page.filters.project.value).title
    assert re.sub(r"\s+", " ", chosen) in text


def test_the_summary_asks_for_a_project_first(qtbot, app_window):
    _ctx, window = app_window
    page = open_reports(qtbot, window)
    page.views[page.kind()].view.setFocus()
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert "project" in page.said.text()
    assert page.exporter.dialog is None
    assert page.filters.project.edit.hasFocus()


def test_a_target_outside_the_data_folder_is_warned_of_and_enter_writes_nothing(
        qtbot, app_window, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    ctx, window = app_window
    page = attendance_page(qtbot, window)
    target = tmp_path / "outside.csv"
    choose(qtbot, page, downs=2)
    save_as(qtbot, page, target)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert str(target) in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default is Cancel
    settle(qtbot)
    assert not target.exists()
    assert report_exports(ctx) == []
