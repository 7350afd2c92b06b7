"""Who is using this laptop: pick a user or create one (first start, settings).

The current user's role decides whether participants' names can be shown
(`privacy.may_view_names`), so the app does not start without one.
Switching to a user with more rights, or creating one, asks for the
coordinator PIN or the passphrase (`roles` in the services checks it); only a
coordinator (or the first user of a laptop) sees the row that creates users.
While neither a PIN nor a passphrase exists the picker says plainly that roles
are not protected and offers to set the PIN.
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
from app.services import roles
from app.services.errors import ValidationError
from app.ui.base import failures, words
from app.ui.base.context import AppContext
from app.ui.base.i18n import Retranslating
from app.ui.protection.role_dialogs import SecretDialog, SetPinDialog


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
        self.rights_note = QLabel()
        self.rights_note.setWordWrap(True)
        self.roles_note = QLabel()
        self.roles_note.setWordWrap(True)
        self.roles_note.setStyleSheet("color: #b00020;")
        self.pin_button = QPushButton()
        # the note on a row of its own: a wrapping label beside a button in a nested
        # layout was given one line's height and cut its first line at 1024 px
        unprotected = QHBoxLayout()
        unprotected.addWidget(self.pin_button)
        unprotected.addStretch(1)
        form.addRow(self.rights_note)
        form.addRow(self.roles_note)
        form.addRow(unprotected)
        self.form = form
        self.create_row = (self.labels[1], self.name, self.labels[2], self.role,
                           self.create_button)
        self.secret_dialog: SecretDialog | None = None
        self.pin_dialog: SetPinDialog | None = None
        self.pin_button.clicked.connect(self.ask_pin)
        ctx.sig_user_changed.connect(self.update_rights)
        self.use_button.clicked.connect(self.use_selected)
        self.create_button.clicked.connect(self.create_user)
        self.name.returnPressed.connect(self.create_user)
        self.retranslate()
        self.reload()
        self.update_rights()

    def update_rights(self) -> None:
        """Who may create users; whether roles are protected on this laptop at all."""
        may_create = self.ctx.user is None or self.ctx.is_coordinator()
        for widget in self.create_row:
            widget.setVisible(may_create)
        for row in (1, 2):  # no empty rows left behind
            self.form.setRowVisible(row, may_create)
        self.rights_note.setVisible(not may_create)
        protected = roles.protected(self.ctx.db)
        self.roles_note.setVisible(not protected)
        self.pin_button.setVisible(not protected or self.ctx.is_coordinator())

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("&User"))
        self.labels[1].setText(self.tr("Or a new user: &name"))
        self.labels[2].setText(self.tr("&Role"))
        self.users.setAccessibleName(self.tr("User"))
        self.name.setAccessibleName(self.tr("New user's name"))
        self.role.setAccessibleName(self.tr("New user's role"))
        self.use_button.setText(self.tr("Use"))
        self.create_button.setText(self.tr("Create and use"))
        self.rights_note.setText(self.tr(
            "Only a coordinator can create users or change roles. Switching to a user "
            "with more rights asks for the coordinator PIN or the passphrase."))
        self.roles_note.setText(self.tr(
            "Roles are not protected on this laptop: anyone can become a coordinator and "
            "see names. Set a coordinator PIN (or a passphrase) to protect them."))
        self.pin_button.setText(self.tr("Set coordinator &PIN…"))
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
        if not user_id:
            return
        self.error.clear()
        _name, role = self.users.currentData(0x0101) or ("", "")
        if not self.ctx.needs_secret_for(role):
            self.ctx.set_user(user_id)
            self.sig_chosen.emit(user_id)
            return
        self.ask_secret(lambda secret: self.ctx.set_user(
            user_id, secret, refused=self._refused,
            switched=lambda: self.sig_chosen.emit(user_id)))

    def ask_secret(self, then) -> None:
        """The coordinator PIN or the passphrase, then `then(secret)`."""
        dialog = SecretDialog(self)
        self.secret_dialog = dialog
        dialog.accepted.connect(lambda: then(dialog.value))
        dialog.open()

    def ask_pin(self) -> None:
        dialog = SetPinDialog(self)
        self.pin_dialog = dialog
        db, user = self.ctx.db, self.ctx.user
        dialog.accepted.connect(lambda: self.ctx.write(
            lambda: roles.set_pin(db, user, dialog.value)).success(
            # what each role may do changed: every box that shows rights updates
            lambda _none: self.ctx.sig_user_changed.emit()).failure(
            self._refused).run_in_background())
        dialog.open()

    def create_user(self) -> None:
        if self.creating:  # the first press is still being written
            return
        self.creating = True
        self.error.clear()
        role = self.role.currentData()
        if self.ctx.needs_secret_for(role):
            self.creating = False
            self.ask_secret(lambda secret: self._create(role, secret))
            return
        self._create(role, None)

    def _create(self, role: str, secret: str | None) -> None:
        self.creating = True
        users, name = self.ctx.services.users, self.name.text().strip()
        self.ctx.write(lambda: users.create(name=name, role=role, secret=secret).id).changes(
            "app_user").success(lambda user_id: self._created(user_id, secret)).failure(
            self._refused).run_in_background()

    def _created(self, user_id: str, secret: str | None = None) -> None:
        self.creating = False
        self.name.clear()
        self.reload()
        if secret is None:
            self.ctx.set_user(user_id)
            self.sig_chosen.emit(user_id)
        else:  # the same secret makes the new user the current one
            self.ctx.set_user(user_id, secret, refused=self._refused,
                              switched=lambda: self.sig_chosen.emit(user_id))

    def refusal_text(self, error: BaseException) -> str | None:
        """Words for the refusals of `roles`, None for anything else."""
        if isinstance(error, roles.WrongRoleSecretError):
            if error.blocked:
                return self.tr("Wrong coordinator PIN or passphrase. After {n} wrong tries the "
                                 "PIN is blocked: type the passphrase instead.").format(
                    n=error.limit)
            return self.tr("Wrong coordinator PIN or passphrase ({failures} of {limit} tries "
                             "used). Nothing was changed.").format(failures=error.failures,
                                                                   limit=error.limit)
        if isinstance(error, roles.RoleSecretRequiredError):
            return self.tr("This needs the coordinator PIN or the passphrase. "
                             "Nothing was changed.")
        if isinstance(error, roles.PinTooShortError):
            return self.tr("The PIN needs at least {n} characters.").format(n=error.minimum)
        if isinstance(error, roles.NotCoordinatorError):
            return self.tr("Only a coordinator can set the coordinator PIN.")
        return None

    def _refused(self, error: BaseException) -> None:
        self.creating = False
        refusal = self.refusal_text(error)
        if refusal is not None:
            self.error.setText(refusal)
            return
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
