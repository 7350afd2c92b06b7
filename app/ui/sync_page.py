"""The Sync section: where this replica stands. Export, import and conflict
review are added here by the sync work; until then the page says so plainly."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.services.sync_status import last_sync_at
from app.ui import words
from app.ui.context import AppContext
from app.ui.ops import Op


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.figures: tuple[int, object] | None = None
        self.heading, self.explanation, self.pending_note = QLabel(), QLabel(), QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.explanation.setWordWrap(True)
        self.pending_note.setWordWrap(True)
        self.names = [QLabel() for _ in range(3)]
        self.values = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for name, value in zip(self.names, self.values, strict=True):
            value.setProperty("fb_data", "data")
            form.addRow(name, value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.pending_note)
        layout.addStretch(1)
        ctx.sig_data_changed.connect(lambda _entity: self.isVisible() and self.refresh())
        self.retranslate()
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        db = self.ctx.db
        Op(self, lambda: (self.ctx.unacknowledged(), last_sync_at(db))).success(
            self._loaded).run_in_background()

    def _loaded(self, figures) -> None:
        self.figures = figures
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sync with headquarters"))
        self.explanation.setText(self.tr(
            "Everything you record is kept on this laptop and works without a connection. "
            "Changes travel to headquarters in signed, encrypted sync packages, on a USB "
            "stick or over the network."))
        self.names[0].setText(self.tr("This device"))
        self.names[1].setText(self.tr("Changes not yet acknowledged"))
        self.names[2].setText(self.tr("Last sync"))
        self.values[0].setText(self.ctx.db.device_id)
        if self.figures is not None:
            pending, last = self.figures
            self.values[1].setText(words.format_number(pending))
            self.values[2].setText(words.format_datetime(last) if last else self.tr("never"))
        self.pending_note.setText(self.tr(
            "Exporting and importing sync packages and reviewing conflicts will be "
            "available here."))
