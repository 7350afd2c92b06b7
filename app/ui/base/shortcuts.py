"""Every keyboard shortcut of the app, in one table, and the helper that binds them.

`SHORTCUTS` is the one place a key is given a meaning: the window's actions
take their keys from it (`keys("go.sections")`), the parts of a window bind
theirs with `local_shortcut(widget, name, slot)`, and Help ▸ Keyboard
shortcuts is generated from it, so the list cannot drift from what the keys
do. A test walks the built window and fails on a shortcut missing here.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate
Keys = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class Shortcut:
    area: str  # a key of AREA_TEXTS: where the keys work
    keys: tuple[Keys, ...]  # the first is the one menus and tooltips show
    text: str  # the English words, marked for lupdate

    def what(self) -> str:
        """What the keys do, in the language chosen now."""
        return translate("Shortcuts", self.text)


AREA_TEXTS: dict[str, str] = {
    "window": QT_TRANSLATE_NOOP("Shortcuts", "Anywhere in the window"),
    "list": QT_TRANSLATE_NOOP("Shortcuts", "Lists"),
    "form": QT_TRANSLATE_NOOP("Shortcuts", "Editors"),
    "attendance": QT_TRANSLATE_NOOP("Shortcuts", "Attendance"),
    "walk_in": QT_TRANSLATE_NOOP("Shortcuts", "Walk-in form"),
    "conflicts": QT_TRANSLATE_NOOP("Shortcuts", "Sync ▸ Conflicts"),
    "reports": QT_TRANSLATE_NOOP("Shortcuts", "Reports"),
}


def area_title(area: str) -> str:
    return translate("Shortcuts", AREA_TEXTS[area])


SECTION_KEYS = tuple(f"Ctrl+{n}" for n in range(1, 10))

SHORTCUTS: dict[str, Shortcut] = {
    "go.sections": Shortcut("window", SECTION_KEYS,
                QT_TRANSLATE_NOOP("Shortcuts", "Go to section 1 … 9")),
    "go.devices": Shortcut("window", ("Ctrl+0",),
                QT_TRANSLATE_NOOP("Shortcuts", "Go to Devices (headquarters only)")),
    "go.next_tab": Shortcut("window", ("Ctrl+Tab", "Ctrl+PgDown"),
                QT_TRANSLATE_NOOP("Shortcuts", "Next tab of the section")),
    "go.previous_tab": Shortcut("window", ("Ctrl+Shift+Tab", "Ctrl+PgUp"),
                QT_TRANSLATE_NOOP("Shortcuts", "Previous tab of the section")),
    "file.export": Shortcut("window", ("Ctrl+E",),
                QT_TRANSLATE_NOOP("Shortcuts", "Export sync package")),
    "file.import": Shortcut("window", ("Ctrl+I",),
                QT_TRANSLATE_NOOP("Shortcuts", "Import a file from headquarters")),
    "file.sync_now": Shortcut("window", ("F5",),
                QT_TRANSLATE_NOOP("Shortcuts", "Sync with headquarters now")),
    "file.lock": Shortcut("window", ("Ctrl+Shift+L",), QT_TRANSLATE_NOOP("Shortcuts", "Lock")),
    "file.quit": Shortcut("window", (QKeySequence.StandardKey.Quit,),
                QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    "sync.overridden": Shortcut("window", ("Ctrl+Shift+R",),
                QT_TRANSLATE_NOOP("Shortcuts", "Review your edits that were overridden")),
    "edit.undo": Shortcut("window", (QKeySequence.StandardKey.Undo,),
                QT_TRANSLATE_NOOP("Shortcuts", "Undo")),
    "edit.redo": Shortcut("window", ("Ctrl+Shift+Z", "Ctrl+Y"),
                QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
    "help.shortcuts": Shortcut("window", ("F1",),
                QT_TRANSLATE_NOOP("Shortcuts", "This list of keyboard shortcuts")),
    "list.search": Shortcut("list", (QKeySequence.StandardKey.Find,),
                QT_TRANSLATE_NOOP("Shortcuts", "Search the list")),
    "list.new": Shortcut("list", (QKeySequence.StandardKey.New,),
                QT_TRANSLATE_NOOP("Shortcuts", "New record")),
    "list.delete": Shortcut("list", ("Ctrl+Del",),
                QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected record")),
    "form.save": Shortcut("form", (QKeySequence.StandardKey.Save,),
                QT_TRANSLATE_NOOP("Shortcuts", "Save the form")),
    "form.reveal": Shortcut("form", ("Ctrl+Shift+N",),
        QT_TRANSLATE_NOOP("Shortcuts", "Show the hidden personal fields (roles allowed only)")),
    "attendance.mark": Shortcut("attendance", ("Return",),
        QT_TRANSLATE_NOOP("Shortcuts", "Mark the participant whose code was typed present")),
    "attendance.toggle": Shortcut("attendance", ("Space",),
                QT_TRANSLATE_NOOP("Shortcuts", "In the roster: toggle present")),
    "attendance.walk_in": Shortcut("attendance", ("Ctrl+N",),
                QT_TRANSLATE_NOOP("Shortcuts", "Add a walk-in")),
    "attendance.names": Shortcut("attendance", ("Ctrl+Shift+N",),
                QT_TRANSLATE_NOOP("Shortcuts", "Show names (roles allowed only)")),
    "attendance.complete": Shortcut("attendance", ("Ctrl+Shift+C",),
                QT_TRANSLATE_NOOP("Shortcuts", "Mark the session complete")),
    "attendance.print": Shortcut("attendance", ("Ctrl+P",),
                QT_TRANSLATE_NOOP("Shortcuts", "Save the filled sheet as PDF")),
    "attendance.print_blank": Shortcut("attendance", ("Ctrl+Shift+P",),
                QT_TRANSLATE_NOOP("Shortcuts", "Save a blank sheet as PDF")),
    "attendance.import": Shortcut("attendance", ("Ctrl+Shift+I",),
                QT_TRANSLATE_NOOP("Shortcuts", "Import a participant list onto the roster")),
    "attendance.code_box": Shortcut("attendance", ("Ctrl+L",),
                QT_TRANSLATE_NOOP("Shortcuts", "Back to the code box")),
    "attendance.training": Shortcut("attendance", ("Alt+T",),
                QT_TRANSLATE_NOOP("Shortcuts", "Choose the training")),
    "attendance.session": Shortcut("attendance", ("Alt+S",),
                QT_TRANSLATE_NOOP("Shortcuts", "Choose the session")),
    "walk_in.add": Shortcut("walk_in", ("Return", "Enter"),
                QT_TRANSLATE_NOOP("Shortcuts", "Add the walk-in")),
    "walk_in.close": Shortcut("walk_in", ("Esc",),
                QT_TRANSLATE_NOOP("Shortcuts", "Close the form")),
    "conflicts.restore": Shortcut("conflicts", ("Ctrl+R",),
                QT_TRANSLATE_NOOP("Shortcuts", "Restore the set-aside value")),
    "conflicts.keep": Shortcut("conflicts", ("Ctrl+D",),
                QT_TRANSLATE_NOOP("Shortcuts", "Keep the current value")),
    "reports.export": Shortcut("reports", ("Ctrl+Shift+E",),
                QT_TRANSLATE_NOOP("Shortcuts", "Export the report (PDF, XLSX, CSV)")),
    "reports.summary": Shortcut("reports", ("Ctrl+P",),
                QT_TRANSLATE_NOOP("Shortcuts", "Save the chosen project's one-page summary")),
}


# A standard key some platforms' key themes lack (offscreen, minimal): bound all the same,
# except on Windows, where Alt+F4 closes and Ctrl+Q means nothing.
_FALLBACK = {QKeySequence.StandardKey.Quit: "Ctrl+Q"}


def _bindings(keys: Keys) -> list[QKeySequence]:
    if not isinstance(keys, QKeySequence.StandardKey):
        return [QKeySequence(keys)]
    found = QKeySequence.keyBindings(keys)
    if not found and keys in _FALLBACK and sys.platform != "win32":
        found = [QKeySequence(_FALLBACK[keys])]
    return found


def sequences(name: str) -> list[QKeySequence]:
    """The key sequences of the shortcut called `name` (a standard key: all of the
    platform's bindings for it, as Qt binds them: Ctrl+S and the keyboard's Save key)."""
    found: list[QKeySequence] = []
    for keys in SHORTCUTS[name].keys:
        found += _bindings(keys)
    return found


def key_text(name: str) -> str:
    """How the keys read on this platform ("Ctrl+N", "⌘N"), alternatives joined;
    "" for a standard key this platform has none for (Quit on Windows)."""
    texts = [sequence.toString(QKeySequence.SequenceFormat.NativeText)
             for keys in SHORTCUTS[name].keys for sequence in _bindings(keys)[:1]]
    if name == "go.sections":  # eight keys in a row: first … last
        return f"{texts[0]} … {texts[-1]}"
    return " / ".join(t for t in dict.fromkeys(texts) if t)


def local_shortcut(widget: QWidget, keys, slot) -> QShortcut:
    """A shortcut live only while focus is inside `widget`, so the same keys can
    mean "new record" in a list and "walk-in" on the attendance page. `keys`: a
    name from SHORTCUTS (its first keys), or keys that SHORTCUTS lists."""
    shortcut = QShortcut(widget)
    shortcut.setKeys(sequences(keys) if keys in SHORTCUTS else QKeySequence.keyBindings(keys)
                     if isinstance(keys, QKeySequence.StandardKey) else [QKeySequence(keys)])
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut
