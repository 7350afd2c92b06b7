"""The Sync section: where this replica stands, and the sync work itself.

Top: this device, whether it is enrolled, changes headquarters has not yet
acknowledged, changes waiting for related records, held-back changes, the
last sync; "Export sync package…" (Ctrl+E) and "Import…" (Ctrl+I, a return
bundle, a receipt or an enrolment file) with the outcome in one sentence.
Tabs: packages exported from here and whether headquarters confirmed them;
conflicts to review; changes held back. Everything is read off the UI thread
in one snapshot (`sync_state.load`) and refreshed after every operation.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.sync.http.schedule import Failure, State
from app.ui.base import words
from app.ui.base.context import AppContext
from app.ui.base.ops import Op
from app.ui.sync import autosync_words
from app.ui.sync.sync_actions import SyncActions
from app.ui.sync.sync_models import BundleTableModel
from app.ui.sync.sync_review import ConflictReview, HeldReview, table_view
from app.ui.sync.sync_state import SyncSnapshot, load, may_resolve

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020; font-weight: bold;"


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot: SyncSnapshot | None = None
        self.allowed = False
        self.actions = SyncActions(ctx, self)
        self.heading, self.explanation = QLabel(), QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.explanation.setWordWrap(True)
        self.names = [QLabel() for _ in range(8)]
        self.values = [QLabel() for _ in range(8)]
        form = QFormLayout()
        for name, value in zip(self.names, self.values, strict=True):
            value.setProperty("fb_data", "data")
            form.addRow(name, value)
        self.export_button, self.import_button = QPushButton(), QPushButton()
        self.export_button.clicked.connect(lambda: self.actions.export_package())
        self.import_button.clicked.connect(lambda: self.actions.import_package())
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        self.sync_now_button = QPushButton()
        self.sync_now_button.hide()  # until the window's automatic sync is attached
        buttons.addWidget(self.sync_now_button)
        buttons.addStretch(1)
        self.autosync = None
        self.hub_result = QLabel()
        self.hub_result.setWordWrap(True)
        self.hub_result.setProperty("fb_data", "data")
        self.hub_result.hide()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setProperty("fb_data", "data")  # sentences made of translated parts
        self.result.hide()
        self.bundles = BundleTableModel(self)
        self.bundle_view = table_view(self.bundles)
        self.conflicts = ConflictReview(self.actions)
        self.held = HeldReview(self.actions)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.bundle_view, "")
        self.tabs.addTab(self.conflicts, "")
        self.tabs.addTab(self.held, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.hub_result)
        layout.addWidget(self.tabs, 1)
        self.actions.sig_finished.connect(self._finished)
        self.actions.sig_busy.connect(self._busy)
        ctx.sig_data_changed.connect(lambda _entity: self.isVisible() and self.refresh())
        ctx.sig_user_changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.bundles.retranslate()
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def attach(self, autosync) -> None:
        """Automatic sync: its state, "Sync now", and the last round's outcome here."""
        self.autosync = autosync
        self.sync_now_button.clicked.connect(autosync.sync_now)
        self.sync_now_button.show()
        autosync.sig_status.connect(lambda _status: self.retranslate())
        autosync.sig_round_finished.connect(lambda _r, _e: self._show_round())
        self._show_round()
        self.retranslate()

    def _show_round(self) -> None:
        sync = self.autosync
        if sync.last_result is None and sync.last_error is None:
            return
        status = sync.status
        if sync.last_error is not None:
            ok, text = False, autosync_words.round_error_text(
                sync.last_error, status.failure or Failure.OTHER, status.reason)
        elif status.failure is Failure.UNREACHABLE:
            ok, text = False, autosync_words.round_error_text(None, Failure.UNREACHABLE, None)
        else:
            ok, text = True, autosync_words.round_text(sync.last_result)
        self.hub_result.setText(text)
        self.hub_result.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.hub_result.show()
        self.refresh()

    # -- operations (also the File menu's) ---------------------------------------
    def export_package(self, path: str | None = None) -> None:
        self.actions.export_package(path)

    def import_package(self, path: str | None = None) -> None:
        self.actions.import_package(path)

    def _finished(self, ok: bool, text: str) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.result.show()
        self.refresh()

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)

    def show_conflicts(self) -> None:
        """The conflict review, this laptop's own set-aside edits first in focus."""
        self.tabs.setCurrentWidget(self.conflicts)
        self.conflicts.select_own()
        self.conflicts.view.setFocus()

    # -- figures ---------------------------------------------------------------------
    def refresh(self) -> None:
        db, count = self.ctx.db, self.ctx.unacknowledged
        Op(self, lambda: (load(db, count), may_resolve(db))).success(
            self._loaded).run_in_background()

    def _loaded(self, loaded) -> None:
        self.snapshot, self.allowed = loaded
        self.bundles.set_rows(self.snapshot.bundles)
        self.bundle_view.resizeColumnsToContents()
        self.conflicts.set_rows(self.snapshot.conflicts, self.allowed)
        self.held.set_rows(self.snapshot.held, self.allowed)
        self.retranslate()

    def _automatic_text(self) -> str:
        sync = self.autosync
        status = sync.status if sync is not None else None
        if status is None or status.state is State.OFF:
            if sync is not None and sync.role == "device":
                return self.tr("Off: no headquarters address (Settings)")
            return self.tr("Off")
        return autosync_words.status_text(status, sync.synced_at) or ""

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sync with headquarters"))
        self.explanation.setText(self.tr(
            "Everything you record is kept on this laptop and works without a connection. "
            "Changes travel to headquarters in signed, encrypted sync packages, on a USB "
            "stick or over the network."))
        for label, text in zip(self.names, (
                self.tr("This device"), self.tr("Enrolment"),
                self.tr("Changes not yet acknowledged"),
                self.tr("Waiting for related records"), self.tr("Held back"),
                self.tr("Last sync"), self.tr("Automatic sync"),
                self.tr("Headquarters key")), strict=True):
            label.setText(text)
        self.export_button.setText(self.tr("&Export sync package…"))
        self.export_button.setToolTip(self.tr("Write your changes for headquarters (Ctrl+E)"))
        self.export_button.setAccessibleName(self.tr("Export sync package"))
        self.import_button.setText(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr(
            "Import a package or receipt from headquarters, or an enrolment file (Ctrl+I)"))
        self.import_button.setAccessibleName(self.tr("Import"))
        self.sync_now_button.setText(self.tr("&Sync now"))
        self.sync_now_button.setToolTip(self.tr("Sync with the headquarters hub now (F5)"))
        self.sync_now_button.setAccessibleName(self.tr("Sync now"))
        self.values[6].setText(self._automatic_text())
        self.bundle_view.setAccessibleName(self.tr("Exported packages"))
        snapshot = self.snapshot
        held = len(snapshot.held) if snapshot else 0
        conflicts = len(snapshot.conflicts) if snapshot else 0
        self.tabs.setTabText(0, self.tr("Exported packages"))
        self.tabs.setTabText(1, self.tr("Conflicts (%Ln)", "", conflicts))
        self.tabs.setTabText(2, self.tr("Held back (%Ln)", "", held))
        if snapshot is None:
            self.values[0].setText(self.ctx.db.device_id)
            return
        self.values[0].setText(f"{snapshot.device_name} · {self.ctx.db.device_id}")
        self.values[1].setText({
            "device": self.tr("Enrolled with headquarters"),
            "hq": self.tr("This data folder is headquarters"),
        }.get(snapshot.role, self.tr("Not enrolled yet: import the enrolment file from "
                                     "headquarters")))
        self.values[2].setText(words.format_number(snapshot.unacknowledged))
        self.values[3].setText(words.format_number(snapshot.pending))
        self.values[4].setText(words.format_number(held))
        last = max((t for t in (snapshot.last_sync, self.autosync and self.autosync.synced_at)
                    if t), default=None)  # a round over the network counts too
        self.values[5].setText(words.format_datetime(last) if last else self.tr("never"))
        self.values[7].setText(snapshot.hq_key or "—")
