"""Layout at 1024×700, a netbook: every page and tab in every language, no clipped text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QWidget

from app.ui.base.i18n import available_languages, install_translation
from app.ui.shell.main_window import SECTIONS
from app.ui.shell.walk import clipped_texts, walk
from tests.ui.conftest import settle

SIZE = (1024, 700)


@pytest.mark.parametrize("language", available_languages())
def test_every_page_fits_1024_by_700_without_clipped_text(qtbot, app_window, language):
    ctx, window = app_window
    window.resize(*SIZE)
    assert install_translation(language)
    settle(qtbot)
    seen, clipped = [], []
    for page in walk(window, lambda: settle(qtbot)):
        seen.append(page)
        assert (window.width(), window.height()) == SIZE, f"{page} makes the window wider"
        clipped += [(page, *problem) for problem in clipped_texts(window)]
    assert clipped == [], "\n".join(map(str, clipped))
    assert {page.split("-")[0] for page in seen} == set(SECTIONS)
    assert len(seen) >= 24  # every tab of every section, and the walk-in form


def test_the_section_list_is_as_wide_as_its_longest_name(qtbot, app_window):
    ctx, window = app_window
    for language in available_languages():
        install_translation(language)
        settle(qtbot)
        room = window.nav.viewport().width()
        assert all(window.nav.fontMetrics().horizontalAdvance(window.nav.item(n).text()) < room
                   for n in range(window.nav.count())), language


def test_the_check_finds_what_is_cut_and_leaves_what_elides_on_purpose(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    row = QHBoxLayout(root)
    button = QPushButton("A button with far too many words for its width")
    button.setFixedWidth(60)
    label = QLabel("A label with far too many words")
    label.setFixedWidth(50)
    search = QLineEdit()
    search.setPlaceholderText("Search the whole of the very long list (Ctrl+F)")
    search.setFixedWidth(80)
    elided = QLabel("A long name that ends in an ellipsis on purpose")
    elided.setFixedWidth(40)
    elided.setProperty("fb_elide", True)
    tabs = QTabWidget()
    tabs.setFixedWidth(120)
    tabs.tabBar().setUsesScrollButtons(True)
    for n in range(4):
        tabs.addTab(QWidget(), f"A long tab title {n}")
    for widget in (button, label, search, elided, tabs):
        row.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    found = {(kind, text) for kind, text, _why in clipped_texts(root)}
    assert ("button", button.text()) in found
    assert ("label", label.text()) in found
    assert ("placeholder", search.placeholderText()) in found
    assert ("tab", "A long tab title 3") in found
    assert not any(text == elided.text() for _kind, text in found)
