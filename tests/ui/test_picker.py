"""Pickers tell look-alike records apart and search inside them, with real key presses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.base.i18n import install_translation
from tests.ui.conftest import settle, type_text

TITLE = "Theory of change workshop"
CTRL = Qt.KeyboardModifier.ControlModifier


def _three_trainings(ctx) -> dict[str, str]:
    project = ctx.services.projects.list(limit=1)[0].id
    return {place: ctx.services.trainings.create(
        project_id=project, title=TITLE, place=place, start_date=date(2031, 3, day),
        end_date=date(2031, 3, day + 4)).id
        for place, day in (("Naryn", 2), ("Kök-Jar", 9), ("Karakol", 16))}


def _session_form(qtbot, window):
    window.show_section("trainings")
    section = window.section("trainings")
    page = section.lists["training_session"]
    section.tabs.setCurrentWidget(page)
    settle(qtbot, lambda: page.model.total is not None)
    page.new_record()
    picker = page.form.editors["training_id"].widget
    assert picker.isAncestorOf(QApplication.focusWidget())
    return page.form, picker


def _shown(qtbot, picker) -> list[str]:
    popup = picker.completer.popup()
    settle(qtbot, popup.isVisible)
    return [picker.model.data(picker.model.index(n)) for n in range(picker.model.rowCount())]


def test_three_trainings_with_one_title_show_three_labels_and_a_place_picks_one(
        qtbot, app_window):
    ctx, window = app_window
    trainings = _three_trainings(ctx)
    form, picker = _session_form(qtbot, window)
    qtbot.keyClicks(picker.edit, "theory of CHANGE")
    shown = _shown(qtbot, picker)
    assert len(shown) >= 3 and len(set(shown)) == len(shown)  # the demo's look-alikes too
    assert all(text.startswith(TITLE) for text in shown)
    assert any("Naryn" in text and "02/03/2031" in text and "06/03/2031" in text
               for text in shown)
    picker.edit.selectAll()
    qtbot.keyClicks(picker.edit, "kok-jar")  # no diacritics, any case
    qtbot.waitUntil(lambda: picker.searched == "kok-jar")
    assert len(_shown(qtbot, picker)) == 1
    qtbot.keyClick(picker.completer.popup(), Qt.Key.Key_Return)
    assert form.editors["training_id"].get() == trainings["Kök-Jar"]
    assert "Kök-Jar" in picker.edit.text() and TITLE in picker.edit.text()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "9.3.2031")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    settle(qtbot)
    saved = ctx.services.sessions.get(form.row_id)
    assert (saved.training_id, saved.held_on) == (trainings["Kök-Jar"], date(2031, 3, 9))


def test_enter_takes_the_first_match_even_before_it_arrived(qtbot, app_window):
    ctx, window = app_window
    trainings = _three_trainings(ctx)
    form, picker = _session_form(qtbot, window)
    qtbot.keyClicks(picker.edit, "karakol theory")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    settle(qtbot, lambda: form.editors["training_id"].get() is not None)
    assert form.editors["training_id"].get() == trainings["Karakol"]


def test_a_typed_date_finds_the_training_of_that_day(qtbot, app_window):
    ctx, window = app_window
    trainings = _three_trainings(ctx)
    form, picker = _session_form(qtbot, window)
    qtbot.keyClicks(picker.edit, "16/03/2031")
    qtbot.waitUntil(lambda: picker.searched == "16/03/2031")
    assert len(_shown(qtbot, picker)) == 1
    qtbot.keyClick(picker.completer.popup(), Qt.Key.Key_Return)
    assert form.editors["training_id"].get() == trainings["Karakol"]


def test_the_list_key_shows_every_choice_and_scrolling_reads_more(qtbot, app_window):
    ctx, window = app_window
    form, picker = _session_form(qtbot, window)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, picker.completer.popup().isVisible)
    total = ctx.services.trainings.count()
    first = picker.model.rowCount()
    assert first == min(total, 50)
    if total > first:
        picker.completer.popup().scrollToBottom()
        settle(qtbot, lambda: picker.model.rowCount() > first)
    qtbot.keyClick(picker.completer.popup(), Qt.Key.Key_Escape)
    assert form.editors["training_id"].get() is None


def test_esc_puts_the_chosen_record_back_and_clearing_empties_an_optional_one(
        qtbot, app_window):
    ctx, window = app_window
    window.show_section("trainings")
    section = window.section("trainings")
    page = section.lists["participant"]
    section.tabs.setCurrentWidget(page)
    settle(qtbot, lambda: page.model.total is not None)
    partner = ctx.services.partners.list(limit=1)[0]
    row = ctx.services.participants.list(limit=1)[0]
    ctx.services.participants.update(row.id, partner_id=partner.id)
    page.form.load(row.id)
    picker = page.form.editors["partner_id"].widget
    assert partner.name in picker.edit.text()
    picker.setFocus()
    picker.edit.selectAll()
    type_text(qtbot, "Ош")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Escape)
    assert partner.name in picker.edit.text() and picker.value == partner.id
    picker.edit.selectAll()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert page.form.editors["partner_id"].get() is None
    page.form.save()
    settle(qtbot)
    assert ctx.services.participants.get(row.id).partner_id is None


def test_labels_follow_the_language(qtbot, app_window):
    ctx, window = app_window
    trainings = _three_trainings(ctx)
    form, picker = _session_form(qtbot, window)
    form.editors["training_id"].set(trainings["Naryn"])
    assert "02/03/2031\u201306/03/2031" in picker.edit.text()
    install_translation("ru")
    settle(qtbot)
    assert "02.03.2031\u201306.03.2031" in picker.edit.text()


def test_only_whole_dates_are_searched_as_dates(qtbot):
    from app.ui.widgets.picker import search_words

    install_translation("ru")
    try:
        assert search_words("тренинг 16.03.2026") == "тренинг 2026-03-16"
        assert search_words("010203 ALA-028801 2026 31.02.2026") == (
            "010203 ALA-028801 2026 31.02.2026")
    finally:
        install_translation("en")


def test_twins_alike_in_every_part_are_told_apart_by_their_id(qtbot, app_window):
    ctx, window = app_window
    project = ctx.services.projects.list(limit=1)[0].id
    twins = {ctx.services.trainings.create(project_id=project, title="Twin workshop",
                                           place="Naryn").id for _ in range(2)}
    form, picker = _session_form(qtbot, window)
    qtbot.keyClicks(picker.edit, "twin naryn")
    shown = _shown(qtbot, picker)
    assert len(shown) == 2 and len(set(shown)) == 2
    assert {text.rsplit("#", 1)[1] for text in shown} == {t[-6:] for t in twins}
