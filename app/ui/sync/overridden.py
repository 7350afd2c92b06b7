"""The status bar's notice of this laptop's own edits that a sync overrode.

A return bundle may override a value edited here by someone who had not seen
it (docs/sync.md §4.1). The merge keeps the later value, as everywhere, and
keeps the lost one as a conflict; this notice makes sure the person at this
laptop learns of it: "1 of your edits was overridden — review". Clicking it
(or Ctrl+Shift+R) asks the window to open the conflict review. Hidden while
there is nothing to review, and while the status bar shows a passing message
(the notice sits where those messages do, so the bar's other parts never
squeeze it). The count is read off the UI thread.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.services.sync_status import overridden_edits
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating
from app.ui.base.ops import Op

SHORTCUT = "Ctrl+Shift+R"  # listed in app/ui/base/shortcuts.py as "sync.overridden"
LINK = '<a href="review" style="color: #b00020;">{text}</a>'


class OverriddenNotice(Retranslating, QLabel):
    """A link (a label sizes to its text, so the status bar never clips it)."""

    sig_review = Signal()  # open the conflict review

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.count = 0
        self.setTextFormat(Qt.TextFormat.RichText)
        font = self.font()
        font.setBold(True)  # the widget's own font, so its size hint measures bold text
        self.setFont(font)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.hide()
        self.linkActivated.connect(lambda _link: self.sig_review.emit())
        # On the status bar, not on this button: a hidden widget's shortcut is dead.
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), parent or self)
        self.shortcut.activated.connect(self._shortcut)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(300)
        self._soon.timeout.connect(self.refresh)
        ctx.sig_data_changed.connect(lambda entity: entity == "sync" and self._soon.start())
        self.bar = parent if isinstance(parent, QStatusBar) else None
        if self.bar is not None:
            self.bar.messageChanged.connect(lambda _text: self._show())
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
        self.retranslate()
        self._show()

    def _show(self) -> None:
        self.setVisible(self.count > 0 and not (self.bar and self.bar.currentMessage()))

    def retranslate(self) -> None:
        n = self.count
        text = self.tr("%Ln of your edit(s) overridden — review", "", n)  # numerus forms
        self.plain = text
        self.setText(LINK.format(text=escape(text)))
        self.setAccessibleName(text)
        self.setToolTip(self.tr(
            "Someone who had not seen your change saved another value later, so theirs "
            "is kept. Open the conflict review to restore yours or keep theirs ({key}).")
            .format(key=QKeySequence(SHORTCUT).toString(
                QKeySequence.SequenceFormat.NativeText)))
