"""File ▸ Export IATI…: the organisation from Settings, the save dialog in the data
folder's exports/, a valid file and one sentence; refusals write nothing."""

from __future__ import annotations

from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from app.reports.iati_schema import activity_schema
from app.services.audit import AuditService
from tests.ui.conftest import press, settle, type_text

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def set_reference_in_settings(qtbot, window, ref: str) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, Qt.Key.Key_8, CTRL)
    box = window.section("settings").iati
    box.ref.setFocus()
    type_text(qtbot, ref)
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, lambda: box.result.isVisible())


def export_from_the_menu(qtbot, window, target) -> None:
    """Alt+F, then A (Export I&ATI…), then the file in the save dialog."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_A)
    export = window.iati_export
    qtbot.waitUntil(lambda: export.dialog is not None and export.dialog.isVisible())
    assert export.dialog.directory().absolutePath() == str(window.ctx.db.paths.root / "exports")
    export.dialog.selectFile(str(target))
    export.dialog.accept()


def iati_exports(ctx) -> list[str]:
    return [e.detail for e in AuditService(ctx.db).list(action="export")
            if e.detail.startswith("iati ")]


def test_the_menu_writes_a_valid_file_named_by_the_reference_from_settings(qtbot, app_window):
    ctx, window = app_window
    set_reference_in_settings(qtbot, window, "SE-ON-802005-9839")
    assert "Saved" in window.section("settings").iati.result.text()
    target = ctx.db.paths.root / "exports" / "iati-activities.xml"
    export_from_the_menu(qtbot, window, target)
    settle(qtbot, lambda: window.iati_export.answer is not None)
    projects = ctx.services.projects.count()
    assert window.iati_export.answer.text() == \
        f"Wrote {projects} IATI activities to {target}."
    document = etree.parse(str(target))
    assert activity_schema().validate(document)
    assert document.getroot()[0].findtext("iati-identifier").startswith("SE-ON-802005-9839-")
    assert len(iati_exports(ctx)) == 1 and "inside the data folder" in iati_exports(ctx)[0]
    qtbot.keyClick(window.iati_export.answer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.iati_export.answer is None)


def test_without_a_reference_it_says_where_to_set_it_and_writes_nothing(qtbot, app_window):
    ctx, window = app_window
    target = ctx.db.paths.root / "exports" / "iati-activities.xml"
    export_from_the_menu(qtbot, window, target)
    settle(qtbot, lambda: window.iati_export.answer is not None)
    assert "set the organisation's IATI reference in Settings" in \
        window.iati_export.answer.text()
    assert not target.exists() and iati_exports(ctx) == []


def test_a_malformed_reference_is_not_saved(qtbot, app_window):
    ctx, window = app_window
    set_reference_in_settings(qtbot, window, "SE 0/1")
    box = window.section("settings").iati
    assert box.result.text().startswith("Not saved")
    from app.reports.iati_settings import org_ref

    assert org_ref(ctx.db) is None


def test_outside_the_data_folder_it_warns_and_enter_cancels(qtbot, app_window, tmp_path):
    ctx, window = app_window
    set_reference_in_settings(qtbot, window, "SE-0-1234")
    target = tmp_path / "Desktop" / "iati.xml"
    target.parent.mkdir()
    export_from_the_menu(qtbot, window, target)
    qtbot.waitUntil(lambda: window.iati_export.warning is not None)
    warning = window.iati_export.warning
    assert "outside Fältbok's protected folder" in warning.text()
    qtbot.keyClick(warning, Qt.Key.Key_Return)
    settle(qtbot)
    assert not target.exists() and iati_exports(ctx) == []
