"""Languages: load the translation of the chosen language, building it if needed.

The `.ts` sources live in `i18n/` at the top of the source tree and are kept
current with `pyside6-lupdate`. The compiled `.qm` files are not committed:
`pyside6-lrelease` builds them on first use (and again whenever a `.ts` is
newer) into the user's cache folder, which works the same for an editable
install and a checkout. Switching language replaces the installed translator;
Qt then sends every widget a LanguageChange event and each retranslates its
own labels, leaving typed input alone.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("en", "sv", "ru", "ky", "kk", "tg", "uz")
# the QLocale of each language: its dates, numbers and Qt's own words (Uzbek in Latin script)
LOCALES = {"en": "en_GB", "sv": "sv_SE", "ru": "ru_RU", "ky": "ky_KG", "kk": "kk_KZ",
           "tg": "tg_TJ", "uz": "uz_Latn_UZ"}
# Each language in its own words, as its speakers write it. A table rather than
# QLocale.nativeLanguageName(), which says "кыргызча", "қазақ тілі", "o‘zbek".
NATIVE_NAMES = {"en": "English", "sv": "Svenska", "ru": "Русский", "ky": "Кыргызча",
                "kk": "Қазақша", "tg": "Тоҷикӣ", "uz": "Oʻzbekcha"}
UI_DIR = Path(__file__).resolve().parents[1]  # app/ui, above this room
SOURCE_DIR = UI_DIR.parents[1] / "i18n"
BUILT_DIR = UI_DIR / "translations"  # made by setup.py's build step
_installed: list[QTranslator] = []


class Retranslating:
    """Mixin for a widget with `retranslate()`: re-runs it on every language change,
    so a switch in Settings applies at once without rebuilding (or losing input)."""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def language_name(code: str) -> str:
    """Each language in its own words: someone lost in a wrong language can find theirs."""
    return NATIVE_NAMES[code]


def available_languages() -> tuple[str, ...]:
    """The languages that can be shown: English, and each one whose translation is here.

    A language of `LANGUAGES` without its `.ts` (or built `.qm`) yet is left out of
    the picker rather than offered and then shown in English."""
    return tuple(code for code in LANGUAGES if code == "en" or any(
        path.exists() for path in (SOURCE_DIR / f"faltbok_{code}.ts",
                                   BUILT_DIR / f"faltbok_{code}.qm")))


def lrelease_command() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    if here.exists():
        return str(here)
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    return str(bundled) if bundled.exists() else None


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("Faltbok")) / "i18n"


def compile_ts(ts: Path, qm: Path) -> bool:
    command = lrelease_command()
    if command is None or not ts.exists():
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_suffix(f".{os.getpid()}.tmp")
    done = subprocess.run([command, "-silent", str(ts), "-qm", str(tmp)],
                          capture_output=True, check=False)
    if done.returncode != 0 or not tmp.exists():
        return False
    os.replace(tmp, qm)
    return True


def qm_file(language: str) -> Path | None:
    """The compiled translation of `language`, built now if missing or stale."""
    ts = SOURCE_DIR / f"faltbok_{language}.ts"
    for qm in (BUILT_DIR / f"faltbok_{language}.qm", SOURCE_DIR / f"faltbok_{language}.qm"):
        if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
            return qm
    if not ts.exists():
        return None
    # named by the source's content: two checkouts (or versions) of the app sharing
    # one cache folder never load each other's compiled words
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    qm = cache_dir() / f"faltbok_{language}-{digest}.qm"
    return qm if qm.exists() or compile_ts(ts, qm) else None


def install_translation(language: str, qm: Path | None = None) -> bool:
    """Make `language` the UI language now; True if a translation was loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(LOCALES.get(language, language))
    QLocale.setDefault(locale)
    # English is the source text, but its plurals ("1 change", "8 changes") come
    # from faltbok_en.ts like any language's; without it, the "change(s)" source shows
    path = qm or qm_file(language)
    if path is None:  # removing the translators told every widget
        return language == "en"
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    # Qt's own words (standard buttons, a text field's menu, file dialogs), installed
    # last so Qt asks it first: where Qt has no file for the language (Kyrgyz, Tajik,
    # Uzbek), the few of its words Fältbok shows come from our file (`qt_words.py`)
    qt_own = QTranslator(app)
    if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(
            QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return True
