"""Seven languages: each offered by its own name, none leaving English on screen,
dates and numbers in its own way, Qt's own buttons in it, its letters in the font.

The checks run over every language whose `.ts` is here, so Tajik and Uzbek are
covered as soon as their files arrive; the languages' list names all seven.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QKeySequence, QRawFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
)

from app.ui.base.i18n import (
    LANGUAGES,
    LOCALES,
    SOURCE_DIR,
    available_languages,
    install_translation,
    language_name,
)
from app.ui.base.qt_words import QT_CONTEXTS
from app.ui.shell.walk import walk
from tests.ui.conftest import settle

TRANSLATED = [code for code in available_languages() if code != "en"]
# the letters of Kazakh, Kyrgyz, Tajik and Uzbek beyond Russian's and English's
SPECIAL_LETTERS = "әғқңөұүһі" "ҳҷӣӯ" "ʻ"  # ʻ: Uzbek oʻ, gʻ (U+02BB)
# words in Latin letters a Cyrillic translation keeps: names, formats, key names
# (and acronyms in capitals: IATI, XLSX, CSV).
# Anything else in Latin letters on a Cyrillic screen is English left behind (data
# aside: the demo's records have English titles, and tooltips describe records).
LATIN_KEPT = {"Fältbok", "Centralasiengrupperna", "Ctrl", "Shift", "Alt", "Del", "Enter",
              "PDF", "PIN", "https", "hq", "example", "org", "http", "USB", "Excel", "Kobo",
              "KoboToolbox", "SQLCipher"}


def _translations(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> its translation(s) in `language`'s .ts."""
    found = {}
    for context in ET.parse(SOURCE_DIR / f"faltbok_{language}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")]
            found[(context.findtext("name"), message.findtext("source"))] = (
                forms or [translation.text or ""])
    return found


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _texts_on_screen(window) -> list[tuple[str, str]]:
    """(what, text) of each visible piece of interface text in the window now."""
    found = [("window title", window.windowTitle())]
    for action in window.menuBar().actions():
        found.append(("menu", action.text()))
        found += [("menu item", a.text()) for a in action.menu().actions()
                  if not a.isSeparator()]
    found += [("section", window.nav.item(n).text()) for n in range(window.nav.count())]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.property("fb_data") or isinstance(widget, QMenu):
            continue
        if widget.toolTip():
            found.append(("tooltip", widget.toolTip()))
        if isinstance(widget, QLabel):
            found.append(("label", widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append(("button", widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append(("group", widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QTabWidget):
            found += [("tab", widget.tabText(n)) for n in range(widget.count())]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            found += [("header", str(model.headerData(c, Qt.Orientation.Horizontal)))
                      for c in range(model.columnCount()) if not widget.isColumnHidden(c)]
    return [(what, _plain(text)) for what, text in found if text and _plain(text)]


def test_the_languages_are_the_seven_each_named_in_its_own_words():
    assert LANGUAGES == ("en", "sv", "ru", "ky", "kk", "tg", "uz")
    assert [language_name(code) for code in LANGUAGES] == [
        "English", "Svenska", "Русский", "Кыргызча", "Қазақша", "Тоҷикӣ", "Oʻzbekcha"]
    assert QLocale(LOCALES["uz"]).script() == QLocale.Script.LatinScript
    assert QLocale(LOCALES["kk"]).script() == QLocale.Script.CyrillicScript


def test_the_picker_offers_each_language_that_is_here_by_its_own_name(qtbot, app_window):
    ctx, window = app_window
    picker = window.section("settings").language
    offered = [(picker.itemData(n), picker.itemText(n)) for n in range(picker.count())]
    assert offered == [(code, language_name(code)) for code in available_languages()]
    assert {"en", "sv", "ru", "ky", "kk"} <= {code for code, _name in offered}
    files = {path.stem.removeprefix("faltbok_") for path in SOURCE_DIR.glob("faltbok_*.ts")}
    assert files <= {code for code, _name in offered}  # every translation here is offered


@pytest.mark.parametrize("language", TRANSLATED)
def test_choosing_a_language_in_the_picker_shows_it_everywhere_with_no_english_left(
        qtbot, app_window, language):
    ctx, window = app_window
    picker = window.section("settings").language
    picker.setCurrentIndex(picker.findData(language))
    settle(qtbot)
    assert ctx.settings.value("language") == language
    table = _translations(language)
    english = {_plain(source) for (context, source), forms in table.items()
               if any(_plain(form) != _plain(source) for form in forms)}
    cyrillic = QLocale(LOCALES[language]).script() == QLocale.Script.CyrillicScript
    seen, left = 0, set()
    for page in walk(window, lambda: settle(qtbot)):
        for what, text in _texts_on_screen(window):
            seen += 1
            if text in english:
                left.add((page, what, text))
            if what == "tooltip":  # a picker's tooltip describes its record: data
                continue
            words = re.sub(r"«[^»]*»", "", text)  # a record's name quoted in a sentence
            latin = {word for word in re.findall(r"[A-Za-zÄÖÅäöå]{2,}", words)
                     if not word.isupper()} - LATIN_KEPT  # acronyms (IATI, XLSX) stay
            if cyrillic and latin:
                left.add((page, what, text))
    assert left == set(), "\n".join(map(str, sorted(left)))
    assert seen > 500
    picker.setCurrentIndex(picker.findData("en"))
    settle(qtbot)
    assert window.nav.item(0).text() == "Projects"


@pytest.mark.parametrize("language", available_languages())
def test_no_two_entries_of_one_menu_share_an_access_key(qtbot, app_window, language):
    ctx, window = app_window
    assert install_translation(language)
    settle(qtbot)
    menus = [("menu bar", window.menuBar().actions())]
    menus += [(a.text(), a.menu().actions()) for a in window.menuBar().actions()]
    for name, actions in menus:
        keys = [m.group(1).lower() for a in actions
                for m in [re.search(r"&([^&])", a.text().replace("&&", ""))] if m]
        assert len(keys) == len(set(keys)), (language, name, [a.text() for a in actions])
    assert len(menus) == 5


def _access_key_clashes(window) -> int:
    """How many access keys two visible buttons or labelled fields share on the page."""
    keys = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or (isinstance(widget, QLabel) and widget.buddy() is None):
            continue
        text = (widget.text() if isinstance(widget, (QAbstractButton, QLabel))
                else widget.title() if isinstance(widget, QGroupBox) else "")
        found = re.search(r"&([^&])", text.replace("&&", ""))
        keys += [found.group(1).lower()] if found else []
    return len(keys) - len(set(keys))


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_page_has_more_access_key_clashes_than_in_english(qtbot, app_window, language):
    """Alt+letter must reach one field: a translation adds no clash English does not have
    (English's own, such as Quick &wipe and &wrong passphrases, are the source's to fix)."""
    ctx, window = app_window
    clashes = {}
    for code in ("en", language):
        assert install_translation(code)
        settle(qtbot)
        clashes[code] = {page: _access_key_clashes(window)
                         for page in walk(window, lambda: settle(qtbot))}
    more = {page: n for page, n in clashes[language].items() if n > clashes["en"][page]}
    assert more == {}
    assert len(clashes["en"]) >= 24 and sum(clashes["en"].values()) > 0  # the count counts


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_lock_and_first_run_screens_add_no_access_key_clash(qtbot, tmp_path, language):
    from app.ui.shell.screenshots import protection_screens

    screens = protection_screens(tmp_path)  # the unlock screen and the first-run offer
    try:
        for name, widget in screens.items():
            qtbot.waitExposed(widget)
            counts = []
            for code in ("en", language):
                install_translation(code)
                QApplication.processEvents()
                counts.append(_access_key_clashes(widget))
            assert counts[1] <= counts[0], (name, language)
    finally:
        install_translation("en")
        for widget in screens.values():
            widget.close()


# Each language's short date, with its own order and separator and a four-digit
# year (Kyrgyz writes d/M/yy, Kazakh dd.MM.yy: the year is widened), and its number.
DATES = {"en": "09/03/2026", "sv": "2026-03-09", "ru": "09.03.2026", "ky": "9/3/2026",
         "kk": "09.03.2026", "tg": "09/03/2026", "uz": "09/03/2026"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_dates_and_numbers_are_written_the_way_of_each_language(qapp, language):
    from app.ui.base import words
    from app.ui.widgets.date_field import format_typed, read_typed

    install_translation(language)
    try:
        assert QLocale().name() == QLocale(LOCALES[language]).name()
        assert words.format_date(date(2026, 3, 9)) == DATES[language]
        assert format_typed(date(2026, 3, 9)) == DATES[language]
        assert read_typed(DATES[language]) == date(2026, 3, 9)  # what is shown reads back
        assert read_typed("9.3.26") == date(2026, 3, 9)  # typed day first, short year
        number = words.format_number(Decimal("12500.5"))
        group, point = QLocale().groupSeparator(), QLocale().decimalPoint()
        assert number == f"12{group}500{point}5"
        assert point == ("." if language == "en" else ",")
    finally:
        install_translation("en")


@pytest.mark.parametrize("language", TRANSLATED)
def test_qts_own_buttons_and_key_names_are_in_the_language(qapp, language):
    """Cancel/Close and Space come from Qt's own file where Qt has one (sv, ru, kk),
    from ours otherwise."""
    install_translation(language)
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Close)
        space = QKeySequence(Qt.Key.Key_Space).toString(QKeySequence.SequenceFormat.NativeText)
        assert space != "Space"  # a key name in Help ▸ Keyboard shortcuts
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        close = box.button(QDialogButtonBox.StandardButton.Close).text()
        table = _translations(language)
        assert cancel not in ("Cancel", "&Cancel") and close not in ("Close", "&Close")
        assert cancel == QCoreApplication.translate("QPlatformTheme", "Cancel")
        if language == "ky":  # Qt has no Kyrgyz: ours
            assert (cancel, close) == (table[("QPlatformTheme", "Cancel")][0],
                                       table[("QPlatformTheme", "Close")][0])
        box.deleteLater()
    finally:
        install_translation("en")


def test_the_qt_words_are_written_as_qt_writes_them(qapp):
    """Our stand-ins only work if context and source match Qt's exactly: Qt's own
    Russian file knows every one of them."""
    qt_russian = QTranslator()
    assert qt_russian.load(QLocale("ru_RU"), "qtbase", "_",
                           QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ours = [key for key in _translations("ru") if key[0] in QT_CONTEXTS]
    assert len(ours) >= 20
    assert [key for key in ours if not qt_russian.translate(*key)] == []
    assert qt_russian.translate("QPlatformTheme", "Not a word of Qt's") == ""


def _font_lacks(font, letters: str) -> list[str]:
    raw = QRawFont.fromFont(font)
    assert raw.isValid()
    return [c for c in letters if not raw.supportsCharacter(ord(c))]


def test_the_ui_font_has_every_letter_of_the_central_asian_languages(qapp):
    """The app does not pin a UI font: it takes the system's (DejaVu Sans where the tests
    run, from fonts-dejavu-core); the attendance sheet pins DejaVu Sans. Each font file
    itself must hold the letters, not a fallback found by chance."""
    from PySide6.QtGui import QFont

    letters = SPECIAL_LETTERS + SPECIAL_LETTERS.upper()
    assert _font_lacks(QApplication.font(), letters) == []
    assert _font_lacks(QFont("DejaVu Sans"), letters) == []
    assert _font_lacks(QApplication.font(), "中") == ["中"]  # the check can fail


def test_the_ui_font_has_every_letter_of_every_translation(qapp):
    letters = set()
    for path in SOURCE_DIR.glob("faltbok_*.ts"):
        for translation in ET.parse(path).getroot().iter("translation"):
            text = "".join(translation.itertext())
            letters |= {c for c in text if c.isalpha() or c in "ʻʼ"}
    assert set("әқңөү") <= letters  # the Kazakh and Kyrgyz files are read
    assert _font_lacks(QApplication.font(), "".join(sorted(letters))) == []
