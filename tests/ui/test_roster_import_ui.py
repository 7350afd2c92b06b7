"""The roster import dialog, driven by keys: an intern puts a partner's Excel list and
a Kobo export on the roster and takes attendance straight away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.services.audit import AuditService
from app.ui.base.i18n import LANGUAGES, install_translation
from app.ui.shell.walk import clipped_texts
from tests.ui.conftest import press, settle, type_text, use_role
from tests.unit import roster_files as rf

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_attendance(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, Qt.Key.Key_4, CTRL)
    page = window.section("attendance")
    settle(qtbot, lambda: page.session_id is not None and len(page.model.rows) > 0)
    page.entry.setFocus()
    return page


def open_dialog(qtbot, page):
    press(qtbot, Qt.Key.Key_I, CTRL | SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is getattr(page, "import_dialog",
                                                                         None))
    return page.import_dialog


def choose(qtbot, dialog, path) -> None:
    """The dialog opens on its Choose button: Space opens the file chooser, the path
    is typed into it and Enter takes it, as a person would."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.choose)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.file_dialog is not None and dialog.file_dialog.isVisible())
    chooser = dialog.file_dialog
    name_box = chooser.findChild(QLineEdit, "fileNameEdit")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name_box)
    type_text(qtbot, str(path))  # the whole path typed, Enter: the chooser takes it
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, lambda: dialog.path.text() == str(path) and (
        dialog.plan is not None or dialog.summary.text().startswith("This")))


def import_with_enter(qtbot, dialog) -> None:
    press(qtbot, Qt.Key.Key_Return)  # Import is the default button
    settle(qtbot, lambda: dialog.written is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # close
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_an_intern_imports_an_excel_list_and_a_kobo_export_and_takes_attendance(
        qtbot, app_window, tmp_path):
    ctx, window = app_window
    use_role(ctx, "intern")
    page = open_attendance(qtbot, window)
    training, session = page.training_id, page.session_id
    before = len(page.model.rows)

    dialog = open_dialog(qtbot, page)
    choose(qtbot, dialog, rf.excel_with_merged_header(tmp_path / "partner.xlsx"))
    assert dialog.current_mapping() == ["code", "name", "gender", "birth_year",
                                        "organisation", "contact", "consent"]
    assert "name" not in dialog.preview_model.columns  # an intern sees no names
    assert dialog.mapping.item(1, 1).text() == "•••"
    assert dialog.summary.text() == "3 new, 0 known, 0 already on the roster, 0 not imported."
    import_with_enter(qtbot, dialog)
    settle(qtbot, lambda: len(page.model.rows) == before + 3)
    assert "Ctrl+Z takes the whole import back" in page.feedback.text()

    dialog = open_dialog(qtbot, page)
    choose(qtbot, dialog, rf.kobo_export(tmp_path / "kobo.xlsx"))
    assert dialog.preview_model.rowCount() == 3
    import_with_enter(qtbot, dialog)
    settle(qtbot, lambda: len(page.model.rows) == before + 6)

    # straight away: the code of someone from the Kobo export, Enter, present
    assert QApplication.focusWidget() is page.entry
    type_text(qtbot, "TAS-000077")
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot)
    person = ctx.services.participants.list(filters={"code": "TAS-000077"})[0]
    assert person.id in ctx.services.attendance.present_ids(session)
    assert person.name == "Otabek Yusupov" and person.gender == "male"
    assert len(ctx.services.attendance.roster(training)) == before + 6


def test_undo_takes_a_whole_import_back(qtbot, app_window, tmp_path):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    before = len(page.model.rows)
    dialog = open_dialog(qtbot, page)
    choose(qtbot, dialog, rf.cyrillic_csv(tmp_path / "list.csv"))
    import_with_enter(qtbot, dialog)
    settle(qtbot, lambda: len(page.model.rows) == before + 3)
    assert ctx.undo_stack.undoText() == "list imported (3 on the roster)"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    settle(qtbot, lambda: len(page.model.rows) == before)
    assert page.feedback.text() == "Undone: list imported (3 on the roster)"
    assert not ctx.services.participants.list(search="Айгерим")


def test_a_coordinator_sees_names_and_can_change_what_a_column_holds(qtbot, app_window,
                                                                      tmp_path):
    _ctx, window = app_window
    page = open_attendance(qtbot, window)
    dialog = open_dialog(qtbot, page)
    choose(qtbot, dialog, rf.odk_csv(tmp_path / "odk.csv"))
    assert "name" in dialog.preview_model.columns
    names = dialog.preview_model.columns.index("name")
    assert dialog.preview_model.index(0, names).data() == "Гулнора Саидова"
    assert dialog.current_mapping()[4] == "age"
    dialog.mapping.cellWidget(4, 2).setFocus()
    qtbot.keyClick(dialog.mapping.cellWidget(4, 2), Qt.Key.Key_Home)  # "(ignore)"
    settle(qtbot, lambda: dialog.plan is not None and dialog.plan.mapping[4] == "")
    ages = dialog.preview_model.columns.index("age_band")
    assert dialog.preview_model.index(1, ages).data() == "Unknown"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    settle(qtbot)
    assert not _ctx.services.participants.list(search="Гулнора")


def test_a_password_protected_workbook_is_one_sentence_and_nothing_to_import(
        qtbot, app_window, tmp_path):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    count = ctx.services.participants.count()
    dialog = open_dialog(qtbot, page)
    choose(qtbot, dialog, rf.encrypted_workbook(tmp_path / "locked.xlsx"))
    assert dialog.summary.text().startswith("This workbook is protected by a password.")
    assert not dialog.import_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle(qtbot)
    assert ctx.services.participants.count() == count


def test_rows_not_imported_are_saved_to_fix_and_the_export_is_audited(qtbot, app_window,
                                                                      tmp_path):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    dialog = open_dialog(qtbot, page)
    choose(qtbot, dialog, rf.kobo_export(tmp_path / "kobo.xlsx", [
        ["", "Bad Row", "martian", "", "", ""], ["", "Good Row", "female", "", "", ""]]))
    problems = dialog.preview_model.columns.index("problems")
    assert dialog.preview_model.index(0, problems).data() == (
        "Gender: “martian” means nothing Fältbok knows.")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: dialog.file_dialog is not None and dialog.file_dialog.isVisible())
    name_box = dialog.file_dialog.findChild(QLineEdit, "fileNameEdit")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name_box)
    press(qtbot, Qt.Key.Key_Return)  # the name offered, in the data folder's exports/
    target = ctx.db.paths.root / "exports" / "not-imported.csv"
    settle(qtbot, lambda: target.exists()
           and "Rows not imported (1) saved" in dialog.summary.text())
    assert "Bad Row" in target.read_text(encoding="utf-8-sig")
    [event] = [e for e in AuditService(ctx.db).list(action="export")
               if e.detail.startswith("roster_rejects")]
    assert "1 row, with names" in event.detail


def test_a_text_file_renamed_xlsx_is_not_a_spreadsheet(qtbot, app_window, tmp_path):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    dialog = open_dialog(qtbot, page)
    renamed = tmp_path / "list.xlsx"
    renamed.write_text("Code,Name,Gender\nX-1,Aiperi,female\n", encoding="utf-8")
    choose(qtbot, dialog, renamed)
    assert dialog.summary.text() == "This file is not a spreadsheet or CSV file Fältbok can read."
    assert dialog.plan is None and not dialog.import_button.isEnabled()


def test_rows_not_imported_that_cannot_be_saved_are_one_sentence_and_the_import_stays(
        qtbot, app_window, tmp_path):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    dialog = open_dialog(qtbot, page)
    choose(qtbot, dialog, rf.kobo_export(tmp_path / "kobo.xlsx", [
        ["", "Bad Row", "martian", "", "", ""], ["", "Good Row", "female", "", "", ""]]))
    before = len(AuditService(ctx.db).list(action="export"))
    gone = ctx.db.paths.root / "gone" / "not-imported.csv"  # its folder was removed
    dialog.check_rejects_target(str(gone))  # what the file chooser hands over
    settle(qtbot, lambda: "could not be saved" in dialog.summary.text())
    assert dialog.summary.text() == ("The rows not imported could not be saved: "
                                     "No such file or directory")
    assert not gone.parent.exists()
    assert len(AuditService(ctx.db).list(action="export")) == before
    assert dialog.import_button.isEnabled() and dialog.rejects_button.isEnabled()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_dialog_fits_1024_by_700_in_every_language(qtbot, app_window, tmp_path, language):
    ctx, window = app_window
    window.resize(1024, 700)
    assert install_translation(language)
    page = open_attendance(qtbot, window)
    dialog = open_dialog(qtbot, page)
    choose(qtbot, dialog, rf.kobo_export(tmp_path / "kobo.xlsx", [
        ["", "Madina Karimova", "female", "18_24", "Ishonch", "yes"],
        ["", "Bad Row", "martian", "", "", ""]]))
    assert dialog.width() <= 1024 and dialog.height() <= 700
    assert clipped_texts(dialog) == []
    assert not dialog.grab().isNull()
    picture = tmp_path / f"roster_import_{language}.png"
    assert dialog.grab().save(str(picture)) and picture.stat().st_size > 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_a_list_of_ten_thousand_rows_is_read_and_imported_off_the_ui_thread(qtbot, app_window,
                                                                           tmp_path):
    ctx, window = app_window
    page = open_attendance(qtbot, window)
    before = len(page.model.rows)
    dialog = open_dialog(qtbot, page)
    choose(qtbot, dialog, rf.large_csv(tmp_path / "big.csv"))
    assert dialog.preview_model.rowCount() == 10_000
    assert dialog.summary.text().startswith("10,000 new")
    import_with_enter(qtbot, dialog)
    settle(qtbot, lambda: len(page.model.rows) == before + 10_000, timeout=60_000)
