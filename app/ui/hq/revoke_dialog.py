"""Revoke a laptop, after a confirmation that says what revoking means.

Revoking is for a laptop that is lost, stolen or leaves the organisation:
its packages are refused from then on (here and at the hub), no return
package is written for it, and what it sent before stays. It cannot be
undone; the laptop can be enrolled anew under a new identity.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class RevokeDialog(QMessageBox):
    """Asks; `accepted` means revoke. Cancel is the default (Enter does not revoke)."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Revoke a laptop"))
        self.setText(self.tr("Revoke “{name}”?").format(name=name))
        self.setInformativeText(self.tr(
            "Its future packages will be refused, here and at the hub, and no return "
            "package will be written for it. What it sent before stays in headquarters' "
            "data. This cannot be undone: to use the laptop again, enrol it anew."))
        self.revoke_button = self.addButton(self.tr("&Revoke"),
                                            QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
