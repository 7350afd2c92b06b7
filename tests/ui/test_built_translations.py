"""The install step compiles the translations into the package (setup.py's build hook)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from app.ui.base.i18n import BUILT_DIR


@pytest.mark.parametrize("language, word", [("sv", "Närvaro"), ("ru", "Посещаемость"),
                                            ("ky", "Катышуу"), ("kk", "Қатысу")])
def test_the_installed_package_carries_compiled_translations(qapp, language, word):
    qm = BUILT_DIR / f"faltbok_{language}.qm"
    assert qm.is_file(), "pip install should have run pyside6-lrelease (setup.py)"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert word in {translator.translate(context, "Attendance")
                    for context in ("MainWindow",)}
