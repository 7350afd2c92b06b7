"""Who is using this laptop: pick a user or create one (first start, settings).

The current user's role decides whether participants' names can be shown
(`privacy.may_view_names`), so the app does not start without one.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import enums
from app.services.errors import ValidationError
from app.ui.base import failures, words
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating


class UserPickerWidget(Retranslating, QWidget):
    sig_chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.creating = False
        self.ctx = ctx
        self.users = QComboBox()
        self.use_button = QPushButton()
        self.name, self.role = QLineEdit(), QComboBox()
        for code in enums.ROLES:
            self.role.addItem(words.code_label(code), code)
        self.create_button = QPushButton()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setProperty("fb_data", "data")
        self.labels = [QLabel() for _ in range(3)]
        self.labels[0].setBuddy(self.users)
        self.labels[1].setBuddy(self.name)
        self.labels[2].setBuddy(self.role)
        pick = QHBoxLayout()
        pick.addWidget(self.users, 1)
        pick.addWidget(self.use_button)
        create = QHBoxLayout()
        create.addWidget(self.role)
        create.addWidget(self.create_button)
        form = QFormLayout(self)
        form.addRow(self.labels[0], pick)
        form.addRow(self.labels[1], self.name)
        form.addRow(self.labels[2], create)
        form.addRow(self.error)
        self.use_button.clicked.connect(self.use_selected)
        self.create_button.clicked.connect(self.create_user)
        self.name.returnPressed.connect(self.create_user)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("&User"))
        self.labels[1].setText(self.tr("Or a new user: &name"))
        self.labels[2].setText(self.tr("&Role"))
        self.users.setAccessibleName(self.tr("User"))
        self.name.setAccessibleName(self.tr("New user's name"))
        self.role.setAccessibleName(self.tr("New user's role"))
        self.use_button.setText(self.tr("Use"))
        self.create_button.setText(self.tr("Create and use"))
        for n, code in enumerate(enums.ROLES):
            self.role.setItemText(n, words.code_label(code))
        for n in range(self.users.count()):
            name, role = self.users.itemData(n, 0x0101) or ("", "")
            self.users.setItemText(n, f"{name} ({words.code_label(role)})")

    def reload(self) -> None:
        self.users.clear()
        current = self.ctx.user.id if self.ctx.user else None
        for user in self.ctx.services.users.list(order_by="name"):
            self.users.addItem(f"{user.name} ({words.code_label(user.role)})", user.id)
            self.users.setItemData(self.users.count() - 1, (user.name, user.role), 0x0101)
            if user.id == current:
                self.users.setCurrentIndex(self.users.count() - 1)

    def use_selected(self) -> None:
        user_id = self.users.currentData()
        if user_id:
            self.ctx.set_user(user_id)
            self.sig_chosen.emit(user_id)

    def create_user(self) -> None:
        if self.creating:  # the first press is still being written
            return
        self.creating = True
        self.error.clear()
        users, name = self.ctx.services.users, self.name.text().strip()
        role = self.role.currentData()
        self.ctx.write(lambda: users.create(name=name, role=role).id).changes(
            "app_user").success(self._created).failure(self._refused).run_in_background()

    def _created(self, user_id: str) -> None:
        self.creating = False
        self.name.clear()
        self.reload()
        self.ctx.set_user(user_id)
        self.sig_chosen.emit(user_id)

    def _refused(self, error: BaseException) -> None:
        self.creating = False
        if not isinstance(error, ValidationError):
            failures.report(error)
            return
        self.error.setText("; ".join(words.problem_text(p) for p in error.problems))


class UserDialog(Retranslating, QDialog):
    """Asked at the first start: who is using Fältbok on this laptop?"""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.picker = UserPickerWidget(ctx)
        self.picker.sig_chosen.connect(lambda _id: self.accept())
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.picker)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Who is using Fältbok?"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.intro.setText(self.tr("Choose your user, or create one. Your role decides "
                                   "whether participants' names can be shown."))
