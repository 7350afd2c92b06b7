"""What the attendance page's roster shows, kept fresh: rows, marks, counts, names.

The roster of the chosen session and its counts are read in the background
(`Op`) whenever the session changes, the user changes or something it shows
was written elsewhere (another page, an undo, a sync); while the page is
hidden that waits until it is shown again. What the page wrote itself it
already shows. Names stay hidden until a role that may see them asks
(Ctrl+Shift+N); showing them is audited, so it is a write through the one
writer, and a new session or user hides them again.

This is apart from the page so that the page is its widgets and keys, and
this is reading what they show. It is handed the page (its model, view,
counts, buttons, picker) and does not import it; its one sentence keeps the
page's translation context ("AttendancePage").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from app.services import privacy
from app.ui.attendance.roster_model import roster_rows
from app.ui.base import failures
from app.ui.base.changes import OpChanges
from app.ui.base.ops import Op
from app.ui.base.writer import WriteOp


class RosterShown(QObject):
    """Loads the page's roster and counts, reveals names, and notices stale data."""

    def __init__(self, page: QWidget):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.names_shown = False
        self.stale_roster = self.stale_trainings = False

    # -- roster --------------------------------------------------------------
    def session_chosen(self) -> None:
        """Another session (or the same one again): names hidden, roster read anew."""
        self.names_shown = False
        self.reload()

    def reload(self) -> None:
        page = self.page
        if page.training_id is None or page.session_id is None:
            page.model.set_rows([])
            return
        attendance, training_id, session_id = (self.ctx.services.attendance, page.training_id,
                                               page.session_id)

        def fetch():
            people = attendance.roster(training_id)
            present = attendance.present_ids(session_id)
            return roster_rows(people, {p.id: p.id in present for p in people})

        Op(page, fetch).success(self._loaded).run_in_background()

    def _loaded(self, rows) -> None:
        page = self.page
        current = page.view.currentIndex().row()
        page.model.set_rows(rows)
        if self.names_shown:
            self._reveal()
        if rows:
            page.view.setCurrentIndex(page.model.index(max(0, min(current, len(rows) - 1)), 1))
        self.refresh_counts()
        self.show_names_state()

    def refresh_counts(self) -> None:
        if self.page.session_id is None:
            return
        attendance, session_id = self.ctx.services.attendance, self.page.session_id
        Op(self.page, lambda: attendance.counts(session_id)).success(
            self._show_counts).run_in_background()

    def _show_counts(self, counts) -> None:
        self.page.counts.show_counts(counts, len(self.page.model.rows))

    # -- names ---------------------------------------------------------------
    def show_names(self) -> None:
        page = self.page
        if not self.ctx.may_view_names() or not page.model.rows:
            page.feedback.setText(QCoreApplication.translate(
                "AttendancePage", "Your role does not show participants' names."))
            return
        self.names_shown = True
        self._reveal()

    def _reveal(self) -> None:
        """Showing names is audited (a write): through the one writer."""
        page = self.page
        ids, db, session_id = ([row.participant_id for row in page.model.rows], self.ctx.db,
                               page.session_id)
        WriteOp(self.ctx, lambda: privacy.reveal_names(db, ids), parent=page).success(
            lambda shown: self._names_shown(session_id, shown)).failure(
            self._reveal_failed).run_in_background()

    def _names_shown(self, session_id: str | None, shown: dict) -> None:
        if session_id != self.page.session_id or not self.names_shown:
            return
        self.page.model.set_names({pid: name for pid, (name, _contact) in shown.items()})
        self.show_names_state()

    def _reveal_failed(self, error: BaseException) -> None:
        self.names_shown = False
        self.show_names_state()
        if not isinstance(error, privacy.NamesHiddenError):
            failures.report(error)

    def user_changed(self) -> None:
        """Another user (after a lock): their role decides about names anew."""
        self.names_shown = False
        self.reload()

    def show_names_state(self) -> None:
        """The Show names button for roles that may see names, until they are shown;
        the name column only while they are."""
        names = self.page.buttons["names"]
        names.setVisible(self.ctx.may_view_names())
        names.setEnabled(not self.names_shown)
        self.page.view.setColumnHidden(2, not self.names_shown)

    # -- freshness -----------------------------------------------------------
    def changed(self, changes: OpChanges) -> None:
        """Edits elsewhere (or an undo) show here; if hidden, when next shown. What this
        page wrote itself it already shows."""
        if changes.source is self.page:
            return
        if any(changes.touches(t) for t in ("attendance", "roster_entry", "participant")):
            self.stale_roster = True
        if any(changes.touches(t) for t in ("training", "training_session")):
            self.stale_trainings = True
        if self.page.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read again what went stale: the trainings (and with them the roster), or
        only the roster."""
        if self.stale_trainings:
            self.stale_trainings = self.stale_roster = False
            self.page.picker.load_trainings()
        elif self.stale_roster:
            self.stale_roster = False
            self.reload()
