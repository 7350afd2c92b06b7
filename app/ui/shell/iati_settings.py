"""Settings ▸ General ▸ IATI organisation: the reference (and name) IATI files carry.

Stored in the data folder (`app/reports/iati_settings.py`), checked before it
is stored: a refused reference is said in words under the field.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.reports import iati_settings
from app.ui.base.i18n import Retranslating
from app.ui.base.writer import WriteOp

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020; font-weight: bold;"


class IatiSettingsBox(Retranslating, QWidget):
    """Reference and name fields with a Save button; `label` goes in the form's left column."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ref = QLineEdit(iati_settings.org_ref(ctx.db) or "")
        self.ref.setMaxLength(iati_settings.MAX_REF)
        self.name = QLineEdit(iati_settings.org_name(ctx.db))
        self.name.setMaxLength(iati_settings.MAX_NAME)
        self.label = QLabel()
        self.label.setBuddy(self.ref)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.ref.returnPressed.connect(self.save)
        self.name.returnPressed.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.ref, 1)
        row.addWidget(self.save_button)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.hide()
        self._said: bool | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.name)
        layout.addWidget(self.result)
        self.retranslate()

    def save(self) -> None:
        db, ref, name = self.ctx.db, self.ref.text(), self.name.text()
        self.save_button.setEnabled(False)
        WriteOp(self.ctx, lambda: iati_settings.set_org(db, ref, name), parent=self).success(
            self._saved).failure(lambda _error: self._say(False)).run_in_background()

    def _saved(self, stored: tuple[str | None, str]) -> None:
        self.ref.setText(stored[0] or "")
        self.name.setText(stored[1])
        self._say(True)

    def _say(self, ok: bool) -> None:
        self.save_button.setEnabled(True)
        self._said = ok
        self.result.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.result.show()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&IATI organisation"))
        self.ref.setPlaceholderText(self.tr("Reference, e.g. SE-ON-802005-9839"))
        self.ref.setAccessibleName(self.tr("IATI organisation reference"))
        self.name.setPlaceholderText(self.tr("Organisation name"))
        self.name.setAccessibleName(self.tr("IATI organisation name"))
        self.save_button.setText(self.tr("Save organisation"))
        if self._said is not None:
            self.result.setText(
                self.tr("Saved. IATI files name this organisation from now on.") if self._said
                else self.tr("Not saved: the reference is letters, digits, dots and hyphens "
                             "(like SE-ON-802005-9839), the name plain text."))
