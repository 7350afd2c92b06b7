"""Settings: language (applied at once), the current user, the headquarters hub's
address (`hub_settings.py`), protection (passphrase, auto-lock, quick wipe:
`protection_settings.py`), users and devices. Wipe, passphrase and roles are a
coordinator's: other roles do not see them (see `users.py`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.base import words
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating, available_languages, language_name
from app.ui.protection.protection_settings import ProtectionSettingsBox
from app.ui.protection.users import UserPickerWidget
from app.ui.shell.iati_settings import IatiSettingsBox
from app.ui.sync.hub_settings import HubSettingsBox
from app.ui.widgets.record_list import RecordListWidget


class SettingsPage(Retranslating, QWidget):
    sig_language_chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.language = QComboBox()
        for code in available_languages():
            self.language.addItem(language_name(code), code)
        current = ctx.settings.value("language", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(
            lambda _n: self.sig_language_chosen.emit(self.language.currentData()))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.general = QGroupBox()
        form = QFormLayout(self.general)
        form.addRow(self.language_label, self.language)
        self.hub = HubSettingsBox(ctx)
        form.addRow(self.hub.label, self.hub)
        self.iati = IatiSettingsBox(ctx)  # the organisation IATI files name (docs/iati.md)
        form.addRow(self.iati.label, self.iati)
        self.user_box = QGroupBox()
        self.picker = UserPickerWidget(ctx)
        QVBoxLayout(self.user_box).addWidget(self.picker)
        self.protection = ProtectionSettingsBox(ctx)
        self.tabs = QTabWidget()
        self.users = RecordListWidget(ctx, "app_user")
        self.devices = RecordListWidget(ctx, "device")
        self.tabs.addTab(self.users, "")
        self.tabs.addTab(self.devices, "")
        ctx.sig_data_changed.connect(self._data_changed)
        ctx.sig_user_changed.connect(self.update_rights)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.general)
        layout.addWidget(self.user_box)
        layout.addWidget(self.protection)
        layout.addWidget(self.tabs, 1)
        self.tabs.setMinimumHeight(260)
        # the notes of the role and protection boxes take room: scroll rather than squash
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()
        self.update_rights()

    def update_rights(self) -> None:
        """The users' list (where roles are edited) is a coordinator's."""
        self.tabs.setTabVisible(0, self.ctx.is_coordinator())

    def retranslate(self) -> None:
        self.general.setTitle(self.tr("General"))
        self.language_label.setText(self.tr("&Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.user_box.setTitle(self.tr("Current user"))
        self.tabs.setTabText(0, words.entity_title("app_user"))
        self.tabs.setTabText(1, words.entity_title("device"))

    def _data_changed(self, entity: str) -> None:
        if entity == "app_user":
            self.picker.reload()
