"""Settings ▸ General ▸ Hub address: the web address this laptop syncs with.

The enrolment file usually brings the address; this is where it is changed
later (the same as `faltbok hub set URL`). The client checks the address
(`set_hub_url` raises `InvalidHubUrlError`), which is said in words under the
field; a saved address restarts automatic sync at once.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating
from app.ui.base.ops import Op
from app.ui.sync import sync_words
from app.ui.sync.autosync_words import invalid_url_text

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020; font-weight: bold;"


def _read(db) -> tuple[str | None, str | None]:
    from app.sync.http.client import hub_url
    from app.sync.service import SyncService

    return SyncService(db).role(), hub_url(db)


def _write(db, url: str) -> str | None:
    from app.sync.http.client import hub_url, set_hub_url

    set_hub_url(db, url)
    return hub_url(db)


class HubSettingsBox(Retranslating, QWidget):
    """The address field, its Save button and the answer under them; `label` goes in
    the left column of the Settings form it is a row of."""

    sig_hub_changed = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.role: str | None = None
        self.address = QLineEdit()
        self.address.setProperty("fb_data", "data")
        self.address.returnPressed.connect(self.save)
        self.label = QLabel()
        self.label.setBuddy(self.address)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.save_button)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setProperty("fb_data", "data")  # sentences made of translated parts
        self.result.hide()
        self._said: tuple[bool, BaseException | None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.retranslate()
        self.load()

    def load(self) -> None:
        db = self.ctx.db
        Op(self, lambda: _read(db)).success(self._loaded).failure(
            lambda _error: None).run_in_background()

    def _loaded(self, loaded: tuple[str | None, str | None]) -> None:
        self.role, url = loaded
        if not self.address.isModified():
            self.address.setText(url or "")
        headquarters = self.role == "hq"  # it serves the hub (`faltbok hq serve`)
        self.address.setEnabled(not headquarters)
        self.save_button.setEnabled(not headquarters)
        self.retranslate()

    def save(self) -> None:
        db, url = self.ctx.db, self.address.text().strip()
        self.save_button.setEnabled(False)
        Op(self, lambda: _write(db, url)).success(self._saved).failure(
            self._refused).run_in_background()

    def _saved(self, url: str | None) -> None:
        self.save_button.setEnabled(True)
        self.address.setText(url or "")
        self.address.setModified(False)
        self._say(True, None)
        self.sig_hub_changed.emit()

    def _refused(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._say(False, error)

    def _say(self, ok: bool, error: BaseException | None) -> None:
        self._said = (ok, error)
        self.result.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.result.show()
        self._say_again()

    def _say_again(self) -> None:
        """The answer in words, again after a language change."""
        if self._said is None:
            return
        ok, error = self._said
        from app.sync.http.errors import InvalidHubUrlError

        if ok:
            text = self.tr("Saved. Fältbok syncs with this address by itself whenever there "
                           "is a connection.")
        elif isinstance(error, InvalidHubUrlError):
            text = invalid_url_text()
        else:
            text = sync_words.error_text(error)
        self.result.setText(text)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Hub &address"))
        self.address.setPlaceholderText(
            self.tr("This data folder is headquarters: it serves the hub")
            if self.role == "hq" else self.tr("https://hq.example.org"))
        self.address.setAccessibleName(self.tr("Hub address"))
        self.save_button.setText(self.tr("Save address"))
        self.save_button.setToolTip(self.tr("Sync with this hub from now on"))
        self._say_again()
