"""The record form's sensitive fields (names, contacts): hidden until asked for.

A record opens with its sensitive fields empty. A role that may see names
gets a Show button (and Ctrl+Shift+N); showing is audited, so it is a write
through the one writer (`privacy.reveal_fields`). When the values come back
they fill only the fields nothing was typed over, and only if the same
record is still open. A field still hidden is sent by a save only if
something was typed in it (`form_edits.changed_fields`).

This is apart from `record_form` so that the form is its layout, loading and
saving, and this is the one path by which a hidden value reaches the screen.
It is handed the form (its editors, limits, edits and Show button) and does
not import it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.domain.models import model_for_table
from app.services import privacy
from app.ui.base import failures
from app.ui.base.writer import WriteOp


class HiddenFields(QObject):
    """Which fields of the form's entity are sensitive, and whether they are shown."""

    def __init__(self, form: QWidget):
        super().__init__(form)
        self.form = form
        self.names = set(model_for_table(form.entity).__sensitive__)
        self.revealed = False

    def hidden(self) -> set[str]:
        """The sensitive fields not shown now (their editors are empty)."""
        return set() if self.revealed else self.names

    def update_button(self) -> None:
        """Show is offered for a stored record with something hidden, to a role that
        may see it."""
        form = self.form
        form.show_button.setVisible(bool(self.names) and form.row_id is not None
                                    and not self.revealed and form.ctx.may_view_names())

    def reveal(self) -> None:
        """Show the sensitive fields on demand, to a role allowed to see them. Showing a
        name or contact is audited (a write), so it goes through the one writer."""
        form = self.form
        if form.row_id is None or not form.ctx.may_view_names():
            return
        row_id, entity, db = form.row_id, form.entity, form.ctx.db
        # every reveal (a participant's name, a partner's contact) is audited
        WriteOp(form.ctx, lambda: privacy.reveal_fields(db, entity, row_id),
                parent=form).success(lambda found: self._revealed(row_id, found)).failure(
            self._reveal_failed).run_in_background()

    def _revealed(self, row_id: str, shown: dict) -> None:
        form = self.form
        if row_id != form.row_id or self.revealed:
            return  # another record is open now
        for name in self.names:
            if form.editors[name].get() == form.edits.baseline.get(name):  # not typed over
                if name in form.limits:
                    form.limits[name].allow(shown.get(name))
                form.editors[name].set(shown.get(name))
                form.edits.keep(name)
        self.revealed = True
        self.update_button()

    def _reveal_failed(self, error: BaseException) -> None:
        if not isinstance(error, privacy.NamesHiddenError):  # a role change meanwhile
            failures.report(error)
