"""Help ▸ Keyboard shortcuts: every key of the app, generated from `base/shortcuts.py`.

Nothing here names a key: the table is built from `SHORTCUTS`, the same
entries the window and its parts bind, so the list shows what the keys do.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.ui.base.i18n import Retranslating
from app.ui.base.shortcuts import AREA_TEXTS, SHORTCUTS, area_title, key_text


def shortcut_rows() -> list[tuple[str, list[tuple[str, str]]]]:
    """[(area title, [(keys, what it does)])] in the order of SHORTCUTS."""
    rows: dict[str, list[tuple[str, str]]] = {area: [] for area in AREA_TEXTS}
    for name, shortcut in SHORTCUTS.items():
        if key_text(name):
            rows[shortcut.area].append((key_text(name), shortcut.what()))
    return [(area_title(area), entries) for area, entries in rows.items() if entries]


class ShortcutsDialog(Retranslating, QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.clear()
        for title, entries in shortcut_rows():
            heading = QTreeWidgetItem([title])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            for keys, what in entries:
                self.tree.addTopLevelItem(QTreeWidgetItem([keys, what]))
        self._fit()

    def _fit(self) -> None:
        """Wide enough for the longest line of the chosen language, within the screen."""
        metrics = self.tree.fontMetrics()
        texts = [(self.tree.topLevelItem(n).text(0), self.tree.topLevelItem(n).text(1))
                 for n in range(self.tree.topLevelItemCount())]
        keys = max(metrics.horizontalAdvance(k) for k, what in texts if what)
        what = max(metrics.horizontalAdvance(w) for _k, w in texts)
        self.tree.header().resizeSection(0, keys + 24)
        width = keys + what + 24 + 24 + 2 * self.tree.frameWidth() + self.tree.style(
        ).pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 40
        screen = self.screen().availableGeometry().width() if self.screen() else width
        self.resize(min(max(width, 480), screen), self.height())
