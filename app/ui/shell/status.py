"""The status bar: who is using the app (name and role), online or offline,
changes headquarters has not yet acknowledged, and when this laptop last
synced. Figures are read off the UI thread (the change log of a big database
is millions of rows). With a hub address, the last part is automatic sync's
own line ("Synced 2 minutes ago", "Waiting for a connection", "Headquarters
refused this laptop: revoked").

Its message line (`ctx.sig_message`) speaks of the last action only: a new
write, another section or another language clears it, so it never shows a
sentence about something earlier or in a language no longer chosen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from app.services.sync_status import last_sync_at
from app.ui.base import words
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating
from app.ui.base.ops import Op
from app.ui.sync import autosync_words
from app.ui.sync.overridden import OverriddenNotice

REFRESH_MS = 15_000


def network_online() -> bool | None:
    """True/False if the platform can tell, None if it cannot."""
    try:
        from PySide6.QtNetwork import QNetworkInformation
    except ImportError:
        return None
    if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
        return None
    info = QNetworkInformation.instance()
    return info.reachability() == QNetworkInformation.Reachability.Online


class SyncStatusBar(Retranslating, QStatusBar):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.online: bool | None = None
        self.pending: int | None = None
        self.last_sync = None
        self.autosync = None  # AutoSync, once the window has one
        self.user = QLabel()
        self.user.setProperty("fb_data", "data")  # a person's name: not interface text
        self.network, self.changes, self.synced = QLabel(), QLabel(), QLabel()
        for label in (self.user, self.network, self.changes, self.synced):
            self.addPermanentWidget(label)
        self.overridden = OverriddenNotice(ctx, self)  # own edits a sync overrode (h5)
        self.addWidget(self.overridden, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(500)
        self._soon.timeout.connect(self.refresh)
        ctx.sig_data_changed.connect(lambda _entity: self._soon.start())
        ctx.sig_message.connect(lambda text: self.showMessage(text, 6000))
        # a write announces its changes before its success callback says what it did
        ctx.sig_changes.connect(lambda _changes: self.clearMessage())
        ctx.sig_user_changed.connect(self.retranslate)
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.clearMessage()  # said in the language just left
        super().changeEvent(event)

    def attach(self, autosync) -> None:
        """Show automatic sync's state in words, as it changes."""
        self.autosync = autosync
        autosync.sig_status.connect(lambda _status: self.retranslate())
        self.retranslate()

    def refresh(self) -> None:
        self.online = network_online()
        db = self.ctx.db
        Op(self, lambda: (self.ctx.unacknowledged(), last_sync_at(db))).success(
            self._figures).run_in_background()
        self.retranslate()

    def _figures(self, figures) -> None:
        self.pending, self.last_sync = figures
        self.retranslate()

    def retranslate(self) -> None:
        user = self.ctx.user
        self.user.setText(self.tr("{name} ({role})").format(
            name=user.name, role=words.code_label(user.role)) if user else self.tr("No user"))
        self.user.setAccessibleName(self.tr("Current user"))
        self.network.setText(self.tr("Online") if self.online else self.tr("Offline"))
        self.network.setAccessibleName(self.tr("Network"))
        if self.pending is None:
            self.changes.setText(self.tr("Counting changes…"))
        else:
            self.changes.setText(self.tr("%Ln change(s) not yet acknowledged", "", self.pending))
        line = None
        if self.autosync is not None:
            line = autosync_words.status_text(self.autosync.status, self.autosync.synced_at,
                                              uploaded=self.autosync.uploaded)
        if line is not None:
            self.synced.setText(line)
            self.synced.setAccessibleName(self.tr("Sync with headquarters"))
            return
        self.synced.setText(self.tr("Last sync: {when}").format(
            when=words.format_datetime(self.last_sync) if self.last_sync else self.tr("never")))
