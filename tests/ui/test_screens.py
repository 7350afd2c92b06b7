"""Every screen opens on demo data; editors validate inline and undo their edits."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.records.pages import SectionWidget
from app.ui.shell.main_window import SECTIONS
from tests.ui.conftest import settle, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize("key", SECTIONS)
def test_every_section_opens_on_demo_data(qtbot, app_window, key):
    ctx, window = app_window
    window.show_section(key)
    page = window.section(key)
    settle(qtbot)
    assert window.stack.currentWidget() is page
    if isinstance(page, SectionWidget):
        for n, (entity, lists) in enumerate(page.lists.items()):
            page.tabs.setCurrentIndex(n + len(page.tools))
            settle(qtbot, lambda lists=lists: lists.model.total is not None)
            assert lists.model.rowCount() > 0, entity


def test_the_status_bar_shows_real_unacknowledged_changes_and_never_synced(qtbot, app_window):
    from app.services.sync_status import unacknowledged_changes

    ctx, window = app_window
    settle(qtbot, lambda: window.status.pending is not None)
    assert window.status.pending == unacknowledged_changes(ctx.db) > 0
    assert "never" in window.status.synced.text()
    assert window.status.network.text() in ("Online", "Offline")


def _partners(qtbot, window):
    window.show_section("partners")
    page = window.section("partners").lists["partner"]
    settle(qtbot, lambda: page.model.total is not None)
    return page


def test_a_refused_save_shows_the_core_problem_under_its_field(qtbot, app_window):
    ctx, window = app_window
    page = _partners(qtbot, window)
    before = ctx.services.partners.count()
    page.new_record()
    page.form.save()  # no name
    settle(qtbot)
    assert not page.form.errors["name"].isHidden()
    assert page.form.errors["name"].text() == "Required."
    assert ctx.services.partners.count() == before


def test_a_date_before_its_start_is_explained_in_words(qtbot, app_window):
    from datetime import date

    ctx, window = app_window
    window.show_section("projects")
    page = window.section("projects").lists["project"]
    settle(qtbot, lambda: page.model.total is not None)
    page.view.selectRow(0)
    form = page.form
    form.editors["start_date"].set(date(2026, 5, 1))
    form.editors["end_date"].set(date(2026, 4, 1))
    form.save()
    settle(qtbot)
    assert form.errors["end_date"].text() == "Cannot be before start."


def test_an_edit_is_saved_and_undone_and_redone(qtbot, app_window):
    ctx, window = app_window
    page = _partners(qtbot, window)
    page.view.selectRow(0)
    row_id = page.form.row_id
    old = ctx.services.partners.get(row_id).name
    page.form.editors["name"].widget.setFocus()
    page.form.editors["name"].widget.selectAll()
    qtbot.keyClicks(page.form.editors["name"].widget, "Renamed partner")
    qtbot.keyClick(page.form.editors["name"].widget, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert ctx.services.partners.get(row_id).name == "Renamed partner"
    window.undo_action.trigger()
    settle(qtbot)
    assert ctx.services.partners.get(row_id).name == old
    window.redo_action.trigger()
    settle(qtbot)
    assert ctx.services.partners.get(row_id).name == "Renamed partner"


def test_a_new_record_and_a_delete_are_undone(qtbot, app_window):
    ctx, window = app_window
    page = _partners(qtbot, window)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N, CTRL)
    name = QApplication.focusWidget()
    assert name is page.form.editors["name"].widget
    type_text(qtbot, "Новый партнёр")
    qtbot.keyClick(name, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    created = page.form.row_id
    assert ctx.services.partners.get(created).name == "Новый партнёр"
    window.undo_action.trigger()
    settle(qtbot)
    assert created not in {p.id for p in ctx.services.partners.list()}
    window.redo_action.trigger()
    settle(qtbot)
    page.form.load(created)
    qtbot.keyClick(page.form.editors["name"].widget, Qt.Key.Key_Delete, CTRL)
    settle(qtbot)
    assert created not in {p.id for p in ctx.services.partners.list()}
    window.undo_action.trigger()
    settle(qtbot)
    assert ctx.services.partners.get(created).name == "Новый партнёр"


def test_names_stay_hidden_in_the_participant_editor_until_shown(qtbot, app_window):
    ctx, window = app_window
    window.show_section("trainings")
    section = window.section("trainings")
    page = section.lists["participant"]
    section.tabs.setCurrentWidget(page)
    settle(qtbot, lambda: page.model.total is not None)
    page.view.selectRow(0)
    form = page.form
    assert form.editors["name"].get() == ""
    assert form.show_button.isVisibleTo(form)
    form.show_button.click()
    settle(qtbot)
    assert form.editors["name"].get() == ctx.services.participants.get(form.row_id).name
    form.editors["code"].set("EDITED-1")
    form.save()  # the revealed name is not rewritten unless changed
    settle(qtbot)
    assert ctx.services.participants.get(form.row_id).code == "EDITED-1"
    assert "name" not in form.changes()


def test_the_attendance_sheet_is_a_pdf_with_cyrillic_text(qtbot, app_window, tmp_path):
    ctx, window = app_window
    page = window.section("attendance")
    settle(qtbot, lambda: page.session_id is not None and page.model.rows)
    page.show_names()
    settle(qtbot)
    path = page.print_sheet(filled=True, path=str(tmp_path / "sheet.pdf"), names=True)
    settle(qtbot, lambda: (tmp_path / "sheet.pdf").exists())
    data = (tmp_path / "sheet.pdf").read_bytes()
    assert path and data.startswith(b"%PDF") and len(data) > 1000
    blank = page.print_sheet(filled=False, path=str(tmp_path / "blank.pdf"))
    settle(qtbot, lambda: (tmp_path / "blank.pdf").exists())
    assert blank and (tmp_path / "blank.pdf").stat().st_size > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "sheet.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert page.model.rows[0].code in text
        assert any(row.name.split()[0] in text for row in page.model.rows
                   if not row.name.isascii())


def test_an_indicator_value_is_entered_with_its_breakdown_and_moves_progress(qtbot, app_window):
    from datetime import date
    from decimal import Decimal

    from app.services.progress import indicator_progress

    ctx, window = app_window
    window.show_section("indicators")
    section = window.section("indicators")
    page = section.lists["indicator_value"]
    section.tabs.setCurrentWidget(page)
    settle(qtbot, lambda: page.model.total is not None)
    page.new_record()
    form = page.form
    indicator = form.editors["indicator_id"]
    indicator.widget.setFocus()
    qtbot.keyClick(indicator.widget.edit, Qt.Key.Key_F4)  # the list of indicators
    popup = indicator.widget.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    chosen = indicator.get()
    assert chosen == indicator.widget.model.rows[1].id
    form.editors["period_start"].set(date(2027, 1, 1))
    form.editors["period_end"].set(date(2027, 3, 31))
    form.editors["value"].widget.setText("1,234")  # a count: whole, the breakdown adds up
    form.editors["breakdown"].edits["gender:female"].setText("700")
    form.editors["breakdown"].edits["gender:male"].setText("534")
    form.save()
    settle(qtbot)
    assert not form.problems, [label.text() for label in form.errors.values()]
    saved = ctx.services.indicator_values.get(form.row_id)
    assert saved.indicator_id == chosen and saved.value == Decimal("1234")
    assert saved.breakdown == {"gender:female": 700, "gender:male": 534}
    latest = {p.indicator_id: p.latest for p in indicator_progress(ctx.db)}
    assert latest[chosen] == Decimal("1234")


def test_numbers_are_typed_the_local_way(qtbot, app_window):
    from app.ui.base.i18n import install_translation
    from app.ui.widgets.fields import parse_number

    install_translation("sv")
    assert parse_number("12\u00a0500,50") == "12500.50"
    install_translation("ru")
    assert parse_number("12 500,5") == "12500.5"
    install_translation("en")
    assert parse_number("12,500.5") == "12500.5"


@pytest.mark.parametrize("entity", ["partner", "project", "advocacy_event"])
def test_tab_walks_a_form_in_field_order(qtbot, app_window, entity):
    ctx, window = app_window
    key = {"partner": "partners", "project": "projects", "advocacy_event": "advocacy"}[entity]
    window.show_section(key)
    page = window.section(key).lists[entity]
    window.section(key).tabs.setCurrentWidget(page)
    settle(qtbot, lambda: page.model.total is not None)
    page.new_record()
    widgets = [editor.widget for editor in page.form.editors.values()]
    focused = QApplication.focusWidget()
    assert focused is widgets[0] or widgets[0].isAncestorOf(focused)
    visited = [widgets[0]]
    for _ in widgets[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        visited.append(next((w for w in widgets if w is focused or w.isAncestorOf(focused)),
                            focused))
    assert visited == widgets
    assert all(w.accessibleName() for w in widgets)


def test_a_missing_reference_is_reported_as_required(qtbot, app_window):
    ctx, window = app_window
    window.show_section("projects")
    section = window.section("projects")
    page = section.lists["goal"]
    section.tabs.setCurrentWidget(page)
    settle(qtbot, lambda: page.model.total is not None)
    page.new_record()
    page.form.editors["title"].widget.setText("A goal without a project")
    page.form.save()
    settle(qtbot)
    assert page.form.errors["project_id"].text() == "Required."


def test_a_list_opens_unsorted_and_reads_its_first_page_once(qtbot, app_window):
    ctx, window = app_window
    window.show_section("trainings")
    page = window.section("trainings").lists["attendance"]
    assert page.model.request.sort is None  # no full sort of a million rows to open it
    assert page.model._generation == 1
