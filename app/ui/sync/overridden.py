"""The status bar's notice of this laptop's own edits that a sync overrode.

A return bundle may override a value edited here by someone who had not seen
it (docs/sync.md §4.1). The merge keeps the later value, as everywhere, and
keeps the lost one as a conflict; this notice makes sure the person at this
laptop learns of it: "1 of your edits was overridden — review". Clicking it
(or Ctrl+Shift+R) asks the window to open the conflict review. Hidden while
there is nothing to review. The count is read off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from app.services.sync_status import overridden_edits
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating
from app.ui.base.ops import Op

SHORTCUT = "Ctrl+Shift+R"
STYLE = ("QPushButton { color: #b00020; font-weight: bold; border: none; "
         "text-decoration: underline; padding: 0 4px; }")


class OverriddenNotice(Retranslating, QPushButton):
    sig_review = Signal()  # open the conflict review

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.count = 0
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(STYLE)
        self.hide()
        self.clicked.connect(self.sig_review.emit)
        # On the status bar, not on this button: a hidden widget's shortcut is dead.
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), parent or self)
        self.shortcut.activated.connect(self._shortcut)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(300)
        self._soon.timeout.connect(self.refresh)
        ctx.sig_data_changed.connect(lambda entity: entity == "sync" and self._soon.start())
        self.retranslate()
        self.refresh()

    def _shortcut(self) -> None:
        if self.count:
            self.sig_review.emit()

    def refresh(self) -> None:
        db = self.ctx.db
        Op(self, lambda: overridden_edits(db)).success(self._counted).run_in_background()

    def _counted(self, count: int) -> None:
        self.count = count
        self.setVisible(count > 0)
        self.retranslate()

    def retranslate(self) -> None:
        n = self.count
        # English has no numerus forms file: one sentence for one, another for more;
        # Swedish and Russian translate both with their own plural forms.
        if n == 1:
            text = self.tr("%n of your edits was overridden — review", "", n)
        else:
            text = self.tr("%n of your edits were overridden — review", "", n)
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(self.tr(
            "Someone who had not seen your change saved another value later, so theirs "
            "is kept. Open the conflict review to restore yours or keep theirs ({key}).")
            .format(key=QKeySequence(SHORTCUT).toString(
                QKeySequence.SequenceFormat.NativeText)))
