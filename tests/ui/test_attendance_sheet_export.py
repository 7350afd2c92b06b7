"""Saving the attendance sheet: the names question (default without), the warning
outside the data folder, the audit event, and no name in any byte it leaves behind."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.protection.passphrase import set_passphrase
from app.protection.unlock import unlock
from app.services.audit import AuditService
from tests.ui.conftest import close_window, press, settle, use_role

CTRL = Qt.KeyboardModifier.ControlModifier


def open_attendance(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, Qt.Key.Key_4, CTRL)
    page = window.section("attendance")
    settle(qtbot, lambda: page.session_id is not None and len(page.model.rows) > 0)
    page.entry.setFocus()
    return page


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def names_of(ctx, page) -> list[str]:
    return [ctx.services.participants.get(row.participant_id).name for row in page.model.rows]


def answer(qtbot, key) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    qtbot.keyClick(box, key)
    return box


def save_in_dialog(qtbot, page, path) -> None:
    qtbot.waitUntil(lambda: page.sheet_export.dialog is not None
                    and page.sheet_export.dialog.isVisible())
    dialog = page.sheet_export.dialog
    dialog.selectFile(str(path))
    dialog.accept()


def exports_recorded(ctx) -> list[str]:
    return [event.detail for event in AuditService(ctx.db).list(action="export")
            if event.detail.startswith("attendance_sheet")]


def test_enter_on_the_names_question_saves_without_names_and_audits(qtbot, app_window):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    press(qtbot, Qt.Key.Key_P, CTRL)
    question = answer(qtbot, Qt.Key.Key_Return)
    assert "names" in question.text()
    target = ctx.db.paths.root / "exports" / "sheet.pdf"
    save_in_dialog(qtbot, page, target)
    settle(qtbot, lambda: exports_recorded(ctx))
    text = pdf_text(target)
    assert page.model.rows[0].code in text
    assert not [name for name in names_of(ctx, page) if name.split()[0] in text]
    [detail] = exports_recorded(ctx)
    assert str(target) in detail and "without names" in detail
    assert f"{len(page.model.rows)} rows" in detail and "inside the data folder" in detail
    assert str(target) in page.feedback.text()


def test_with_names_chosen_the_sheet_carries_them_and_both_are_audited(qtbot, app_window,
                                                                       tmp_path):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    target = tmp_path / "named.pdf"
    page.print_sheet(filled=True, path=str(target), names=True)
    settle(qtbot, lambda: exports_recorded(ctx))
    text = pdf_text(target)
    assert all(name.split()[0] in text for name in names_of(ctx, page))
    assert "with names" in exports_recorded(ctx)[0]
    assert AuditService(ctx.db).list(action="view_names")


def test_an_intern_is_not_asked_about_names(qtbot, app_window):
    ctx, window = app_window
    use_role(ctx, "intern")
    page = open_attendance(qtbot, window)
    press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: page.sheet_export.dialog is not None)
    assert page.sheet_export.question is None
    page.sheet_export.dialog.reject()


def test_outside_the_data_folder_it_warns_and_enter_cancels(qtbot, app_window, tmp_path):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    desktop = tmp_path / "Desktop"
    desktop.mkdir()
    press(qtbot, Qt.Key.Key_P, CTRL)
    answer(qtbot, Qt.Key.Key_Return)  # without names
    save_in_dialog(qtbot, page, desktop / "sheet.pdf")
    warning = answer(qtbot, Qt.Key.Key_Return)
    assert "outside Fältbok's protected folder, in clear" in warning.text()
    settle(qtbot)
    assert not (desktop / "sheet.pdf").exists() and exports_recorded(ctx) == []

    page.sheet_export.start(filled=False)
    answer(qtbot, Qt.Key.Key_Return)
    save_in_dialog(qtbot, page, desktop / "sheet.pdf")
    qtbot.waitUntil(lambda: page.sheet_export.warning is not None)
    box = page.sheet_export.warning
    [save] = [b for b in box.buttons() if b.text() == "Save there anyway"]
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: exports_recorded(ctx))
    assert (desktop / "sheet.pdf").exists()
    assert "outside the data folder" in exports_recorded(ctx)[0]


def test_a_sheet_in_the_protected_folder_leaves_no_name_in_any_byte(qtbot, demo_paths,
                                                                   tmp_path):
    from app.ui.shell.application import build

    set_passphrase(demo_paths, "under the apricot trees")
    ctx, window = build(demo_paths, unlock(demo_paths, "under the apricot trees"))
    qtbot.addWidget(window)
    window.show()
    try:
        use_role(ctx, "coordinator")
        page = open_attendance(qtbot, window)
        names = names_of(ctx, page)
        contacts = [ctx.services.participants.get(row.participant_id).contact
                    for row in page.model.rows]
        target = demo_paths.root / "tmp" / "sheet.pdf"
        target.parent.mkdir(exist_ok=True)
        page.print_sheet(filled=True, path=str(target))
        settle(qtbot, lambda: exports_recorded(ctx))
        assert page.model.rows[0].code in pdf_text(target)
    finally:
        close_window(ctx, window)
    secrets = [s for s in names + contacts if s]
    files = [p for p in Path(tmp_path).rglob("*") if p.is_file()]
    assert target in files
    hits = [(secret, str(p)) for p in files for data in [p.read_bytes()] for secret in secrets
            for variant in (secret, secret.lower())
            for encoding in ("utf-8", "utf-16-le", "utf-16-be")
            if variant.encode(encoding) in data]
    assert hits == []
