"""Words: real plurals in every language (English too), a status line that never
keeps an old sentence, the Russian name of the trainings section, the current
user in the status bar."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from app.ui.base.i18n import SOURCE_DIR, available_languages, install_translation
from app.ui.shell.main_window import SECTIONS
from tests.ui.conftest import press, settle, use_role

CTRL = Qt.KeyboardModifier.ControlModifier
ROOT = Path(__file__).resolve().parents[2]


def _plural_messages() -> list[tuple[str, str]]:
    """(context, source) of every plural message, from the English plural file."""
    root = ET.parse(SOURCE_DIR / "faltbok_en.ts").getroot()
    return [(context.findtext("name"), message.findtext("source"))
            for context in root.iter("context") for message in context.iter("message")]


def test_english_counts_say_1_change_and_8_changes(qtbot, app_window):
    ctx, window = app_window
    settle(qtbot, lambda: window.status.pending is not None)
    window.status._figures((1, None))
    assert window.status.changes.text() == "1 change not yet acknowledged"
    window.status._figures((8, None))
    assert window.status.changes.text() == "8 changes not yet acknowledged"


@pytest.mark.parametrize("language", available_languages())
def test_no_count_in_any_language_reads_s_in_parentheses(qapp, language):
    messages = _plural_messages()
    assert len(messages) > 20
    assert install_translation(language)
    try:
        said = [QCoreApplication.translate(context, source, "", n)
                for context, source in messages for n in (1, 2, 5, 21)]
    finally:
        install_translation("en")
    assert [text for text in said if "(s)" in text] == []
    if language == "en":
        assert "Synced 1 minute ago" in said and "Synced 5 minutes ago" in said


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None
                    and not Path(sys.executable).with_name("pyside6-lupdate").exists(),
                    reason="pyside6-lupdate is not installed")
def test_make_translations_keeps_every_plural_form(tmp_path):
    for ts in SOURCE_DIR.glob("faltbok_*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).with_name("pyside6-lupdate"))
    subprocess.run([sys.executable, str(SOURCE_DIR / "update.py"), "--lupdate", lupdate,
                    "--ts-dir", str(tmp_path), *sources], check=True, capture_output=True)
    for ts in SOURCE_DIR.glob("faltbok_*.ts"):
        before = ts.read_text(encoding="utf-8")
        after = (tmp_path / ts.name).read_text(encoding="utf-8")
        assert after.count("<numerusform>") == before.count("<numerusform>") > 20, ts.name
        assert after == before, f"{ts.name}: run make translations"


def test_russian_calls_the_trainings_section_trainings_and_events(qtbot, app_window):
    ctx, window = app_window
    install_translation("ru")
    settle(qtbot)
    assert window.nav.item(SECTIONS.index("trainings")).text() == "Тренинги и мероприятия"


def _delete_a_partner(qtbot, window):
    window.activateWindow()  # offscreen, a language switch can leave no window active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_section("partners")
    page = window.section("partners").lists["partner"]
    settle(qtbot, lambda: page.model.total is not None)
    page.view.setFocus()
    page.view.selectRow(0)
    press(qtbot, Qt.Key.Key_Delete, CTRL)
    settle(qtbot)


def test_the_status_line_forgets_a_sentence_in_another_language_or_about_earlier(
        qtbot, app_window):
    ctx, window = app_window
    _delete_a_partner(qtbot, window)
    assert window.status.currentMessage() == "Deleted. Undo with Ctrl+Z."
    settings = window.section("settings")
    settings.language.setCurrentIndex(settings.language.findData("sv"))
    settle(qtbot)
    assert window.status.currentMessage() == ""  # not the English sentence in Swedish
    _delete_a_partner(qtbot, window)
    assert window.status.currentMessage().startswith("Borttaget")
    window.undo_action.trigger()  # the next action: the delete's sentence is history
    settle(qtbot)
    assert window.status.currentMessage() == ""
    _delete_a_partner(qtbot, window)
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert window.status.currentMessage() == ""


def test_the_status_bar_names_the_current_user_and_follows_a_switch(qtbot, app_window):
    ctx, window = app_window
    assert window.status.user.text() == f"{ctx.user.name} (Coordinator)"
    use_role(ctx, "intern")
    assert window.status.user.text() == f"{ctx.user.name} (Intern)"
    install_translation("sv")
    settle(qtbot)
    assert window.status.user.text() == f"{ctx.user.name} (Praktikant)"


def test_the_attendance_feedback_forgets_a_sentence_in_another_language(qtbot, app_window):
    ctx, window = app_window
    page = window.section("attendance")
    settle(qtbot, lambda: page.session_id is not None and page.model.rows)
    page.entry.setFocus()
    code = next(row.code for row in page.model.rows if not row.present)
    qtbot.keyClicks(page.entry, code)
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    settle(qtbot)
    assert page.feedback.text() == f"{code} is present."
    install_translation("ru")
    settle(qtbot)
    assert page.feedback.text() == ""
