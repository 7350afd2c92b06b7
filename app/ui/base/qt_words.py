"""Qt's own words that Fältbok shows, for the languages Qt does not translate.

Standard dialog buttons (OK, Cancel, Close…), a text field's right-click
menu (Undo, Copy, Paste…) and key names (Space) are Qt's strings, translated by Qt's `qtbase_*.qm`.
Qt ships those for Swedish, Russian and Kazakh, but not for Kyrgyz, Tajik or
Uzbek, where a facilitator would meet English buttons. Listing the strings
here, in Qt's own contexts, puts them in every `i18n/faltbok_*.ts` through
`make translations`, so each language's translator fills them like any other
message. `i18n.install_translation` installs Qt's own file after Fältbok's,
so where Qt has a translation it wins (Qt asks the last installed first)
and these stand in only where Qt has none.

Nothing reads `QT_WORDS`; it exists for `lupdate` and for the test that the
contexts are Qt's.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    # QDialogButtonBox / QMessageBox standard buttons
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    # the right-click menu of a one-line text field
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    # a key name in Help ▸ Keyboard shortcuts (QKeySequence.NativeText)
    QT_TRANSLATE_NOOP("QShortcut", "Space"),
    # ... and of a text box (notes, descriptions)
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)
QT_CONTEXTS = ("QPlatformTheme", "QLineEdit", "QWidgetTextControl", "QShortcut")
