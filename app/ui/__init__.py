"""The PySide6 desktop app: the only package that imports Qt.

Rooms, each importing only the ones below it (an import-linter contract):

- `shell`: starting the app, the main window, the status bar, settings,
  lock and unlock around the window, screenshots.
- `attendance` | `sync` | `protection` | `reports`: the attendance page; the sync
  screens and automatic sync; passphrase, unlock, user and wipe dialogs; reports.
- `records`: the sections that list and edit records, indicators.
- `widgets`: record lists, forms and their models, undo.
- `base`: what every room uses: the context, background and writer
  operations, change notices, failures, translation and words.
"""
