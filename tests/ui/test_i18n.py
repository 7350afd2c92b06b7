"""Languages: the .ts files are complete and current, every visible text is
translated (checked in a pseudo-locale), and switching language keeps input."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from app.ui.base.i18n import (
    LANGUAGES,
    SOURCE_DIR,
    compile_ts,
    install_translation,
    lrelease_command,
)
from app.ui.records.pages import SectionWidget
from app.ui.shell.main_window import SECTIONS
from tests.ui.conftest import settle

UI_DIR = Path(__file__).resolve().parents[2] / "app" / "ui"
TS_FILES = sorted(SOURCE_DIR.glob("faltbok_*.ts"))
OPEN, CLOSE = "⟦", "⟧"


def _lupdate() -> str | None:
    command = lrelease_command()
    if command is None:
        return None
    candidate = Path(command).with_name(Path(command).name.replace("lrelease", "lupdate"))
    return str(candidate) if candidate.exists() else shutil.which("pyside6-lupdate")


def _messages(path: Path):
    for message in ET.parse(path).getroot().iter("message"):
        yield message.find("source").text, message.find("translation"), message


def test_every_language_but_english_has_a_ts_file():
    have = {p.stem.removeprefix("faltbok_") for p in TS_FILES}
    assert have >= set(LANGUAGES) - {"en"}
    assert have <= set(LANGUAGES), "a .ts file for a language the app does not list"


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_no_ts_file_has_unfinished_entries(path):
    unfinished = []
    for source, translation, message in _messages(path):
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = ([f.text for f in translation.findall("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text])
        if translation.get("type") == "unfinished" or not all(forms):
            unfinished.append(source)
    assert unfinished == []


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_ts_files_hold_every_string_of_the_sources(path, tmp_path):
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))  # every room of app/ui
    subprocess.run([_lupdate(), *sources, "-ts", str(copy),
                    "-locations", "none", "-silent"], check=True, capture_output=True)
    fresh = {s for s, t, _m in _messages(copy) if t.get("type") not in ("vanished", "obsolete")}
    assert fresh, "lupdate found no strings: the test does not see the sources"
    if path.stem == "faltbok_en":  # English holds only the plural forms of its source text
        fresh = {s for s in fresh if "%n" in s or "%Ln" in s}
    stored = {s for s, t, _m in _messages(path) if t.get("type") not in ("vanished", "obsolete")}
    assert fresh - stored == set(), "run make translations and translate the new strings"


def _pseudo_qm(tmp_path) -> Path:
    tree = ET.parse(SOURCE_DIR / "faltbok_sv.ts")
    tree.getroot().set("language", "en_GB")
    for source, translation, message in _messages_of(tree):
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = OPEN + source + CLOSE
        else:
            translation.text = OPEN + source + CLOSE
    ts = tmp_path / "faltbok_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "faltbok_pseudo.qm"
    assert compile_ts(ts, qm)
    return qm


def _messages_of(tree):
    for message in tree.getroot().iter("message"):
        yield message.find("source").text, message.find("translation"), message


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(what, text) of every visible piece of interface text under `root`."""
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.property("fb_data"):
            continue
        if isinstance(widget, QLabel) and widget.text():
            found.append((f"label {widget.objectName()}", widget.text()))
        elif isinstance(widget, QAbstractButton) and widget.text():
            found.append(("button", widget.text()))
        elif isinstance(widget, QGroupBox) and widget.title():
            found.append(("group", widget.title()))
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            found.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QTabWidget):
            found += [("tab", widget.tabText(n)) for n in range(widget.count())]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            found += [("header", str(model.headerData(c, Qt.Orientation.Horizontal)))
                      for c in range(model.columnCount()) if not widget.isColumnHidden(c)]
    return found


def test_every_visible_text_on_every_screen_went_through_translation(qtbot, app_window,
                                                                      tmp_path):
    ctx, window = app_window
    assert install_translation("en", qm=_pseudo_qm(tmp_path))
    settle(qtbot)
    texts = [("window title", window.windowTitle())]
    texts += [("menu", action.text()) for action in window.menuBar().actions()]
    for menu in (window.file_menu, window.edit_menu, window.go_menu, window.help_menu):
        texts += [("menu item", action.text()) for action in menu.actions()
                  if not action.isSeparator()]
    texts += [("section", window.nav.item(n).text()) for n in range(window.nav.count())]
    texts += visible_texts(window.statusBar())
    for key in SECTIONS:
        window.show_section(key)
        page = window.section(key)
        settle(qtbot)
        tabs = page.tabs if isinstance(page, SectionWidget) else getattr(page, "tabs", None)
        for n in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(n)
                settle(qtbot)
            texts += [(f"{key}: {what}", text) for what, text in visible_texts(page)]
        if key == "attendance":
            page.walk_in.open_form()
            texts += [(f"{key}: {what}", text) for what, text in visible_texts(page.walk_in)]
    from app.ui.protection.users import UserDialog

    dialog = UserDialog(ctx, window)
    dialog.show()
    texts += [("first-start dialog", dialog.windowTitle())]
    texts += [(f"first-start dialog: {what}", text) for what, text in visible_texts(dialog)]
    dialog.close()
    untranslated = sorted({(what, text) for what, text in texts if OPEN not in text})
    assert untranslated == [], "\n".join(map(str, untranslated))
    assert len(texts) > 200


def test_switching_language_relabels_at_once_and_keeps_typed_input(qtbot, app_window):
    ctx, window = app_window
    window.show_section("partners")
    page = window.section("partners").lists["partner"]
    settle(qtbot, lambda: page.model.total is not None)
    page.new_record()
    page.form.editors["name"].widget.setText("Half-typed partner")
    page.search.setText("Ош")
    settings = window.section("settings")
    settings.language.setCurrentIndex(settings.language.findData("sv"))
    settle(qtbot)
    assert window.nav.item(0).text() == "Projekt"
    assert page.form.labels["name"].text() == "Namn"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Namn"
    assert page.form.editors["name"].widget.text() == "Half-typed partner"
    assert page.search.text() == "Ош"
    assert ctx.settings.value("language") == "sv"
    settings.language.setCurrentIndex(settings.language.findData("ru"))
    settle(qtbot)
    assert window.nav.item(0).text() == "Проекты"
    assert page.form.editors["name"].widget.text() == "Half-typed partner"
    settings.language.setCurrentIndex(settings.language.findData("en"))
    settle(qtbot)
    assert window.nav.item(0).text() == "Projects"


def test_dates_and_numbers_follow_the_language(qtbot, app_window):
    from datetime import date
    from decimal import Decimal

    from app.ui.base import words

    install_translation("sv")
    assert words.format_date(date(2026, 3, 9)) == "2026-03-09"
    assert words.format_number(Decimal("12500.5")) == "12\u00a0500,5"
    install_translation("ru")
    assert words.format_date(date(2026, 3, 9)) == "09.03.2026"
